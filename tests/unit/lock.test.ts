import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { openApi, type OpenApi } from '../../electron/api';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';

// A host a clerk sits at (lockable), with a clock the test moves.
let clock = new Date('2026-11-23T09:00:00+08:00').getTime();
const dirs: { cleanup: () => void }[] = [];
const opened: OpenApi[] = [];
function host(dir?: string) {
  const d = dir ? { dir, cleanup: () => undefined } : tempDir();
  dirs.push(d);
  const o = openApi(d.dir, { now: () => new Date(clock), log: () => undefined, lockable: true, actor: '测试员' });
  opened.push(o);
  return { o, dir: d.dir };
}
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
  for (const d of dirs.splice(0).reverse()) d.cleanup();
});
const code = async (o: OpenApi, method: string, input: unknown) => {
  const r = await o.api.invoke(method, input);
  return r.ok ? 'ok' : `${r.error.code}:${r.error.message}`;
};

describe('app password and idle lock', () => {
  it('has no password by default and never locks', async () => {
    const { o } = host();
    assert.deepEqual(await o.api.call('lock.status', {}), { passwordSet: false, locked: false, idleMinutes: 10 });
    await o.api.call('lock.lock', {});
    assert.equal(await code(o, 'orgs.tree', {}), 'ok');
  });

  it('stores a salted slow hash, never the password, and starts locked next time', async () => {
    const { o, dir } = host();
    await o.api.call('lock.setPassword', { next: '党建2026', idleMinutes: 5 });
    const stored = JSON.parse((o.db.prepare("SELECT value FROM settings WHERE key = 'password'").get() as { value: string }).value) as Record<string, unknown>;
    assert.deepEqual(Object.keys(stored).sort(), ['hash', 'idleMinutes', 'n', 'salt']);
    assert.ok((stored.n as number) >= 2 ** 14);
    assert.doesNotMatch(JSON.stringify(o.db.prepare('SELECT * FROM audit_log').all()), /党建2026|"hash"/);
    assert.equal(await code(o, 'orgs.tree', {}), 'ok', 'the session that set it stays open');
    o.close();
    opened.splice(0);

    const again = host(dir).o;
    assert.equal((await again.api.call('lock.status', {})).locked, true);
    assert.equal(await code(again, 'orgs.tree', {}), 'locked:党建台账已锁定，请输入密码解锁');
    assert.equal(await code(again, 'lock.unlock', { password: '党建2025' }), 'invalid:密码不正确');
    assert.equal((await again.api.call('lock.unlock', { password: '党建2026' })).locked, false);
    assert.equal(await code(again, 'orgs.tree', {}), 'ok');
  });

  it('locks after the idle minutes, and on request', async () => {
    const { o } = host();
    await o.api.call('lock.setPassword', { next: 'abcdef', idleMinutes: 5 });
    clock += 4 * 60_000;
    assert.equal(await code(o, 'orgs.tree', {}), 'ok');
    clock += 5 * 60_000 + 1;
    assert.match(await code(o, 'orgs.tree', {}), /^locked:/);
    await o.api.call('lock.unlock', { password: 'abcdef' });
    await o.api.call('lock.lock', {});
    assert.match(await code(o, 'system.dashboard', {}), /^locked:/);
  });

  it('refuses to change or remove the password without the current one, and pauses after five wrong tries', async () => {
    const { o } = host();
    await o.api.call('lock.setPassword', { next: 'abcdef' });
    assert.equal(await code(o, 'lock.setPassword', { next: null }), 'invalid:当前密码不正确');
    assert.match(await code(o, 'lock.setPassword', { current: 'abcdef', next: '123' }), /^invalid:.*密码至少6位/);
    await o.api.call('lock.lock', {});
    for (let i = 0; i < 5; i++) await code(o, 'lock.unlock', { password: 'wrong!' });
    assert.match(await code(o, 'lock.unlock', { password: 'abcdef' }), /连续输错5次，请 60 秒后再试/);
    clock += 61_000;
    assert.equal(await code(o, 'lock.unlock', { password: 'abcdef' }), 'ok');
    await o.api.call('lock.setPassword', { current: 'abcdef', next: null });
    assert.equal((await o.api.call('lock.status', {})).passwordSet, false);
  });

  it('a forgotten password is cleared from the command line, and the clearing is audited', async () => {
    const { o, dir } = host();
    await o.api.call('lock.setPassword', { next: 'forgotten' });
    o.close();
    opened.splice(0);
    assert.equal((await cli(['reset-password', '--data', dir])).code, 0);
    const again = host(dir).o;
    assert.deepEqual(await again.api.call('lock.status', {}), { passwordSet: false, locked: false, idleMinutes: 10 });
    assert.equal((await again.api.call('audit.list', { table: 'settings' })).rows[0]!.method, 'cli.reset-password');
  });
});
