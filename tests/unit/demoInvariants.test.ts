// The demo seed as a newcomer and every reviewer first see it: a credible college. Seeded once into a
// temp folder; each invariant is read back with SQL or the API and names the rows that break it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addMonths } from '../../electron/domain/recruitment';
import { isWeekend, publicHoliday } from '../../electron/domain/holidays';
import { seed } from '../../electron/seed/seed';
import { tempApi } from '../helpers/tmp';

const NOW = new Date('2026-11-23T09:00:00+08:00');
const t = tempApi(NOW);
const all = <T>(sql: string, ...args: unknown[]) => t.db.prepare(sql).all(...args) as T[];
/** Fails listing every offending row (the first 15), not just a count. */
const none = (what: string, rows: unknown[]) => assert.equal(rows.length, 0, `${what}（${rows.length}条）：\n${rows.slice(0, 15).map((r) => JSON.stringify(r)).join('\n')}`);
const ageOn = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
const TODAY = '2026-11-23';

before(() => {
  seed(t.db, 'demo', NOW);
});
after(() => t.cleanup());

type Member = { id: number; name: string; org: string; branchCategory: string | null; personCategory: string | null; birth: string | null; education: string | null; degree: string | null; title: string | null; joinedOn: string | null };
const members = () =>
  all<Member>(`SELECT m.id, m.name, o.name AS org, o.category AS branchCategory, m.person_category AS personCategory, m.birth_date AS birth, m.education, m.degree, m.title, m.joined_on AS joinedOn
               FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.status = '在册'`);

describe('demo seed: people', () => {
  it('every member on the roster has a complete record (民族, 人员类别, 学历, 籍贯, 电话, students their 年级 and 学号)', () => {
    const rows = all(`SELECT m.id, m.name, m.ethnicity, m.person_category, m.education, m.native_place, m.phone, m.gender, m.birth_date, m.grade FROM members m WHERE m.status = '在册'
      AND (m.ethnicity IS NULL OR m.person_category IS NULL OR m.education IS NULL OR m.native_place IS NULL OR m.phone IS NULL OR m.gender IS NULL OR m.birth_date IS NULL
           OR (m.person_category = '学生' AND (m.grade IS NULL OR m.student_no IS NULL)))`);
    none('记录不完整的党员', rows);
    // The people admitted through 发展党员 are among them (the pipeline's approved admissions).
    assert.ok((all(`SELECT 1 FROM recruits WHERE member_id IS NOT NULL`)).length >= 4);
  });

  it('人员类别 follows the branch: students in student branches, 离退休 in the retired branch, 教职工 elsewhere', () => {
    const expected = (c: string | null) => (c === '学生' ? '学生' : c === '离退休' ? '离退休' : '教职工');
    none('人员类别与支部不符', members().filter((m) => m.personCategory !== expected(m.branchCategory)).map((m) => [m.name, m.org, m.personCategory]));
  });

  it('degrees match education: 博士/硕士 a 研究生, 学士 a 大学本科 or more, a 大学专科 or less none', () => {
    const bad = members().filter((m) => ((m.degree === '博士' || m.degree === '硕士') && m.education !== '研究生') || (m.degree === '学士' && m.education !== '大学本科' && m.education !== '研究生') || (m.degree !== null && !['研究生', '大学本科'].includes(m.education ?? '')));
    none('学位与学历不符', bad.map((m) => [m.name, m.education, m.degree]));
  });

  it('ages fit the category and the title: students 17–25 with no 职称, 教授 35+, 副教授 30+, 讲师 24+, no senior title on a 大专 education', () => {
    const ranks = ['教授', '副教授', '讲师', '助教', '工程师', '高级工程师', '会计师'];
    const minAge: Record<string, number> = { 教授: 35, 副教授: 30, 讲师: 24, 助教: 22 };
    const bad = members().filter((m) => {
      const age = ageOn(m.birth!, TODAY);
      if (m.personCategory === '学生') return age < 17 || age > 25 || ranks.includes(m.title ?? '') || m.degree !== null;
      if (m.personCategory === '离退休') return age < 55;
      if (age < 22 || age > 60) return true;
      if (m.title && age < (minAge[m.title] ?? 0)) return true;
      return (m.title === '教授' || m.title === '副教授') && !['研究生', '大学本科'].includes(m.education ?? '');
    });
    none('年龄、职称与学历不合常理', bad.map((m) => [m.name, m.personCategory, ageOn(m.birth!, TODAY), m.title, m.education, m.degree]));
  });

  it('students entered college at 17 to 19 (their 年级 is the year they entered)', () => {
    const rows = all<{ name: string; birth: string; grade: number }>(`SELECT name, birth_date AS birth, grade FROM members WHERE status = '在册' AND person_category = '学生'`);
    assert.ok(rows.length > 30);
    none('入学年龄不合常理的学生', rows.filter((m) => { const age = ageOn(m.birth, `${m.grade}-09-01`); return age < 17 || age > 19; }));
  });

  it('nobody was admitted before 18', () => {
    none('入党时不满18岁', members().filter((m) => m.joinedOn && ageOn(m.birth!, m.joinedOn) < 18).map((m) => [m.name, m.birth, m.joinedOn]));
  });

  it('党费 kind by category: students 学生, the retired 离退休, staff 在职', () => {
    const rows = all<{ name: string; category: string; kind: string }>(`SELECT m.name, m.person_category AS category, b.kind FROM dues_bases b JOIN members m ON m.id = b.member_id
      WHERE b.kind IS NOT CASE m.person_category WHEN '学生' THEN '学生' WHEN '离退休' THEN '离退休' WHEN '教职工' THEN '在职' END`);
    none('党费类别与人员类别不符', rows);
    const noBase = all(`SELECT m.name FROM members m WHERE m.status = '在册' AND NOT EXISTS (SELECT 1 FROM dues_bases b WHERE b.member_id = m.id)`);
    none('没有党费基数的党员', noBase);
  });
});

