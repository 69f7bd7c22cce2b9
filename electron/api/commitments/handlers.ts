// 承诺评议: commitments (branch and member), 践诺 progress and 评诺.
import * as db from '../../db/commitments';
import { getAttachment } from '../../db/meetings';
import { getMember } from '../../db/members';
import { branchInfos, getOrg } from '../../db/orgs';
import type { CommitmentBoard } from '../contract';
import { conflict, invalid, notFound } from '../errors';
import { readCycleRules } from '../shared/ruleSets';
import { defineHandlers } from '../registry';

export const commitmentsHandlers = defineHandlers('commitments', {
  'commitments.board': (ctx, { year, orgId, page, pageSize }) => board(ctx.db, year, orgId, ctx.today(), page, pageSize),

  'commitments.save': (ctx, input) =>
    ctx.write((tx) => {
      const campaign = db.getCampaign(tx.db, input.year);
      if (!campaign) throw invalid(`${input.year}年度还没有建立承诺评议活动，请先填写活动名称和截止日期`);
      const org = getOrg(tx.db, input.orgId);
      if (!org || org.kind !== 'branch') throw invalid('承诺应属于一个党支部');
      if (input.memberId !== null) {
        const m = getMember(tx.db, input.memberId);
        if (!m) throw notFound('党员');
        if (m.orgId !== input.orgId) throw invalid(`${m.name}不属于${org.name}`);
      }
      if (input.publishedOn && input.publishedOn < input.committedOn) throw invalid('公示日期不能早于承诺日期', { publishedOn: '公示日期不能早于承诺日期' });
      const fields = { content: input.content, measures: input.measures ?? null, committedOn: input.committedOn, publishedOn: input.publishedOn ?? null };
      if (input.id) {
        const before = db.getCommitment(tx.db, input.id);
        if (!before) throw notFound('承诺');
        db.updateCommitment(tx.db, input.id, fields, tx.now);
        tx.audit({ table: 'commitments', recordId: input.id, action: 'update', before, after: fields });
        return { id: input.id };
      }
      const existing = db.findCommitment(tx.db, campaign.id, input.orgId, input.memberId);
      if (existing) throw conflict(`${input.memberId === null ? org.name : getMember(tx.db, input.memberId)!.name}本年度已有承诺，请修改原有承诺`);
      const id = db.insertCommitment(tx.db, { campaignId: campaign.id, orgId: input.orgId, memberId: input.memberId, ...fields }, tx.now);
      tx.audit({ table: 'commitments', recordId: id, action: 'create', after: { ...input } });
      return { id };
    }),

  'commitments.rate': (ctx, { id, rating, ratedOn, ratedBy }) =>
    ctx.write((tx) => {
      const before = db.getCommitment(tx.db, id);
      if (!before) throw notFound('承诺');
      const scale = readCycleRules(tx.db).ratingScale;
      if (rating !== null && !scale.includes(rating)) throw invalid(`评诺结果应为${scale.join('、')}之一`);
      if (rating !== null && !ratedOn) throw invalid('请填写评诺日期', { ratedOn: '请填写评诺日期' });
      if (ratedOn && ratedOn < before.committedOn) throw invalid('评诺日期不能早于承诺日期', { ratedOn: '评诺日期不能早于承诺日期' });
      const r = { rating, ratedOn: rating === null ? null : (ratedOn ?? null), ratedBy: rating === null ? null : (ratedBy ?? null) };
      db.rateCommitment(tx.db, id, r, tx.now);
      tx.audit({ table: 'commitments', recordId: id, action: 'rate', before: { rating: before.rating, ratedOn: before.ratedOn }, after: r });
      return { id };
    }),

  'commitments.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = db.getCommitment(tx.db, id);
      if (!before) throw notFound('承诺');
      const progress = db.listProgress(tx.db, id);
      db.deleteCommitment(tx.db, id);
      tx.audit({ table: 'commitments', recordId: id, action: 'delete', before: { ...before, progress } });
      return { id };
    }),

  'commitments.progress': (ctx, { id }) => {
    if (!db.getCommitment(ctx.db, id)) throw notFound('承诺');
    return db.listProgress(ctx.db, id);
  },
  'commitments.addProgress': (ctx, input) =>
    ctx.write((tx) => {
      const c = db.getCommitment(tx.db, input.commitmentId);
      if (!c) throw notFound('承诺');
      if (input.onDate < c.committedOn) throw invalid('践诺日期不能早于承诺日期', { onDate: '践诺日期不能早于承诺日期' });
      if (input.attachmentId !== null && !getAttachment(tx.db, input.attachmentId)) throw notFound('附件');
      const id = db.insertProgress(tx.db, input.commitmentId, input, tx.now);
      tx.audit({ table: 'commitments', recordId: input.commitmentId, action: 'progress', after: input });
      return { id };
    }),
  'commitments.deleteProgress': (ctx, { id }) =>
    ctx.write((tx) => {
      const row = db.deleteProgress(tx.db, id);
      if (!row) throw notFound('践诺记录');
      tx.audit({ table: 'commitments', recordId: row.commitmentId, action: 'delete-progress', before: { progressId: id } });
      return { id };
    }),
});

