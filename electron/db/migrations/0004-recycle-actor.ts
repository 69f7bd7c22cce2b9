import type { Migration } from './types';

// 回收站 shows who deleted what; the audit log names who made each change. On a shared
// office PC without logins, "who" is the Windows user the app runs as.
export const m0004: Migration = {
  version: 4,
  name: 'who deleted a record (回收站) and who made each audited change',
  up: `
ALTER TABLE meetings ADD COLUMN deleted_by TEXT;
ALTER TABLE trainings ADD COLUMN deleted_by TEXT;
ALTER TABLE hour_entries ADD COLUMN deleted_by TEXT;
ALTER TABLE audit_log ADD COLUMN actor TEXT;
CREATE INDEX meetings_deleted ON meetings(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX trainings_deleted ON trainings(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX hour_entries_deleted ON hour_entries(deleted_at) WHERE deleted_at IS NOT NULL AND source = '个人';
`,
};
