// Restore as one act, backups side by side, one process per folder, privacy at rest.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { openApi } from '../../electron/api';
import { listBackups } from '../../electron/db/backup';
import { LOCK_FILE } from '../../electron/db/folderLock';
import { MIGRATIONS } from '../../electron/db/migrations';
import { DB_FILE, openDataFolder } from '../../electron/db/open';
import { stageRestore } from '../../electron/db/restore';
import { validId } from '../helpers/ids';
import { cli } from '../helpers/cli';
import { smallTree, snapshot, tempApi, tempDir } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let work: ReturnType<typeof tempDir>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  work = tempDir();
});
afterEach(() => {
  t.cleanup();
  work.cleanup();
});

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const png = (s: string) => Buffer.from(`png bytes ${s}`);
const addMember = (name: string, n: number) => t.api.call('members.save', { name, idNumber: validId('19800115', n), memberType: '正式党员', orgId: ids.teachers });

/** The current data as a .djbak file, optionally changed inside before it is written. */
async function djbak(change?: (zip: JSZip) => Promise<void> | void, password?: string): Promise<string> {
  const out = await t.api.call('backups.export', password ? { password } : {});
  const file = path.join(work.dir, `${crypto.randomBytes(4).toString('hex')}.djbak`);
  if (!change) {
    fs.writeFileSync(file, Buffer.from(out.base64, 'base64'));
    return file;
  }
  const zip = await JSZip.loadAsync(Buffer.from(out.base64, 'base64'));
  await change(zip);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

/** The database inside a .djbak changed by SQL. */
async function withSql(sql: string): Promise<string> {
  return djbak(async (zip) => {
    const f = path.join(work.dir, 'inner.sqlite3');
    fs.writeFileSync(f, await zip.file(DB_FILE)!.async('nodebuffer'));
    const db = new Database(f);
    db.exec(sql);
    db.close();
    zip.file(DB_FILE, fs.readFileSync(f));
  });
}

const stagingLeft = (dir: string) => fs.readdirSync(dir).filter((f) => f.startsWith('.restore-') || f.startsWith('restore-journal'));

async function refused(file: string, message: RegExp): Promise<void> {
  const before = snapshot(t);
  const backups = listBackups(t.dataDir).length;
  const r = await t.api.invoke('backups.restore', { fileName: 'x.djbak', base64: fs.readFileSync(file).toString('base64') });
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.error.message, message);
  assert.equal(r.ok ? '' : r.error.code, 'invalid');
  assert.deepEqual(snapshot(t), before, 'nothing changed');
  assert.equal(listBackups(t.dataDir).length, backups, 'not even a 恢复前 copy');
  assert.deepEqual(stagingLeft(t.dataDir), []);
}

