// 报表中心: the catalog of every ledger and report, its export log, the year's pack (a job with
// progress that can be cancelled), the year's figures (stats) and the summary reports built on them.
import { z } from 'zod';
import type { FiledResult } from './archive';
import { defineArea, read, write, type FileOut } from './define';
import { id, paperSize } from './common';
import type { YearStats } from '../../model/reports';
import type { CatalogFacts } from '../../model/catalog';

export type { YearStats } from '../../model/reports';
export type { ChartSet, ChartView } from '../../model/reports';
import type { ChartSet } from '../../model/reports';

export const reportYear = z
  .number({ message: '请选择年度' })
  .int({ message: '年度应为整数' })
  .min(2000, { message: '年度应在2000—2100之间' })
  .max(2100, { message: '年度应在2000—2100之间' });
const quarter = z.number({ message: '季度应为1—4' }).int({ message: '季度应为1—4' }).min(1, { message: '季度应为1—4' }).max(4, { message: '季度应为1—4' });
const scope = z.object({ year: reportYear, orgId: id.optional() }).strict();
const jobId = z.string().regex(/^[a-z0-9]{8,40}$/, { message: '导出任务编号有误' });

export type { CatalogParamSet } from '../../model/catalog';
export type LastExport = { at: string; actor: string | null; fileName: string; year: number | null; orgId: number | null };
export type CatalogItem = CatalogFacts & {
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
