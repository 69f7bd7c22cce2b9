// 党费: bases, payments, arrears, the attention list (党章 第九条), import of bases, the ledger.
import { z } from 'zod';
import { DUES_KINDS } from '../../domain/dues';

import type { DuesSum } from '../../domain/measures';
import { isMonth } from '../../domain/months';
import { defineArea, read, write, type FileOut } from './define';
import { id, isoDate, paperSize, requiredText, text } from './common';
import { importFile, importRun, type ImportPreview } from './roster';
import type { DuesBaseOut, DuesMemberRow } from '../../model/dues';

export type { DuesBaseOut, DuesMemberRow, DuesMonthCell } from '../../model/dues';

export type DuesSummary = DuesSum;
export type DuesBoard = { year: number; rows: DuesMemberRow[]; total: number; page: number; pageSize: number; summary: DuesSummary };
export type DuesPaymentOut = { id: number; paidOn: string; fromMonth: string; toMonth: string; amountFen: number; notes: string | null; voidedAt: string | null; voidReason: string | null; replacedBy: number | null };
export type DuesMemberDetail = DuesMemberRow & { bases: DuesBaseOut[]; payments: DuesPaymentOut[] };
export type CollectResult = { recorded: number; amountFen: number; skipped: { name: string; reason: string }[] };
export type AttentionItem = { memberId: number; name: string; orgId: number; orgName: string; kind: '未交党费' | '未参加组织生活'; from: string; to: string; months: number; text: string; source: string };

export const month = z.string().refine(isMonth, { message: '月份应写成 2026-03' });
const year = z.number().int().min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' });
const fen = (max: number, what: string) => z.number().int({ message: `${what}应以分为单位的整数` }).min(0, { message: `${what}不能为负数` }).max(max, { message: `${what}过大` });

export const duesContract = defineArea('dues', {
  /** Members with their current base and the year's months, paged; filter by org subtree, name and arrears. */
  'dues.board': read<DuesBoard>()(
    z
      .object({
        year,
        orgId: id.optional(),
        q: z.string().max(40).optional(),
        onlyArrears: z.boolean().default(false),
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
  'dues.member': read<DuesMemberDetail>()(z.object({ memberId: id, year }).strict()),
  /** Sets the base applying from a month; saving the same month again corrects it (audited). */
  'dues.saveBase': write<DuesMemberDetail>()(
    z
      .object({
        memberId: id,
        fromMonth: month,
        kind: z.enum(DUES_KINDS, { message: '类别应为 在职、离退休 或 学生' }),
        baseFen: fen(100_000_000, '月收入'),
        overrideFen: fen(10_000_000, '核定金额').nullable().default(null),
        overrideReason: text(200),
        year: year.optional(),
      })
      .strict()
      .refine((b) => b.overrideFen === null || !!b.overrideReason, { message: '核定的党费金额与规定不同时，请写明支部批准的理由', path: ['overrideReason'] }),
  ),
  /** Records a payment covering one or more months; with replacesId it corrects an earlier one (voided, kept). */
  'dues.recordPayment': write<DuesMemberDetail>()(
    z
      .object({
        memberId: id,
        paidOn: isoDate,
        fromMonth: month,
        toMonth: month,
        amountFen: fen(100_000_000, '金额').refine((n) => n > 0, { message: '金额应大于0' }),
        notes: text(200),
        replacesId: id.optional(),
        reason: text(200),
      })
      .strict()
      .refine((p) => p.fromMonth <= p.toMonth, { message: '结束月份不能早于开始月份', path: ['toMonth'] })
      .refine((p) => !p.replacesId || !!p.reason, { message: '更正已登记的缴费时请写明原因', path: ['reason'] }),
  ),
  /** A branch collecting for many at once: each selected member pays what the months still lack, on one date. */
  'dues.collect': write<CollectResult>()(
    z
      .object({ memberIds: z.array(id).min(1, { message: '请选择党员' }).max(2000, { message: '一次最多登记2000人' }), fromMonth: month, toMonth: month, paidOn: isoDate, notes: text(200) })
      .strict()
      .refine((p) => p.fromMonth <= p.toMonth, { message: '结束月份不能早于开始月份', path: ['toMonth'] }),
  ),
  'dues.voidPayment': write<DuesMemberDetail>()(z.object({ id, reason: requiredText(200) }).strict()),
  'dues.previewImport': read<ImportPreview>()(importFile),
  'dues.import': write<ImportPreview>()(importRun),
  'dues.importTemplate': read<FileOut>()(z.object({}).strict()),
  'dues.importIssues': read<FileOut>()(importFile),
  'dues.attention': read<AttentionItem[]>()(z.object({ orgId: id.optional() }).strict()),
  /** 党费收缴台账: member × month for a year, by branch, with a branch summary sheet; on A3 the year is one sheet. */
  'dues.exportLedger': read<FileOut>()(z.object({ year, orgId: id.optional(), paper: paperSize.optional() }).strict()),
});