describe('restore checks everything before it switches', () => {
  it('refuses an attached file whose bytes do not match its hash name', async () => {
    const a = await t.api.call('attachments.add', { fileName: '照片.png', base64: png('a').toString('base64') });
    const h = sha(png('a'));
    const file = await djbak((zip) => void zip.file(`files/${h.slice(0, 2)}/${h}`, Buffer.from('other bytes')));
    await addMember('李建国', 13);
    await refused(file, /附件 .* 内容与名称不符/);
    assert.equal(Buffer.from((await t.api.call('attachments.get', { id: a.id })).base64, 'base64').toString(), 'png bytes a');
  });

  it('writes only the files the restored data names', async () => {
    await t.api.call('attachments.add', { fileName: '照片.png', base64: png('b').toString('base64') });
    const junk = crypto.randomBytes(3 * 1024 * 1024);
    const j = sha(junk);
    const file = await djbak((zip) => void zip.file(`files/${j.slice(0, 2)}/${j}`, junk));
    const r = await t.restore(file);
    assert.equal(r.attachments, 1);
    assert.equal(fs.existsSync(path.join(t.dataDir, 'files', j.slice(0, 2), j)), false);
  });

  for (const [what, sql] of [
    ['a trigger', `CREATE TRIGGER rename_all AFTER INSERT ON audit_log BEGIN UPDATE members SET name = '某某'; END;`],
    ['a view', 'CREATE VIEW everyone AS SELECT * FROM members;'],
    ['a table', 'CREATE TABLE notes (x TEXT);'],
    ['an altered trigger', `DROP TRIGGER meeting_counts_ai; CREATE TRIGGER meeting_counts_ai AFTER INSERT ON meetings BEGIN DELETE FROM members; END;`],
  ] as const) {
    it(`refuses a backup carrying ${what} the app does not create`, async () => {
      await refused(await withSql(sql), /含有本程序不会创建的内容/);
    });
  }

  it('a migration that fails on the staged copy changes nothing, and the folder opens afterwards', async () => {
    const file = await djbak();
    await addMember('李建国', 13);
    t.close();
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE documents (x);' }];
    // The backup is one version behind these migrations: the staged copy is migrated, and fails.
    await assert.rejects(() => stageRestore(t.dataDir, file, undefined, broken), /无法升级到本程序的版本.*没有恢复任何数据/);
    assert.deepEqual(stagingLeft(t.dataDir), []);
    const again = openApi(t.dataDir, { log: () => undefined });
    try {
      assert.equal((await again.api.call('members.list', { filter: {} })).total, 1);
      assert.equal((await again.api.call('system.check', {})).ok, true);
      assert.equal(fs.existsSync(path.join(t.dataDir, 'backups')) ? fs.readdirSync(path.join(t.dataDir, 'backups')).filter((f) => f.startsWith('升级前')).length : 0, 0);
    } finally {
      again.close();
    }
  });

  it('restores an old-format backup: an uncompressed daily- copy of an older schema, migrated on the way in', async () => {
    const old = tempDir();
    try {
      const db = openDataFolder(old.dir, { migrations: MIGRATIONS.slice(0, 8) });
      db.prepare(`INSERT INTO orgs (id, kind, name, parent_id, path, created_at, updated_at) VALUES (1, 'committee', '旧版本党委', NULL, '/1/', '2025-01-01', '2025-01-01')`).run();
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      fs.mkdirSync(path.join(t.dataDir, 'backups'), { recursive: true });
      fs.copyFileSync(path.join(old.dir, DB_FILE), path.join(t.dataDir, 'backups', 'daily-20250101-010000.sqlite3'));
    } finally {
      old.cleanup();
    }
    const listed = (await t.api.call('backups.list', {})).find((b) => b.name === 'daily-20250101-010000.sqlite3');
    assert.equal(listed?.kind, '每日');
    const r = await t.api.call('backups.restore', { name: 'daily-20250101-010000.sqlite3' });
    assert.equal(r.schemaVersion, 8);
    assert.equal((await t.api.call('system.info', {})).schemaVersion, MIGRATIONS.length);
    assert.equal((await t.api.call('orgs.tree', {})).some((o) => o.name === '旧版本党委'), true);
  });
});

describe('check and missing attachments', () => {
  it('check names attachments missing or altered; attachments.get says so in Chinese', async () => {
    const gone = await t.api.call('attachments.add', { fileName: '会议照片.png', base64: png('gone').toString('base64') });
    const bent = await t.api.call('attachments.add', { fileName: '签到表.pdf', base64: png('bent').toString('base64') });
    assert.equal((await t.api.call('system.check', {})).ok, true);
    const fileOf = (b: Buffer) => path.join(t.dataDir, 'files', sha(b).slice(0, 2), sha(b));
    fs.rmSync(fileOf(png('gone')));
    fs.writeFileSync(fileOf(png('bent')), Buffer.alloc(0));
    const check = await t.api.call('system.check', {});
    assert.equal(check.ok, false);
    assert.match(check.problems.join('\n'), /有 1 个附件的文件在数据文件夹中找不到：“会议照片\.png”/);
    assert.match(check.problems.join('\n'), /有 1 个附件的文件内容与保存时不同（已损坏）：“签到表\.pdf”/);
    for (const [id, msg] of [[gone.id, /附件“会议照片\.png”的文件在数据文件夹中找不到/], [bent.id, /附件“签到表\.pdf”的文件已损坏/]] as const) {
      const r = await t.api.invoke('attachments.get', { id });
      assert.equal(r.ok ? '' : r.error.code, 'not_found');
      assert.match(r.ok ? '' : r.error.message, msg);
    }
    // Adding the same file again mends it.
    await t.api.call('attachments.add', { fileName: '签到表.pdf', base64: png('bent').toString('base64') });
    assert.equal((await t.api.call('system.check', {})).problems.length, 1);
  });
});

