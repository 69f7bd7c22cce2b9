import { z } from 'zod';
import { read, write, type FileOut, type Page } from './define';
import { fileBytes, fileName, id, isoDate } from './common';

export type BackupListing = { name: string; kind: string; size: number; at: string; counts: { orgs: number; members: number; meetings: number } | null };

export type AuditRow = { id: number; at: string; method: string; table: string; recordId: number | null; action: string; actor: string | null; before: string | null; after: string | null };

export const AUDIT_TABLES = [
  'orgs', 'members', 'org_roles', 'meetings', 'attachments', 'trainings', 'hour_entries', 'settings',
  'campaigns', 'commitments', 'leader_comments', 'member_evaluations', 'satisfaction_surveys', 'gradings', 'award_rounds', 'award_nominees',
  'rectifications', 'tasks', 'task_targets', 'recruits',
] as const;

const backupName = z.string().regex(/^[\u4e00-\u9fa5a-z]+-(v\d+-)?\d{6,8}(-\d{6})?\.sqlite3$/, { message: '备份名称不正确' });

export const safetyContract = {
  'backups.list': read<BackupListing[]>()(z.object({}).strict()),
  'backups.create': read<BackupListing>()(z.object({}).strict()),
  'backups.export': read<FileOut>()(z.object({}).strict()),
  'backups.restore': write<{ schemaVersion: number; attachments: number; safetyCopy: string }>()(
    z.union([z.object({ name: backupName }).strict(), z.object({ fileName, base64: fileBytes }).strict()]),
  ),
  'audit.list': read<Page<AuditRow>>()(
    z
      .object({
        table: z.enum(AUDIT_TABLES).optional(),
        recordId: id.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
};
