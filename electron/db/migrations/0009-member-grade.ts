import type { Migration } from './types';

// 年级 of a student member as the year of entry (2023 = 2023级): the student target
// 低年级有党员、高年级有党小组 (seed 003) is counted per grade.
export const m0009: Migration = {
  version: 9,
  name: 'member-grade',
  up: `
ALTER TABLE members ADD COLUMN grade INTEGER CHECK (grade IS NULL OR grade BETWEEN 1950 AND 2100);
CREATE INDEX members_grade ON members(grade) WHERE grade IS NOT NULL;
`,
};