describe('demo seed: the year', () => {
  it('no meeting on a weekend or a public holiday (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆)', () => {
    const held = all<{ id: number; org: string; type: string; heldOn: string }>(`SELECT m.id, o.name AS org, m.type, m.held_on AS heldOn FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.deleted_at IS NULL`);
    assert.ok(held.length > 300);
    none('节假日或周末召开的会议', held.filter((m) => publicHoliday(m.heldOn) !== null || isWeekend(m.heldOn)).map((m) => [m.org, m.type, m.heldOn, publicHoliday(m.heldOn) ?? '周末']));
    none('今天以后的会议', held.filter((m) => m.heldOn > TODAY));
  });

  it('every meeting was chaired and recorded by people who attended it (主持人, 记录人 and 党课 授课人 marked 出席)', () => {
    const rows = all<{ id: number; org: string; type: string; heldOn: string; host: string | null; recorder: string | null; lecturer: string | null; present: number; attended: string | null }>(
      `SELECT m.id, o.name AS org, m.type, m.held_on AS heldOn, m.host, m.recorder, m.lecturer, m.present,
         (SELECT group_concat(p.name, '、') FROM meeting_attendance a JOIN members p ON p.id = a.member_id WHERE a.meeting_id = m.id AND a.status = '出席') AS attended
       FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.deleted_at IS NULL`);
    assert.ok(rows.length > 300);
    const came = (m: (typeof rows)[number], name: string | null) => name !== null && (m.attended ?? '').split('、').includes(name);
    // A meeting nobody attended (the demo's member six months absent) has no one to chair it.
    none('主持人或记录人未出席、或未记录', rows.filter((m) => m.present > 0 && (!came(m, m.host) || !came(m, m.recorder) || (m.host === m.recorder && m.present > 1))).map((m) => [m.org, m.type, m.heldOn, m.host, m.recorder]));
    none('授课人未出席的党课', rows.filter((m) => m.lecturer !== null && !came(m, m.lecturer)).map((m) => [m.org, m.heldOn, m.lecturer]));
    none('无人出席却记有主持人或记录人', rows.filter((m) => m.present === 0 && (m.host !== null || m.recorder !== null)));
  });

  it('trainings, 个人自学 and 换届 fall on working days: every day of a course, every self-study entry, every term start', () => {
    const isOff = (d: string) => publicHoliday(d) !== null || isWeekend(d);
    const trainings = all<{ title: string; startOn: string; endOn: string }>(`SELECT title, start_on AS startOn, end_on AS endOn FROM trainings`);
    assert.ok(trainings.length >= 2);
    const daysOf = (from: string, to: string) => { const out: string[] = []; for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) out.push(d); return out; };
    none('跨周末或节假日的培训', trainings.filter((x) => daysOf(x.startOn, x.endOn).some(isOff)).map((x) => [x.title, x.startOn, x.endOn]));
    const own = all<{ name: string; onDate: string; title: string }>(`SELECT m.name, h.on_date AS onDate, h.title FROM hour_entries h JOIN members m ON m.id = h.member_id WHERE h.source IN ('个人', '培训')`);
    assert.ok(own.length > 1000);
    none('周末或节假日的个人自学、培训学时', own.filter((h) => isOff(h.onDate)).map((h) => [h.name, h.onDate, h.title, publicHoliday(h.onDate) ?? '周末']));
    const terms = all<{ org: string; startedOn: string }>(`SELECT o.name AS org, t.started_on AS startedOn FROM org_terms t JOIN orgs o ON o.id = t.org_id`);
    assert.ok(terms.length >= 10);
    none('换届日期在周末或节假日', terms.filter((x) => isOff(x.startedOn)).map((x) => [x.org, x.startedOn]));
    const roles = all<{ org: string; role: string; start: string }>(`SELECT o.name AS org, r.role, r.term_start AS start FROM org_roles r JOIN orgs o ON o.id = r.org_id WHERE r.term_start IS NOT NULL`);
    none('任期开始在周末或节假日的职务', roles.filter((x) => isOff(x.start)).map((x) => [x.org, x.role, x.start]));
  });

  it('no 学时 before a person became a 党员, nor after today', () => {
    const rows = all(`SELECT m.name, m.joined_on, h.on_date, h.title FROM hour_entries h JOIN members m ON m.id = h.member_id WHERE h.on_date < m.joined_on OR h.on_date > ?`, TODAY);
    none('入党前或今天以后的学时', rows);
  });

  it('民主评议: the grades follow the scores (every 优秀 scores above every 合格, every 合格 above every 基本合格)', () => {
    const rows = all<{ name: string; org: string; grade: string; score: number }>(`SELECT m.name, o.name AS org, e.grade, (e.mass_score + e.peer_score) / 2.0 AS score FROM member_evaluations e
      JOIN members m ON m.id = e.member_id JOIN orgs o ON o.id = e.org_id WHERE e.mass_score IS NOT NULL AND e.peer_score IS NOT NULL`);
    assert.ok(rows.length > 100);
    const order = ['优秀', '合格', '基本合格', '不合格'];
    for (let i = 0; i < order.length - 1; i++) {
      const higher = rows.filter((r) => order.indexOf(r.grade) < order.indexOf(order[i + 1]!));
      const lower = rows.filter((r) => r.grade === order[i + 1]);
      if (higher.length === 0 || lower.length === 0) continue;
      const floor = Math.min(...higher.map((r) => r.score));
      none(`评为${order[i + 1]}但得分不低于较高等次的最低分${floor}`, lower.filter((r) => r.score >= floor));
    }
  });

  it('commitments fit who makes them: no school marks for teachers and staff, no classes to teach for students', () => {
    const rows = all<{ name: string; category: string; content: string }>(`SELECT m.name, m.person_category AS category, c.content FROM commitments c JOIN members m ON m.id = c.member_id`);
    assert.ok(rows.length > 50);
    const studentOnly = /学习成绩|同学|寝室|校纪校规/;
    const staffOnly = /每一堂课|指导两名学生|带领学生|服务师生|报修/;
    none('承诺内容与身份不符', rows.filter((r) => (r.category === '学生' ? staffOnly.test(r.content) : studentOnly.test(r.content))));
  });

  it('整改: a branch graded 先进 has no 分类定级 item, and every branch graded below it has one', () => {
    const rows = all<{ org: string; grade: string | null; items: number; lowScore: number }>(`SELECT o.name AS org, g.grade,
        (SELECT count(*) FROM rectifications r WHERE r.org_id = o.id AND r.year = g.year AND r.source = '分类定级' AND r.deleted_at IS NULL) AS items,
        (SELECT count(*) FROM rectifications r WHERE r.org_id = o.id AND r.year = g.year AND r.problem LIKE '%得分偏低%' AND r.deleted_at IS NULL) AS lowScore
      FROM gradings g JOIN orgs o ON o.id = g.org_id`);
    assert.ok(rows.some((r) => r.grade === '先进') && rows.some((r) => r.grade !== '先进'), '示例数据应有先进和非先进的支部');
    none('定为先进却有分类定级整改项', rows.filter((r) => r.grade === '先进' && (r.items > 0 || r.lowScore > 0)));
    none('定为一般或后进却没有分类定级整改项', rows.filter((r) => r.grade !== '先进' && r.items === 0));
  });
});

