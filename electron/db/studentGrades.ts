// What the student target is counted on: student branches, their members by grade, their 党小组.
import { gradesNamed, type StudentBranchFacts } from '../domain/studentGrades';
import type { Db } from './open';
import { stmt } from './stmt';

export function studentBranchFacts(db: Db): StudentBranchFacts[] {
  const branches = stmt(db, "SELECT id, name FROM orgs WHERE kind = 'branch' AND category = '学生' AND dissolved_on IS NULL ORDER BY sort_order, id").raw().all() as [number, string][];
  const facts = new Map<number, StudentBranchFacts>(branches.map(([orgId, orgName]) => [orgId, { orgId, orgName, membersByGrade: new Map(), groups: [] }]));
  // A member placed in a 党小组 counts for the group's branch.
  const counts = stmt(
    db,
    `SELECT CASE WHEN o.kind = 'group' THEN o.parent_id ELSE o.id END, m.grade, count(*) FROM members m JOIN orgs o ON o.id = m.org_id
     WHERE m.status = '在册' AND m.grade IS NOT NULL GROUP BY 1, 2`,
  ).raw().all() as [number, number, number][];
  for (const [branch, grade, n] of counts) facts.get(branch)?.membersByGrade.set(grade, n);
  const groups = stmt(
    db,
    `SELECT g.parent_id, g.id, g.name, group_concat(DISTINCT m.grade) FROM orgs g LEFT JOIN members m ON m.org_id = g.id AND m.status = '在册'
     WHERE g.kind = 'group' AND g.dissolved_on IS NULL GROUP BY g.id ORDER BY g.id`,
  ).raw().all() as [number, number, string, string | null][];
  for (const [branch, , name, grades] of groups) {
    const covered = new Set([...gradesNamed(name), ...(grades ? grades.split(',').map(Number) : [])]);
    facts.get(branch)?.groups.push({ name, grades: covered });
  }
  return [...facts.values()];
}
