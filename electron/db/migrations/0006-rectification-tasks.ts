import type { Migration } from './types';

// 整改台账 (problems found by 点评, 评议, 督查, 分类定级 or 自查, seed 004: 限期整改) and 工作任务与
// 材料报送 (what superiors want from which branches by when, seeds 001–003). Both are deleted
// softly into 回收站, like meetings.
export const m0006: Migration = {
  version: 6,
  name: '整改台账 and 工作任务与材料报送',
  up: `
CREATE TABLE rectifications (
  id INTEGER PRIMARY KEY,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  year INTEGER NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('领导点评','民主评议','督查','分类定级','自查')),
  problem TEXT NOT NULL,
  measures TEXT,
  responsible TEXT,
  responsible_member_id INTEGER REFERENCES members(id),
  deadline TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT '未开始' CHECK (status IN ('未开始','整改中','已完成')),
  completed_on TEXT,
  evidence TEXT,
  deleted_at TEXT,
  deleted_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status <> '已完成' OR completed_on IS NOT NULL)
);
CREATE INDEX rectifications_year_org ON rectifications(year, org_id) WHERE deleted_at IS NULL;
-- 工作台 and "list overdue" look only at open items by deadline.
CREATE INDEX rectifications_open ON rectifications(deadline) WHERE deleted_at IS NULL AND status <> '已完成';
CREATE INDEX rectifications_deleted ON rectifications(deleted_at) WHERE deleted_at IS NOT NULL;

-- Evidence of completion: files kept by content hash in attachments.
CREATE TABLE rectification_attachments (
  rectification_id INTEGER NOT NULL REFERENCES rectifications(id),
  attachment_id INTEGER NOT NULL REFERENCES attachments(id),
  PRIMARY KEY (rectification_id, attachment_id)
) WITHOUT ROWID;

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  issuer TEXT,
  description TEXT,
  due_on TEXT NOT NULL,
  deleted_at TEXT,
  deleted_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX tasks_year ON tasks(year, due_on) WHERE deleted_at IS NULL;
CREATE INDEX tasks_due ON tasks(due_on) WHERE deleted_at IS NULL;
CREATE INDEX tasks_deleted ON tasks(deleted_at) WHERE deleted_at IS NOT NULL;

-- Which branches owe a task, and what each handed in.
CREATE TABLE task_targets (
  task_id INTEGER NOT NULL REFERENCES tasks(id),
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  submitted_on TEXT,
  note TEXT,
  attachment_id INTEGER REFERENCES attachments(id),
  PRIMARY KEY (task_id, org_id)
) WITHOUT ROWID;
CREATE INDEX task_targets_org ON task_targets(org_id);
`,
};
