// Schema 17: attendance follows the body that meets. Meetings recorded before it listed the whole
// branch at a 支委会; the migration re-marks those outside the committee serving that day as 列席
// (status and reason kept, nothing deleted) and recounts 应到/实到, so the ledger follows the body.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openApi } from '../../electron/api';
import { MIGRATIONS } from '../../electron/db/migrations';
import { openDataFolder } from '../../electron/db/open';
import { nameSortKey } from '../../electron/domain/pinyin';
import { tempDir } from '../helpers/tmp';

describe('schema 17: attendance re-marked by the body that meets', () => {
  it('re-marks people outside the committee as 列席 and recounts, keeping every row; leaves meetings whose body is unknown', async () => {
    const d = tempDir();
    try {
      const old = openDataFolder(d.dir, { migrations: MIGRATIONS.slice(0, 16) });
      const at = '2026-01-01T00:00:00Z';
      const org = old.prepare(`INSERT INTO orgs (parent_id, kind, name, path, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
      const committee = Number(org.run(null, 'committee', '测试学院党委', '/1/', at, at).lastInsertRowid);
      const branch = Number(org.run(committee, 'branch', '教工党支部', `/${committee}/2/`, at, at).lastInsertRowid);
      const bare = Number(org.run(committee, 'branch', '机关党支部', `/${committee}/3/`, at, at).lastInsertRowid);
      const person = old.prepare(`INSERT INTO members (id_number, name, name_initials, name_key, member_type, org_id, joined_on, created_at, updated_at) VALUES (?, ?, ?, ?, '正式党员', ?, '2010-07-01', ?, ?)`);
      const ids = ['张伟', '李娜', '王强', '赵敏', '孙丽'].map((n, i) => Number(person.run(`ID${i}`, n, 'x', nameSortKey(n), i < 4 ? branch : bare, at, at).lastInsertRowid));
      const [zhang, li, wang, zhao, sun] = ids as [number, number, number, number, number];
      const role = old.prepare(`INSERT INTO org_roles (org_id, role, member_id, person_name, term_start, ended_on) VALUES (?, ?, ?, ?, ?, ?)`);
      role.run(branch, '书记', zhang, '张伟', '2025-01-01', null);
      role.run(branch, '组织委员', li, '李娜', '2025-01-01', '2026-06-01'); // left office before the June meeting
      role.run(branch, '组长', wang, '王强', '2025-01-01', null); // a 党小组长 is not the committee
      const meeting = old.prepare(`INSERT INTO meetings (org_id, type, held_on, topic, hours, expected, present, created_at, updated_at) VALUES (?, ?, ?, '研究工作', 1, ?, ?, ?, ?)`);
      const march = Number(meeting.run(branch, '支委会', '2026-03-10', 4, 3, at, at).lastInsertRowid);
      const june = Number(meeting.run(branch, '支委会', '2026-06-10', 4, 2, at, at).lastInsertRowid);
      const assembly = Number(meeting.run(branch, '支部党员大会', '2026-03-20', 4, 3, at, at).lastInsertRowid);
      const unknown = Number(meeting.run(bare, '支委会', '2026-03-10', 1, 1, at, at).lastInsertRowid);
      const mark = old.prepare(`INSERT INTO meeting_attendance (meeting_id, member_id, status, reason) VALUES (?, ?, ?, ?)`);
      for (const m of [march, assembly]) {
        mark.run(m, zhang, '出席', null);
        mark.run(m, li, '出席', null);
        mark.run(m, wang, '出席', null);
        mark.run(m, zhao, '请假', '出差');
      }
      mark.run(june, zhang, '出席', null);
      mark.run(june, li, '出席', null);
      mark.run(june, wang, '缺席', null);
      mark.run(june, zhao, '请假', '病假');
      mark.run(unknown, sun, '出席', null);
      old.close();

      const { api, close } = openApi(d.dir, { now: () => new Date('2026-11-23T09:00:00+08:00'), log: () => undefined, actor: '测试员' });
      try {
        const get = (id: number) => api.call('meetings.get', { id });
        const rows = async (id: number) => (await get(id)).attendance.map((a) => [a.name, a.status, a.reason, a.sitsIn]);
        const m3 = await get(march);
        assert.deepEqual([m3.expected, m3.present], [2, 2]);
        assert.deepEqual(await rows(march), [['李娜', '出席', null, false], ['张伟', '出席', null, false], ['王强', '出席', null, true], ['赵敏', '请假', '出差', true]]);
        const m6 = await get(june);
        assert.deepEqual([m6.expected, m6.present], [1, 1]);
        assert.deepEqual(await rows(june), [['张伟', '出席', null, false], ['李娜', '出席', null, true], ['王强', '缺席', null, true], ['赵敏', '请假', '病假', true]]);
        // A 支部党员大会 expected the whole branch already; a 支委会 with no committee on record is left as it was.
        const a = await get(assembly);
        assert.deepEqual([a.expected, a.present, a.attendance.filter((x) => x.sitsIn).length], [4, 3, 0]);
        const u = await get(unknown);
        assert.deepEqual([u.expected, u.present, u.attendance.map((x) => x.sitsIn)], [1, 1, [false]]);
        // The ledger row reads the recounted figures.
        const page = await api.call('meetings.list', { filter: { orgId: branch, type: '支委会' }, page: 1, pageSize: 10 });
        assert.deepEqual(page.rows.map((r) => [r.heldOn, r.expected, r.present]), [['2026-06-10', 1, 1], ['2026-03-10', 2, 2]]);
      } finally {
        close();
      }
    } finally {
      d.cleanup();
    }
  });
});
