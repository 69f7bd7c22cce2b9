// Ledgers and Word reports of 三会一课 and 学时, each one call returning the file.
import { quarterTotals } from '../../db/hours';
import { getMeeting, meetingCounts, meetingsOfYear } from '../../db/meetings';
import { branchInfos, committee, getOrg } from '../../db/orgs';
import type { Db } from '../../db/open';
import { complianceMatrix, indexCounts } from '../../domain/compliance';
import { todayIso } from '../../domain/dates';
import { hoursLedger } from '../../exports/hoursLedger';
import { hoursReport } from '../../exports/hoursReport';
import { meetingsLedger } from '../../exports/meetingsLedger';
import { minutesDocument } from '../../exports/minutesDoc';
import type { LedgerMeta } from '../../exports/ledgerKit';
import type { FileOut } from '../contract';
import { readRules } from '../compliance/handlers';
import { assessYear } from '../hours/handlers';
import { defineHandlers, type Ctx } from '../registry';
import { notFound } from '../errors';
import { readSettings } from '../system/handlers';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const file = (fileName: string, mime: string, bytes: Buffer): FileOut => ({ kind: 'file', fileName, mime, base64: bytes.toString('base64') });

/** The name a ledger is issued under: the chosen org, or the committee. */
export function scopeName(db: Db, orgId?: number): string {
  return (orgId ? getOrg(db, orgId)?.name : committee(db)?.name) ?? '';
}

export function ledgerMeta(ctx: Ctx, scope: string): LedgerMeta {
  const s = readSettings(ctx.db);
  return { unitName: s.unitName || scope, date: todayIso(ctx.now()), preparer: s.preparer, reviewer: s.reviewer, maskPersonal: s.maskPersonalInExports };
}

export const exportsHandlers = defineHandlers('exports', {
  'exports.meetingsLedger': async (ctx, { year, orgId }) => {
    const scope = scopeName(ctx.db, orgId);
    const rules = readRules(ctx.db);
    const idx = indexCounts(meetingCounts(ctx.db, year));
    const today = todayIso(ctx.now());
    const branches = branchInfos(ctx.db, orgId).filter((b) => !b.dissolvedOn || b.dissolvedOn >= `${year}-01-01`);
    const matrices = rules.meetings.filter((r) => r.enabled).map((r) => complianceMatrix(r, branches, idx, year, today));
    const bytes = await meetingsLedger(ledgerMeta(ctx, scope), `${scope}${year}年度三会一课台账`, meetingsOfYear(ctx.db, year, orgId), matrices);
    return file(`${scope}${year}年度三会一课台账.xlsx`, XLSX, bytes);
  },

  'exports.hoursLedger': async (ctx, { year, orgId }) => {
    const scope = scopeName(ctx.db, orgId);
    const bytes = await hoursLedger(ledgerMeta(ctx, scope), `${scope}${year}年度党员学时统计台账`, assessYear(ctx.db, year, todayIso(ctx.now()), orgId), quarterTotals(ctx.db, year));
    return file(`${scope}${year}年度党员学时统计台账.xlsx`, XLSX, bytes);
  },

  'exports.minutes': async (ctx, { meetingId }) => {
    const m = getMeeting(ctx.db, meetingId);
    if (!m) throw notFound('会议记录');
    return file(`${m.orgName}${m.heldOn}${m.type}会议记录.docx`, DOCX, await minutesDocument(m));
  },

  'exports.hoursReport': async (ctx, { year, quarter }) => {
    const scope = scopeName(ctx.db);
    const s = readSettings(ctx.db);
    const bytes = await hoursReport({ unit: s.unitName || scope, scope, year, quarter, date: todayIso(ctx.now()), a: assessYear(ctx.db, year, todayIso(ctx.now())) });
    return file(`${scope}${year}年${quarter ? `第${quarter}季度` : '度'}学时情况报告.docx`, DOCX, bytes);
  },
});