describe('demo seed: 发展党员', () => {
  it('everyone admitted this year has a linked 发展党员 record with no findings, and 年度统计 counts exactly those records', async () => {
    const admitted = all<{ id: number; name: string; joinedOn: string; recruitId: number | null }>(`SELECT m.id, m.name, m.joined_on AS joinedOn, (SELECT r.id FROM recruits r WHERE r.member_id = m.id) AS recruitId
      FROM members m WHERE m.joined_on >= '2026-01-01' AND m.status = '在册'`);
    assert.ok(admitted.length >= 10);
    none('今年入党却没有发展党员记录', admitted.filter((m) => m.recruitId === null).map((m) => [m.name, m.joinedOn]));
    const findings = await t.api.call('recruits.check', {});
    const linked = new Set(admitted.map((m) => m.recruitId));
    none('今年入党者的发展党员记录有问题', findings.filter((f) => linked.has(f.recruitId)).map((f) => [f.name, f.rule, f.message]));
    none('入党时间不在工作日', admitted.filter((m) => publicHoliday(m.joinedOn) !== null || isWeekend(m.joinedOn)).map((m) => [m.name, m.joinedOn]));
    const stats = await t.api.call('reports.stats', { year: 2026 });
    assert.deepEqual(stats.dateDisagreements, []);
    const approved = all(`SELECT id FROM recruits WHERE approved_on IS NOT NULL AND admission_meeting_on BETWEEN '2026-01-01' AND '2026-12-31'`);
    assert.equal(stats.joined, approved.length);
  });
});

