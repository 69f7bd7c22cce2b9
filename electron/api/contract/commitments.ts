// 承诺评议: the year's campaign, commitments, 践诺 notes and 评诺.
import { z } from 'zod';
import { defineArea, read, write } from './define';
import type { Campaign } from './campaigns';
import { id, isoDate, requiredText, text, year } from './common';
import type { CommitmentRow, ProgressNote } from '../../model/commitments';

export type { CommitmentRow, ProgressNote } from '../../model/commitments';

export type CommitmentBoard = {
  campaign: Campaign | null;
  ratingScale: string[];
  /** One page of the commitments (30,000 at a big 党委 came to 7 MB for 20 drawn); `total` counts them all. */
  rows: CommitmentRow[];
  total: number;
  page: number;
  pageSize: number;
  /**
   * Per branch: members without a commitment (the first 10 named, `memberCount` all), and whether the
   * branch has its own; the first 30 such branches, `missingBranches` and `missingMembers` count them all.
   */
  missing: { orgId: number; orgName: string; branchCommitted: boolean; members: { memberId: number; name: string }[]; memberCount: number }[];
  /** Branches with something missing (all of them, not only the 30 listed); those without their own commitment, and members without one. */
  missingTotal: number;
  missingBranches: number;
  missingMembers: number;
  /** Commitments made after the campaign's deadline. */
  late: number;
  unrated: number;
  /** The 评诺 deadline has passed (unrated ones are then flagged). */
  rateOverdue: boolean;
};

export const commitmentsContract = defineArea('commitments', {
  'commitments.board': read<CommitmentBoard>()(
    z
      .object({
        year,
        orgId: id.optional(),
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
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
});
