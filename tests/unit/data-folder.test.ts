// The data folder: %APPDATA%\党建台账\data by default, and movable with its backups and
// attachments from 系统设置, on real folders (Chinese names, spaces) under a temp %APPDATA%.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openApi, type OpenApi } from '../../electron/api';
import { appFolder, defaultDataDir, rememberDataDir, standardDataDir } from '../../electron/dataDir';
import { storeFile } from '../../electron/db/fileStore';
import { tempDir } from '../helpers/tmp';

const NOW = new Date('2026-11-23T09:00:00+08:00');

/** A temp %APPDATA% (as XDG_CONFIG_HOME on Linux, which is what Electron uses there too). */
function tempAppData() {
  const t = tempDir('dj-appdata-');
  const env: NodeJS.ProcessEnv = { XDG_CONFIG_HOME: path.join(t.dir, 'Roaming'), APPDATA: path.join(t.dir, 'Roaming') };
  const open = (dir = defaultDataDir(env, 'linux')): OpenApi =>
    openApi(dir, { now: () => NOW, log: () => undefined, actor: '测试员', relocate: (d) => rememberDataDir(d, env, 'linux') });
  return { ...t, env, open };
}

const names = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

describe('where the data folder is', () => {
  it('is %APPDATA%\\党建台账\\data on Windows, the config folder elsewhere, or DANGJIAN_DATA when set', () => {
    assert.equal(defaultDataDir({ APPDATA: 'C:\\Users\\张三\\AppData\\Roaming' }, 'win32'), path.join('C:\\Users\\张三\\AppData\\Roaming', '党建台账', 'data'));
    assert.equal(defaultDataDir({ XDG_CONFIG_HOME: '/home/z/.config' }, 'linux'), path.join('/home/z/.config', '党建台账', 'data'));
    assert.equal(defaultDataDir({ DANGJIAN_DATA: '/srv/台账', APPDATA: 'C:\\x' }, 'win32'), '/srv/台账');
  });

  it('a damaged note, or a moved folder on a drive that is not connected, is said plainly and nothing is created', () => {
    const t = tempAppData();
    try {
      fs.mkdirSync(appFolder(t.env, 'linux'), { recursive: true });
      const note = path.join(appFolder(t.env, 'linux'), 'location.json');
      fs.writeFileSync(note, '{"dataDir": 5}');
      assert.throws(() => defaultDataDir(t.env, 'linux'), /记录数据文件夹位置的文件已损坏/);
      const usb = path.join(t.dir, 'U 盘', '党建台账数据');
      fs.writeFileSync(note, JSON.stringify({ dataDir: usb }));
      assert.throws(() => defaultDataDir(t.env, 'linux'), /找不到数据文件夹.*移动硬盘或网络驱动器/);
      assert.equal(fs.existsSync(usb), false);
    } finally {
      t.cleanup();
    }
  });
});

