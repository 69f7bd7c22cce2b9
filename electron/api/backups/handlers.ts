// 备份与恢复: list, make, export and restore backups; the retention budget and background progress.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { autoBackup, BACKUP_DIR, backupSummary, BackupError, listBackups, POLICY_KEY, readPolicy, rotate } from '../../db/backup';
import { writeBackupFile } from '../../db/backupFile';
import { WrongPasswordError } from '../../db/backupCrypto';
import { putSetting } from '../../db/settings';
import { todayIso } from '../../domain/dates';
import { defineHandlers } from '../registry';
import { invalid, notFound } from '../errors';

const asInvalid = (e: unknown): never => {
  throw e instanceof BackupError || e instanceof WrongPasswordError ? invalid(e.message) : e;
};

export const backupsHandlers = defineHandlers('backups', {
  'backups.list': (ctx) => listBackups(ctx.dataDir),
  'backups.create': async (ctx) => {
    const file = await autoBackup(ctx.db, ctx.dataDir, '手动', ctx.now()).catch(asInvalid);
    const made = listBackups(ctx.dataDir).find((b) => b.name === path.basename(file));
    if (!made) throw invalid('备份已写好，但随即被保留规则删除了：请在“保留规则”中调大总容量上限');
    return made;
  },
  'backups.summary': (ctx) => backupSummary(ctx.db, ctx.dataDir),
  'backups.savePolicy': (ctx, policy) => {
    ctx.write((tx) => {
      tx.audit({ table: 'settings', recordId: null, action: 'update', before: readPolicy(tx.db), after: policy });
      putSetting(tx.db, POLICY_KEY, policy);
    });
    rotate(path.join(ctx.dataDir, BACKUP_DIR), policy, '');
    return backupSummary(ctx.db, ctx.dataDir);
  },
  'backups.export': async (ctx, { password }) => {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dj-export-')), 'backup.djbak');
    try {
      await writeBackupFile(ctx.db, ctx.dataDir, tmp, ctx.now(), password);
      return { kind: 'file', fileName: `党建台账备份-${todayIso(ctx.now())}.djbak`, mime: 'application/octet-stream', base64: fs.readFileSync(tmp).toString('base64') };
    } finally {
      fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
    }
  },
  'backups.restore': async (ctx, input) => {
    if (!ctx.restore) throw invalid('此处不能恢复数据');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-upload-'));
    try {
      let file: string;
      if ('name' in input) {
        file = path.join(ctx.dataDir, BACKUP_DIR, input.name);
        if (!fs.existsSync(file)) throw notFound('备份');
      } else {
        file = path.join(dir, 'upload.djbak');
        fs.writeFileSync(file, Buffer.from(input.base64, 'base64'), { mode: 0o600 });
      }
      const r = await ctx.restore(file, 'password' in input ? input.password : undefined).catch(asInvalid);
      // Recorded in the restored data, so its own log says where it came from.
      ctx.write((tx) => tx.audit({ table: 'settings', recordId: null, action: 'restore', after: { from: 'name' in input ? input.name : input.fileName, ...r } }));
      ctx.lock.reset(); // a password in the restored data applies at once
      return r;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
});
