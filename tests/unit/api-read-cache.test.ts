// 工作台's reads are answered from memory between writes (registry.ts, CACHED_READS): what the clerk
// sees must still change with every write, with a commit by another process, and with the day.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { openApi } from '../../electron/api';
import { DB_FILE } from '../../electron/db/open';
import { validId } from '../helpers/ids';
import { smallTree, tempApi, tempDir } from '../helpers/tmp';

describe('工作台 answers kept between writes', () => {
  const t = tempApi();
  after(() => t.cleanup());

  it('shows a member saved after the last visit', async () => {
    const ids = await smallTree(t);
    assert.equal((await t.api.call('system.dashboard', {})).members.active, 0);
    await t.api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2010-07-01' });
    assert.equal((await t.api.call('system.dashboard', {})).members.active, 1);
  });

  it('shows what another connection committed (the command line beside the app)', async () => {
    const before = (await t.api.call('system.dashboard', {})).branches;
    const other = new Database(path.join(t.dataDir, DB_FILE));
    other.prepare(`INSERT INTO orgs (parent_id, kind, name, path, sort_order, created_at, updated_at) SELECT id, 'branch', '另一进程建的支部', '', 99, '', '' FROM orgs WHERE kind = 'committee'`).run();
    other.close();
    assert.equal((await t.api.call('system.dashboard', {})).branches, before + 1);
  });

  it('gives each caller its own copy', async () => {
    const first = await t.api.call('system.dashboard', {});
    first.members.active = 999;
    assert.notEqual((await t.api.call('system.dashboard', {})).members.active, 999);
  });
});

describe('工作台 on a new day', () => {
  it('answers for today, not for the day it last answered', async () => {
    const d = tempDir();
    let now = new Date('2026-11-23T09:00:00+08:00');
    const o = openApi(d.dir, { now: () => now, log: () => undefined });
    try {
      await smallTree(o);
      assert.equal((await o.api.call('compliance.todos', {})).today, '2026-11-23');
      now = new Date('2026-11-24T09:00:00+08:00');
      assert.equal((await o.api.call('compliance.todos', {})).today, '2026-11-24');
    } finally {
      o.close();
      d.cleanup();
    }
  });
});
