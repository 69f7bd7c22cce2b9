import type { Migration } from './types';

// The 创先争优 year cycle (seeds 000–004): commitments and their fulfilment and rating, the 三评
// and member grades, satisfaction surveys, branch grading, and award rounds. Every figure is
// entered once; ledgers, notices and the grading evidence read it from here.
export const m0005: Migration = {
  version: 5,
  name: '创先争优: campaigns, commitments, evaluations, satisfaction, grading, awards',
  up: `
CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL UNIQUE,
  title TEXT NOT NULL,
  commit_due TEXT,
  rate_due TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- A branch's commitment has member_id NULL; a member's names the member and the branch they were in.
CREATE TABLE commitments (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  member_id INTEGER REFERENCES members(id),
  content TEXT NOT NULL,
  measures TEXT,
  committed_on TEXT NOT NULL,
  published_on TEXT,
  rating TEXT,
  rated_on TEXT,
  rated_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX commitments_one ON commitments(campaign_id, org_id, ifnull(member_id, 0));
CREATE INDEX commitments_member ON commitments(member_id) WHERE member_id IS NOT NULL;

CREATE TABLE commitment_progress (
  id INTEGER PRIMARY KEY,
  commitment_id INTEGER NOT NULL REFERENCES commitments(id),
  on_date TEXT NOT NULL,
  note TEXT NOT NULL,
  attachment_id INTEGER REFERENCES attachments(id),
  created_at TEXT NOT NULL
);
CREATE INDEX commitment_progress_c ON commitment_progress(commitment_id);

-- 领导点评: who comments on which branch or member, when.
CREATE TABLE leader_comments (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  leader TEXT NOT NULL,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  member_id INTEGER REFERENCES members(id),
  content TEXT NOT NULL,
  on_date TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX leader_comments_year ON leader_comments(year, org_id);

-- 民主评议党员: 群众评议 and 党员互评 as scores, and the grade; an approved exception to the
-- one-third limit on 优秀 carries its reason.
CREATE TABLE member_evaluations (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  member_id INTEGER NOT NULL REFERENCES members(id),
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  mass_score REAL,
  peer_score REAL,
  grade TEXT CHECK (grade IN ('优秀','合格','基本合格','不合格')),
  exception_reason TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (year, member_id)
);
CREATE INDEX member_evaluations_org ON member_evaluations(year, org_id);

CREATE TABLE satisfaction_surveys (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  service_window TEXT,
  satisfied INTEGER NOT NULL CHECK (satisfied >= 0),
  basic INTEGER NOT NULL CHECK (basic >= 0),
  dissatisfied INTEGER NOT NULL CHECK (dissatisfied >= 0),
  on_date TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX satisfaction_year ON satisfaction_surveys(year, org_id);

-- 分类定级: item scores as JSON {itemId: score}; totals and grade as computed when saved.
CREATE TABLE gradings (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  self_scores TEXT NOT NULL,
  superior_scores TEXT NOT NULL,
  self_total REAL,
  superior_total REAL,
  total REAL,
  grade TEXT,
  graded_on TEXT,
  notes TEXT,
  updated_at TEXT NOT NULL,
  UNIQUE (year, org_id)
);

-- 评选表彰 (两推三评两个公开, seed 004).
CREATE TABLE award_rounds (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  target TEXT NOT NULL CHECK (target IN ('org','member')),
  criteria TEXT NOT NULL,
  quota INTEGER NOT NULL CHECK (quota > 0),
  criteria_published_on TEXT,
  publicity_from TEXT,
  publicity_to TEXT,
  contact TEXT,
  decided_on TEXT,
  decision_ref TEXT,
  finalised_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX award_rounds_year ON award_rounds(year);

CREATE TABLE award_nominees (
  id INTEGER PRIMARY KEY,
  round_id INTEGER NOT NULL REFERENCES award_rounds(id),
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  member_id INTEGER REFERENCES members(id),
  by_org INTEGER NOT NULL DEFAULT 0 CHECK (by_org IN (0,1)),
  by_masses INTEGER NOT NULL DEFAULT 0 CHECK (by_masses IN (0,1)),
  org_assessment TEXT,
  mass_rating REAL,
  leader_comment TEXT,
  shortlisted INTEGER NOT NULL DEFAULT 0 CHECK (shortlisted IN (0,1)),
  awarded INTEGER NOT NULL DEFAULT 0 CHECK (awarded IN (0,1)),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX award_nominees_one ON award_nominees(round_id, org_id, ifnull(member_id, 0));
`,
};
