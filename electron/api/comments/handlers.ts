// 三评: leader comments on branches and members.
import * as db from '../../db/evaluations';
import { getMember } from '../../db/members';
import { invalid, notFound } from '../errors';
import { defineHandlers } from '../registry';
import { branchOrThrow } from '../shared/orgs';

export const commentsHandlers = defineHandlers('comments', {
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
});
