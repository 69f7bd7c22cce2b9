// Ledgers and Word reports of 三会一课 and 学时, each one call returning the file.
import { quarterTotals } from '../../db/hours';
import { getMeeting, meetingCounts, meetingsOfYear } from '../../db/meetings';
import { branchInfos } from '../../db/orgs';
import { complianceMatrix, indexCounts } from '../../domain/compliance';
import { hoursLedger } from '../../exports/hoursLedger';
import { meetingsLedger } from '../../exports/meetingsLedger';
import { readRules } from '../shared/ruleSets';
import { assessYear } from '../shared/hoursAssessment';
import { defineHandlers } from '../registry';
import { notFound } from '../errors';
import { readSettings } from '../shared/settings';
import { scopeName, ledgerMeta } from '../shared/ledgerFile';
import { docxFile, xlsxFile } from '../shared/ledgerFile';
import { wordKits } from '../../exports/wordKits';

export const exportsHandlers = defineHandlers('exports', {
  'exports.meetingsLedger': async (ctx, { year, orgId }) => {
    const scope = scopeName(ctx.db, orgId);
    const rules = readRules(ctx.db);
    const idx = indexCounts(meetingCounts(ctx.db, year));
    const today = ctx.today();
    const branches = branchInfos(ctx.db, orgId).filter((b) => !b.dissolvedOn || b.dissolvedOn >= `${year}-01-01`);
    const matrices = rules.meetings.filter((r) => r.enabled).map((r) => complianceMatrix(r, branches, idx, year, today));
    const bytes = await meetingsLedger(ledgerMeta(ctx, scope), `${scope}${year}年度三会一课台账`, meetingsOfYear(ctx.db, year, orgId), matrices);
    return xlsxFile(`${scope}${year}年度三会一课台账.xlsx`, bytes);
  },

  'exports.hoursLedger': async (ctx, { year, orgId }) => {
    const scope = scopeName(ctx.db, orgId);
    const bytes = await hoursLedger(ledgerMeta(ctx, scope), `${scope}${year}年度党员学时统计台账`, assessYear(ctx.db, year, ctx.today(), orgId), quarterTotals(ctx.db, year));
    return xlsxFile(`${scope}${year}年度党员学时统计台账.xlsx`, bytes);
  },

  'exports.minutes': async (ctx, { meetingId }) => {
    const m = getMeeting(ctx.db, meetingId);
    if (!m) throw notFound('会议记录');
    return docxFile(`${m.orgName}${m.heldOn}${m.type}会议记录.docx`, await wordKits.minutes().minutesDocument(m));
  },

  'exports.hoursReport': async (ctx, { year, quarter }) => {
    const scope = scopeName(ctx.db);
    const s = readSettings(ctx.db);
    const bytes = await wordKits.hoursReport().hoursReport({ unit: s.unitName || scope, scope, year, quarter, date: ctx.today(), a: assessYear(ctx.db, year, ctx.today()) });
    return docxFile(`${scope}${year}年${quarter ? `第${quarter}季度` : '度'}学时情况报告.docx`, bytes);
  },
});
