// 学时管理 handlers: individual entries; per-member totals against the active threshold profile;
// import from Excel. Trainings (which credit their participants) are the trainings area.
import { softDelete } from '../../db/recycle';
import * as hoursDb from '../../db/hours';
import { findMemberIdByIdNumber, getMember } from '../../db/members';
import { getOrg } from '../../db/orgs';
import type { Db } from '../../db/open';
import { activeProfile, assessPeriod, branchAverages, isSenior, profilePeriods, requiredHours, round1, type HoursMember } from '../../domain/hours';
import { halfYearPeriod } from '../../domain/periods';
import { todayIso } from '../../domain/dates';
import type { HoursParse } from '../../imports/hours';
import type { ImportPreview, MemberHoursRow } from '../contract';
import { readRules } from '../compliance/handlers';
import { defineHandlers, type Ctx } from '../registry';
import { conflict, invalid, notFound } from '../errors';
import { parseUpload } from '../uploads';
import { autoBackup } from '../../db/backup';
import { periodState, runningNote } from '../../domain/measures';

export type HoursAssessment = ReturnType<typeof assessYear>;

/**
 * Every member's hours for a year against the active profile: one pure pass over two queries.
 * `unordered` skips sorting by branch and name (and the branch names) where only totals matter.
 */
export function assessYear(db: Db, year: number, today: string, orgId?: number, unordered = false) {
  const rules = readRules(db);
  const profile = activeProfile(rules);
  const periods = profilePeriods(profile, year);
  const orgPath = orgId ? getOrg(db, orgId)?.path : undefined;
  const members = unordered && !orgPath ? hoursDb.hoursMembersUnordered(db, year) : hoursDb.hoursMembers(db, year, orgPath);
  const totals = hoursDb.quarterTotals(db, year);
  const rows = members.map((m) => {
    const q = totals.get(m.memberId) ?? [0, 0, 0, 0];
    const perPeriod = profile.per === 'quarter' ? q : [q.reduce((a, b) => a + b, 0)];
    const results = periods.map((p, i) => assessPeriod(profile, m, p, perPeriod[i] ?? 0, today));
    return { member: m, results, total: round1(q.reduce((a, b) => a + b, 0)) };
  });
  const averages = periods.map((_, i) => branchAverages(rows.map((r) => ({ orgId: r.member.orgId, result: r.results[i]! }))));
  return { rules, profile, periods, rows, averages };
}

function toRow(profile: ReturnType<typeof activeProfile>, r: HoursAssessment['rows'][number]): MemberHoursRow {
  const m: HoursMember = r.member;
  return {
    memberId: m.memberId, name: m.name, orgId: m.orgId, orgName: m.orgName, senior: isSenior(profile, m), required: requiredHours(profile, m),
    periods: r.results.map((x) => ({ hours: x.hours, status: x.status })), total: r.total,
  };
}


function planHours(ctx: Ctx, parsed: HoursParse) {
  const errors = [...parsed.errors];
  const warnings = [...parsed.warnings];
  const idCol = parsed.header.columns.find((c) => c.field === 'idNumber')!.header;
  const nameCol = parsed.header.columns.find((c) => c.field === 'name')?.header ?? '姓名';
  const valid: { memberId: number; rec: (typeof parsed.records)[number] }[] = [];
  for (const rec of parsed.records) {
    const memberId = findMemberIdByIdNumber(ctx.db, rec.idNumber);
    if (memberId === undefined) {
      errors.push({ row: rec.row, column: idCol, message: `花名册中没有身份证号为 ${rec.idNumber} 的党员` });
      continue;
    }
    const m = getMember(ctx.db, memberId)!;
    if (rec.name && rec.name !== m.name) warnings.push({ row: rec.row, column: nameCol, message: `表中姓名“${rec.name}”与花名册中的“${m.name}”不一致，已按身份证号记入 ${m.name}` });
    valid.push({ memberId, rec });
  }
  const report: ImportPreview = {
    imported: valid.length, updated: 0, createdOrgs: [], errors: errors.sort((a, b) => a.row - b.row), warnings: warnings.sort((a, b) => a.row - b.row),
    rowCount: parsed.rowCount, sheetName: parsed.sheetName, headerRow: parsed.header.row,
    columns: parsed.header.columns.map((c) => ({ header: c.header, field: c.field })), ignoredColumns: parsed.header.ignored, written: false,
  };
  return { report, valid };
}

