// 承诺评议: the year's campaign (title and deadlines).
import * as db from '../../db/commitments';
import { defineHandlers } from '../registry';

export const campaignsHandlers = defineHandlers('campaigns', {
  'campaigns.list': (ctx) => db.listCampaigns(ctx.db),
  'campaigns.save': (ctx, input) =>
    ctx.write((tx) => {
      const before = db.getCampaign(tx.db, input.year);
      const id = db.upsertCampaign(tx.db, { year: input.year, title: input.title, commitDue: input.commitDue ?? null, rateDue: input.rateDue ?? null }, tx.now);
      const after = db.getCampaign(tx.db, input.year)!;
      tx.audit({ table: 'campaigns', recordId: id, action: before ? 'update' : 'create', before, after });
      return after;
    }),
});
