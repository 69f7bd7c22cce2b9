import type { Migration } from './types';

export const m0002: Migration = {
  version: 2,
  name: '三会一课 meetings with attendance and attachments; trainings and study hours',
  up: `
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  type TEXT NOT NULL,
  held_on TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  place TEXT,
  host TEXT,
  recorder TEXT,
  lecturer TEXT,
  lecturer_member_id INTEGER REFERENCES members(id),
  topic TEXT NOT NULL,
  minutes TEXT,
  resolutions TEXT,
  hours REAL NOT NULL DEFAULT 0,
  -- 应到 / 实到, derived from attendance on save and kept for fast ledgers.
  expected INTEGER NOT NULL DEFAULT 0,
  present INTEGER NOT NULL DEFAULT 0,
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX meetings_org_date ON meetings(org_id, held_on);
-- Partial: every count and list excludes deleted meetings, so the index covers them.
CREATE INDEX meetings_date_type ON meetings(held_on, type, org_id) WHERE deleted_at IS NULL;

CREATE TABLE meeting_attendance (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  status TEXT NOT NULL CHECK (status IN ('出席','请假','缺席')),
  reason TEXT,
  PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE meetings_fts USING fts5(topic, minutes, resolutions, content='meetings', content_rowid='id', tokenize='trigram');
CREATE TRIGGER meetings_fts_ai AFTER INSERT ON meetings BEGIN
  INSERT INTO meetings_fts(rowid, topic, minutes, resolutions) VALUES (new.id, new.topic, coalesce(new.minutes, ''), coalesce(new.resolutions, ''));
END;
CREATE TRIGGER meetings_fts_ad AFTER DELETE ON meetings BEGIN
  INSERT INTO meetings_fts(meetings_fts, rowid, topic, minutes, resolutions) VALUES ('delete', old.id, old.topic, coalesce(old.minutes, ''), coalesce(old.resolutions, ''));
END;
CREATE TRIGGER meetings_fts_au AFTER UPDATE OF topic, minutes, resolutions ON meetings BEGIN
  INSERT INTO meetings_fts(meetings_fts, rowid, topic, minutes, resolutions) VALUES ('delete', old.id, old.topic, coalesce(old.minutes, ''), coalesce(old.resolutions, ''));
  INSERT INTO meetings_fts(rowid, topic, minutes, resolutions) VALUES (new.id, new.topic, coalesce(new.minutes, ''), coalesce(new.resolutions, ''));
END;

-- Files kept in the data folder under their SHA-256; rows describe them.
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE meeting_attachments (
  meeting_id INTEGER NOT NULL REFERENCES meetings(id),
  attachment_id INTEGER NOT NULL REFERENCES attachments(id),
  PRIMARY KEY (meeting_id, attachment_id)
) WITHOUT ROWID;

CREATE TABLE trainings (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('党校培训','专题培训','网络学习','实践活动','集中学习')),
  start_on TEXT NOT NULL,
  end_on TEXT NOT NULL,
  hours REAL NOT NULL,
  organizer TEXT,
  notes TEXT,
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE training_participants (
  training_id INTEGER NOT NULL REFERENCES trainings(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (training_id, member_id)
) WITHOUT ROWID;

-- Every credited hour is a row: from a meeting (to those present), a training (to its
-- participants) or entered for one person. Meeting and training rows are rewritten on save.
CREATE TABLE hour_entries (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  on_date TEXT NOT NULL,
  hours REAL NOT NULL CHECK (hours > 0),
  title TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('会议','培训','个人')),
  meeting_id INTEGER REFERENCES meetings(id),
  training_id INTEGER REFERENCES trainings(id),
  deleted_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX hour_entries_date_member ON hour_entries(on_date, member_id, hours);
CREATE INDEX hour_entries_member ON hour_entries(member_id, on_date);
CREATE INDEX hour_entries_meeting ON hour_entries(meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX hour_entries_training ON hour_entries(training_id) WHERE training_id IS NOT NULL;
`,
};