export const hoursHandlers = defineHandlers('hours', {
  'hours.entries': (ctx, { memberId, year }) => hoursDb.memberEntries(ctx.db, memberId, year),
  'hours.addEntry': (ctx, input) =>
    ctx.write((tx) => {
      if (!getMember(tx.db, input.memberId)) throw notFound('党员');
      const id = hoursDb.insertHourEntry(tx.db, { ...input, source: '个人' }, tx.now);
      tx.audit({ table: 'hour_entries', recordId: id, action: 'create', after: input });
      return { id };
    }),
  'hours.deleteEntry': (ctx, { id }) =>
    ctx.write((tx) => {
      const e = hoursDb.getHourEntry(tx.db, id);
      if (!e || e.deletedAt) throw notFound('学时记录');
      if (e.source !== '个人') throw conflict(`这条学时来自${e.source}记录，请修改或删除对应的${e.source === '会议' ? '会议' : '培训'}`);
      softDelete(tx.db, 'hourEntry', id, tx.now, tx.actor);
      tx.audit({ table: 'hour_entries', recordId: id, action: 'delete', before: e });
      return { id };
    }),

  'hours.summary': (ctx, { filter, page, pageSize }) => {
    const a = assessYear(ctx.db, filter.year, todayIso(ctx.now()), filter.orgId);
    const q = filter.q?.trim();
    const rows = a.rows.filter((r) => (!filter.onlyShort || r.results.some((x) => x.status === 'short')) && (!q || r.member.name.includes(q)));
    const names = new Map(a.rows.map((r) => [r.member.orgId, r.member.orgName]));
    const orgIds = [...new Set(a.rows.map((r) => r.member.orgId))];
    const today = todayIso(ctx.now());
    const halves = ([1, 2] as const).map((h) => halfYearPeriod(filter.year, h)).filter((p) => p.from <= today);
    const untrained = halves.flatMap((h) => {
      const trained = hoursDb.secretariesTrainedBetween(ctx.db, h.from, h.to);
      return a.rows
        .filter((r) => r.member.isSecretary && !r.member.rosterTo && !trained.has(r.member.memberId))
        .map((r) => ({ memberId: r.member.memberId, name: r.member.name, orgName: r.member.orgName, half: h.label }));
    });
    return {
      profile: a.profile,
      // A running period is marked so its average is not read as the period's result.
      periodLabels: a.periods.map((p) => (periodState(p, today) === 'running' ? `${p.label}${runningNote(today)}` : p.label)),
      rows: { rows: rows.slice((page - 1) * pageSize, page * pageSize).map((r) => toRow(a.profile, r)), total: rows.length, page, pageSize },
      branchAverages: orgIds.map((orgId) => ({
        orgId,
        orgName: names.get(orgId) ?? '',
        periods: a.averages.map((m) => m.get(orgId) ?? { assessed: 0, average: 0, short: 0 }).map(({ assessed, average, short }) => ({ assessed, average, short })),
      })),
      secretariesUntrained: a.rules.secretaryTrainingEveryHalfYear.enabled ? untrained : [],
    };
  },

  'hours.previewImport': async (ctx, { fileName, base64 }) => planHours(ctx, await parseUpload(fileName, base64, 'hours')).report,
  'hours.import': async (ctx, { fileName, base64, validOnly }) => {
    const parsed = await parseUpload(fileName, base64, 'hours');
    const first = planHours(ctx, parsed);
    if (first.report.errors.length > 0 && !validOnly) return { ...first.report, imported: 0 };
    await autoBackup(ctx.db, ctx.dataDir, '导入前', ctx.now());
    return ctx.write((tx) => {
      const { report, valid } = planHours(ctx, parsed);
      for (const v of valid) hoursDb.insertHourEntry(tx.db, { memberId: v.memberId, onDate: v.rec.onDate, hours: v.rec.hours, title: v.rec.title, source: '个人' }, tx.now);
      tx.audit({ table: 'hour_entries', recordId: null, action: 'import', after: { fileName, imported: valid.length, skippedRows: report.errors.length } });
      return { ...report, written: true };
    });
  },
});
