// The year's figures of the committee, a 党总支 or a 党支部, as api/reports makes them and every
// summary report and chart (electron/exports) prints them.
import type { DuesSum, HoursPeriodFigure, MeasureKey, RuleFigure } from '../domain/measures';

/** The year's figures of the committee or one 党总支 / 党支部, as every summary report prints them (口径 in `definitions`). */
export type YearStats = {
  year: number;
  orgId: number | null;
  scope: string;
  /** A branch's report speaks of itself (本支部) rather than counting branches. */
  scopeKind: 'committee' | 'general_branch' | 'branch';
  /** The day the figures stand on: the year's last day, or today for the current year. */
  asOf: string;
  /** Whether the year is still running on asOf. */
  running: boolean;
  generalBranches: number;
  branches: number;
  members: number;
  membersAtStart: number;
  probationary: number;
  /** Admitted as 预备党员 in the year, both records reconciled, each person once. */
  joined: number;
  transferredIn: number;
  left: number;
  leftBy: Record<string, number>;
  /** 转正 in the year, both records reconciled. */
  confirmed: number;
  /** Where the roster and the 发展党员 record disagree on a date (shown, not counted twice). */
  dateDisagreements: string[];
  recruitment: { applied: number; activists: number; candidates: number };
  meetings: {
    held: number;
    byType: { type: string; count: number }[];
    /** Meetings of each month that has begun by asOf (a past year has twelve). */
    byMonth: number[];
    rules: RuleFigure[];
    periodsDone: number;
    periodsDue: number;
    compliancePercent: number | null;
    /** Branches that missed no ended period, and those that have met every rule in every period begun. */
    branchesNoneMissed: number;
    branchesAllMet: number;
  };
  averageHours: number;
  hours: {
    members: number;
    perPeriod: HoursPeriodFigure[];
    /** Members short in at least one ended period. */
    membersShort: number;
    required: number;
    distribution: { label: string; count: number }[];
  };
  commitments: { total: number; branch: number; member: number; rated: number; ratings: { rating: string; count: number }[] };
  evaluations: { total: number; grades: { grade: string; count: number }[] };
  /** `percent` of each grade: its share of graded branches, as the text and the chart print it. */
  grading: { graded: number; grades: { grade: string; count: number; percent: number | null }[]; top: string; topCount: number; target: number };
  /** 先进 share of graded branches, in percent (one decimal), or null when none is graded. */
  advancedShare: number | null;
  awards: { rounds: number; finalised: number; awarded: number; byTitle: { title: string; awarded: number }[] };
  rectifications: { total: number; done: number; inProgress: number; notStarted: number; overdue: number };
  tasks: { tasks: number; targets: number; onTime: number; late: number; missing: number; pending: number };
  /** `monthsDue`: months of the year due by asOf (1—monthsDue月); `currentMonth` the running one, shown apart. */
  dues: DuesSum & { monthsDue: number; currentMonth: string | null };
  /** Each figure's 口径: who counts, as of which day, what a running period shows. */
  definitions: Record<MeasureKey, { label: string; basis: string; note: string }>;
};

/** Each chart as SVG, or, where a chart would say nothing (no data, a single bar or slice), the sentence shown instead. */
export type ChartView = { svg: string; note: null } | { svg: null; note: string };
export type ChartSet = { meetingsByMonth: ChartView; hoursDistribution: ChartView; gradingShare: ChartView };

/** What the three charts draw: the 三会一课, 学时 and 分类定级 figures, known before the 党费 rows (the longest part of the year's figures). */
export type ChartFigures = Pick<YearStats, 'year' | 'asOf' | 'running' | 'branches' | 'meetings' | 'averageHours' | 'hours' | 'grading' | 'advancedShare'>;
