// 备份与恢复.
import { z } from 'zod';
import { defineArea, read, write, type FileOut } from './define';
import { fileBytes, fileName } from './common';
import type { BackupListing, BackupSummary } from '../../model/backups';

export type { BackupListing, BackupPolicy, BackupProgress, BackupSummary } from '../../model/backups';

export type RestoreResult = { schemaVersion: number; attachments: number; missingAttachments: number; safetyCopy: string };

const backupName = z.string().regex(/^[\u4e00-\u9fa5a-z]+-(v\d+-)?\d{6,8}(-\d{6})?(-\d{1,3})?\.sqlite3(\.gz)?$/, { message: '备份名称不正确' });
/** A backup file's password: long enough that guessing is slow even with scrypt. */
const backupPassword = z.string().min(8, { message: '备份密码至少8个字符' }).max(200);
const count = (min: number, max: number) => z.number().int().min(min).max(max);

export const backupsContract = defineArea('backups', {
  'backups.list': read<BackupListing[]>()(z.object({}).strict()),
  'backups.create': read<BackupListing>()(z.object({}).strict()),
  'backups.export': read<FileOut>()(z.object({ password: backupPassword.optional() }).strict()),
  'backups.restore': write<RestoreResult>()(
    z.union([z.object({ name: backupName }).strict(), z.object({ fileName, base64: fileBytes, password: z.string().max(200).optional() }).strict()]),
  ),
  'backups.summary': read<BackupSummary>()(z.object({}).strict()),
  'backups.savePolicy': write<BackupSummary>()(
    z.object({ daily: count(1, 60), weekly: count(0, 52), monthly: count(0, 120), event: count(1, 100), capMb: count(100, 10_000_000) }).strict(),
  ),
});
