import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEFAULT_RECRUITMENT_RULES } from '../../electron/domain/recruitment';
import { enrolledGrades, gradesNamed, studentGaps } from '../../electron/domain/studentGrades';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

const target = DEFAULT_RECRUITMENT_RULES.studentTarget;

describe('低年级有党员、高年级有党小组', () => {
  it('a new grade is enrolled on 1 September, not the day before', () => {
    assert.deepEqual(enrolledGrades('2026-08-31', 3).map((g) => g.grade), [2023, 2024, 2025]);
    assert.deepEqual(enrolledGrades('2026-09-01', 3), [{ grade: 2024, yearOfStudy: 3 }, { grade: 2025, yearOfStudy: 2 }, { grade: 2026, yearOfStudy: 1 }]);
  });

  it('reads grades from names', () => {
    assert.deepEqual(gradesNamed('2024级学生党支部'), [2024]);
    assert.deepEqual(gradesNamed('23级、24级党小组'), [2023, 2024]);
    assert.deepEqual(gradesNamed('信息工程系学生党支部'), []);
  });

  it('lists grades without a member and senior grades without a 党小组', () => {
    const gaps = studentGaps(
      [{ orgId: 1, orgName: '信息系学生党支部', membersByGrade: new Map([[2024, 5], [2025, 2]]), groups: [{ name: '2024级党小组', grades: new Set([2024]) }] }],
      target,
      '2026-11-23',
    );
    // 2024级 is 三年级 with a group; 2025级 二年级 (senior from 二年级) has members but no group; 2026级 has nobody.
    assert.deepEqual(gaps.map((g) => [g.grade, g.kind, g.message]), [
      [2025, 'no-group', '信息系学生党支部2025级（二年级）有学生党员 2 名，还没有党小组'],
      [2026, 'no-member', '信息系学生党支部2026级（一年级）还没有学生党员'],
    ]);
    assert.equal(gaps[0]!.source, target.source);
  });

  it('a branch named for one grade answers only for that grade', () => {
    const gaps = studentGaps([{ orgId: 1, orgName: '2026级学生党支部', membersByGrade: new Map(), groups: [] }], target, '2026-11-23');
    assert.deepEqual(gaps.map((g) => g.grade), [2026]);
  });
});

describe('student gaps from the records', () => {
  let t: ReturnType<typeof tempApi>;
  beforeEach(() => (t = tempApi()));
  afterEach(() => t.cleanup());

  it('counts the roster by 年级 in student branches only, and a 党小组 named for the grade', async () => {
    const ids = await smallTree(t);
    const save = (n: number, grade: number, orgId = ids.students) =>
      t.api.call('members.save', { name: `学生${n}`, idNumber: validId(`${grade - 18}0101`, n), memberType: '预备党员', personCategory: '学生', orgId, joinedOn: '2026-06-01', grade });
    await save(1, 2024);
    await save(2, 2025);
    await save(3, 2026, ids.teachers); // a student in a teachers' branch is not counted
    await t.api.call('orgs.create', { parentId: ids.students, kind: 'group', name: '2024级党小组' });
    const gaps = await t.api.call('recruits.studentGaps', {});
    assert.deepEqual(gaps.map((g) => [g.orgName, g.grade, g.kind]), [
      ['信息工程系学生党支部', 2025, 'no-group'],
      ['信息工程系学生党支部', 2026, 'no-member'],
    ]);
    await assert.rejects(t.api.call('members.save', { name: '学生9', idNumber: validId('20060101', 9), memberType: '预备党员', orgId: ids.students, grade: 1800 }), /年级应为入学年份/);
  });
});
