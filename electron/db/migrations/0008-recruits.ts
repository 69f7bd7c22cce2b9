import type { Migration } from './types';

// 发展党员: one row per person with the date and facts of each step; the stage is derived from
// the steps taken, never stored, so it cannot disagree with them.
export const m0008: Migration = {
  version: 8,
  name: '发展党员: recruitment records, six-monthly reviews, 入党介绍人',
  up: `
CREATE TABLE recruits (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  id_number TEXT NOT NULL UNIQUE,
  gender TEXT CHECK (gender IN ('男','女')),
  birth_date TEXT,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  applied_on TEXT,
  talk_on TEXT,
  activist_on TEXT,
  mentor TEXT,
  candidate_on TEXT,
  political_check_on TEXT,
  training_days REAL,
  training_hours REAL,
  publicity_from TEXT,
  publicity_to TEXT,
  admission_meeting_on TEXT,
  admission_entitled INTEGER,
  admission_yes INTEGER,
  approved_on TEXT,
  extension_months INTEGER NOT NULL DEFAULT 0,
  confirmation_meeting_on TEXT,
  confirmation_entitled INTEGER,
  confirmation_yes INTEGER,
  confirmation_approved_on TEXT,
  member_id INTEGER REFERENCES members(id),
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX recruits_org ON recruits(org_id);

CREATE TABLE recruit_reviews (
  recruit_id INTEGER NOT NULL REFERENCES recruits(id),
  on_date TEXT NOT NULL,
  PRIMARY KEY (recruit_id, on_date)
) WITHOUT ROWID;

CREATE TABLE recruit_introducers (
  recruit_id INTEGER NOT NULL REFERENCES recruits(id),
  position INTEGER NOT NULL,
  member_id INTEGER REFERENCES members(id),
  name TEXT NOT NULL,
  PRIMARY KEY (recruit_id, position)
) WITHOUT ROWID;
`,
};
