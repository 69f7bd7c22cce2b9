// Schema 18: the 变动记录 gains 'recruit' (a 发展党员 record saved in its form changed the member);
// a data folder of schema 17 keeps every line it had.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MIGRATIONS } from '../../electron/db/migrations';
import { openDataFolder } from '../../electron/db/open';
import { validId } from '../helpers/ids';
import { tempDir } from '../helpers/tmp';

describe('schema 18: 发展党员记录修改 in the 变动记录', () => {
  it('keeps the lines of a schema-17 folder and accepts the new kind, still refusing an unknown one', () => {
    const d = tempDir();
    try {
      const old = openDataFolder(d.dir, { migrations: MIGRATIONS.slice(0, 17) });
      old.prepare(`INSERT INTO orgs (id, kind, name, path, created_at, updated_at) VALUES (1, 'branch', '学生党支部', '/1/', 'x', 'x')`).run();
      old.prepare(`INSERT INTO members (id, id_number, name, name_initials, name_key, member_type, org_id, created_at, updated_at) VALUES (1, ?, '赵小红', 'x', 'zhaoxiaohong', '正式党员', 1, 'x', 'x')`).run(validId('20030510', 36));
      old.prepare(`INSERT INTO member_events (member_id, kind, from_value, to_value, on_date, reason, created_at) VALUES (1, 'import', '党员类别 预备党员', '党员类别 正式党员', '2026-07-10', '导入发展党员台账“a.xlsx”', 'x')`).run();
      assert.throws(() => old.prepare(`INSERT INTO member_events (member_id, kind, on_date, created_at) VALUES (1, 'recruit', '2026-07-11', 'x')`).run(), /CHECK/);
      old.close();

      const db = openDataFolder(d.dir);
      db.prepare(`INSERT INTO member_events (member_id, kind, on_date, created_at) VALUES (1, 'recruit', '2026-07-11', 'x')`).run();
      assert.deepEqual(db.prepare(`SELECT kind, reason FROM member_events ORDER BY id`).all(), [
        { kind: 'import', reason: '导入发展党员台账“a.xlsx”' },
        { kind: 'recruit', reason: null },
      ]);
      assert.throws(() => db.prepare(`INSERT INTO member_events (member_id, kind, on_date, created_at) VALUES (1, 'edit', '2026-07-12', 'x')`).run(), /CHECK/);
      db.close();
    } finally {
      d.cleanup();
    }
  });
});
