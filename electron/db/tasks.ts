// SQL for 工作任务与材料报送: tasks from superiors and, per branch that owes one, what it handed in.
import type { TaskFilter } from '../model/tasks';
import type { Db } from './open';
import { getOrg } from './orgs';
import { stmt } from './stmt';

export type TaskRecord = { id: number; year: number; title: string; issuer: string | null; description: string | null; dueOn: string };
export type TargetRecord = {
  taskId: number;
  orgId: number;
  orgName: string;
  submittedOn: string | null;
  note: string | null;
  attachmentId: number | null;
  attachmentName: string | null;
};

const TASK = `t.id, t.year, t.title, t.issuer, t.description, t.due_on AS dueOn`;
const TARGET = `g.task_id AS taskId, g.org_id AS orgId, o.name AS orgName, g.submitted_on AS submittedOn, g.note,
  g.attachment_id AS attachmentId, f.file_name AS attachmentName`;
const TARGET_FROM = `task_targets g JOIN orgs o ON o.id = g.org_id LEFT JOIN attachments f ON f.id = g.attachment_id`;

/** '/1/4/' for an org id, so "within the subtree" is one LIKE; undefined means everywhere. */
function pathOf(db: Db, orgId: number | undefined): string | null {
  if (orgId === undefined) return null;
  return getOrg(db, orgId)?.path ?? '/none/';
}

/** Tasks (not deleted) of a year or all years, owed by some branch within the org subtree; nearest date first. */
export function listTasks(db: Db, f: Pick<TaskFilter, 'year' | 'orgId'>): TaskRecord[] {
  const path = pathOf(db, f.orgId);
  return stmt(
    db,
    `SELECT ${TASK} FROM tasks t
     WHERE t.deleted_at IS NULL AND (? IS NULL OR t.year = ?)
       AND (? IS NULL OR EXISTS (SELECT 1 FROM task_targets g JOIN orgs o ON o.id = g.org_id WHERE g.task_id = t.id AND o.path LIKE ? || '%'))
     ORDER BY t.due_on DESC, t.id DESC`,
  ).all(f.year ?? null, f.year ?? null, path, path) as TaskRecord[];
}

export function getTask(db: Db, id: number): TaskRecord | undefined {
  return stmt(db, `SELECT ${TASK} FROM tasks t WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as TaskRecord | undefined;
}

/** The branches owing the given tasks (within an org subtree when given), in branch order. */
export function targetsOf(db: Db, taskIds: number[], orgId?: number): TargetRecord[] {
  if (taskIds.length === 0) return [];
  const path = pathOf(db, orgId);
  const q = stmt(db, `SELECT ${TARGET} FROM ${TARGET_FROM} WHERE g.task_id = ? AND (? IS NULL OR o.path LIKE ? || '%') ORDER BY o.sort_order, o.id`);
  return taskIds.flatMap((id) => q.all(id, path, path) as TargetRecord[]);
}

export function getTarget(db: Db, taskId: number, orgId: number): TargetRecord | undefined {
  return stmt(db, `SELECT ${TARGET} FROM ${TARGET_FROM} WHERE g.task_id = ? AND g.org_id = ?`).get(taskId, orgId) as TargetRecord | undefined;
}

export type TaskFields = Omit<TaskRecord, 'id'>;

export function insertTask(db: Db, t: TaskFields, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO tasks (year, title, issuer, description, due_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      t.year, t.title, t.issuer, t.description, t.dueOn, now, now,
    ).lastInsertRowid,
  );
}

export function updateTask(db: Db, id: number, t: TaskFields, now: string): void {
  stmt(db, 'UPDATE tasks SET year = ?, title = ?, issuer = ?, description = ?, due_on = ?, updated_at = ? WHERE id = ?').run(t.year, t.title, t.issuer, t.description, t.dueOn, now, id);
}

/** Makes the task owed by exactly these branches; submissions of branches that stay are kept. */
export function setTargets(db: Db, taskId: number, orgIds: number[]): void {
  const keep = new Set(orgIds);
  const current = stmt(db, 'SELECT org_id FROM task_targets WHERE task_id = ?').pluck().all(taskId) as number[];
  const del = stmt(db, 'DELETE FROM task_targets WHERE task_id = ? AND org_id = ?');
  for (const o of current) if (!keep.has(o)) del.run(taskId, o);
  const ins = stmt(db, 'INSERT OR IGNORE INTO task_targets (task_id, org_id) VALUES (?, ?)');
  for (const o of keep) ins.run(taskId, o);
}

export function recordSubmission(db: Db, taskId: number, orgId: number, s: { submittedOn: string | null; note: string | null; attachmentId: number | null }): void {
  stmt(db, 'UPDATE task_targets SET submitted_on = ?, note = ?, attachment_id = ? WHERE task_id = ? AND org_id = ?').run(s.submittedOn, s.note, s.attachmentId, taskId, orgId);
}

/** Branches that have not handed in a task due before today, the longest overdue first. */
export function missingOverdue(db: Db, today: string, orgId?: number): { id: number; orgId: number; org: string; title: string; due: string }[] {
  const path = pathOf(db, orgId);
  return stmt(
    db,
    `SELECT t.id, g.org_id AS orgId, o.name AS org, t.title, t.due_on AS due
     FROM tasks t JOIN task_targets g ON g.task_id = t.id JOIN orgs o ON o.id = g.org_id
     WHERE t.deleted_at IS NULL AND t.due_on < ? AND g.submitted_on IS NULL AND (? IS NULL OR o.path LIKE ? || '%')
     ORDER BY t.due_on, t.id, o.sort_order, o.id`,
  ).all(today, path, path) as { id: number; orgId: number; org: string; title: string; due: string }[];
}

/** Tasks due from today to `until` with how many branches still owe them. */
export function tasksDueBetween(db: Db, today: string, until: string): { id: number; title: string; issuer: string | null; due: string; pending: number; targets: number }[] {
  return stmt(
    db,
    `SELECT t.id, t.title, t.issuer, t.due_on AS due,
       (SELECT count(*) FROM task_targets g WHERE g.task_id = t.id AND g.submitted_on IS NULL) AS pending,
       (SELECT count(*) FROM task_targets g WHERE g.task_id = t.id) AS targets
     FROM tasks t WHERE t.deleted_at IS NULL AND t.due_on BETWEEN ? AND ? ORDER BY t.due_on, t.id`,
  ).all(today, until) as { id: number; title: string; issuer: string | null; due: string; pending: number; targets: number }[];
}

/** The orgs among these ids that exist, with what a task target must be checked against. */
export function branchesAmong(db: Db, orgIds: number[]): { id: number; name: string; kind: string; dissolvedOn: string | null }[] {
  const q = stmt(db, 'SELECT id, name, kind, dissolved_on AS dissolvedOn FROM orgs WHERE id = ?');
  return orgIds.flatMap((id) => {
    const r = q.get(id) as { id: number; name: string; kind: string; dissolvedOn: string | null } | undefined;
    return r ? [r] : [];
  });
}
