// 发展党员: one record per person through the five stages, checked against the rules.
import { z } from 'zod';
import { type DueItem, type Finding, type Stage } from '../../domain/recruitment';
import type { StudentGap } from '../../domain/studentGrades';
import { defineArea, read, write, type FileOut, shapeOf } from './define';
import { id, isoDate, paperSize, requiredText, text } from './common';
import { importFile, importRun, type ImportPreview } from './roster';
import type { RecruitDetail, RecruitInput } from '../../model/recruits';

export type { RecruitDetail, RecruitFields, RecruitInput } from '../../model/recruits';

export type RecruitRow = { id: number; name: string; idNumber: string; orgId: number; orgName: string; stage: Stage; findings: number; memberId: number | null };
export type RecruitFinding = Finding & { recruitId: number; name: string; idNumber: string; orgName: string };
/** An import's report, with what the checks found in the people it wrote (none for a preview). */
export type RecruitImportPreview = ImportPreview & { findings: RecruitFinding[] };
export type RecruitDue = DueItem & { recruitId: number; name: string; orgName: string };
/**
 * What 工作台 and the 发展党员 page show at the top: the first few of what falls due and of the
 * findings, each with its total. At a big 党委 the whole lists came to 1.3 MB for 8 lines drawn.
 */
export type RecruitDigest = { due: { rows: RecruitDue[]; total: number }; findings: { rows: RecruitFinding[]; total: number } };

const date = isoDate.nullable().default(null);
const count = z.number().int().min(0).max(10000).nullable().default(null);

export const recruitInput = shapeOf<RecruitInput & { id?: number | undefined }>()(
  z
    .object({
      id: id.optional(),
      name: requiredText(20),
      idNumber: z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, { message: '身份证号应为18位' }),
      gender: z.enum(['男', '女']).nullable().default(null),
      orgId: id,
      appliedOn: date,
      talkOn: date,
      activistOn: date,
      mentor: text(40),
      reviews: z.array(isoDate).max(40).default([]),
      candidateOn: date,
      politicalCheckOn: date,
      trainingDays: z.number().min(0).max(365).nullable().default(null),
      trainingHours: z.number().min(0).max(1000).nullable().default(null),
      /** A roster member (name taken from the roster) or a name typed for someone not on it. */
      introducers: z.array(z.object({ memberId: id.nullable().default(null), name: text(20) }).strict()).max(3).default([]),
      publicityFrom: date,
      publicityTo: date,
      admissionMeetingOn: date,
      admissionEntitled: count,
      admissionYes: count,
      approvedOn: date,
      oathOn: date,
      extensionMonths: z.number().int().min(0).max(24).default(0),
      confirmationAppliedOn: date,
      confirmationMeetingOn: date,
      confirmationEntitled: count,
      confirmationYes: count,
      confirmationApprovedOn: date,
      notes: text(1000),
    })
    .strict(),
);


export const recruitsContract = defineArea('recruits', {
  'recruits.list': read<RecruitRow[]>()(z.object({ orgId: id.optional() }).strict()),
  'recruits.get': read<RecruitDetail>()(z.object({ id }).strict()),
  /** Saves the record; once approved the person joins the roster as 预备党员, once 转正 approved as 正式党员. */
  'recruits.save': write<RecruitDetail>()(recruitInput),
  /** 发展党员台账 from Excel: every row checked first; nothing is written while any row has an error, unless validOnly. */
  'recruits.previewImport': read<RecruitImportPreview>()(importFile),
  'recruits.import': write<RecruitImportPreview>()(importRun),
  'recruits.importTemplate': read<FileOut>()(z.object({}).strict()),
  'recruits.importIssues': read<FileOut>()(importFile),
  /** Student branches: enrolled grades without a member, senior grades without a 党小组 (seed 003). */
  'recruits.studentGaps': read<StudentGap[]>()(z.object({}).strict()),
  'recruits.check': read<RecruitFinding[]>()(z.object({ orgId: id.optional() }).strict()),
  'recruits.due': read<RecruitDue[]>()(z.object({ days: z.number().int().min(0).max(366).default(30) }).strict()),
  /** The first `limit` of recruits.due (30 days) and recruits.check, with their totals. */
  'recruits.digest': read<RecruitDigest>()(z.object({ limit: z.number().int().min(1).max(100).default(8) }).strict()),
  /** 发展党员台账: everyone whose path touches the year (or all, without a year). */
  /** 发展对象公示 (those with a 公示 period starting on `from`) or 拟转正公示 (预备期 ending by `to` + 30 days) for a branch. */
  'recruits.notice': read<FileOut>()(
    z
      .object({ orgId: id, kind: z.enum(['candidate', 'confirmation']), from: isoDate, to: isoDate, contact: text(100) })
      .strict()
      .refine((n) => n.from <= n.to, { message: '公示结束日期不能早于开始日期', path: ['to'] }),
  ),
  'recruits.exportLedger': read<FileOut>()(z.object({ year: z.number().int().min(2000).max(2100).optional(), orgId: id.optional(), paper: paperSize.optional() }).strict()),
});
