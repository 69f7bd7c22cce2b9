import { z } from 'zod';
import {
  BRANCH_CATEGORIES,
  GENDERS,
  MEMBER_STATUSES,
  MEMBER_TYPES,
  PERSON_CATEGORIES,
} from '../../domain/glossary';
import { checkIdNumber } from '../../domain/idNumber';
import { normalizeIdNumber, normalizeName, normalizeStudentNo, studentNoProblem } from '../../domain/normalize';
import { defineArea, read, write, type Page, shapeOf } from './define';
import { id, isoDate, isoDateOrMonth, text } from './common';
import type { MemberDetail, MemberFilter, MemberRow } from '../../model/members';

export type { MemberDetail, MemberEvent, MemberFilter, MemberRow } from '../../model/members';

export const memberFilter = shapeOf<MemberFilter>()(
  z
    .object({
      orgId: id.optional(),
      includeSubOrgs: z.boolean().default(true),
      branchCategory: z.enum(BRANCH_CATEGORIES).optional(),
      personCategory: z.enum(PERSON_CATEGORIES).optional(),
      memberType: z.enum(MEMBER_TYPES).optional(),
      status: z.enum(MEMBER_STATUSES).optional(),
      q: z.string().max(40, { message: '搜索词不能超过40个字' }).optional(),
    })
    .strict(),
);

export const idNumberField = z
  .string()
  .max(40)
  .transform(normalizeIdNumber)
  .superRefine((v, ctx) => {
    const r = checkIdNumber(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
  });

export const memberInput = z
  .object({
    id: id.optional(),
    name: z
      .string()
      .max(40)
      .transform((s) => normalizeName(s) ?? '')
      .refine((s) => s.length > 0, { message: '请填写姓名' }),
    gender: z.enum(GENDERS).nullable().optional(),
    ethnicity: text(20),
    birthDate: isoDateOrMonth.nullable().optional(),
    idNumber: idNumberField,
    nativePlace: text(60),
    education: text(20),
    degree: text(20),
    title: text(60),
    personCategory: z.enum(PERSON_CATEGORIES).nullable().optional(),
    memberType: z.enum(MEMBER_TYPES),
    joinedOn: isoDateOrMonth.nullable().optional(),
    confirmedOn: isoDateOrMonth.nullable().optional(),
    /** 转入时间: for a new member who transferred in from another unit (not an admission). */
    transferredInOn: isoDate.nullable().optional(),
    orgId: id,
    phone: text(30),
    isLeadership: z.boolean().default(false),
    isSecretary: z.boolean().default(false),
    notes: text(500),
    grade: z.number({ message: '年级应为入学年份，如 2023' }).int().min(1950, { message: '年级应为入学年份，如 2023' }).max(2100, { message: '年级应为入学年份，如 2023' }).nullable().optional(),
    studentNo: z
      .string()
      .max(40, { message: '学号最多30位' })
      .transform(normalizeStudentNo)
      .superRefine((v, ctx) => {
        const problem = v === null ? null : studentNoProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .nullable()
      .optional(),
  })
  .strict()
  .refine((m) => !m.joinedOn || !m.confirmedOn || m.joinedOn <= m.confirmedOn, {
    message: '转正时间不能早于入党时间',
    path: ['confirmedOn'],
  })
  .refine((m) => !m.transferredInOn || !m.joinedOn || m.joinedOn <= m.transferredInOn, {
    message: '转入时间不能早于入党时间',
    path: ['transferredInOn'],
  })
  .refine((m) => m.memberType !== '预备党员' || !m.confirmedOn, {
    message: '预备党员还没有转正时间；已转正的请把党员类别改为正式党员',
    path: ['confirmedOn'],
  });
export type MemberInput = z.output<typeof memberInput>;

export const membersContract = defineArea('members', {
  'members.list': read<Page<MemberRow>>()(
    z
      .object({
        filter: memberFilter,
        page: z.number().int().min(1).max(100000).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
  'members.get': read<MemberDetail>()(z.object({ id }).strict()),
  'members.save': write<{ id: number; created: boolean }>()(memberInput),
  'members.changeStatus': write<{ id: number }>()(
    z
      .object({ id, status: z.enum(MEMBER_STATUSES), onDate: isoDate, reason: z.string().trim().max(200).default('') })
      .strict()
      .refine((s) => s.status === '在册' || s.reason.length > 0, { message: '请填写原因', path: ['reason'] }),
  ),
  'members.transfer': write<{ id: number }>()(
    z.object({ id, orgId: id, onDate: isoDate, reason: z.string().trim().max(200).default('') }).strict(),
  ),
});
