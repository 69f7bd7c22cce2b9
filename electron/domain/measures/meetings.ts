// 三会一课 rule figures from the compliance matrices: ended periods give 应开展/已开展/完成率; the
// period still running is reported apart (how many branches have met it so far), never as a rate.
import type { RuleMatrix } from '../compliance';
import { completion } from './rates';
import { periodState } from './periods';

export type RuleFigure = {
  label: string;
  per: 'month' | 'quarter' | 'year';
  /** Branch × period pairs of ended periods where the rule applied, and those met. */
  due: number;
  done: number;
  percent: number | null;
  /** The running period: its label, branches it applies to, and how many have met it so far. */
  running: { label: string; branches: number; met: number } | null;
};

export function ruleFigures(mx: RuleMatrix, today: string): RuleFigure {
  let due = 0;
  let done = 0;
  let running: RuleFigure['running'] = null;
  mx.periods.forEach((p, i) => {
    const state = periodState(p, today);
    if (state === 'notStarted') return;
    for (const row of mx.rows) {
      const c = row.cells[i]!;
      if (c.status === 'na') continue;
      if (state === 'ended') (due++, c.status === 'done' && done++);
      else {
        running ??= { label: p.label, branches: 0, met: 0 };
        running.branches++;
        if (c.status === 'done') running.met++;
      }
    }
  });
  return { label: mx.rule.label, per: mx.rule.per, due, done, percent: completion(done, due), running };
}

export type BranchRuleFigures = { noneMissed: number; allMet: number };

/**
 * Branches with no ended period missed, and branches that have met every rule in every period begun
 * (yearly rules and the running month or quarter included): only these have 全部完成 so far.
 */
export function branchFigures(matrices: readonly RuleMatrix[], branchIds: readonly number[], today: string): BranchRuleFigures {
  const missed = new Set<number>();
  const unmet = new Set<number>();
  for (const mx of matrices) {
    mx.periods.forEach((p, i) => {
      const state = periodState(p, today);
      if (state === 'notStarted') return;
      for (const row of mx.rows) {
        const c = row.cells[i]!;
        if (c.status === 'missing') missed.add(row.orgId);
        if (c.status !== 'done' && c.status !== 'na') unmet.add(row.orgId);
      }
    });
  }
  return { noneMissed: branchIds.filter((id) => !missed.has(id)).length, allMet: branchIds.filter((id) => !unmet.has(id)).length };
}

/** Per branch, over all rules: ended periods where a rule applied (due) and those met (done). */
export function branchPeriodCounts(matrices: readonly RuleMatrix[], today: string): Map<number, { done: number; due: number }> {
  const out = new Map<number, { done: number; due: number }>();
  for (const mx of matrices) {
    mx.periods.forEach((p, i) => {
      if (periodState(p, today) !== 'ended') return;
      for (const row of mx.rows) {
        const c = row.cells[i]!;
        if (c.status === 'na') continue;
        const m = out.get(row.orgId) ?? { done: 0, due: 0 };
        m.due++;
        if (c.status === 'done') m.done++;
        out.set(row.orgId, m);
      }
    });
  }
  return out;
}
