import { z } from 'zod';
import { TRAINING_KINDS, type HourSource, type TrainingKind } from '../../domain/glossary';
import type { PeriodStatus } from '../../domain/hours';
import { read, write, type FileOut, type Page } from './define';
import { fileBytes, fileName, id, isoDate, requiredText, text } from './common';
import { hoursValue } from './meetings';
import { importFile, importRun, type ImportPreview } from './roster';

export type TrainingRow = { id: number; title: string; kind: TrainingKind; startOn: string; endOn: string; hours: number; organizer: string | null; participants: number };
export type TrainingDetail = TrainingRow & { notes: string | null; participantIds: number[]; participantNames: string[] };

export type HourEntryRow = { id: number; onDate: string; hours: number; title: string; source: HourSource; meetingId: number | null; trainingId: number | null };

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

const trainingInput = z
  .object({
    id: id.optional(),
    title: requiredText(100),
    kind: z.enum(TRAINING_KINDS, { message: '请选择培训类型' }),
    startOn: isoDate,
    endOn: isoDate,
    hours: hoursValue.refine((h) => h > 0, { message: '学时应大于0' }),
    organizer: text(60),
    notes: text(1000),
    participantIds: z.array(id).max(40000),
  })
  .strict()
  .refine((t) => t.startOn <= t.endOn, { message: '结束日期不能早于开始日期', path: ['endOn'] });

export const hoursFilter = z
  .object({
    year: z.number().int().min(2000).max(2100),
    orgId: id.optional(),
    onlyShort: z.boolean().default(false),
    q: z.string().max(40).optional(),
  })
  .strict();

export const hoursContract = {
  'trainings.list': read<TrainingRow[]>()(z.object({ year: z.number().int().min(2000).max(2100) }).strict()),
  'trainings.get': read<TrainingDetail>()(z.object({ id }).strict()),
  'trainings.save': write<{ id: number }>()(trainingInput),
  'trainings.delete': write<{ id: number }>()(z.object({ id }).strict()),
  'hours.entries': read<HourEntryRow[]>()(z.object({ memberId: id, year: z.number().int().min(2000).max(2100) }).strict()),
  'hours.addEntry': write<{ id: number }>()(z.object({ memberId: id, onDate: isoDate, hours: hoursValue.refine((h) => h > 0, { message: '学时应大于0' }), title: requiredText(100) }).strict()),
  'hours.deleteEntry': write<{ id: number }>()(z.object({ id }).strict()),
  'hours.summary': read<HoursSummary>()(z.object({ filter: hoursFilter, page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(500).default(20) }).strict()),
  'hours.previewImport': read<ImportPreview>()(importFile),
  'hours.import': write<ImportPreview>()(importRun),
  'exports.meetingsLedger': read<FileOut>()(z.object({ year: z.number().int().min(2000).max(2100), orgId: id.optional() }).strict()),
  'exports.hoursLedger': read<FileOut>()(z.object({ year: z.number().int().min(2000).max(2100), orgId: id.optional() }).strict()),
  'exports.minutes': read<FileOut>()(z.object({ meetingId: id }).strict()),
  'exports.hoursReport': read<FileOut>()(z.object({ year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4).optional() }).strict()),
};
