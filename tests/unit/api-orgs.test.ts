import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';
import { validId } from '../helpers/ids';

let t: ReturnType<typeof tempApi>;
beforeEach(() => (t = tempApi()));
afterEach(() => t.cleanup());

describe('组织架构 through the API registry', () => {
  it('builds the tree and counts members up through the tree', async () => {
    const ids = await smallTree(t);
    await t.api.call('members.save', { name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.teachers });
    const tree = await t.api.call('orgs.tree', {});
    const byId = new Map(tree.map((o) => [o.id, o]));
    assert.equal(byId.get(ids.general)!.parentId, ids.committee);
    assert.equal(byId.get(ids.teachers)!.category, '教职工');
    assert.equal(byId.get(ids.teachers)!.memberCount, 1);
    assert.equal(byId.get(ids.general)!.memberCount, 1);
    assert.equal(byId.get(ids.committee)!.memberCount, 1);
    assert.equal(byId.get(ids.office)!.memberCount, 0);
  });

  it('refuses a second committee and misplaced kinds with Chinese messages, changing nothing', async () => {
    const ids = await smallTree(t);
    const before = snapshot(t);
    const r1 = await t.api.invoke('orgs.create', { parentId: null, kind: 'committee', name: '另一个党委' });
    assert.deepEqual(r1.ok ? null : r1.error.code, 'conflict');
    const r2 = await t.api.invoke('orgs.create', { parentId: ids.general, kind: 'general_branch', name: '套娃总支' });
    assert.equal(r2.ok ? '' : r2.error.message, '党总支只能设在党委之下');
    const r3 = await t.api.invoke('orgs.create', { parentId: ids.general, kind: 'branch', name: '信息工程系教工党支部' });
    assert.match(r3.ok ? '' : r3.error.message, /已有名为“信息工程系教工党支部”的组织/);
    assert.deepEqual(snapshot(t), before);
  });

  it('renames, moves and dissolves with dated history, and keeps dissolved orgs visible on request', async () => {
    const ids = await smallTree(t);
    await t.api.call('orgs.rename', { id: ids.students, name: '信息工程系学生第一党支部', onDate: '2026-03-01' });
    await t.api.call('orgs.move', { id: ids.students, parentId: ids.committee, onDate: '2026-04-01' });
    await t.api.call('orgs.dissolve', { id: ids.students, onDate: '2026-09-01', reason: '学生毕业，支部撤销' });
    const d = await t.api.call('orgs.get', { id: ids.students });
    assert.equal(d.org.name, '信息工程系学生第一党支部');
    assert.equal(d.org.parentId, ids.committee);
    assert.equal(d.org.dissolvedOn, '2026-09-01');
    assert.deepEqual(
      d.events.map((e) => [e.onDate, e.kind, e.detail]),
      [
        ['2026-09-01', 'dissolved', '撤销：学生毕业，支部撤销'],
        ['2026-04-01', 'moved', '由“信息工程系党总支”调整到“测试学院党委”之下'],
        ['2026-03-01', 'renamed', '由“信息工程系学生党支部”更名为“信息工程系学生第一党支部”'],
      ],
    );
    assert.ok(!(await t.api.call('orgs.tree', {})).some((o) => o.id === ids.students));
    assert.ok((await t.api.call('orgs.tree', { includeDissolved: true })).some((o) => o.id === ids.students));
    const rename = await t.api.invoke('orgs.rename', { id: ids.students, name: '新名', onDate: '2026-10-01' });
    assert.match(rename.ok ? '' : rename.error.message, /已于 2026-09-01 撤销/);
  });

  it('moving a 党总支 carries its branches, and members of the subtree follow in filters', async () => {
    const ids = await smallTree(t);
    const other = (await t.api.call('orgs.create', { parentId: ids.committee, kind: 'general_branch', name: '机电系党总支' })).id;
    const grp = (await t.api.call('orgs.create', { parentId: ids.teachers, kind: 'group', name: '第一党小组' })).id;
    const cyc = await t.api.invoke('orgs.move', { id: ids.teachers, parentId: ids.teachers, onDate: '2026-01-01' });
    assert.equal(cyc.ok, false);
    await t.api.call('orgs.move', { id: ids.teachers, parentId: other, onDate: '2026-05-01' });
    const path = (t.db.prepare('SELECT path FROM orgs WHERE id = ?').get(grp) as { path: string }).path;
    assert.equal(path, `/${ids.committee}/${other}/${ids.teachers}/${grp}/`);
  });

  it('refuses to dissolve an org that still has members, naming the count', async () => {
    const ids = await smallTree(t);
    await t.api.call('members.save', { name: '王芳', idNumber: validId('19920304', 24), memberType: '正式党员', orgId: ids.office });
    const r = await t.api.invoke('orgs.dissolve', { id: ids.office, onDate: '2026-01-01', reason: '合并' });
    assert.equal(r.ok ? '' : r.error.message, '“机关党支部”还有 1 名在册党员，请先把他们转到其他支部再撤销');
  });

  it('keeps committee roles with terms and ends them with a date', async () => {
    const ids = await smallTree(t);
    const m = await t.api.call('members.save', { name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.teachers });
    const role = await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '书记', memberId: m.id, personName: 'ignored', termStart: '2024-05-01', termEnd: '2027-04-30' });
    const bad = await t.api.invoke('orgs.saveRole', { orgId: ids.teachers, role: '组织委员', personName: '王芳', termStart: '2027-01-01', termEnd: '2024-01-01' });
    assert.match(bad.ok ? '' : bad.error.message, /任期结束不能早于任期开始/);
    await t.api.call('orgs.endRole', { id: role.id, endedOn: '2026-06-30' });
    const d = await t.api.call('orgs.get', { id: ids.teachers });
    assert.deepEqual(d.roles.map((r) => [r.role, r.personName, r.termStart, r.termEnd, r.endedOn]), [['书记', '李建国', '2024-05-01', '2027-04-30', '2026-06-30']]);
  });

  it('leaves an audit row for every write, with before and after', async () => {
    const ids = await smallTree(t);
    await t.api.call('orgs.rename', { id: ids.office, name: '机关第一党支部', onDate: '2026-02-01' });
    const rows = t.db.prepare(`SELECT method, table_name AS t, record_id AS id, action, before_json AS b, after_json AS a FROM audit_log ORDER BY id`).all() as {
      method: string; t: string; id: number; action: string; b: string | null; a: string;
    }[];
    assert.equal(rows.length, 6);
    const last = rows.at(-1)!;
    assert.deepEqual([last.method, last.t, last.id, last.action], ['orgs.rename', 'orgs', ids.office, 'rename']);
    assert.deepEqual(JSON.parse(last.b!), { name: '机关党支部' });
    assert.equal(JSON.parse(last.a).name, '机关第一党支部');
  });

  it('answers malformed calls with typed errors and no change', async () => {
    await smallTree(t);
    const before = snapshot(t);
    const calls: [string, unknown][] = [
      ['orgs.create', { parentId: 'x', kind: 'branch', name: 1 }],
      ['orgs.create', { parentId: null, kind: 'committee', name: '', extra: true }],
      ['orgs.rename', { id: -1, name: 'a', onDate: '2026-02-30' }],
      ['orgs.nothing', {}],
      ['orgs.tree', null],
      ['__proto__', {}],
    ];
    for (const [m, input] of calls) {
      const r = await t.api.invoke(m, input);
      assert.equal(r.ok, false, m);
      if (!r.ok) assert.match(r.error.message, /[\u4e00-\u9fa5]/, `${m} message should be Chinese: ${r.error.message}`);
    }
    const r = await t.api.invoke('orgs.rename', { id: 1, name: 'a', onDate: '2026-02-30' });
    assert.equal(r.ok ? '' : r.error.fields?.onDate, '日期应为真实的日期（如 2024-03-01）');
    assert.deepEqual(snapshot(t), before);
  });
});
