import type { Migration } from './types';

export const m0001: Migration = {
  version: 1,
  name: 'organisations, members, audit log, settings',
  up: `
CREATE TABLE orgs (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES orgs(id),
  kind TEXT NOT NULL CHECK (kind IN ('committee','general_branch','branch','group')),
  name TEXT NOT NULL,
  category TEXT CHECK (category IN ('教职工','学生','机关','后勤','离退休')),
  -- '/1/4/9/': the ids from the root down, so a subtree is one indexed LIKE 'prefix%'.
  path TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  contact_leader TEXT,
  linked_class TEXT,
  founded_on TEXT,
  dissolved_on TEXT,
  dissolve_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX orgs_parent ON orgs(parent_id);
CREATE INDEX orgs_path ON orgs(path);
CREATE INDEX orgs_name ON orgs(name);

CREATE TABLE org_events (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  kind TEXT NOT NULL CHECK (kind IN ('created','renamed','moved','dissolved')),
  on_date TEXT NOT NULL,
  detail TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX org_events_org ON org_events(org_id);

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  id_number TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_initials TEXT NOT NULL,
  gender TEXT CHECK (gender IN ('男','女')),
  ethnicity TEXT,
  birth_date TEXT,
  native_place TEXT,
  education TEXT,
  degree TEXT,
  title TEXT,
  person_category TEXT CHECK (person_category IN ('教职工','学生','离退休','其他')),
  member_type TEXT NOT NULL CHECK (member_type IN ('正式党员','预备党员')),
  joined_on TEXT,
  confirmed_on TEXT,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  phone TEXT,
  is_leadership INTEGER NOT NULL DEFAULT 0 CHECK (is_leadership IN (0,1)),
  is_secretary INTEGER NOT NULL DEFAULT 0 CHECK (is_secretary IN (0,1)),
  status TEXT NOT NULL DEFAULT '在册' CHECK (status IN ('在册','转出','停止党籍','出党','去世')),
  status_date TEXT,
  status_reason TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX members_org_status ON members(org_id, status);
CREATE INDEX members_status_org ON members(status, org_id, name);
CREATE INDEX members_initials ON members(name_initials);
CREATE INDEX members_name ON members(name);

CREATE TABLE member_events (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  kind TEXT NOT NULL CHECK (kind IN ('created','status','transfer')),
  from_value TEXT,
  to_value TEXT,
  on_date TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX member_events_member ON member_events(member_id);

CREATE TABLE org_roles (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  role TEXT NOT NULL,
  member_id INTEGER REFERENCES members(id),
  person_name TEXT NOT NULL,
  term_start TEXT,
  term_end TEXT,
  ended_on TEXT
);
CREATE INDEX org_roles_org ON org_roles(org_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  method TEXT NOT NULL,
  table_name TEXT NOT NULL,
  record_id INTEGER,
  action TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
);
CREATE INDEX audit_log_record ON audit_log(table_name, record_id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
};
