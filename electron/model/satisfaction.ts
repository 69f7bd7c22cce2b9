// 群众满意度测评: one branch's (or service window's) survey.
export type SatisfactionRow = {
  id: number;
  year: number;
  orgId: number;
  orgName: string;
  serviceWindow: string | null;
  satisfied: number;
  basic: number;
  dissatisfied: number;
  rate: number | null;
  onDate: string;
};
