import type { Migration } from './types';

// 变动记录 gains 'recruit': saving a 发展党员 record in its form changes the linked roster member
// (入党时间, 转正时间, 党员类别 …) and says so, as an import of the 发展党员台账 does under 'import'
// (a CHECK cannot be altered in SQLite, so the table is rebuilt as is, as in 0014).
export const m0018: Migration = {
  version: 18,
  name: 'member-event-recruit',
  up: `
CREATE TABLE member_events_next (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  kind TEXT NOT NULL CHECK (kind IN ('created','status','transfer','import','recruit')),
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
