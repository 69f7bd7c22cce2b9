// Schemas 15 and 16: members gain 学号 (unique where filled), 发展党员 records gain 入党宣誓时间 and
// 递交转正申请书时间; a data folder of schema 14 keeps its people, with the new fields blank.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MIGRATIONS } from '../../electron/db/migrations';
import { openDataFolder } from '../../electron/db/open';
import { validId } from '../helpers/ids';
import { tempDir } from '../helpers/tmp';

describe('schemas 15 and 16: 学号 and two 发展党员 steps', () => {
  it('keeps the people of a schema-14 folder and refuses one 学号 for two members', () => {
    const d = tempDir();
    try {
      const old = openDataFolder(d.dir, { migrations: MIGRATIONS.slice(0, 14) });
      old.prepare(`INSERT INTO orgs (id, kind, name, path, created_at, updated_at) VALUES (1, 'branch', '学生党支部', '/1/', 'x', 'x')`).run();
      const add = old.prepare(
        `INSERT INTO members (id_number, name, name_initials, name_key, member_type, org_id, created_at, updated_at) VALUES (?, ?, 'x', ?, '正式党员', 1, 'x', 'x')`,
      );
      add.run(validId('20030510', 36), '赵小红', 'zhaoxiaohong');
      add.run(validId('20040211', 17), '钱多多', 'qianduoduo');
      old
        .prepare(`INSERT INTO recruits (name, id_number, org_id, extension_months, created_at, updated_at) VALUES ('孙丽', ?, 1, 0, 'x', 'x')`)
        .run(validId('20030915', 28));
      old.close();

      const db = openDataFolder(d.dir);
      assert.deepEqual(db.prepare(`SELECT name, student_no AS no FROM members ORDER BY id`).all(), [
        { name: '赵小红', no: null },
        { name: '钱多多', no: null },
      ]);
      assert.deepEqual(db.prepare(`SELECT oath_on AS o, confirmation_applied_on AS c FROM recruits`).all(), [{ o: null, c: null }]);
      db.prepare(`UPDATE members SET student_no = '2023010101' WHERE name = '赵小红'`).run();
      assert.throws(() => db.prepare(`UPDATE members SET student_no = '2023010101' WHERE name = '钱多多'`).run(), /UNIQUE/);
      db.close();
    } finally {
      d.cleanup();
    }
  });
});
