// 整改台账: items with deadlines, a responsible person and evidence; the ledger input shared with 任务.
import { z } from 'zod';
import { RECTIFICATION_SOURCES, RECTIFICATION_STATUSES } from '../../domain/deadlines';
import { defineArea, read, write, type FileOut, type Page, shapeOf } from './define';
import { id, isoDate, requiredText, text } from './common';
import type { RectificationDetail, RectificationFilter, RectificationRow } from '../../model/rectifications';

export type { RectificationDetail, RectificationFilter, RectificationRow } from '../../model/rectifications';

export const ledgerYear = z.number({ message: '请填写年度' }).int({ message: '年度应为整数' }).min(2000, { message: '年度应在2000—2100之间' }).max(2100, { message: '年度应在2000—2100之间' });

export const rectificationFilter = shapeOf<RectificationFilter>()(
  z
    .object({
      year: ledgerYear.optional(),
      orgId: id.optional(),
      status: z.enum(RECTIFICATION_STATUSES).optional(),
      source: z.enum(RECTIFICATION_SOURCES).optional(),
      overdueOnly: z.boolean().default(false),
      q: z.string().max(40).optional(),
    })
    .strict(),
);

export const rectificationInput = z
  .object({
    id: id.optional(),
    orgId: id,
    year: ledgerYear,
    source: z.enum(RECTIFICATION_SOURCES, { message: '请选择问题来源' }),
    problem: requiredText(500),
    measures: text(2000),
    responsible: text(40),
    responsibleMemberId: id.nullable().optional(),
    deadline: isoDate,
    status: z.enum(RECTIFICATION_STATUSES, { message: '请选择整改状态' }),
    completedOn: isoDate.nullable().optional(),
    evidence: text(2000),
    attachmentIds: z.array(id).max(50).default([]),
  })
  .strict()
  .refine((r) => !!r.responsible || !!r.responsibleMemberId, { message: '请填写责任人', path: ['responsible'] })
  .refine((r) => r.status !== '已完成' || !!r.completedOn, { message: '已完成的整改事项请填写完成日期', path: ['completedOn'] })
  .refine((r) => r.status !== '已完成' || !!r.evidence || r.attachmentIds.length > 0, { message: '已完成的整改事项请填写完成情况或上传佐证材料', path: ['evidence'] });
export type RectificationInput = z.output<typeof rectificationInput>;

export const ledgerInput = z.object({ year: ledgerYear, orgId: id.optional() }).strict();

export const rectificationsContract = defineArea('rectifications', {
  'rectifications.list': read<Page<RectificationRow>>()(
    z.object({ filter: rectificationFilter, page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(500).default(20) }).strict(),
  ),
  'rectifications.get': read<RectificationDetail>()(z.object({ id }).strict()),
  'rectifications.save': write<{ id: number }>()(rectificationInput),
  'rectifications.delete': write<{ id: number }>()(z.object({ id }).strict()),
  'rectifications.exportLedger': read<FileOut>()(ledgerInput),
});
