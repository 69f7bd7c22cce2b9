import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { autoBackup, dailyBackupDue, DEFAULT_POLICY, listBackups } from '../../electron/db/backup';
import { openApi } from '../../electron/api';
import { cli } from '../helpers/cli';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi, tempDir } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
});
afterEach(() => t.cleanup());

describe('backups', () => {
  it('makes the day\'s backup once, the month\'s first as 每月, and lists backups with record counts', async () => {
    const day = new Date(2026, 10, 23, 9); // local time: names follow the office clock
    assert.equal(dailyBackupDue(t.dataDir, day), true);
    await autoBackup(t.db, t.dataDir, '自动', day);
    assert.equal(dailyBackupDue(t.dataDir, day), false);
    const [made] = listBackups(t.dataDir);
    assert.equal(made!.name, '每月-20261123-090000.sqlite3.gz');
    assert.deepEqual(made!.counts, { orgs: 5, members: 0, meetings: 0 });
    await autoBackup(t.db, t.dataDir, '自动', new Date(2026, 10, 24, 9)); // Tuesday, same week: a daily one
    await autoBackup(t.db, t.dataDir, '自动', new Date(2026, 10, 30, 9)); // next Monday
    assert.deepEqual(listBackups(t.dataDir).map((b) => b.kind).sort(), ['每周', '每日', '每月'].sort());
  });

  it('keeps 7 daily, 4 weekly and 12 monthly copies by default', async () => {
    for (let d = 0; d < 70; d++) await autoBackup(t.db, t.dataDir, '自动', new Date(2026, 8, 1 + d, 9));
    const kinds = listBackups(t.dataDir).map((b) => b.kind);
    assert.equal(kinds.filter((k) => k === '每日').length, DEFAULT_POLICY.daily);
    assert.equal(kinds.filter((k) => k === '每周').length, DEFAULT_POLICY.weekly);
    assert.equal(kinds.filter((k) => k === '每月').length, 3, 'September, October and November');
    assert.match(listBackups(t.dataDir).find((b) => b.kind === '每日')!.name, /^每日-20261108/, 'the newest daily one (9 November is a Monday: 每周)');
  });

  it('backs up before a bulk import', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.addRow(['姓名', '身份证号', '所在支部']);
    ws.addRow(['张三', validId('19900307', 11), '机关党支部']);
    const base64 = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
    await t.api.call('roster.import', { fileName: 'a.xlsx', base64, validOnly: false });
    assert.ok(listBackups(t.dataDir).some((b) => b.kind === '导入前' && b.counts?.members === 0));
  });

  it('round-trips the database and attachments through one backup file, backing up the current data first', async () => {
    await t.api.call('members.save', { name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.teachers });
    const a = await t.api.call('attachments.add', { fileName: '照片.png', base64: Buffer.from('png bytes').toString('base64') });
    const out = path.join(t.dataDir, '..', `${path.basename(t.dataDir)}.djbak`);
    t.close();
    const backedUp = await cli(['backup', '--out', out, '--data', t.dataDir]);
    assert.equal(backedUp.code, 0);
    assert.match(backedUp.out, /含附件 1 个/);
    // After the backup: more work, and the attachment file lost from the folder.
    const other = tempApi();
    try {
      const before = snapshot(other);
      await other.api.call('orgs.create', { parentId: null, kind: 'committee', name: '别的党委' });
      const r = await other.restore(out);
      assert.equal(r.attachments, 1);
      assert.deepEqual((await other.api.call('members.list', { filter: {} })).rows.map((m) => m.name), ['李建国']);
      const back = await other.api.call('attachments.get', { id: a.id });
      assert.equal(Buffer.from(back.base64, 'base64').toString(), 'png bytes');
      assert.ok(listBackups(other.dataDir).some((b) => b.kind === '恢复前' && b.counts?.orgs === (before.orgs ?? 0) + 1));
    } finally {
      other.cleanup();
      fs.rmSync(out, { force: true });
    }
  });

  it('refuses a damaged, foreign or newer backup with a clear message and changes nothing', async () => {
    const dir = tempDir();
    try {
      const before = snapshot(t);
      const bad = async (name: string, bytes: Buffer) => {
        const f = path.join(dir.dir, name);
        fs.writeFileSync(f, bytes);
        await assert.rejects(() => t.restore(f), (e: Error) => {
          assert.match(e.message, /[\u4e00-\u9fa5]/);
          return true;
        });
        return f;
      };
      await bad('empty.djbak', Buffer.alloc(0));
      await bad('text.djbak', Buffer.from('hello'));
      const foreignZip = new JSZip();
      foreignZip.file('readme.txt', 'x');
      await bad('foreign.djbak', await foreignZip.generateAsync({ type: 'nodebuffer' }));
      const foreignDb = path.join(dir.dir, 'other.sqlite3');
      const o = new Database(foreignDb);
      o.exec('CREATE TABLE t (x)');
      o.pragma('user_version = 1');
      o.close();
      await assert.rejects(() => t.restore(foreignDb), /不是党建台账的数据/);
      const newer = path.join(dir.dir, 'newer.sqlite3');
      await t.db.backup(newer);
      const n = new Database(newer);
      n.pragma('user_version = 99');
      n.close();
      await assert.rejects(() => t.restore(newer), /更新版本的党建台账/);
      const broken = Buffer.from(fs.readFileSync(newer));
      broken.fill(0x41, 4096, 8192);
      await bad('broken.sqlite3', broken);
      assert.deepEqual(snapshot(t), before);
      assert.equal(listBackups(t.dataDir).filter((b) => b.kind === '恢复前').length, 0);
    } finally {
      dir.cleanup();
    }
  });
});

