import type { Migration } from './types';

// Names in pinyin order (张 after 李, not by code point) on every paged list of members: a stored
// sort key, filled here for existing members by the pinyin_key() function open.ts registers.
export const m0012: Migration = {
  version: 12,
  name: 'member-name-key',
  up: `
ALTER TABLE members ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
UPDATE members SET name_key = pinyin_key(name);
CREATE INDEX members_org_name_key ON members(org_id, name_key);
`,
};
