// Deadlines across 整改 and 任务: everything past its date.
import { defineHandlers } from '../registry';
import { overdueItems } from '../shared/deadlines';
import { checkOrgFilter } from '../shared/orgs';

export const deadlinesHandlers = defineHandlers('deadlines', {
  'deadlines.overdue': (ctx, { orgId }) => {
    checkOrgFilter(ctx.db, orgId, '党组织');
    return overdueItems(ctx.db, ctx.today(), orgId);
  },
});