describe('demo seed: the people of 党章 第九条', () => {
  it('the member six months unpaid and the one six months absent hold no post, are graded below 合格 and are put forward for nothing', async () => {
    const people = await t.api.call('dues.attention', {});
    assert.equal(people.length, 2);
    for (const p of people) {
      const rows = all(`SELECT m.name, e.grade, (SELECT count(*) FROM org_roles r WHERE r.member_id = m.id) AS roles, (SELECT count(*) FROM award_nominees n WHERE n.member_id = m.id) AS nominated
        FROM members m LEFT JOIN member_evaluations e ON e.member_id = m.id WHERE m.id = ? AND (e.grade IN ('优秀', '合格') OR roles > 0 OR nominated > 0)`, p.memberId);
      none(`${p.name}（${p.kind}）`, rows);
    }
  });
});

describe('demo seed: committees', () => {
  it('the eligibility check and 工作台 find nothing', async () => {
    assert.deepEqual((await t.api.call('system.dashboard', {})).eligibility, []);
    assert.deepEqual(await t.api.call('system.check', {}), { ok: true, problems: [] });
  });

  it('书记 and 委员 of every term, current or earlier, were 正式党员 on the day it began', () => {
    const rows = all<{ org: string; role: string; name: string; startedOn: string; confirmedOn: string | null }>(`SELECT o.name AS org, tm.role, tm.name, t.started_on AS startedOn, m.confirmed_on AS confirmedOn
      FROM org_term_members tm JOIN org_terms t ON t.id = tm.term_id JOIN orgs o ON o.id = t.org_id JOIN members m ON m.id = tm.member_id
      WHERE (tm.role = '书记' OR tm.role LIKE '%委员') AND (m.confirmed_on IS NULL OR m.confirmed_on > t.started_on)`);
    none('任职时不是正式党员的支委', rows);
    const roles = all(`SELECT o.name AS org, r.role, r.person_name, r.term_start, m.confirmed_on FROM org_roles r JOIN orgs o ON o.id = r.org_id JOIN members m ON m.id = r.member_id
      WHERE r.ended_on IS NULL AND (r.role = '书记' OR r.role LIKE '%委员') AND (m.confirmed_on IS NULL OR m.confirmed_on > r.term_start)`);
    none('现任支委任职时不是正式党员', roles);
  });

  it('terms last three years (支部工作条例), the current roles match the current term, and terms of a branch do not overlap', () => {
    const terms = all<{ orgId: number; org: string; startedOn: string; years: number }>(`SELECT t.org_id AS orgId, o.name AS org, t.started_on AS startedOn, t.years FROM org_terms t JOIN orgs o ON o.id = t.org_id ORDER BY t.org_id, t.started_on`);
    assert.ok(terms.length >= 10);
    none('任期不是3年的届次', terms.filter((x) => x.years !== 3));
    none('与上一届重叠的届次', terms.filter((x, i) => i > 0 && terms[i - 1]!.orgId === x.orgId && addMonths(terms[i - 1]!.startedOn, 36) > x.startedOn));
    const roles = all<{ org: string; role: string; start: string | null; end: string | null }>(`SELECT o.name AS org, r.role, r.term_start AS start, r.term_end AS "end" FROM org_roles r JOIN orgs o ON o.id = r.org_id WHERE r.ended_on IS NULL`);
    none('任期起止不是3年的现任职务', roles.filter((r) => !r.start || !r.end || addMonths(r.start, 36) !== r.end));
    none('任期起止晚于今天的现任职务', roles.filter((r) => r.start! > TODAY));
  });
});
