// 低年级有党员、高年级有党小组 (seed 003): per student branch, the grades now enrolled that have no
// member yet, and the senior grades whose members have no 党小组.
import type { RecruitmentRules } from './recruitment';

export type StudentBranchFacts = {
  orgId: number;
  orgName: string;
  /** Active members by grade (year of entry), in the branch or its 党小组. */
  membersByGrade: Map<number, number>;
  /** Active 党小组 of the branch with the grades they cover: named (2023级党小组) or of their members. */
  groups: { name: string; grades: Set<number> }[];
};

export type StudentGap = { orgId: number; orgName: string; grade: number; yearOfStudy: number; kind: 'no-member' | 'no-group'; message: string; source: string };

const YEAR_LABEL = ['一', '二', '三', '四', '五', '六', '七', '八'];

/** The grades enrolled on `today`: a new grade arrives each September. */
export function enrolledGrades(today: string, programYears: number): { grade: number; yearOfStudy: number }[] {
  const year = Number(today.slice(0, 4));
  const newest = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  return Array.from({ length: programYears }, (_, i) => ({ grade: newest - i, yearOfStudy: i + 1 })).reverse();
}

/** Grades written in a name (2023级, 23级); none means the branch covers every grade. */
export function gradesNamed(name: string): number[] {
  return [...name.matchAll(/(?<!\d)(\d{4}|\d{2})\s*级/g)].map((m) => (m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1])));
}

export function studentGaps(branches: StudentBranchFacts[], rules: RecruitmentRules['studentTarget'], today: string): StudentGap[] {
  const enrolled = enrolledGrades(today, rules.programYears);
  return branches.flatMap((b) => {
    const named = gradesNamed(b.orgName);
    const covered = named.length ? enrolled.filter((e) => named.includes(e.grade)) : enrolled;
    return covered.flatMap(({ grade, yearOfStudy }): StudentGap[] => {
      const label = `${b.orgName}${grade}级（${YEAR_LABEL[yearOfStudy - 1] ?? yearOfStudy}年级）`;
      const gap = (kind: StudentGap['kind'], message: string) => ({ orgId: b.orgId, orgName: b.orgName, grade, yearOfStudy, kind, message, source: rules.source });
      if ((b.membersByGrade.get(grade) ?? 0) === 0) return [gap('no-member', `${label}还没有学生党员`)];
      const senior = yearOfStudy >= rules.seniorFromYear;
      if (senior && !b.groups.some((g) => g.grades.has(grade))) return [gap('no-group', `${label}有学生党员 ${b.membersByGrade.get(grade)} 名，还没有党小组`)];
      return [];
    });
  });
}
