// 备份与恢复: list, make, export and restore backups.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { autoBackup, BACKUP_DIR, BackupError, listBackups, writeBackupFile } from '../../db/backup';
import { defineHandlers } from '../registry';
import { invalid, notFound } from '../errors';
import { fileOut } from '../shared/ledgerFile';

export const backupsHandlers = defineHandlers('backups', {
  'backups.list': (ctx) => listBackups(ctx.dataDir),
  'backups.create': async (ctx) => {
    const file = await autoBackup(ctx.db, ctx.dataDir, '手动', ctx.now());
    return listBackups(ctx.dataDir).find((b) => b.name === path.basename(file))!;
  },
  'backups.export': async (ctx) => {
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dj-export-')), 'backup.djbak');
    try {
      await writeBackupFile(ctx.db, ctx.dataDir, tmp, ctx.now());
      return fileOut(`党建台账备份-${ctx.today()}.djbak`, 'application/octet-stream', fs.readFileSync(tmp));
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
        fs.writeFileSync(file, Buffer.from(input.base64, 'base64'));
      }
      const r = await ctx.restore(file).catch((e: unknown) => {
        throw e instanceof BackupError ? invalid(e.message) : e;
      });
      // Recorded in the restored data, so its own log says where it came from.
      ctx.write((tx) => tx.audit({ table: 'settings', recordId: null, action: 'restore', after: { from: 'name' in input ? input.name : input.fileName, ...r } }));
      ctx.lock.reset(); // a password in the restored data applies at once
      return r;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
});
