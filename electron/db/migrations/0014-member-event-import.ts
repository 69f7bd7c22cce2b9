import type { Migration } from './types';

// 变动记录 gains 'import': an import that changes a member's details records what it changed
// and from which file (a CHECK cannot be altered in SQLite, so the table is rebuilt as is).
export const m0014: Migration = {
  version: 14,
  name: 'member-event-import',
  up: `
CREATE TABLE member_events_next (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  kind TEXT NOT NULL CHECK (kind IN ('created','status','transfer','import')),
  from_value TEXT,
  to_value TEXT,
  on_date TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL
);
INSERT INTO member_events_next (id, member_id, kind, from_value, to_value, on_date, reason, created_at)
  SELECT id, member_id, kind, from_value, to_value, on_date, reason, created_at FROM member_events;
DROP TABLE member_events;
ALTER TABLE member_events_next RENAME TO member_events;
CREATE INDEX member_events_member ON member_events(member_id);
`,
};
