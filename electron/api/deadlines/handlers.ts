// Deadlines across 整改 and 任务: everything past its date.
import { getAttachment } from '../../db/meetings';
import { getMember } from '../../db/members';
import type { Db } from '../../db/open';
import { getOrg } from '../../db/orgs';
import * as rectDb from '../../db/rectifications';
import { softDelete } from '../../db/recycle';
import { missingOverdue, tasksDueBetween } from '../../db/tasks';
import { todayIso } from '../../domain/dates';
import { daysBetween, rectificationDeadline } from '../../domain/deadlines';
import type { DeadlineDigest, OverdueItem, RectificationRow } from '../contract';
import { invalid, notFound } from '../errors';
import { defineHandlers } from '../registry';
import { overdueItems } from '../rectifications/handlers';

export const deadlinesHandlers = defineHandlers('deadlines', {
  'deadlines.overdue': (ctx, { orgId }) => {
    if (orgId !== undefined && !getOrg(ctx.db, orgId)) throw notFound('党组织');
    return overdueItems(ctx.db, todayIso(ctx.now()), orgId);
  },
});
