// 三会一课: meetings with attendance and their input schema.
import { z } from 'zod';
import { ATTENDANCE, MEETING_TYPES } from '../../domain/glossary';
import { defineArea, read, write, type Page, shapeOf } from './define';
import { id, isoDate, requiredText, text } from './common';
import type { MeetingDetail, MeetingFilter, MeetingRow, RosterPick } from '../../model/meetings';

export type { AttendanceRow, MeetingDetail, MeetingFilter, MeetingRow, RosterPick } from '../../model/meetings';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间应写成 09:30' }).nullable().optional();
export const hoursValue = z.number({ message: '学时应为数字' }).min(0, { message: '学时不能为负数' }).max(200, { message: '学时不能超过200' }).refine((h) => Math.round(h * 10) === h * 10, { message: '学时最多保留一位小数' });

export const meetingFilter = shapeOf<MeetingFilter>()(
  z
    .object({
      orgId: id.optional(),
      includeSubOrgs: z.boolean().default(true),
      type: z.enum(MEETING_TYPES).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      q: z.string().max(40).optional(),
    })
    .strict(),
);

export const meetingInput = z
  .object({
    id: id.optional(),
    orgId: id,
    type: z.enum(MEETING_TYPES, { message: '请选择会议类型' }),
    heldOn: isoDate,
    startTime: time,
    endTime: time,
    place: text(60),
    host: text(20),
    recorder: text(20),
    lecturer: text(20),
    lecturerMemberId: id.nullable().optional(),
    topic: requiredText(100),
    minutes: text(20000),
    resolutions: text(5000),
    hours: hoursValue,
    attendance: z
      .array(z.object({ memberId: id, status: z.enum(ATTENDANCE), reason: z.string().trim().max(100).optional(), sitsIn: z.boolean().default(false) }).strict())
      .max(2000),
    attachmentIds: z.array(id).max(50).default([]),
  })
  .strict()
  .refine((m) => !m.startTime || !m.endTime || m.startTime < m.endTime, { message: '结束时间应晚于开始时间', path: ['endTime'] })
  .refine((m) => m.type !== '党课' || !!m.lecturer || !!m.lecturerMemberId, { message: '党课请填写授课人', path: ['lecturer'] });
export type MeetingInput = z.output<typeof meetingInput>;

export const meetingsContract = defineArea('meetings', {
  'meetings.list': read<Page<MeetingRow>>()(z.object({ filter: meetingFilter, page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(20) }).strict()),
  'meetings.get': read<MeetingDetail>()(z.object({ id }).strict()),
  /** Who is expected (应到), by the body of domain/attendance: a 支委会 the committee serving that day, a 党小组会 the group, … */
  'meetings.roster': read<RosterPick[]>()(z.object({ orgId: id, onDate: isoDate, type: z.enum(MEETING_TYPES).default('支部党员大会') }).strict()),
  'meetings.save': write<{ id: number }>()(meetingInput),
  'meetings.delete': write<{ id: number }>()(z.object({ id }).strict()),
});
