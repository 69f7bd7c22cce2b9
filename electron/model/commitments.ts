// 承诺评议: the year's campaign, the commitments and their 践诺 notes.
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
