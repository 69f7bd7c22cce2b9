// 学时: entries, the per-member summary against the threshold profile, import.
import { z } from 'zod';
import type { PeriodStatus } from '../../domain/hours';
import { defineArea, read, write, type FileOut, type Page } from './define';
import { id, isoDate, requiredText } from './common';
import { hoursValue } from './meetings';
import { importFile, importRun, type ImportPreview } from './roster';
import type { HourEntryRow } from '../../model/hours';

export type { HourEntryRow } from '../../model/hours';

export type MemberHoursRow = {
  memberId: number;
  name: string;
  orgId: number;
  orgName: string;
  senior: boolean;
  required: number;
  periods: { hours: number; status: PeriodStatus }[];
  total: number;
};

export type HoursSummary = {
  profile: { per: 'quarter' | 'year'; member: number; senior: number; seniorLabel: string; source: string };
  periodLabels: string[];
  rows: Page<MemberHoursRow>;
  branchAverages: { orgId: number; orgName: string; periods: { assessed: number; average: number; short: number }[] }[];
  secretariesUntrained: { memberId: number; name: string; orgName: string; half: string }[];
};

export const hoursFilter = z
  .object({
    year: z.number().int().min(2000).max(2100),
    orgId: id.optional(),
    onlyShort: z.boolean().default(false),
    q: z.string().max(40).optional(),
  })
  .strict();

export const hoursContract = defineArea('hours', {
  'hours.entries': read<HourEntryRow[]>()(z.object({ memberId: id, year: z.number().int().min(2000).max(2100) }).strict()),
  'hours.addEntry': write<{ id: number }>()(z.object({ memberId: id, onDate: isoDate, hours: hoursValue.refine((h) => h > 0, { message: '学时应大于0' }), title: requiredText(100) }).strict()),
  'hours.deleteEntry': write<{ id: number }>()(z.object({ id }).strict()),
  'hours.summary': read<HoursSummary>()(z.object({ filter: hoursFilter, page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(500).default(20) }).strict()),
  'hours.previewImport': read<ImportPreview>()(importFile),
  'hours.import': write<ImportPreview>()(importRun),
  'hours.importTemplate': read<FileOut>()(z.object({}).strict()),
  'hours.importIssues': read<FileOut>()(importFile),
});
