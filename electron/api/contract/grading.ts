// 分类定级: the year's score sheets per branch, with the facts the app already knows beside them.
import { z } from 'zod';
import { type CycleRules } from '../../domain/cycleRules';
import { defineArea, read, write } from './define';
import { id, isoDate, text } from './common';
import { year } from './common';

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

const scores = z.record(z.string().max(30), z.number().min(0, { message: '得分不能为负' }).max(100, { message: '得分不能超过100' }).nullable());

export const gradingContract = defineArea('grading', {
  'grading.summary': read<GradingSummary>()(z.object({ year, orgId: id.optional() }).strict()),
  'grading.save': write<GradingRow>()(
    z.object({ year, orgId: id, selfScores: scores, superiorScores: scores, gradedOn: isoDate.nullable().optional(), notes: text(500) }).strict(),
  ),
});
