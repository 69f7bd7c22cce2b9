import type { Migration } from './types';

// 学号 of a student member: a 学时 sign-in list from a campus system names students by 学号, not
// by 身份证号. One 学号 names one student, so it is unique where filled (staff 工号 is not kept here).
export const m0015: Migration = {
  version: 15,
  name: 'member-student-no',
  up: `
ALTER TABLE members ADD COLUMN student_no TEXT CHECK (student_no IS NULL OR length(student_no) BETWEEN 1 AND 30);
CREATE UNIQUE INDEX members_student_no ON members(student_no) WHERE student_no IS NOT NULL;
`,
};
