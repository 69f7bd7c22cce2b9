// 备份与恢复.
import { z } from 'zod';
import { defineArea, read, write, type FileOut } from './define';
import { fileBytes, fileName } from './common';

export type BackupListing = { name: string; kind: string; size: number; at: string; counts: { orgs: number; members: number; meetings: number } | null };

const backupName = z.string().regex(/^[\u4e00-\u9fa5a-z]+-(v\d+-)?\d{6,8}(-\d{6})?\.sqlite3$/, { message: '备份名称不正确' });

export const backupsContract = defineArea('backups', {
  'backups.list': read<BackupListing[]>()(z.object({}).strict()),
  'backups.create': read<BackupListing>()(z.object({}).strict()),
  'backups.export': read<FileOut>()(z.object({}).strict()),
  'backups.restore': write<{ schemaVersion: number; attachments: number; safetyCopy: string }>()(
    z.union([z.object({ name: backupName }).strict(), z.object({ fileName, base64: fileBytes }).strict()]),
  ),
});
