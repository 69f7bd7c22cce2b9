// Compliance views: the matrix, yearly counts and 本月待办.
import { hoursMembers, secretariesTrainedBetween } from '../../db/hours';
import { assessYear } from '../hours/handlers';
import { lecturesOfYear, meetingCounts } from '../../db/meetings';
import { activeCommitteeMembers, branchInfos } from '../../db/orgs';
import { getSetting, putSetting } from '../../db/settings';
import type { Db } from '../../db/open';
import { complianceMatrix, indexCounts, lecturesOwed, openTodos, yearlyCounts } from '../../domain/compliance';
import { todayIso } from '../../domain/dates';
import { activeProfile, lastEndedPeriod } from '../../domain/hours';
import { halfYearPeriod } from '../../domain/periods';
import { DEFAULT_RULES, ruleSet, type RuleSet } from '../../domain/rules';
import { defineHandlers } from '../registry';

/** The stored rule set, or the defaults; a stored set that no longer validates falls back too. */
export function readRules(db: Db): RuleSet {
  const parsed = ruleSet.safeParse(getSetting<unknown>(db, 'rules', DEFAULT_RULES));
  return parsed.success ? parsed.data : DEFAULT_RULES;
}

export const complianceHandlers = defineHandlers('compliance', {
  'compliance.matrix': (ctx, { year, orgId }) => {
    const rules = readRules(ctx.db);
    const branches = branchInfos(ctx.db, orgId);
    const idx = indexCounts(meetingCounts(ctx.db, year));
    const today = todayIso(ctx.now());
    return { today, rules: rules.meetings.filter((r) => r.enabled).map((r) => complianceMatrix(r, branches, idx, year, today)) };
  },

  'compliance.summary': (ctx, { year }) => {
    const rules = readRules(ctx.db);
    const branches = branchInfos(ctx.db);
    const idx = indexCounts(meetingCounts(ctx.db, year));
    const owed = rules.lecturesPerCommitteeMember.enabled
      ? lecturesOwed(activeCommitteeMembers(ctx.db), lecturesOfYear(ctx.db, year), rules.lecturesPerCommitteeMember.min)
      : [];
    return {
      branches: branches.map((b) => ({ orgId: b.id, name: b.name, counts: yearlyCounts(rules, b, idx, year, todayIso(ctx.now())) })),
      lecturesOwed: owed.map((m) => ({ orgId: m.orgId, orgName: m.orgName, name: m.name, role: m.role, given: m.given })),
    };
  },

  'compliance.todos': (ctx) => {
    const today = todayIso(ctx.now());
    const year = Number(today.slice(0, 4));
    const rules = readRules(ctx.db);
    const meetings = openTodos(rules, branchInfos(ctx.db), indexCounts(meetingCounts(ctx.db, year)), today);
    // 学时: the last ended period (a quarter, or last year in the yearly profile), per branch.
    const profile = activeProfile(rules);
    const ended = lastEndedPeriod(profile, today);
    const a = ended ? assessYear(ctx.db, ended.year, today) : null;
    const hoursShort = a && ended
      ? [...a.averages[ended.index]!.values()]
          .filter((b) => b.short > 0)
          .map((b) => {
            const rows = a.rows.filter((r) => r.member.orgId === b.orgId);
            const names = rows.filter((r) => r.results[ended.index]!.status === 'short').map((r) => r.member.name);
            return { orgId: b.orgId, orgName: rows[0]?.member.orgName ?? '', short: b.short, assessed: b.assessed, period: `${ended.year}年${a.periods[ended.index]!.label}`, names };
          })
      : [];
    const members = hoursMembers(ctx.db, year);
    const half = halfYearPeriod(year, today <= `${year}-06-30` ? 1 : 2);
    const trained = secretariesTrainedBetween(ctx.db, half.from, half.to);
    const secretariesUntrained = rules.secretaryTrainingEveryHalfYear.enabled
      ? members.filter((m) => m.isSecretary && !m.rosterTo && !trained.has(m.memberId)).map((m) => ({ orgName: m.orgName, name: m.name }))
      : [];
    return { today, meetings, hoursShort, secretariesUntrained };
  },
});