describe('备份与恢复 through the API', () => {
  it('lists, makes a manual backup, restores it by name and records the restore in the audit log', async () => {
    const made = await t.api.call('backups.create', {});
    assert.equal(made.kind, '手动');
    assert.deepEqual(made.counts, { orgs: 5, members: 0, meetings: 0 });
    await t.api.call('members.save', { name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.teachers });
    const r = await t.api.call('backups.restore', { name: made.name });
    assert.match(r.safetyCopy, /^恢复前-/);
    assert.equal((await t.api.call('members.list', { filter: {} })).total, 0);
    const log = await t.api.call('audit.list', { table: 'settings' });
    assert.equal(log.rows[0]!.action, 'restore');
    assert.deepEqual((await t.api.call('backups.list', {})).map((b) => b.kind).sort(), ['恢复前', '手动']);
    const traversal = await t.api.invoke('backups.restore', { name: '../../dangjian.sqlite3' });
    assert.equal(traversal.ok ? '' : traversal.error.code, 'invalid');
  });

  it('exports one backup file and restores it from an upload; a bad upload changes nothing', async () => {
    await t.api.call('members.save', { name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.teachers });
    const file = await t.api.call('backups.export', {});
    assert.match(file.fileName, /^党建台账备份-\d{4}-\d{2}-\d{2}\.djbak$/);
    const m = (await t.api.call('members.list', { filter: {} })).rows[0]!;
    await t.api.call('members.changeStatus', { id: m.id, status: '去世', onDate: '2026-11-01', reason: '病故' });
    const before = snapshot(t);
    const bad = await t.api.invoke('backups.restore', { fileName: 'x.djbak', base64: Buffer.from('not a backup').toString('base64') });
    assert.match(bad.ok ? '' : bad.error.message, /不是党建台账的备份文件/);
    assert.deepEqual(snapshot(t), before);
    await t.api.call('backups.restore', { fileName: 'b.djbak', base64: file.base64 });
    assert.equal((await t.api.call('members.get', { id: m.id })).member.status, '在册');
  });

  it('filters the audit log by table, record and date', async () => {
    await t.api.call('orgs.rename', { id: ids.office, name: '机关第一党支部', onDate: '2026-02-01' });
    const byRecord = await t.api.call('audit.list', { table: 'orgs', recordId: ids.office });
    assert.deepEqual(byRecord.rows.map((r) => r.action), ['rename', 'create']);
    assert.match(byRecord.rows[0]!.before ?? '', /机关党支部/);
    assert.equal((await t.api.call('audit.list', { from: '2030-01-01' })).total, 0);
    assert.equal((await t.api.call('audit.list', { from: '2026-11-23', to: '2026-11-23' })).total, 6);
  });
});

describe('a damaged data file at start', () => {
  // Overwrites pages of the closed database with noise, as a failing disk or a killed copy would.
  function damage(dir: string, where: 'header' | 'tables') {
    const file = path.join(dir, 'dangjian.sqlite3');
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    const noise = Buffer.alloc(pageSize, 0x5a);
    if (where === 'header') noise.copy(bytes, 0, 0, 100);
    else for (let p = Math.floor(pages / 2); p < pages; p++) noise.copy(bytes, p * pageSize);
    fs.writeFileSync(file, bytes);
  }

  for (const where of ['tables', 'header'] as const) {
    it(`offers the newest good backup and refuses other work when the ${where === 'header' ? 'file header' : 'table pages'} are damaged`, async () => {
      const t = tempApi();
      await smallTree(t);
      for (let i = 0; i < 40; i++) await t.api.call('members.save', { name: `党员${i}`, idNumber: validId('19900101', i * 2 + 1), memberType: '正式党员', orgId: 3 });
      const good = await t.api.call('backups.create', {});
      t.close();
      damage(t.dataDir, where);
      const checked = await cli(['check', '--json', '--data', t.dataDir]);
      assert.equal(checked.code, 1);
      const report = JSON.parse(checked.out) as { ok: boolean; problems: string[] };
      assert.equal(report.ok, false);
      assert.match(report.problems[0]!, /^数据文件已损坏/);
      assert.equal(report.problems[1], `最近的正常备份：backups/${good.name}（可用 restore 恢复）`);

      const reopened = openApi(t.dataDir, { now: () => new Date('2026-11-24T09:00:00+08:00'), log: () => undefined });
      try {
        assert.equal(await reopened.checkHealth(), false);
        const health = await reopened.api.call('system.health', {});
        assert.equal(health.ok, false);
        assert.ok(health.problem);
        assert.equal(health.newestGoodBackup?.name, good.name);
        assert.deepEqual(health.newestGoodBackup?.counts, { orgs: 5, members: 40, meetings: 0 });
        const refused = await reopened.api.invoke('system.dashboard', {});
        assert.deepEqual(refused.ok ? null : [refused.error.code, /从最近的正常备份恢复/.test(refused.error.message)], ['damaged', true]);
        await reopened.startup();
        assert.equal(listBackups(t.dataDir).filter((b) => ['每日', '每周', '每月'].includes(b.kind)).length, 0, 'no backup is made of damaged data');

        const r = await reopened.api.call('backups.restore', { name: good.name });
        assert.match(r.safetyCopy, /^dangjian\.sqlite3\.damaged-/);
        assert.ok(fs.existsSync(path.join(t.dataDir, r.safetyCopy)), 'the damaged file is kept aside');
        assert.equal((await reopened.api.call('system.health', {})).ok, true);
        assert.equal((await reopened.api.call('system.dashboard', {})).members.active, 40);
      } finally {
        reopened.close();
        t.cleanup();
      }
    });
  }
});
