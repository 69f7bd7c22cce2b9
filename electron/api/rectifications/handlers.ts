// 整改台账 handlers: items with a branch, a responsible person and a deadline; evidence on
// completion; overdue flagged against today; the ledger. Also feeds the deadlines area (工作台, CLI).
import { getAttachment } from '../../db/meetings';
import { getMember } from '../../db/members';
import * as rectDb from '../../db/rectifications';
import { softDelete } from '../../db/recycle';
import { invalid, notFound } from '../errors';
import { defineHandlers } from '../registry';
import { rectificationsOfYear } from '../../db/rectifications';
import { rectificationLedger } from '../../exports/rectificationLedger';
import { ledgerMeta, scopeName } from '../shared/ledgerFile';
import { xlsxFile } from '../shared/ledgerFile';
import { withDeadline, assertBranch } from '../shared/deadlines';
import { checkOrgFilter } from '../shared/orgs';

export const rectificationsHandlers = defineHandlers('rectifications', {
  'rectifications.list': (ctx, { filter, page, pageSize }) => {
    const today = ctx.today();
    const r = rectDb.listRectifications(ctx.db, filter, today, page, pageSize);
    return { rows: r.rows.map((x) => withDeadline(x, today)), total: r.total, page, pageSize };
  },

  'rectifications.get': (ctx, { id }) => {
    const r = rectDb.getRectification(ctx.db, id);
    if (!r) throw notFound('整改事项');
    return withDeadline(r, ctx.today());
  },

  'rectifications.save': (ctx, input) =>
    ctx.write((tx) => {
      const today = ctx.today();
      const before = input.id ? rectDb.getRectification(tx.db, input.id) : undefined;
      if (input.id && !before) throw notFound('整改事项');
      // An existing item may stay on a branch dissolved since; a new one needs a live branch.
      if (!before || before.orgId !== input.orgId) assertBranch(tx.db, input.orgId, today);
      let responsible = input.responsible ?? null;
      if (input.responsibleMemberId) {
        const m = getMember(tx.db, input.responsibleMemberId);
        if (!m) throw invalid('责任人不在党员花名册中，请重新选择', { responsibleMemberId: '请重新选择' });
        responsible ??= m.name;
      }
      const done = input.status === '已完成';
      if (done && input.completedOn! > today) throw invalid('完成日期不能晚于今天', { completedOn: '不能晚于今天' });
      for (const a of input.attachmentIds) if (!getAttachment(tx.db, a)) throw notFound('佐证材料');
      const fields: rectDb.RectificationFields = {
        orgId: input.orgId, year: input.year, source: input.source, problem: input.problem, measures: input.measures ?? null, responsible,
        responsibleMemberId: input.responsibleMemberId ?? null, deadline: input.deadline, status: input.status,
        // A completion date only belongs to a finished item; reopening one clears it.
        completedOn: done ? input.completedOn! : null, evidence: input.evidence ?? null,
      };
      let id = input.id;
      if (id) rectDb.updateRectification(tx.db, id, fields, tx.now);
      else id = rectDb.insertRectification(tx.db, fields, tx.now);
      rectDb.replaceRectificationAttachments(tx.db, id, input.attachmentIds);
      tx.audit({ table: 'rectifications', recordId: id, action: before ? 'update' : 'create', before, after: { ...fields, attachmentIds: input.attachmentIds } });
      return { id };
    }),

  'rectifications.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = rectDb.getRectification(tx.db, id);
      if (!before) throw notFound('整改事项');
      softDelete(tx.db, 'rectification', id, tx.now, tx.actor);
      tx.audit({ table: 'rectifications', recordId: id, action: 'delete', before });
      return { id };
    }),

  'rectifications.exportLedger': async (ctx, { year, orgId }) => {
    checkOrgFilter(ctx.db, orgId, '党组织');
    const scope = scopeName(ctx.db, orgId);
    const today = ctx.today();
    const rows = rectificationsOfYear(ctx.db, year, orgId).map((r) => withDeadline(r, today));
    const title = `${scope}${year}年度整改台账`;
    return xlsxFile(`${title}.xlsx`, await rectificationLedger(ledgerMeta(ctx, scope), title, rows));
  },
});