describe('moving the data folder (系统设置)', () => {
  it('carries the database, attachments and backups to a folder with spaces; the app goes on working there and opens there next time', async () => {
    const t = tempAppData();
    const o = t.open();
    try {
      const from = o.dataDir;
      assert.equal(from, standardDataDir(t.env, 'linux'));
      assert.equal((await o.api.call('system.info', {})).canMoveData, true);
      await o.api.call('orgs.create', { parentId: null, kind: 'committee', name: '测试学院党委' });
      const backup = await o.api.call('backups.create', {});
      const { sha256 } = storeFile(from, Buffer.from('会议签到表'));
      const to = path.join(t.dir, 'D 盘', '党建台账 数据');

      const r = await o.api.call('system.moveData', { target: to });
      assert.equal(r.dataDir, to);
      assert.deepEqual(r.leftovers, []);
      assert.ok(r.files >= 3, `files: ${r.files}`);
      assert.equal(fs.existsSync(from), false, 'the old folder is removed once the new one is in use');
      assert.ok(names(path.join(to, 'backups')).includes(backup.name), 'backups move with the data');
      assert.equal(fs.readFileSync(path.join(to, 'files', sha256.slice(0, 2), sha256), 'utf8'), '会议签到表');
      assert.deepEqual(names(path.dirname(to)), ['党建台账 数据'], 'no staging folder is left');

      // The running app works in the new place: reads, writes, backups and the log.
      assert.equal((await o.api.call('system.info', {})).dataDir, to);
      await o.api.call('orgs.create', { parentId: (await o.api.call('orgs.tree', {}))[0]!.id, kind: 'branch', name: '机关党支部', category: '机关' });
      assert.equal((await o.api.call('backups.list', {})).length, 1);
      const log = await o.api.call('audit.list', { table: 'settings' });
      assert.ok(log.rows.some((a) => a.action === 'relocate' && (a.after ?? '').includes('党建台账 数据')));
      o.close();

      // The next start (Electron or the browser host) opens the moved folder.
      assert.equal(defaultDataDir(t.env, 'linux'), to);
      const again = t.open();
      try {
        assert.deepEqual((await again.api.call('orgs.tree', {})).map((x) => x.name).sort(), ['机关党支部', '测试学院党委']);
        // Moved back to the standard place, the note is removed.
        await again.api.call('system.moveData', { target: standardDataDir(t.env, 'linux') });
        assert.equal(fs.existsSync(path.join(appFolder(t.env, 'linux'), 'location.json')), false);
        assert.equal(defaultDataDir(t.env, 'linux'), standardDataDir(t.env, 'linux'));
      } finally {
        again.close();
      }
    } finally {
      o.close();
      t.cleanup();
    }
  });

  it('refuses a folder that is not empty, one inside the data folder, or a relative path, changing nothing', async () => {
    const t = tempAppData();
    const o = t.open();
    try {
      await o.api.call('orgs.create', { parentId: null, kind: 'committee', name: '测试学院党委' });
      const busy = path.join(t.dir, '别的 文件');
      fs.mkdirSync(busy);
      fs.writeFileSync(path.join(busy, '个人文档.docx'), '别人的文件');
      const before = names(o.dataDir);
      await assert.rejects(o.api.call('system.moveData', { target: busy }), /不是空的/);
      assert.equal(fs.readFileSync(path.join(busy, '个人文档.docx'), 'utf8'), '别人的文件');
      assert.deepEqual(names(busy), ['个人文档.docx']);
      await assert.rejects(o.api.call('system.moveData', { target: path.join(o.dataDir, 'sub') }), /不能在现在的数据文件夹里面/);
      await assert.rejects(o.api.call('system.moveData', { target: '党建台账数据' }), /完整的文件夹路径/);
      await assert.rejects(o.api.call('system.moveData', { target: o.dataDir }), /就是现在的数据文件夹/);
      assert.deepEqual(names(o.dataDir), before);
      assert.equal(fs.existsSync(path.join(appFolder(t.env, 'linux'), 'location.json')), false);
      assert.equal((await o.api.call('orgs.tree', {})).length, 1, 'the app still works in the old place');
    } finally {
      o.close();
      t.cleanup();
    }
  });

  it('while the folder is copied every other call is refused with a message, and works again afterwards', async () => {
    const t = tempAppData();
    const o = t.open();
    try {
      await o.api.call('orgs.create', { parentId: null, kind: 'committee', name: '测试学院党委' });
      const moving = o.api.call('system.moveData', { target: path.join(t.dir, '新 位置') });
      const during = await o.api.invoke('orgs.tree', {});
      assert.deepEqual(during, { ok: false, error: { code: 'conflict', message: '正在移动数据文件夹，请等移动完成后再操作' } });
      await moving;
      assert.equal((await o.api.call('orgs.tree', {})).length, 1);
    } finally {
      o.close();
      t.cleanup();
    }
  });

  it('a folder named by --data or DANGJIAN_DATA is not moved from inside the app', async () => {
    const t = tempDir();
    const o = openApi(t.dir, { now: () => NOW, log: () => undefined });
    try {
      assert.equal((await o.api.call('system.info', {})).canMoveData, false);
      await assert.rejects(o.api.call('system.moveData', { target: path.join(t.dir, '..', 'elsewhere') }), /不能在程序中移动/);
    } finally {
      o.close();
      t.cleanup();
    }
  });
});