describe('a restore interrupted at each step is settled at the next open', () => {
  async function interrupted(step: 'before-rename' | 'damaged-set-aside' | 'after-rename'): Promise<number> {
    const file = await djbak();
    await addMember('李建国', 13); // the live data has one member; the backup none
    t.close();
    const staged = await stageRestore(t.dataDir, file);
    fs.writeFileSync(path.join(t.dataDir, 'restore-journal.json'), JSON.stringify({ staging: path.basename(staged.dir) }));
    const live = path.join(t.dataDir, DB_FILE);
    if (step === 'damaged-set-aside') fs.renameSync(live, `${live}.damaged-x`);
    if (step === 'after-rename') fs.renameSync(staged.dbFile, live);
    const o = openApi(t.dataDir, { log: () => undefined });
    try {
      assert.deepEqual(stagingLeft(t.dataDir), []);
      assert.equal((await o.api.call('system.check', {})).ok, true);
      return (await o.api.call('members.list', { filter: {} })).total;
    } finally {
      o.close();
    }
  }
  it('killed before the rename: the old data stands', async () => assert.equal(await interrupted('before-rename'), 1));
  it('killed after a damaged file was set aside: the checked backup goes in', async () => assert.equal(await interrupted('damaged-set-aside'), 0));
  it('killed after the rename: the restored data stands', async () => assert.equal(await interrupted('after-rename'), 0));
});

describe('backups side by side', () => {
  it('8 concurrent 立即备份 all succeed, each under its own name', async () => {
    const made = await Promise.allSettled(Array.from({ length: 8 }, () => t.api.call('backups.create', {})));
    assert.deepEqual(made.map((r) => r.status), Array(8).fill('fulfilled'));
    const names = new Set(made.map((r) => (r.status === 'fulfilled' ? r.value.name : '')));
    assert.equal(names.size, 8);
    assert.deepEqual(fs.readdirSync(path.join(t.dataDir, 'backups')).filter((f) => f.includes('.partial')), []);
  });

  it('what killed copies left behind is removed at the next open; backups are kept', async () => {
    const good = await t.api.call('backups.create', {});
    const dir = path.join(t.dataDir, 'backups');
    const leftovers = ['手动-20261123-090000.sqlite3.gz.partial', '手动-20261123-090000.sqlite3.gz.partial-db', 'x.sqlite3-wal', 'x.sqlite3-shm', 'daily-20261101-010000.sqlite3.partial'];
    for (const f of leftovers) fs.writeFileSync(path.join(dir, f), 'x');
    fs.mkdirSync(path.join(t.dataDir, '.restore-abc'));
    t.close();
    const o = openApi(t.dataDir, { log: () => undefined });
    try {
      assert.deepEqual(fs.readdirSync(dir).sort(), [good.name, `${good.name}.json`].sort());
      assert.deepEqual(stagingLeft(t.dataDir), []);
    } finally {
      o.close();
    }
  });

  it('the clerk sees and sets the budget; a smaller one applies at once', async () => {
    for (let i = 0; i < 4; i++) await t.api.call('backups.create', {});
    const s = await t.api.call('backups.summary', {});
    assert.deepEqual(s.policy, { daily: 7, weekly: 4, monthly: 12, event: 10, capMb: 20_480 });
    assert.equal(s.count, 4);
    assert.ok(s.totalSize > 0 && s.totalSize < s.dataSize, `four compressed copies (${s.totalSize} bytes) take less than the data file (${s.dataSize})`);
    assert.equal(s.running, null);
    const after = await t.api.call('backups.savePolicy', { ...s.policy, event: 2 });
    assert.equal(after.count, 2);
    assert.equal((await t.api.call('backups.summary', {})).policy.event, 2);
    assert.equal((await t.api.call('audit.list', { table: 'settings' })).rows[0]!.action, 'update');
    const bad = await t.api.invoke('backups.savePolicy', { ...s.policy, daily: 0 });
    assert.equal(bad.ok ? '' : bad.error.code, 'invalid');
  });

  it('a backup file with a password restores with it, and is refused without it or with a wrong one', async () => {
    await addMember('李建国', 13);
    const file = await djbak(undefined, '党建台账2026');
    assert.equal(fs.readFileSync(file).subarray(0, 8).toString('latin1'), 'DJBAKENC');
    assert.equal(fs.readFileSync(file).includes(Buffer.from('李建国')), false);
    const m = (await t.api.call('members.list', { filter: {} })).rows[0]!;
    await t.api.call('members.changeStatus', { id: m.id, status: '去世', onDate: '2026-11-01', reason: '病故' });
    await refused(file, /设置了密码/);
    const wrong = await t.api.invoke('backups.restore', { fileName: 'b.djbak', base64: fs.readFileSync(file).toString('base64'), password: '不对的密码123' });
    assert.match(wrong.ok ? '' : wrong.error.message, /备份密码不正确/);
    await t.api.call('backups.restore', { fileName: 'b.djbak', base64: fs.readFileSync(file).toString('base64'), password: '党建台账2026' });
    assert.equal((await t.api.call('members.get', { id: m.id })).member.status, '在册');
    const short = await t.api.invoke('backups.export', { password: '123' });
    assert.match(short.ok ? '' : short.error.message, /至少8个字符/);
  });
});

