// 整改台账 and 工作任务与材料报送: items with deadlines, tasks with the branches that owe them.
import { z } from 'zod';
import { RECTIFICATION_SOURCES, RECTIFICATION_STATUSES, type RectificationSource, type RectificationStatus, type SubmissionState } from '../../domain/deadlines';
import { read, write, type FileOut, type Page } from './define';
import { id, isoDate, requiredText, text } from './common';
import type { AttachmentRow } from './meetings';

const year = z.number({ message: '请填写年度' }).int({ message: '年度应为整数' }).min(2000, { message: '年度应在2000—2100之间' }).max(2100, { message: '年度应在2000—2100之间' });

export type RectificationRow = {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  source: RectificationSource;
  problem: string;
  measures: string | null;
  responsible: string | null;
  responsibleMemberId: number | null;
  deadline: string;
  status: RectificationStatus;
  completedOn: string | null;
  evidence: string | null;
  attachmentCount: number;
  overdue: boolean;
  daysLeft: number | null;
  daysOverdue: number | null;
};
export type RectificationDetail = RectificationRow & { attachments: AttachmentRow[] };

export type TaskRow = {
  id: number;
  year: number;
  title: string;
  issuer: string | null;
  description: string | null;
  dueOn: string;
  /** 应报送 / 已报送 (on time or late) / 逾期报送 / 未报送 and already past the date. */
  targetCount: number;
  submittedCount: number;
  lateSubmittedCount: number;
  missingOverdueCount: number;
  daysLeft: number | null;
  daysOverdue: number | null;
};
export type TaskTargetRow = {
  orgId: number;
  orgName: string;
  submittedOn: string | null;
  note: string | null;
  attachment: { id: number; fileName: string } | null;
  state: SubmissionState;
  daysLate: number | null;
};
export type TaskDetail = TaskRow & { targets: TaskTargetRow[] };

/** Past its date and not done: an open 整改 item, or a branch that has not handed a task in. */
export type OverdueItem = { kind: 'rectification' | 'task'; id: number; orgId: number; org: string; title: string; due: string; daysOverdue: number };
export type DueSoonTask = { id: number; title: string; issuer: string | null; due: string; daysLeft: number; pending: number; targets: number };
export type DeadlineDigest = { today: string; overdue: OverdueItem[]; dueSoon: DueSoonTask[] };

export const rectificationFilter = z
  .object({
    year: year.optional(),
    orgId: id.optional(),
    status: z.enum(RECTIFICATION_STATUSES).optional(),
    source: z.enum(RECTIFICATION_SOURCES).optional(),
    overdueOnly: z.boolean().default(false),
    q: z.string().max(40).optional(),
  })
  .strict();
export type RectificationFilter = z.output<typeof rectificationFilter>;

export const rectificationInput = z
  .object({
    id: id.optional(),
    orgId: id,
    year,
    source: z.enum(RECTIFICATION_SOURCES, { message: '请选择问题来源' }),
    problem: requiredText(500),
    measures: text(2000),
    responsible: text(40),
    responsibleMemberId: id.nullable().optional(),
    deadline: isoDate,
    status: z.enum(RECTIFICATION_STATUSES, { message: '请选择整改状态' }),
    completedOn: isoDate.nullable().optional(),
    evidence: text(2000),
    attachmentIds: z.array(id).max(50).default([]),
  })
  .strict()
  .refine((r) => !!r.responsible || !!r.responsibleMemberId, { message: '请填写责任人', path: ['responsible'] })
  .refine((r) => r.status !== '已完成' || !!r.completedOn, { message: '已完成的整改事项请填写完成日期', path: ['completedOn'] })
  .refine((r) => r.status !== '已完成' || !!r.evidence || r.attachmentIds.length > 0, { message: '已完成的整改事项请填写完成情况或上传佐证材料', path: ['evidence'] });
export type RectificationInput = z.output<typeof rectificationInput>;

export const taskFilter = z.object({ year: year.optional(), orgId: id.optional(), overdueOnly: z.boolean().default(false) }).strict();
export type TaskFilter = z.output<typeof taskFilter>;

export const taskInput = z
  .object({
    id: id.optional(),
    year,
    title: requiredText(100),
    issuer: text(60),
    description: text(2000),
    dueOn: isoDate,
    orgIds: z.array(id).min(1, { message: '请选择应报送的党支部' }).max(5000),
  })
  .strict();
export type TaskInput = z.output<typeof taskInput>;

const ledgerInput = z.object({ year, orgId: id.optional() }).strict();

export const rectificationContract = {
  'rectifications.list': read<Page<RectificationRow>>()(
    z.object({ filter: rectificationFilter, page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(500).default(20) }).strict(),
  ),
  'rectifications.get': read<RectificationDetail>()(z.object({ id }).strict()),
  'rectifications.save': write<{ id: number }>()(rectificationInput),
  'rectifications.delete': write<{ id: number }>()(z.object({ id }).strict()),
  'rectifications.exportLedger': read<FileOut>()(ledgerInput),
  'tasks.list': read<TaskRow[]>()(taskFilter),
  'tasks.get': read<TaskDetail>()(z.object({ id }).strict()),
  'tasks.save': write<{ id: number }>()(taskInput),
  'tasks.delete': write<{ id: number }>()(z.object({ id }).strict()),
  'tasks.submit': write<{ taskId: number; orgId: number }>()(
    z.object({ taskId: id, orgId: id, submittedOn: isoDate, note: text(500), attachmentId: id.nullable().optional() }).strict(),
  ),
  'tasks.unsubmit': write<{ taskId: number; orgId: number }>()(z.object({ taskId: id, orgId: id }).strict()),
  'tasks.exportLedger': read<FileOut>()(ledgerInput),
  /** Everything past its date across 整改 and 任务, oldest first; optionally within an org subtree. */
  'deadlines.overdue': read<OverdueItem[]>()(z.object({ orgId: id.optional() }).strict()),
};
