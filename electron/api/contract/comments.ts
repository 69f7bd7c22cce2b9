// 三评: leader comments on branches and members.
import { z } from 'zod';
import { defineArea, read, write } from './define';
import { id, isoDate, requiredText } from './common';
import { year } from './common';
import type { LeaderComment } from '../../model/comments';

export type { LeaderComment } from '../../model/comments';

export const commentsContract = defineArea('comments', {
  'comments.list': read<LeaderComment[]>()(z.object({ year, orgId: id.optional() }).strict()),
  'comments.save': write<{ id: number }>()(
    z.object({ id: id.optional(), year, leader: requiredText(20), orgId: id, memberId: id.nullable().default(null), content: requiredText(1000), onDate: isoDate }).strict(),
  ),
  'comments.delete': write<{ id: number }>()(z.object({ id }).strict()),
});
