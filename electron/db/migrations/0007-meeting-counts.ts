import type { Migration } from './types';

const change = (row: 'new' | 'old', delta: 1 | -1) => `
  INSERT INTO meeting_counts (month, org_id, type, n) SELECT substr(${row}.held_on, 1, 7), ${row}.org_id, ${row}.type, ${delta}
  WHERE ${row}.deleted_at IS NULL
  ON CONFLICT (month, org_id, type) DO UPDATE SET n = n + excluded.n;`;

// Meetings per branch, type and month, kept by triggers: the compliance matrix, 工作台 and the
// grading evidence grouped a year of meetings each time (63 ms of the grading summary's 366 on
// the 300,000-meeting stress seed).
export const m0007: Migration = {
  version: 7,
  name: 'meeting counts per branch, type and month kept by triggers',
  up: `
CREATE TABLE meeting_counts (
  month TEXT NOT NULL,
  org_id INTEGER NOT NULL REFERENCES orgs(id),
  type TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (month, org_id, type)
) WITHOUT ROWID;

CREATE TRIGGER meeting_counts_ai AFTER INSERT ON meetings BEGIN ${change('new', 1)} END;
CREATE TRIGGER meeting_counts_ad AFTER DELETE ON meetings BEGIN ${change('old', -1)} END;
CREATE TRIGGER meeting_counts_au AFTER UPDATE OF org_id, type, held_on, deleted_at ON meetings BEGIN
  ${change('old', -1)}
  ${change('new', 1)}
END;

INSERT INTO meeting_counts (month, org_id, type, n)
SELECT substr(held_on, 1, 7), org_id, type, count(*) FROM meetings WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
`,
};
