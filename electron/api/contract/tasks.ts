// 工作任务与材料报送: tasks with the branches that owe them, submissions, the ledger.
import { z } from 'zod';
import { defineArea, read, write, type FileOut, shapeOf } from './define';
import { ledgerInput, ledgerYear } from './rectifications';
import { id, isoDate, requiredText, text } from './common';
import type { TaskDetail, TaskFilter, TaskRow } from '../../model/tasks';

export type { TaskDetail, TaskFilter, TaskRow, TaskTargetRow } from '../../model/tasks';

export const taskFilter = shapeOf<TaskFilter>()(
  z.object({ year: ledgerYear.optional(), orgId: id.optional(), overdueOnly: z.boolean().default(false) }).strict(),
);

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
