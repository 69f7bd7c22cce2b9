// Deadlines across 整改 and 任务: everything past its date.
import { getOrg } from '../../db/orgs';
import { todayIso } from '../../domain/dates';
import { notFound } from '../errors';
import { defineHandlers } from '../registry';
import { overdueItems } from '../shared/deadlines';

export const deadlinesHandlers = defineHandlers('deadlines', {
  'deadlines.overdue': (ctx, { orgId }) => {
    if (orgId !== undefined && !getOrg(ctx.db, orgId)) throw notFound('党组织');
    return overdueItems(ctx.db, todayIso(ctx.now()), orgId);
  },
});
