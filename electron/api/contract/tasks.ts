// 工作任务与材料报送: tasks with the branches that owe them, submissions, the ledger.
import { z } from 'zod';
import { type SubmissionState } from '../../domain/deadlines';
import { defineArea, read, write, type FileOut } from './define';
import { ledgerInput, ledgerYear } from './rectifications';
import { id, isoDate, requiredText, text } from './common';

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

export const taskFilter = z.object({ year: ledgerYear.optional(), orgId: id.optional(), overdueOnly: z.boolean().default(false) }).strict();

export type TaskFilter = z.output<typeof taskFilter>;

export const taskInput = z
  .object({
    id: id.optional(),
    year: ledgerYear,
    title: requiredText(100),
    issuer: text(60),
    description: text(2000),
    dueOn: isoDate,
    orgIds: z.array(id).min(1, { message: '请选择应报送的党支部' }).max(5000),
  })
  .strict();

export type TaskInput = z.output<typeof taskInput>;

export const tasksContract = defineArea('tasks', {
  'tasks.list': read<TaskRow[]>()(taskFilter),
  'tasks.get': read<TaskDetail>()(z.object({ id }).strict()),
  'tasks.save': write<{ id: number }>()(taskInput),
  'tasks.delete': write<{ id: number }>()(z.object({ id }).strict()),
  'tasks.submit': write<{ taskId: number; orgId: number }>()(
    z.object({ taskId: id, orgId: id, submittedOn: isoDate, note: text(500), attachmentId: id.nullable().optional() }).strict(),
  ),
  'tasks.unsubmit': write<{ taskId: number; orgId: number }>()(z.object({ taskId: id, orgId: id }).strict()),
  'tasks.exportLedger': read<FileOut>()(ledgerInput),
});
