// Compliance views: the matrix, yearly counts and 本月待办.
import { hoursMembers, secretariesTrainedBetween } from '../../db/hours';
import { assessYear } from '../shared/hoursAssessment';
import { lecturesOfYear, meetingCounts } from '../../db/meetings';
import { activeCommitteeMembers, branchInfos } from '../../db/orgs';
import { complianceMatrix, indexCounts, lecturesOwed, openTodos, yearlyCounts } from '../../domain/compliance';
import { activeProfile, lastEndedPeriod } from '../../domain/hours';
import { halfYearPeriod } from '../../domain/periods';
import type { WorkbenchTodos } from '../contract/compliance';
import type { Page } from '../contract/define';
import { defineHandlers } from '../registry';
import { checkOrgFilter } from '../shared/orgs';
import { readRules } from '../shared/ruleSets';

/** One page of a list worked out in memory: the page asked for, or the last one when the list is shorter. */
function pageOf<T>(all: T[], page: number, pageSize: number): Page<T> {
  const p = Math.min(page, Math.max(1, Math.ceil(all.length / pageSize)));
  return { rows: all.slice((p - 1) * pageSize, p * pageSize), total: all.length, page: p, pageSize };
}

/** Names of members short of hours sent per branch to 工作台 (the rest are counted). */
const SHORT_NAMES = 12;

export const complianceHandlers = defineHandlers('compliance', {
  'compliance.matrix': (ctx, { year, orgId, ruleId, onlyMissing, page, pageSize }) => {
    checkOrgFilter(ctx.db, orgId, '组织');
    const enabled = readRules(ctx.db).meetings.filter((r) => r.enabled);
    const rule = enabled.find((r) => r.id === ruleId) ?? enabled[0];
    const today = ctx.today();
    const rules = enabled.map((r) => ({ id: r.id, label: r.label }));
    if (!rule) return { today, rules, rule: null, periods: [], rows: [], total: 0, branches: 0, page: 1, pageSize };
    // The whole matrix of one rule is cheap (hundreds of branches, one grouped read of the counts);
    // what is sent and drawn is the page.
    const m = complianceMatrix(rule, branchInfos(ctx.db, orgId), indexCounts(meetingCounts(ctx.db, year, rule.types)), year, today);
    const rows = onlyMissing ? m.rows.filter((r) => r.missing > 0) : m.rows;
    const p = pageOf(rows, page, pageSize);
    return { today, rules, rule, periods: m.periods, rows: p.rows, total: p.total, branches: m.rows.length, page: p.page, pageSize };
  },

  'compliance.summary': (ctx, { year, page, pageSize, owedPage, owedPageSize }) => {
    const rules = readRules(ctx.db);
    const idx = indexCounts(meetingCounts(ctx.db, year));
    const owed = rules.lecturesPerCommitteeMember.enabled
      ? lecturesOwed(activeCommitteeMembers(ctx.db), lecturesOfYear(ctx.db, year), rules.lecturesPerCommitteeMember.min)
      : [];
    // The page of branches is cut before their counts are worked out: the order does not depend on them.
    const branches = pageOf(branchInfos(ctx.db), page, pageSize);
    return {
      columns: rules.meetings.filter((r) => r.enabled).map((r) => ({ ruleId: r.id, label: r.label })),
      branches: { ...branches, rows: branches.rows.map((b) => ({ orgId: b.id, name: b.name, counts: yearlyCounts(rules, b, idx, year, ctx.today()) })) },
      lecturesOwed: pageOf(owed.map((m) => ({ orgId: m.orgId, orgName: m.orgName, name: m.name, role: m.role, given: m.given })), owedPage, owedPageSize),
    };
  },

  'compliance.todos': (ctx) => {
    const today = ctx.today();
    const year = Number(today.slice(0, 4));
    const rules = readRules(ctx.db);
    const meetings = openTodos(rules, branchInfos(ctx.db), indexCounts(meetingCounts(ctx.db, year)), today);
    // 学时: the last ended period (a quarter, or last year in the yearly profile), per branch.
    const profile = activeProfile(rules);
    const ended = lastEndedPeriod(profile, today);
    const a = ended ? assessYear(ctx.db, ended.year, today) : null;
    let hoursShort: WorkbenchTodos['hoursShort'] = [];
    if (a && ended) {
      // One pass over the members (not one per branch); the card names the first few of each branch
      // and counts the rest (`short`): every name was 100 KB at 600 branches.
      const byOrg = new Map<number, { orgName: string; names: string[] }>();
      for (const r of a.rows) {
        const o = byOrg.get(r.member.orgId) ?? { orgName: r.member.orgName, names: [] };
        byOrg.set(r.member.orgId, o);
        if (r.results[ended.index]!.status === 'short' && o.names.length < SHORT_NAMES) o.names.push(r.member.name);
      }
      hoursShort = [...a.averages[ended.index]!.values()]
        .filter((b) => b.short > 0)
        .map((b) => ({ orgId: b.orgId, orgName: byOrg.get(b.orgId)?.orgName ?? '', short: b.short, assessed: b.assessed, period: `${ended.year}年${a.periods[ended.index]!.label}`, names: byOrg.get(b.orgId)?.names ?? [] }));
    }
    const members = hoursMembers(ctx.db, year);
    const half = halfYearPeriod(year, today <= `${year}-06-30` ? 1 : 2);
    const trained = secretariesTrainedBetween(ctx.db, half.from, half.to);
    const secretariesUntrained = rules.secretaryTrainingEveryHalfYear.enabled
      ? members.filter((m) => m.isSecretary && !m.rosterTo && !trained.has(m.memberId)).map((m) => ({ orgName: m.orgName, name: m.name }))
      : [];
    return { today, meetings, hoursShort, secretariesUntrained };
  },
});
