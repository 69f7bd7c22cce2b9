// Schema 12: members carry a pinyin sort key, so every paged list of people reads in pinyin order
// (李娜 before 刘宁, 付 叶 姜 廖 as a printed 花名册 has them) rather than by code point.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openApi } from '../../electron/api';
import { openDataFolder } from '../../electron/db/open';
import { MIGRATIONS } from '../../electron/db/migrations';
import { nameSortKey, zhCollator } from '../../electron/domain/pinyin';
import { validId } from '../helpers/ids';
import { tempApi, tempDir } from '../helpers/tmp';

const NAMES = ['廖超春', '姜然阳', '叶敏', '付鸣艳', '刘宁', '李娜', '张伟', '安琪', '西安平', '先锋'];

describe('schema 12: members in pinyin order', () => {
  let t: ReturnType<typeof tempApi>;
  before(async () => {
    t = tempApi();
    const c = (await t.api.call('orgs.create', { parentId: null, kind: 'committee', name: '测试学院党委' })).id;
    const b = (await t.api.call('orgs.create', { parentId: c, kind: 'branch', name: '测试党支部', category: '教职工' })).id;
    for (const [i, name] of NAMES.entries()) await t.api.call('members.save', { name, idNumber: validId('19900101', i * 2 + 1), memberType: '正式党员', orgId: b });
  });
  after(() => t.cleanup());

  it('lists the roster in the order Intl.Collator("zh") gives, not by code point', async () => {
    const page = await t.api.call('members.list', { filter: {}, pageSize: 50 });
    assert.deepEqual(page.rows.map((r) => r.name), [...NAMES].sort(zhCollator.compare));
    assert.deepEqual(page.rows.slice(0, 4).map((r) => r.name), ['安琪', '付鸣艳', '姜然阳', '李娜']);
  });

  it('keeps the key when a name is corrected', async () => {
    const page = await t.api.call('members.list', { filter: { q: '安琪' }, pageSize: 5 });
    const m = (await t.api.call('members.get', { id: page.rows[0]!.id })).member;
    await t.api.call('members.save', { id: m.id, name: '赵琪', idNumber: m.idNumber, memberType: m.memberType, orgId: m.orgId });
    const after = await t.api.call('members.list', { filter: {}, pageSize: 50 });
    assert.equal(after.rows.at(-1)!.name, '赵琪');
  });

  it('fills the key for members already in a database made by schema 11', () => {
    const d = tempDir();
    try {
      const old = openDataFolder(d.dir, { migrations: MIGRATIONS.slice(0, 11) });
      old.prepare(`INSERT INTO orgs (id, kind, name, path, created_at, updated_at) VALUES (1, 'branch', '测试党支部', '/1/', 'x', 'x')`).run();
      const insert = old.prepare(`INSERT INTO members (name, name_initials, id_number, member_type, org_id, status, created_at, updated_at) VALUES (?, 'x', ?, '正式党员', 1, '在册', 'x', 'x')`);
      NAMES.forEach((n, i) => insert.run(n, validId('19900101', i * 2 + 1)));
      old.close();
      const o = openApi(d.dir, { log: () => undefined });
      const keys = o.db.prepare('SELECT name, name_key AS key FROM members').all() as { name: string; key: string }[];
      o.db.close();
      for (const k of keys) assert.equal(k.key, nameSortKey(k.name));
    } finally {
      d.cleanup();
    }
  });
});