const MISSING_BRANCHES = 30;
const MISSING_NAMES = 10;

function board(d: Parameters<typeof db.getCampaign>[0], year: number, orgId: number | undefined, today: string, page: number, pageSize: number): CommitmentBoard {
  const campaign = db.getCampaign(d, year) ?? null;
  const ratingScale = readCycleRules(d).ratingScale;
  if (!campaign) return { campaign, ratingScale, rows: [], total: 0, page: 1, pageSize, missing: [], missingTotal: 0, missingBranches: 0, missingMembers: 0, late: 0, unrated: 0, rateOverdue: false };
  const branches = branchInfos(d, orgId).filter((b) => !b.dissolvedOn);
  const ids = branches.map((b) => b.id);
  const rows = db.listCommitments(d, campaign.id, ids);
  const lacking = db.membersWithoutCommitment(d, campaign.id, ids);
  const branchCommitted = new Set(rows.filter((r) => r.memberId === null).map((r) => r.orgId));
  const lackingByOrg = new Map<number, typeof lacking>();
  for (const l of lacking) {
    const list = lackingByOrg.get(l.orgId);
    if (list) list.push(l);
    else lackingByOrg.set(l.orgId, [l]);
  }
  const missing = branches
    .map((b) => ({ orgId: b.id, orgName: b.name, branchCommitted: branchCommitted.has(b.id), members: (lackingByOrg.get(b.id) ?? []).map(({ memberId, name }) => ({ memberId, name })) }))
    .filter((m) => !m.branchCommitted || m.members.length > 0);
  // A short list with the totals: at a big 党委 every name was 190 KB drawn inline.
  const shortMissing = missing.slice(0, MISSING_BRANCHES).map((m) => ({ ...m, members: m.members.slice(0, MISSING_NAMES), memberCount: m.members.length }));
  const late = campaign.commitDue ? rows.filter((r) => r.committedOn > campaign.commitDue!).length : 0;
  // The counts are over all of them; only the page drawn is sent (the last one when asked beyond it).
  const p = Math.min(page, Math.max(1, Math.ceil(rows.length / pageSize)));
  return {
    campaign,
    ratingScale,
    rows: rows.slice((p - 1) * pageSize, p * pageSize),
    total: rows.length,
    page: p,
    pageSize,
    missing: shortMissing,
    missingTotal: missing.length,
    missingBranches: missing.filter((m) => !m.branchCommitted).length,
    missingMembers: lacking.length,
    late,
    unrated: rows.filter((r) => r.rating === null).length,
    rateOverdue: campaign.rateDue !== null && today > campaign.rateDue,
  };
}
