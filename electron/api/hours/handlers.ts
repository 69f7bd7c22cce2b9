// 学时管理 handlers: individual entries; per-member totals against the active threshold profile;
// import from Excel. Trainings (which credit their participants) are the trainings area.
import { softDelete } from '../../db/recycle';
import * as hoursDb from '../../db/hours';
import { getMember } from '../../db/members';
import { activeProfile, isSenior, requiredHours, type HoursMember } from '../../domain/hours';
import { halfYearPeriod } from '../../domain/periods';
import { HOURS_SPEC, type HoursParse } from '../../imports/hours';
import { planHours, type HoursPlan } from '../../imports/hoursPlan';
import type { HoursField } from '../../imports/synonyms';
import type { MemberHoursRow } from '../contract';
import { EXAMPLE_ID } from '../../imports/templates';
import { importIssues, importTemplate, previewImport, runImport, type Applied, type ImportDef } from '../shared/importFlow';
import { parseUpload } from '../uploads';
import { defineHandlers } from '../registry';
import { conflict, notFound } from '../errors';
import { assessYear } from '../shared/hoursAssessment';
import type { HoursAssessment } from '../../model/hours';
import { periodState, runningNote } from '../../domain/measures';

function toRow(profile: ReturnType<typeof activeProfile>, r: HoursAssessment['rows'][number]): MemberHoursRow {
  const m: HoursMember = r.member;
  return {
    memberId: m.memberId, name: m.name, orgId: m.orgId, orgName: m.orgName, senior: isSenior(profile, m), required: requiredHours(profile, m),
    periods: r.results.map((x) => ({ hours: x.hours, status: x.status })), total: r.total,
  };
}


/** 学时 from Excel: one 个人 entry per row, the person matched to the roster. */
const hoursImport: ImportDef<HoursField, HoursParse, HoursPlan, Applied> = {
  spec: HOURS_SPEC,
  title: '学时',
  example: { name: '张三', idNumber: EXAMPLE_ID, date: '2026-03-15', hours: 4, title: '学习贯彻党的二十届四中全会精神', kind: '专题培训' },
  table: 'hour_entries',
  read: (fileName, base64, choice) => parseUpload(fileName, base64, 'hours', choice),
  plan: (db, parsed, { confirmRows }) => {
    const { valid, errors, warnings, confirmable } = planHours(db, parsed, confirmRows);
    return { plan: valid, imported: valid.length, updated: 0, errors, warnings, confirmable };
  },
  apply: (tx, valid) => {
    for (const v of valid) hoursDb.insertHourEntry(tx.db, { memberId: v.memberId, onDate: v.rec.onDate, hours: v.rec.hours, title: v.rec.title, source: '个人' }, tx.now);
    return {};
  },
};

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
    const a = assessYear(ctx.db, filter.year, ctx.today(), filter.orgId);
    const q = filter.q?.trim();
    const rows = a.rows.filter((r) => (!filter.onlyShort || r.results.some((x) => x.status === 'short')) && (!q || r.member.name.includes(q)));
    const names = new Map(a.rows.map((r) => [r.member.orgId, r.member.orgName]));
    const orgIds = [...new Set(a.rows.map((r) => r.member.orgId))];
    const today = ctx.today();
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

  'hours.previewImport': (ctx, input) => previewImport(ctx, hoursImport, input),
  'hours.import': async (ctx, input) => (await runImport(ctx, hoursImport, input)).report,
  'hours.importTemplate': () => importTemplate(hoursImport),
  'hours.importIssues': (ctx, input) => importIssues(ctx, hoursImport, input),
});
