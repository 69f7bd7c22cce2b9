// Deadlines of 整改 and 任务 judged against a day: the read model behind both areas, 工作台 and the statistics.
import type { Db } from '../../db/open';
import * as rectDb from '../../db/rectifications';
import { missingOverdue, tasksDueBetween } from '../../db/tasks';
import { daysBetween, rectificationDeadline } from '../../domain/deadlines';
import type { DeadlineDigest, OverdueItem, OverdueLine, RectificationRow } from '../contract';
import { invalid } from '../errors';
import * as tasksDb from '../../db/tasks';
import { deadlineState, submissionState } from '../../domain/deadlines';
import type { TaskDetail, TaskTargetRow } from '../contract';
import { mustOrg } from './orgs';

/** Tasks due within this many days show on 工作台 with the days left. */
export const DUE_SOON_DAYS = 14;

export function withDeadline<T extends rectDb.RectificationRecord>(r: T, today: string): T & Pick<RectificationRow, 'overdue' | 'daysLeft' | 'daysOverdue'> {
  return { ...r, ...rectificationDeadline(r, today) };
}

/** A branch (党支部) that owes work: it exists, is a branch, and was not dissolved before `onDate`. */
export function assertBranch(db: Db, orgId: number, onDate: string, field = 'orgId'): string {
  const org = mustOrg(db, orgId, '党组织');
  if (org.kind !== 'branch') throw invalid(`“${org.name}”不是党支部，请选择党支部`, { [field]: '请选择党支部' });
  if (org.dissolvedOn && org.dissolvedOn < onDate) throw invalid(`“${org.name}”已于 ${org.dissolvedOn} 撤销`, { [field]: '该支部已撤销' });
  return org.name;
}

/** Open 整改 items and unsubmitted task targets past their dates, oldest first. */
export function overdueItems(db: Db, today: string, orgId?: number): OverdueItem[] {
  const items: OverdueItem[] = [
    ...rectDb.overdueRectifications(db, today, orgId).map((r) => ({ ...r, daysOverdue: -daysBetween(today, r.due) })),
    ...missingOverdue(db, today, orgId).map((t) => ({ kind: 'task' as const, ...t, daysOverdue: -daysBetween(today, t.due) })),
  ];
  return items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** What 工作台 shows: everything overdue, and tasks due within two weeks that branches still owe. */
export function deadlineDigest(db: Db, today: string): DeadlineDigest {
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const dueSoon = tasksDueBetween(db, today, until)
    .filter((t) => t.pending > 0)
    .map((t) => ({ ...t, daysLeft: daysBetween(today, t.due) }));
  return { today, overdue: overdueLines(overdueItems(db, today)), dueSoon };
}

/** Branches named on a task's 工作台 line; the rest are counted (the line's 查看全部 reads the task). */
export const OVERDUE_NAMES = 5;

/** 整改 items one per line; a task once, in the place of its first overdue branch, naming the first few that owe it. */
export function overdueLines(items: OverdueItem[]): OverdueLine[] {
  const out: OverdueLine[] = [];
  const tasks = new Map<number, OverdueLine>();
  for (const o of items) {
    const line = o.kind === 'task' ? tasks.get(o.id) : undefined;
    if (line) {
      line.whoCount++;
      if (line.who.length < OVERDUE_NAMES) line.who.push(o.org);
      continue;
    }
    const fresh: OverdueLine = { kind: o.kind, id: o.id, title: o.title, who: [o.org], whoCount: 1, due: o.due, daysOverdue: o.daysOverdue };
    if (o.kind === 'task') tasks.set(o.id, fresh);
    out.push(fresh);
  }
  return out;
}

export function targetRow(t: tasksDb.TargetRecord, dueOn: string, today: string): TaskTargetRow {
  const s = submissionState(dueOn, t.submittedOn, today);
  return {
    orgId: t.orgId, orgName: t.orgName, submittedOn: t.submittedOn, note: t.note,
    attachment: t.attachmentId !== null ? { id: t.attachmentId, fileName: t.attachmentName ?? '' } : null, state: s.state, daysLate: s.daysLate,
  };
}

/** A task with its targets (within an org subtree when given) and the counts the list shows. */
export function taskDetail(task: tasksDb.TaskRecord, targets: TaskTargetRow[], today: string): TaskDetail {
  const submitted = targets.filter((t) => t.submittedOn !== null).length;
  const d = deadlineState(task.dueOn, submitted === targets.length, today);
  return {
    ...task,
    targetCount: targets.length,
    submittedCount: submitted,
    lateSubmittedCount: targets.filter((t) => t.state === '逾期报送').length,
    missingOverdueCount: targets.filter((t) => t.state === '未报送（逾期）').length,
    daysLeft: d.daysLeft,
    daysOverdue: d.daysOverdue,
    targets,
  };
}

/** The tasks of a filter with their targets, as the list and the ledger read them. */
export function tasksWithTargets(db: Db, f: { year?: number; orgId?: number }, today: string): TaskDetail[] {
  const tasks = tasksDb.listTasks(db, f);
  const byTask = new Map<number, tasksDb.TargetRecord[]>();
  for (const t of tasksDb.targetsOf(db, tasks.map((x) => x.id), f.orgId)) byTask.set(t.taskId, [...(byTask.get(t.taskId) ?? []), t]);
  return tasks.map((task) => taskDetail(task, (byTask.get(task.id) ?? []).map((t) => targetRow(t, task.dueOn, today)), today));
}
