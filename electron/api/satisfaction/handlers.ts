// 群众满意度测评 per branch.
import * as db from '../../db/evaluations';
import { getOrg } from '../../db/orgs';
import { invalid, notFound } from '../errors';
import { defineHandlers } from '../registry';

export const satisfactionHandlers = defineHandlers('satisfaction', {
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
});
