// 分类定级: the year's score sheets per branch with the facts beside them, as the page shows them and
// the ledger and 通报 print them.
import type { CycleRules } from '../domain/cycleRules';

/** What the records say about a branch's year, shown beside its score sheet. */
export type GradingEvidence = {
  /** 三会一课: months/periods done against those due so far, over all enabled rules. */
  meetingsDone: number;
  meetingsDue: number;
  /** Average 学时 of the branch's members in the assessed periods, and members short. */
  averageHours: number | null;
  hoursShort: number;
  commitments: number;
  commitmentRatings: Record<string, number>;
  grades: Record<string, number>;
  satisfactionRate: number | null;
  openRectifications: number;
  overdueRectifications: number;
};

export type GradingRow = {
  orgId: number;
  orgName: string;
  category: string | null;
  selfScores: Record<string, number | null>;
  superiorScores: Record<string, number | null>;
  selfScore: number | null;
  superiorScore: number | null;
  total: number | null;
  grade: string | null;
  gradedOn: string | null;
  notes: string | null;
  evidence: GradingEvidence;
};

export type GradingSummary = {
  year: number;
  rules: CycleRules['grading'];
  rows: GradingRow[];
  share: { top: string; count: number; graded: number; percent: number | null; target: number };
};
