// 民主评议党员: member scores and grades, with the one-third limit on 优秀.
import * as db from '../../db/evaluations';
import { excellentLimit, excellentLimitProblem } from '../../domain/cycle';
import type { BranchEvaluation } from '../contract';
import { readCycleRules } from '../shared/ruleSets';
import { invalid } from '../errors';
import { defineHandlers } from '../registry';
import type { Db } from '../../db/open';
import { branchOrThrow } from '../shared/orgs';

function branchEvaluation(d: Db, year: number, orgId: number): BranchEvaluation {
  const org = branchOrThrow(d, orgId);
  const rows = db.branchEvaluations(d, year, orgId);
  return {
    orgId,
    orgName: org.name,
    members: rows.length,
    excellent: rows.filter((r) => r.grade === '优秀').length,
    excellentLimit: excellentLimit(rows.length, readCycleRules(d).excellentShareMax.share),
    rows,
    exceptionReason: rows.find((r) => r.exceptionReason)?.exceptionReason ?? null,
  };
}

export const evaluationsHandlers = defineHandlers('evaluations', {
  'evaluations.branch': (ctx, { year, orgId }) => branchEvaluation(ctx.db, year, orgId),
  'evaluations.save': (ctx, { year, orgId, rows, exceptionReason }) =>
    ctx.write((tx) => {
      const before = branchEvaluation(tx.db, year, orgId);
      const next = new Map(before.rows.map((r) => [r.memberId, { ...r }]));
      for (const r of rows) {
        const row = next.get(r.memberId);
        if (!row) throw invalid(`党员（编号 ${r.memberId}）不是${before.orgName}的在册党员`);
        Object.assign(row, r);
      }
      const all = [...next.values()];
      const excellent = all.filter((r) => r.grade === '优秀').length;
      const problem = excellentLimitProblem(before.orgName, all.length, excellent, readCycleRules(tx.db).excellentShareMax.share);
      // Beyond the limit only with the approval recorded; it is kept on the branch's 优秀 rows.
      if (problem && !exceptionReason) throw invalid(problem, { exceptionReason: '超出名额时请填写批准情况' });
      const sent = new Set(rows.map((r) => r.memberId));
      for (const r of all) {
        const reason = problem && r.grade === '优秀' ? (exceptionReason ?? null) : null;
        // Members left out of the call are only touched when their exception note changes.
        if (sent.has(r.memberId) || reason !== r.exceptionReason) db.upsertEvaluation(tx.db, year, orgId, { ...r, exceptionReason: reason }, tx.now);
      }
      tx.audit({ table: 'member_evaluations', recordId: orgId, action: 'save', before: before.rows, after: { rows, exceptionReason } });
      return branchEvaluation(tx.db, year, orgId);
    }),
});
