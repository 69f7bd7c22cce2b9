// 三评: 领导点评, 民主评议党员 (with the one-third limit on 优秀) and 群众满意度测评.
import * as db from '../db/evaluations';
import { getMember } from '../db/members';
import { getOrg } from '../db/orgs';
import { excellentLimit, excellentLimitProblem } from '../domain/cycle';
import type { BranchEvaluation } from './contract';
import { readCycleRules } from './cycleRules';
import { invalid, notFound } from './errors';
import type { AreaHandlers } from './registry';
import type { Db } from '../db/open';

function branchOrThrow(d: Db, orgId: number) {
  const org = getOrg(d, orgId);
  if (!org || org.kind !== 'branch') throw invalid('请选择一个党支部');
  return org;
}

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

export const evaluationHandlers: AreaHandlers<'comments' | 'evaluations' | 'satisfaction'> = {
  'comments.list': (ctx, { year, orgId }) => db.listComments(ctx.db, year).filter((c) => !orgId || c.orgId === orgId),
  'comments.save': (ctx, { id, ...c }) =>
    ctx.write((tx) => {
      branchOrThrow(tx.db, c.orgId);
      if (c.memberId !== null && getMember(tx.db, c.memberId)?.orgId !== c.orgId) throw invalid('点评的党员不属于所选支部');
      if (!c.onDate.startsWith(String(c.year))) throw invalid('点评日期应在所选年度内', { onDate: '点评日期应在所选年度内' });
      const before = id ? db.getComment(tx.db, id) : undefined;
      if (id && !before) throw notFound('点评');
      const saved = db.saveComment(tx.db, id, c, tx.now);
      tx.audit({ table: 'leader_comments', recordId: saved, action: id ? 'update' : 'create', before, after: c });
      return { id: saved };
    }),
  'comments.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = db.getComment(tx.db, id);
      if (!before) throw notFound('点评');
      db.deleteComment(tx.db, id);
      tx.audit({ table: 'leader_comments', recordId: id, action: 'delete', before });
      return { id };
    }),

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

  'satisfaction.list': (ctx, { year, orgId }) => db.listSurveys(ctx.db, year).filter((s) => !orgId || s.orgId === orgId),
  'satisfaction.save': (ctx, { id, ...s }) =>
    ctx.write((tx) => {
      const org = getOrg(tx.db, s.orgId);
      if (!org || org.kind === 'group') throw invalid('请选择党支部或党总支');
      const before = id ? db.getSurvey(tx.db, id) : undefined;
      if (id && !before) throw notFound('测评记录');
      const fields = { ...s, serviceWindow: s.serviceWindow ?? null };
      const saved = db.saveSurvey(tx.db, id, fields, tx.now);
      tx.audit({ table: 'satisfaction_surveys', recordId: saved, action: id ? 'update' : 'create', before, after: fields });
      return { id: saved };
    }),
  'satisfaction.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = db.getSurvey(tx.db, id);
      if (!before) throw notFound('测评记录');
      db.deleteSurvey(tx.db, id);
      tx.audit({ table: 'satisfaction_surveys', recordId: id, action: 'delete', before });
      return { id };
    }),
};
