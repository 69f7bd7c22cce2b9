// 三评: a leader's comment on a branch or a member.
export type LeaderComment = {
  id: number;
  year: number;
  leader: string;
  orgId: number;
  orgName: string;
  memberId: number | null;
  memberName: string | null;
  content: string;
  onDate: string;
};
