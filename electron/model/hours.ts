// The hours read model as the ledgers and reports receive it: every member's hours for a year,
// judged period by period against the active profile (made by api/shared/hoursAssessment.ts).
import type { HourSource } from '../domain/glossary';
import type { BranchAverage, HoursMember, PeriodHours } from '../domain/hours';
import type { Period } from '../domain/periods';
import type { HoursProfile, RuleSet } from '../domain/rules';

export type HoursAssessmentRow = { member: HoursMember; results: PeriodHours[]; total: number };

export type HoursAssessment = {
  rules: RuleSet;
  profile: HoursProfile;
  periods: Period[];
  rows: HoursAssessmentRow[];
  /** Per period: each branch's assessed members, average and number short. */
  averages: Map<number, BranchAverage>[];
};

/** One member's 学时 entry: typed in, or given by a meeting or a training. */
export type HourEntryRow = {
  id: number;
  onDate: string;
  hours: number;
  title: string;
  source: HourSource;
  meetingId: number | null;
  trainingId: number | null;
};
