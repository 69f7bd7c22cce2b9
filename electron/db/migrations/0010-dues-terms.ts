import type { Migration } from './types';

// 党费 and 换届. A member's base is kept per month it applies from (bases change; the history
// stays). Payments name the months they cover; what each month received is worked out when read,
// so correcting a base re-spreads the payments instead of leaving stale splits behind. A payment
// is never updated or deleted: a correction voids it (with a reason) and records a new one.
// A branch committee's terms are rows; a 换届 adds one and the earlier ones stay as history.
export const m0010: Migration = {
  version: 10,
  name: '党费: bases, payments; 换届: committee terms and their members',
  up: `
CREATE TABLE dues_bases (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  from_month TEXT NOT NULL CHECK (from_month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
  kind TEXT NOT NULL CHECK (kind IN ('在职','离退休','学生')),
  base_fen INTEGER NOT NULL CHECK (base_fen >= 0),
  -- A monthly amount the branch approved instead of the brackets' (e.g. 困难党员 少交或免交).
  override_fen INTEGER CHECK (override_fen >= 0),
  override_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (member_id, from_month)
);

CREATE TABLE dues_payments (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  paid_on TEXT NOT NULL,
  from_month TEXT NOT NULL,
  to_month TEXT NOT NULL CHECK (to_month >= from_month),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  notes TEXT,
  voided_at TEXT,
  void_reason TEXT,
  replaced_by INTEGER REFERENCES dues_payments(id),
  created_at TEXT NOT NULL
);
CREATE INDEX dues_payments_member ON dues_payments(member_id, from_month);
CREATE INDEX dues_payments_months ON dues_payments(to_month, from_month);

CREATE TABLE org_terms (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  started_on TEXT NOT NULL,
  years INTEGER NOT NULL CHECK (years BETWEEN 1 AND 5),
  election_meeting_id INTEGER REFERENCES meetings(id),
  notes TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (org_id, started_on)
);

CREATE TABLE org_term_members (
  term_id INTEGER NOT NULL REFERENCES org_terms(id),
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  member_id INTEGER REFERENCES members(id),
  name TEXT NOT NULL,
  PRIMARY KEY (term_id, position)
) WITHOUT ROWID;
`,
};
