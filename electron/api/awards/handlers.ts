// 评选表彰: a round keeps every step of 两推三评两个公开 and refuses to finalise while one is missing.
import * as db from '../../db/awards';
import { getMember } from '../../db/members';
import type { Db } from '../../db/open';
import { getOrg } from '../../db/orgs';
import { conflict, invalid, notFound } from '../errors';
import { defineHandlers } from '../registry';
import { assertNomineeEligible, assertRoundDatesKeepNominees } from '../shared/eligibility';
import { roundDetail } from '../shared/awardRounds';

function openRound(d: Db, id: number) {
  const round = db.getRound(d, id);
  if (!round) throw notFound('评选活动');
  if (round.finalisedAt) throw conflict(`“${round.title}”已经确定表彰结果，如需修改请先撤销确定`);
  return round;
}

export const awardsHandlers = defineHandlers('awards', {
  'awards.list': (ctx, { year }) => db.listRounds(ctx.db, year),
  'awards.get': (ctx, { id }) => roundDetail(ctx.db, id),
  'awards.save': (ctx, { id, ...input }) =>
    ctx.write((tx) => {
      const before = id ? openRound(tx.db, id) : undefined;
      if (before && before.target !== input.target && before.nominees > 0) throw conflict('已有推荐对象，不能更改表彰对象类别');
      const fields = {
        ...input, criteriaPublishedOn: input.criteriaPublishedOn ?? null, publicityFrom: input.publicityFrom ?? null, publicityTo: input.publicityTo ?? null,
        contact: input.contact ?? null, decidedOn: input.decidedOn ?? null, decisionRef: input.decisionRef ?? null,
      };
      if (id && before) assertRoundDatesKeepNominees(tx.db, id, before, fields);
      const saved = db.saveRound(tx.db, id, fields, tx.now);
      tx.audit({ table: 'award_rounds', recordId: saved, action: id ? 'update' : 'create', before, after: fields });
      return { id: saved };
    }),
  'awards.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = openRound(tx.db, id);
      const nominees = db.listNominees(tx.db, id);
      db.deleteRound(tx.db, id);
      tx.audit({ table: 'award_rounds', recordId: id, action: 'delete', before: { ...before, nominees } });
      return { id };
    }),
  'awards.saveNominee': (ctx, { id, ...n }) =>
    ctx.write((tx) => {
      const round = openRound(tx.db, n.roundId);
      const org = getOrg(tx.db, n.orgId);
      if (!org || org.kind === 'committee' || org.kind === 'group') throw invalid('请选择党总支或党支部');
      if (round.target === 'member') {
        if (n.memberId === null) throw invalid(`“${round.title}”表彰个人，请选择党员`);
        const m = getMember(tx.db, n.memberId);
        if (!m) throw notFound('党员');
        if (m.status !== '在册') throw invalid(`${m.name}不是在册党员`);
        assertNomineeEligible(round, { member: m });
        n.orgId = m.orgId;
      } else if (n.memberId !== null) throw invalid(`“${round.title}”表彰党组织，不需要选择党员`);
      else assertNomineeEligible(round, { org });
      const existing = db.findNominee(tx.db, n.roundId, n.orgId, n.memberId);
      if (existing && existing !== id) throw conflict('该对象已在推荐名单中');
      const before = id ? db.getNominee(tx.db, id) : undefined;
      if (id && (!before || before.roundId !== n.roundId)) throw notFound('推荐对象');
      const fields = { ...n, orgAssessment: n.orgAssessment ?? null, leaderComment: n.leaderComment ?? null };
      const saved = db.saveNominee(tx.db, id, fields, tx.now);
      tx.audit({ table: 'award_nominees', recordId: saved, action: id ? 'update' : 'create', before, after: fields });
      return { id: saved };
    }),
  'awards.deleteNominee': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = db.getNominee(tx.db, id);
      if (!before) throw notFound('推荐对象');
      openRound(tx.db, before.roundId);
      db.deleteNominee(tx.db, id);
      tx.audit({ table: 'award_nominees', recordId: id, action: 'delete', before });
      return { id };
    }),
  'awards.finalise': (ctx, { id }) =>
    ctx.write((tx) => {
      openRound(tx.db, id);
      const detail = roundDetail(tx.db, id);
      if (detail.problems.length) throw conflict(`还不能确定表彰结果：${detail.problems.join('；')}`);
      db.setFinalised(tx.db, id, tx.now);
      tx.audit({ table: 'award_rounds', recordId: id, action: 'finalise', after: { awarded: detail.nominees.filter((n) => n.shortlisted).map((n) => n.name) } });
      return roundDetail(tx.db, id);
    }),
  'awards.reopen': (ctx, { id, reason }) =>
    ctx.write((tx) => {
      const round = db.getRound(tx.db, id);
      if (!round) throw notFound('评选活动');
      if (!round.finalisedAt) throw conflict('该评选尚未确定结果');
      db.setFinalised(tx.db, id, null);
      tx.audit({ table: 'award_rounds', recordId: id, action: 'reopen', before: { finalisedAt: round.finalisedAt }, after: { reason } });
      return roundDetail(tx.db, id);
    }),
});
