// 工作任务与材料报送 handlers: a superior's task owed by chosen branches; each branch's submission
// with its date, a note and a file (kept by content hash through attachments.add).
import { getAttachment } from '../../db/meetings';
import type { Db } from '../../db/open';
import { softDelete } from '../../db/recycle';
import * as tasksDb from '../../db/tasks';
import type { TaskRow } from '../contract';
import { conflict, invalid, notFound } from '../errors';
import { assertBranch } from '../shared/deadlines';
import { defineHandlers } from '../registry';
import { tasksLedger } from '../../exports/tasksLedger';
import { ledgerMeta, scopeName } from '../shared/ledgerFile';
import { xlsxFile } from '../shared/ledgerFile';
import { targetRow, taskDetail, tasksWithTargets } from '../shared/deadlines';
import { checkOrgFilter } from '../shared/orgs';

function loadTask(db: Db, id: number): tasksDb.TaskRecord {
  const t = tasksDb.getTask(db, id);
  if (!t) throw notFound('工作任务');
  return t;
}

function loadTarget(db: Db, taskId: number, orgId: number): { task: tasksDb.TaskRecord; target: tasksDb.TargetRecord } {
  const task = loadTask(db, taskId);
  const target = tasksDb.getTarget(db, taskId, orgId);
  if (!target) throw invalid('该党支部不在这项任务的应报送名单中');
  return { task, target };
}

export const tasksHandlers = defineHandlers('tasks', {
  'tasks.list': (ctx, { year, orgId, overdueOnly }) => {
    const rows: TaskRow[] = tasksWithTargets(ctx.db, { year, orgId }, ctx.today()).map(({ targets: _t, ...row }) => row);
    return overdueOnly ? rows.filter((r) => r.missingOverdueCount > 0) : rows;
  },

  'tasks.get': (ctx, { id }) => {
    const task = loadTask(ctx.db, id);
    const today = ctx.today();
    return taskDetail(task, tasksDb.targetsOf(ctx.db, [id]).map((t) => targetRow(t, task.dueOn, today)), today);
  },

  'tasks.save': (ctx, input) =>
    ctx.write((tx) => {
      const today = ctx.today();
      const before = input.id ? tasksDb.getTask(tx.db, input.id) : undefined;
      if (input.id && !before) throw notFound('工作任务');
      const orgIds = [...new Set(input.orgIds)];
      const old = before ? tasksDb.targetsOf(tx.db, [before.id]) : [];
      const kept = new Set(old.map((t) => t.orgId));
      // Branches added now must be live; ones already owing it stay even if dissolved since.
      for (const o of orgIds) if (!kept.has(o)) assertBranch(tx.db, o, today, 'orgIds');
      const dropped = old.filter((t) => !orgIds.includes(t.orgId) && t.submittedOn !== null);
      if (dropped.length) throw conflict(`${dropped.map((t) => `“${t.orgName}”`).join('、')}已报送，不能移出应报送名单；如需移出，请先撤销其报送`);
      const fields: tasksDb.TaskFields = { year: input.year, title: input.title, issuer: input.issuer ?? null, description: input.description ?? null, dueOn: input.dueOn };
      let id = input.id;
      if (id) tasksDb.updateTask(tx.db, id, fields, tx.now);
      else id = tasksDb.insertTask(tx.db, fields, tx.now);
      tasksDb.setTargets(tx.db, id, orgIds);
      tx.audit({ table: 'tasks', recordId: id, action: before ? 'update' : 'create', before: before && { ...before, orgIds: old.map((t) => t.orgId) }, after: { ...fields, orgIds } });
      return { id };
    }),

  'tasks.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = loadTask(tx.db, id);
      softDelete(tx.db, 'task', id, tx.now, tx.actor);
      tx.audit({ table: 'tasks', recordId: id, action: 'delete', before: { ...before, targets: tasksDb.targetsOf(tx.db, [id]) } });
      return { id };
    }),

  'tasks.submit': (ctx, { taskId, orgId, submittedOn, note, attachmentId }) =>
    ctx.write((tx) => {
      const { target } = loadTarget(tx.db, taskId, orgId);
      if (submittedOn > ctx.today()) throw invalid('报送日期不能晚于今天', { submittedOn: '不能晚于今天' });
      if (attachmentId && !getAttachment(tx.db, attachmentId)) throw notFound('附件');
      const after = { submittedOn, note: note ?? null, attachmentId: attachmentId ?? null };
      tasksDb.recordSubmission(tx.db, taskId, orgId, after);
      tx.audit({ table: 'task_targets', recordId: taskId, action: target.submittedOn ? 'update-submission' : 'submit', before: target, after: { orgId, ...after } });
      return { taskId, orgId };
    }),

  'tasks.unsubmit': (ctx, { taskId, orgId }) =>
    ctx.write((tx) => {
      const { target } = loadTarget(tx.db, taskId, orgId);
      if (!target.submittedOn) throw conflict(`“${target.orgName}”尚未报送，无需撤销`);
      tasksDb.recordSubmission(tx.db, taskId, orgId, { submittedOn: null, note: null, attachmentId: null });
      tx.audit({ table: 'task_targets', recordId: taskId, action: 'unsubmit', before: target });
      return { taskId, orgId };
    }),

  'tasks.exportLedger': async (ctx, { year, orgId }) => {
    checkOrgFilter(ctx.db, orgId, '党组织');
    const scope = scopeName(ctx.db, orgId);
    // The list shows the nearest date first; the ledger reads in date order.
    const tasks = tasksWithTargets(ctx.db, { year, orgId }, ctx.today()).reverse();
    const title = `${scope}${year}年度材料报送情况`;
    return xlsxFile(`${title}.xlsx`, await tasksLedger(ledgerMeta(ctx, scope), title, tasks));
  },
});
