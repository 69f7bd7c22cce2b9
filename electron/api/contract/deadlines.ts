// Deadlines across 整改 and 任务: everything past its date.
import { z } from 'zod';
import { defineArea, read } from './define';
import { id } from './common';
import type { OverdueItem } from '../../model/deadlines';

export type { DeadlineDigest, DueSoonTask, OverdueItem, OverdueLine } from '../../model/deadlines';

export const deadlinesContract = defineArea('deadlines', {
  /** Everything past its date across 整改 and 任务, oldest first; optionally within an org subtree. */
  'deadlines.overdue': read<OverdueItem[]>()(z.object({ orgId: id.optional() }).strict()),
});
