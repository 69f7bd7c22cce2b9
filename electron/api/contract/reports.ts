// 报表中心: the catalog of every ledger and report, its export log, the year's pack (a job with
// progress that can be cancelled), the year's figures (stats) and the summary reports built on them.
import { z } from 'zod';
import type { FiledResult } from './archive';
import { defineArea, read, write, type FileOut } from './define';
import { id, paperSize } from './common';
import type { DuesSum, HoursPeriodFigure, MeasureKey, RuleFigure } from '../../domain/measures';

export const reportYear = z
  .number({ message: '请选择年度' })
  .int({ message: '年度应为整数' })
  .min(2000, { message: '年度应在2000—2100之间' })
  .max(2100, { message: '年度应在2000—2100之间' });
const quarter = z.number({ message: '季度应为1—4' }).int({ message: '季度应为1—4' }).min(1, { message: '季度应为1—4' }).max(4, { message: '季度应为1—4' });
const scope = z.object({ year: reportYear, orgId: id.optional() }).strict();
const jobId = z.string().regex(/^[a-z0-9]{8,40}$/, { message: '导出任务编号有误' });

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

/** `paper`: a wide ledger the clerk may print on A3 (报表中心's 纸张, the CLI's --paper A3). */
export type CatalogParamSet = { year: 'required' | 'optional' | 'none'; quarter: boolean; org: boolean; extra: 'meeting' | 'round' | 'notice' | null; paper?: true };
export type LastExport = { at: string; actor: string | null; fileName: string; year: number | null; orgId: number | null };
export type CatalogItem = {
  key: string;
  title: string;
  kind: 'ledger' | 'report';
  contains: string;
  params: CatalogParamSet;
  cli: string | null;
  inPack: boolean;
  /** The last export of this item for the chosen year and organisation, and the last of any. */
  lastForScope: LastExport | null;
  last: LastExport | null;
};

export type PackStatus = {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  current: string | null;
  files: { fileName: string; sheets: number; rows: number }[];
  skipped: { title: string; reason: string }[];
  error: string | null;
};

/** Each chart as SVG, or, where a chart would say nothing (no data, a single bar or slice), the sentence shown instead. */
export type ChartView = { svg: string; note: null } | { svg: null; note: string };
export type ChartSet = { meetingsByMonth: ChartView; hoursDistribution: ChartView; gradingShare: ChartView };

const exportInput = z
  .object({
    key: z.string().min(1).max(40),
    year: reportYear.optional(),
    quarter: quarter.optional(),
    orgId: id.optional(),
    meetingId: id.optional(),
    roundId: id.optional(),
    paper: paperSize.optional(),
    notice: z
      .object({ kind: z.enum(['candidate', 'confirmation']), from: z.string().max(10), to: z.string().max(10), contact: z.string().max(100).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type CatalogExportInput = z.output<typeof exportInput>;

export const reportsContract = defineArea('reports', {
  'reports.catalog': read<CatalogItem[]>()(scope),
  'reports.export': read<FileOut>()(exportInput),
  /** Makes the export and files it into 档案, linked to what was exported for which scope (again: updates it). */
  'reports.file': write<FiledResult>()(exportInput),
  'reports.stats': read<YearStats>()(scope),
  'reports.charts': read<ChartSet>()(scope),
  'reports.summary': read<FileOut>()(scope),
  'reports.selfCheck': read<FileOut>()(scope),
  'reports.packStart': read<{ jobId: string }>()(scope),
  'reports.packStatus': read<PackStatus>()(z.object({ jobId }).strict()),
  'reports.packCancel': read<PackStatus>()(z.object({ jobId }).strict()),
  /** The finished pack as one .zip; the job is forgotten afterwards. */
  'reports.packResult': read<FileOut>()(z.object({ jobId }).strict()),
  /** The finished pack as separate files, for saving into a folder; the job is forgotten afterwards. */
  'reports.packFiles': read<{ folder: string; files: FileOut[] }>()(z.object({ jobId }).strict()),
});
