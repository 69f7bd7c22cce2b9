// 三评: leader comments on branches and members.
import { z } from 'zod';
import { defineArea, read, write } from './define';
import { id, isoDate, requiredText } from './common';
import { year } from './common';

export type LeaderComment = { id: number; year: number; leader: string; orgId: number; orgName: string; memberId: number | null; memberName: string | null; content: string; onDate: string };

export const commentsContract = defineArea('comments', {
  'comments.list': read<LeaderComment[]>()(z.object({ year, orgId: id.optional() }).strict()),
  'comments.save': write<{ id: number }>()(
    z.object({ id: id.optional(), year, leader: requiredText(20), orgId: id, memberId: id.nullable().default(null), content: requiredText(1000), onDate: isoDate }).strict(),
  ),
  'comments.delete': write<{ id: number }>()(z.object({ id }).strict()),
});
