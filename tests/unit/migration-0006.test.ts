// Schema 6 (整改 and 任务): constraints hold in the database itself, and the hot queries of 工作台,
// "list overdue" and the year's list use their indexes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDataFolder, type Db } from '../../electron/db/open';
import { listRectifications, overdueRectifications, rectificationCountsByOrg } from '../../electron/db/rectifications';
import { missingOverdue } from '../../electron/db/tasks';
import { tempDir } from '../helpers/tmp';

let db: Db;
let cleanup: () => void;
before(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  db = openDataFolder(t.dir);
  db.prepare(`INSERT INTO orgs (id, kind, name, path, created_at, updated_at) VALUES (1, 'branch', '测试党支部', '/1/', 'x', 'x')`).run();
});
after(() => {
  db.close();
  cleanup();
});

/** The SQL texts a data-layer call prepares, caught on their way to SQLite. */
function sqlOf(call: (d: Db) => void): string[] {
  const seen: string[] = [];
  const spy = new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') return (sql: string) => (seen.push(sql), target.prepare(sql));
      const v = Reflect.get(target, key) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  call(spy);
  return seen;
}

const plan = (sql: string, params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).join('\n');

const insert = `INSERT INTO rectifications (org_id, year, source, problem, deadline, status, completed_on, created_at, updated_at) VALUES (1, 2026, ?, '问题', '2026-10-01', ?, ?, 'x', 'x')`;

describe('schema 6: 整改 and 任务', () => {
  it('refuses in the database an unknown source, an unknown status, and 已完成 without a completion date', () => {
    assert.throws(() => db.prepare(insert).run('上级批评', '未开始', null), /CHECK constraint failed/);
    assert.throws(() => db.prepare(insert).run('自查', '搁置', null), /CHECK constraint failed/);
    assert.throws(() => db.prepare(insert).run('自查', '已完成', null), /CHECK constraint failed/);
    db.prepare(insert).run('自查', '已完成', '2026-09-30');
    assert.throws(() => db.prepare(`INSERT INTO task_targets (task_id, org_id) VALUES (999, 1)`).run(), /FOREIGN KEY constraint failed/);
  });

  it('finds overdue items and unsubmitted targets through their partial indexes', () => {
    const [overdue] = sqlOf((d) => overdueRectifications(d, '2026-11-23'));
    assert.match(plan(overdue!, ['2026-11-23']), /USING INDEX rectifications_open/);
    const [missing] = sqlOf((d) => missingOverdue(d, '2026-11-23'));
    assert.match(plan(missing!, ['2026-11-23', null, null]), /USING INDEX tasks_due/);
    const [counts] = sqlOf((d) => rectificationCountsByOrg(d, 2026, '2026-11-23'));
    assert.match(plan(counts!, ['2026-11-23', 2026]), /USING INDEX rectifications_(year_org|open)/);
    const [count] = sqlOf((d) => listRectifications(d, { year: 2026, overdueOnly: false }, '2026-11-23', 1, 20));
    assert.match(plan(count!, [2026]), /USING (COVERING )?INDEX rectifications_year_org/);
  });
});