describe('one process per data folder', () => {
  it('a folder another running process holds is refused, naming it; a dead holder\'s lock is taken over', async () => {
    t.close();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const exited = new Promise((r) => other.on('exit', r));
    try {
      fs.writeFileSync(path.join(t.dataDir, LOCK_FILE), JSON.stringify({ pid: other.pid, host: os.hostname(), since: '2026-11-27T08:00:00.000Z' }));
      assert.throws(() => openApi(t.dataDir), /正由另一个党建台账程序使用（电脑 .*，进程 \d+/);
    } finally {
      other.kill('SIGKILL');
      await exited;
    }
    const o = openApi(t.dataDir, { log: () => undefined });
    assert.equal(JSON.parse(fs.readFileSync(path.join(t.dataDir, LOCK_FILE), 'utf8')).pid, process.pid);
    o.close();
    assert.equal(fs.existsSync(path.join(t.dataDir, LOCK_FILE)), false, 'released on close');
    fs.writeFileSync(path.join(t.dataDir, LOCK_FILE), JSON.stringify({ pid: 1, host: '另一台电脑', since: '2026-11-27T08:00:00.000Z' }));
    assert.throws(() => openApi(t.dataDir), /另一台电脑/, 'a lock from another computer (a shared folder) is never taken over');
  });

  it('the command line works beside a running app but may not restore there; a replaced data file is reopened, never written after deletion', async () => {
    const file = await djbak();
    await addMember('李建国', 13);
    const checked = await cli(['check', '--json', '--data', t.dataDir]);
    assert.equal(checked.code, 0, checked.err);
    const refusedRestore = await cli(['restore', file, '--data', t.dataDir]);
    assert.equal(refusedRestore.code, 1);
    assert.match(refusedRestore.err, /正由另一个党建台账程序使用（电脑 .*，进程 \d+.*恢复会替换数据文件，请先关闭该程序再恢复/);
    assert.equal((await t.api.call('members.list', { filter: {} })).total, 1, 'nothing restored');

    // Someone replaces the file by hand (or an older version restores from outside): the next call reopens.
    const other = tempApi();
    try {
      const otherIds = await smallTree(other);
      await other.api.call('members.save', { name: '王芳', idNumber: validId('19900101', 5), memberType: '正式党员', orgId: otherIds.office });
      other.db.pragma('wal_checkpoint(TRUNCATE)');
      fs.copyFileSync(path.join(other.dataDir, DB_FILE), path.join(work.dir, 'swap.sqlite3'));
    } finally {
      other.cleanup();
    }
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    fs.renameSync(path.join(work.dir, 'swap.sqlite3'), path.join(t.dataDir, DB_FILE));
    assert.deepEqual((await t.api.call('members.list', { filter: {} })).rows.map((m) => m.name), ['王芳']);
    await t.api.call('members.save', { name: '赵敏', idNumber: validId('19900101', 7), memberType: '正式党员', orgId: 5 });
    t.close();
    const raw = new Database(path.join(t.dataDir, DB_FILE), { readonly: true });
    assert.equal((raw.prepare(`SELECT count(*) AS n FROM members WHERE name = '赵敏'`).get() as { n: number }).n, 1, 'the write is in the file on disk');
    raw.close();
  });

  it('the folder, the data file and the backups are readable by this user only', { skip: process.platform === 'win32' }, async () => {
    await t.api.call('attachments.add', { fileName: '照片.png', base64: png('p').toString('base64') });
    const b = await t.api.call('backups.create', {});
    const mode = (f: string) => fs.statSync(path.join(t.dataDir, f)).mode & 0o777;
    assert.equal(mode('.'), 0o700);
    assert.equal(mode(DB_FILE), 0o600);
    assert.equal(mode('backups'), 0o700);
    assert.equal(mode(`backups/${b.name}`), 0o600);
    const h = sha(png('p'));
    assert.equal(mode(`files/${h.slice(0, 2)}`), 0o700);
    assert.equal(mode(`files/${h.slice(0, 2)}/${h}`), 0o600);
  });
});
