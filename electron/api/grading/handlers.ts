// 分类定级: score sheets (self and superior against the "五个好" items), the combined total and
// band, and beside each branch the facts the records already hold for that year.
import { gradeCountsByOrg } from '../../db/evaluations';
import * as db from '../../db/grading';
import { meetingCounts } from '../../db/meetings';
import type { Db } from '../../db/open';
import { branchCategories, branchInfos, getOrg } from '../../db/orgs';
import { rectificationCountsByOrg } from '../../db/rectifications';
import { complianceMatrix, indexCounts, type BranchInfo } from '../../domain/compliance';
import { bandFor, combinedTotal, satisfactionRate, sheetProblems, sheetTotal, topBandShare } from '../../domain/cycle';
import { todayIso } from '../../domain/dates';
import { round1 } from '../../domain/hours';
import { branchPeriodCounts } from '../../domain/measures';
import type { GradingEvidence, GradingRow, GradingSummary } from '../contract';
import { readRules } from '../compliance/handlers';
import { readCycleRules } from '../cycleRules/handlers';
import { invalid } from '../errors';
import { assessYear } from '../hours/handlers';
import { defineHandlers } from '../registry';

export const gradingHandlers = defineHandlers('grading', {
  'grading.summary': (ctx, { year, orgId }) => gradingSummary(ctx.db, year, todayIso(ctx.now()), orgId, ctx.dataStamp(NOT_EVIDENCE)),
  'grading.save': (ctx, input) =>
    ctx.write((tx) => {
      const org = getOrg(tx.db, input.orgId);
      if (!org || org.kind !== 'branch') throw invalid('分类定级的对象应是党支部');
      const rules = readCycleRules(tx.db).grading;
      const problems = [...sheetProblems(rules.items, input.selfScores).map((p) => `自评：${p}`), ...sheetProblems(rules.items, input.superiorScores).map((p) => `上级评分：${p}`)];
      if (problems.length) throw invalid(problems.join('；'));
      const selfTotal = sheetTotal(rules.items, input.selfScores);
      const superiorTotal = sheetTotal(rules.items, input.superiorScores);
      const total = combinedTotal(selfTotal, superiorTotal, rules);
      const before = db.getGrading(tx.db, input.year, input.orgId);
      const g = {
        orgId: input.orgId, selfScores: input.selfScores, superiorScores: input.superiorScores, selfTotal, superiorTotal, total,
        grade: bandFor(total, rules.bands), gradedOn: input.gradedOn ?? null, notes: input.notes ?? null,
      };
      db.upsertGrading(tx.db, input.year, g, tx.now);
      tx.audit({ table: 'gradings', recordId: input.orgId, action: before ? 'update' : 'create', before, after: { year: input.year, ...g } });
      return gradingSummary(tx.db, input.year, todayIso(ctx.now()), input.orgId).rows.find((r) => r.orgId === input.orgId)!;
    }),
});

// The last summary's evidence per database, reused while the data stamp is unchanged: clerks move
// between the grading list, a sheet and the exports many times between writes, and saving a
// score sheet or an award round changes none of the evidence. Any table not listed here (a new
// one included) invalidates it.
export const NOT_EVIDENCE = ['gradings', 'award_rounds', 'award_nominees', 'leader_comments', 'tasks', 'task_targets', 'attachments'] as const;
const evidenceCache = new WeakMap<Db, { key: string; value: Map<number, GradingEvidence> }>();

/** `stamp` (ctx.dataStamp()) lets the evidence be reused until the data changes; without it, always computed. */
export function gradingSummary(d: Db, year: number, today: string, orgId?: number, stamp?: string): GradingSummary {
  const rules = readCycleRules(d).grading;
  const branches = branchInfos(d, orgId).filter((b) => !b.dissolvedOn || b.dissolvedOn >= `${year}-01-01`);
  const stored = db.gradingsOfYear(d, year);
  const key = `${stamp}|${year}|${today}|${orgId ?? ''}`;
  const cached = stamp === undefined ? undefined : evidenceCache.get(d);
  const evidence = cached?.key === key ? cached.value : gradingEvidence(d, year, today, branches, orgId);
  if (stamp !== undefined) evidenceCache.set(d, { key, value: evidence });
  const categories = branchCategories(d);
  const rows: GradingRow[] = branches.map((b) => {
    const g = stored.get(b.id);
    return {
      orgId: b.id, orgName: b.name, category: categories.get(b.id) ?? null,
      selfScores: g?.selfScores ?? {}, superiorScores: g?.superiorScores ?? {},
      selfScore: g?.selfTotal ?? null, superiorScore: g?.superiorTotal ?? null, total: g?.total ?? null, grade: g?.grade ?? null,
      gradedOn: g?.gradedOn ?? null, notes: g?.notes ?? null, evidence: evidence.get(b.id)!,
    };
  });
  return { year, rules, rows, share: { ...topBandShare(rows.map((r) => r.grade), rules.bands), target: rules.advancedTarget } };
}

/** One pass over each source for all branches, so the summary costs the same for 6 or 600. */
function gradingEvidence(d: Db, year: number, today: string, branches: BranchInfo[], orgId?: number): Map<number, GradingEvidence> {
  const meetingRules = readRules(d).meetings.filter((r) => r.enabled);
  const idx = indexCounts(meetingCounts(d, year));
  // Ended periods only, as stats counts them (measures): a running month is neither done nor due.
  const meetings = branchPeriodCounts(meetingRules.map((rule) => complianceMatrix(rule, branches, idx, year, today)), today);
  const hours = new Map<number, { sum: number; n: number; short: number }>();
  for (const r of assessYear(d, year, today, orgId, true).rows) {
    const h = hours.get(r.member.orgId) ?? { sum: 0, n: 0, short: 0 };
    h.sum += r.total;
    h.n++;
    if (r.results.some((x) => x.status === 'short')) h.short++;
    hours.set(r.member.orgId, h);
  }
  const commitments = db.commitmentStatsByOrg(d, year);
  const grades = gradeCountsByOrg(d, year);
  const satisfaction = db.satisfactionByOrg(d, year);
  const rectifications = rectificationCountsByOrg(d, year, today);
  return new Map(
    branches.map((b) => {
      const m = meetings.get(b.id) ?? { done: 0, due: 0 };
      const h = hours.get(b.id);
      const s = satisfaction.get(b.id);
      const r = rectifications.get(b.id);
      return [
        b.id,
        {
          meetingsDone: m.done, meetingsDue: m.due,
          averageHours: h && h.n ? round1(h.sum / h.n) : null, hoursShort: h?.short ?? 0,
          commitments: commitments.get(b.id)?.count ?? 0, commitmentRatings: commitments.get(b.id)?.ratings ?? {},
          grades: grades.get(b.id) ?? {}, satisfactionRate: s ? satisfactionRate(s) : null,
          openRectifications: r?.open ?? 0, overdueRectifications: r?.overdue ?? 0,
        },
      ];
    }),
  );
}
