// 承诺评议: the year's campaign, commitments, 践诺 notes and 评诺.
import { z } from 'zod';
import { read, write } from './define';
import { id, isoDate, requiredText, text } from './common';

export const year = z.number().int().min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' });

export type Campaign = { id: number; year: number; title: string; commitDue: string | null; rateDue: string | null };

export type CommitmentRow = {
  id: number;
  campaignId: number;
  orgId: number;
  orgName: string;
  /** null for the branch's own commitment. */
  memberId: number | null;
  memberName: string | null;
  content: string;
  measures: string | null;
  committedOn: string;
  publishedOn: string | null;
  rating: string | null;
  ratedOn: string | null;
  ratedBy: string | null;
  progressCount: number;
};

export type ProgressNote = { id: number; onDate: string; note: string; attachmentId: number | null; fileName: string | null };

export type CommitmentBoard = {
  campaign: Campaign | null;
  ratingScale: string[];
  rows: CommitmentRow[];
  /** Per branch: members without a commitment, and whether the branch has its own. */
  missing: { orgId: number; orgName: string; branchCommitted: boolean; members: { memberId: number; name: string }[] }[];
  /** Commitments made after the campaign's deadline. */
  late: number;
  unrated: number;
  /** The 评诺 deadline has passed (unrated ones are then flagged). */
  rateOverdue: boolean;
};

export const cycleContract = {
  'campaigns.list': read<Campaign[]>()(z.object({}).strict()),
  'campaigns.save': write<Campaign>()(
    z
      .object({ year, title: requiredText(60), commitDue: isoDate.nullable().optional(), rateDue: isoDate.nullable().optional() })
      .strict()
      .refine((c) => !c.commitDue || c.commitDue.startsWith(String(c.year)), { message: '承诺截止日期应在本年度内', path: ['commitDue'] })
      .refine((c) => !c.rateDue || c.rateDue.startsWith(String(c.year)), { message: '评诺截止日期应在本年度内', path: ['rateDue'] }),
  ),
  'commitments.board': read<CommitmentBoard>()(z.object({ year, orgId: id.optional() }).strict()),
  'commitments.save': write<{ id: number }>()(
    z
      .object({
        id: id.optional(),
        year,
        orgId: id,
        memberId: id.nullable().default(null),
        content: requiredText(500),
        measures: text(1000),
        committedOn: isoDate,
        publishedOn: isoDate.nullable().optional(),
      })
      .strict(),
  ),
  'commitments.rate': write<{ id: number }>()(
    z.object({ id, rating: z.string().min(1).max(10).nullable(), ratedOn: isoDate.nullable().optional(), ratedBy: text(20) }).strict(),
  ),
  'commitments.delete': write<{ id: number }>()(z.object({ id }).strict()),
  'commitments.progress': read<ProgressNote[]>()(z.object({ id }).strict()),
  'commitments.addProgress': write<{ id: number }>()(
    z.object({ commitmentId: id, onDate: isoDate, note: requiredText(1000), attachmentId: id.nullable().default(null) }).strict(),
  ),
  'commitments.deleteProgress': write<{ id: number }>()(z.object({ id }).strict()),
};
