import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complianceMatrix, indexCounts, lecturesOwed, openTodos, yearlyCounts, type BranchInfo } from '../../electron/domain/compliance';
import { assessPeriod, branchAverages, lastEndedPeriod, rosterCoverage, type HoursMember } from '../../electron/domain/hours';
import { quarterPeriod, yearPeriod } from '../../electron/domain/periods';
import { DEFAULT_RULES, type RuleSet } from '../../electron/domain/rules';
import { DEFAULT_CYCLE_RULES } from '../../electron/domain/cycleRules';
import { DUES_SOURCE } from '../../electron/domain/dues';
import { DEFAULT_DUES_TERM_RULES } from '../../electron/domain/duesRules';
import { DEFAULT_RECRUITMENT_RULES } from '../../electron/domain/recruitment';

const branch = (id: number, extra: Partial<BranchInfo> = {}): BranchInfo => ({ id, name: `支部${id}`, foundedOn: null, dissolvedOn: null, hasGroups: false, ...extra });
// College-only rules ship switched off; these tests check the arithmetic with each rule on.
const rule = (id: string) => ({ ...DEFAULT_RULES.meetings.find((r) => r.id === id)!, enabled: true });
const allOn: RuleSet = { ...DEFAULT_RULES, meetings: DEFAULT_RULES.meetings.map((r) => ({ ...r, enabled: true })) };

describe('三会一课 compliance', () => {
  it('marks months done, missing, pending (this month) and not yet due', () => {
    const idx = indexCounts([
      { orgId: 1, type: '支委会', month: '2026-01', count: 1 },
      { orgId: 1, type: '支委会', month: '2026-03', count: 2 },
    ]);
    const m = complianceMatrix(rule('committee-monthly'), [branch(1)], idx, 2026, '2026-04-15');
    assert.deepEqual(m.rows[0]!.cells.slice(0, 6).map((c) => c.status), ['done', 'missing', 'done', 'pending', 'notDue', 'notDue']);
    assert.equal(m.rows[0]!.missing, 1);
  });

  it('treats the last day of a month as still due and the first of the next as missed', () => {
    const idx = indexCounts([]);
    const jan = (today: string) => complianceMatrix(rule('committee-monthly'), [branch(1)], idx, 2026, today).rows[0]!.cells[0]!.status;
    assert.equal(jan('2026-01-31'), 'pending');
    assert.equal(jan('2026-02-01'), 'missing');
  });

  it('counts every type a rule names, and checks quarters as a whole', () => {
    const idx = indexCounts([
      { orgId: 1, type: '主题党日', month: '2026-02', count: 1 },
      { orgId: 1, type: '支部党员大会', month: '2026-05', count: 1 },
    ]);
    const life = complianceMatrix(rule('life-monthly'), [branch(1)], idx, 2026, '2026-12-31').rows[0]!.cells;
    assert.deepEqual(life.slice(0, 3).map((c) => c.status), ['missing', 'done', 'missing']);
    const assembly = complianceMatrix(rule('assembly-quarterly'), [branch(1)], idx, 2026, '2026-12-31').rows[0]!.cells;
    assert.deepEqual(assembly.map((c) => c.status), ['missing', 'done', 'missing', 'pending']);
  });

  it('does not apply to periods before a branch was founded or after it was dissolved, nor 党小组会 without groups', () => {
    const idx = indexCounts([]);
    const b = branch(1, { foundedOn: '2026-03-10', dissolvedOn: '2026-05-20' });
    const cells = complianceMatrix(rule('committee-monthly'), [b], idx, 2026, '2026-12-31').rows[0]!.cells;
    assert.deepEqual(cells.slice(0, 7).map((c) => c.status), ['na', 'na', 'missing', 'missing', 'missing', 'na', 'na']);
    const groups = complianceMatrix(rule('group-monthly'), [branch(2)], idx, 2026, '2026-12-31').rows[0]!.cells;
    assert.ok(groups.every((c) => c.status === 'na'));
  });

  it('yearly counts compare against the minimum over the months a branch existed', () => {
    const idx = indexCounts([{ orgId: 1, type: '集中学习', month: '2026-04', count: 8 }]);
    const counts = yearlyCounts(allOn, branch(1, { foundedOn: '2026-07-01' }), idx, 2026, '2027-01-01');
    const study = counts.find((c) => c.ruleId === 'branch-study-yearly')!;
    assert.deepEqual([study.count, study.expected, study.ok, study.missed], [8, 8, true, false]);
    const committee = counts.find((c) => c.ruleId === 'committee-monthly')!;
    assert.deepEqual([committee.expected, committee.missed], [6, true]);
  });

  it('a yearly rule not yet met mid-year is not short; a missed ended month is', () => {
    const idx = indexCounts([{ orgId: 1, type: '集中学习', month: '2026-04', count: 4 }, { orgId: 1, type: '支委会', month: '2026-01', count: 1 }]);
    const counts = yearlyCounts(allOn, branch(1), idx, 2026, '2026-02-15');
    const study = counts.find((c) => c.ruleId === 'branch-study-yearly')!;
    assert.deepEqual([study.ok, study.missed], [false, false], 'the year is still running');
    assert.equal(counts.find((c) => c.ruleId === 'committee-monthly')!.missed, false, 'January held, February still running');
    const later = yearlyCounts(allOn, branch(1), idx, 2026, '2026-03-01');
    assert.equal(later.find((c) => c.ruleId === 'committee-monthly')!.missed, true, 'February ended without one');
  });

  it('lists committee members who have not given their 党课, matching by member or name', () => {
    const owed = lecturesOwed(
      [
        { orgId: 1, orgName: '支部1', memberId: 10, name: '张三', role: '书记' },
        { orgId: 1, orgName: '支部1', memberId: 11, name: '李四', role: '组织委员' },
        { orgId: 1, orgName: '支部1', memberId: null, name: '王五', role: '宣传委员' },
      ],
      [{ orgId: 1, lecturerMemberId: 10, lecturer: '张三' }, { orgId: 1, lecturerMemberId: null, lecturer: '王五' }, { orgId: 2, lecturerMemberId: 11, lecturer: '李四' }],
      1,
    );
    assert.deepEqual(owed.map((m) => m.name), ['李四']);
  });

  it('本月待办 lists this month, this quarter and what yearly rules still lack', () => {
    const rules: RuleSet = { ...DEFAULT_RULES, meetings: [rule('committee-monthly'), rule('assembly-quarterly'), rule('branch-study-yearly')] };
    const idx = indexCounts([{ orgId: 1, type: '集中学习', month: '2026-02', count: 5 }, { orgId: 2, type: '支委会', month: '2026-11', count: 1 }]);
    const todos = openTodos(rules, [branch(1), branch(2)], idx, '2026-11-23');
    assert.deepEqual(
      todos.map((t) => [t.orgName, t.text]),
      [
        ['支部1', '本月尚未开展支委会'],
        ['支部1', '本季度尚未开展支部党员大会'],
        ['支部1', '今年集中学习已开展 5 次，还差 3 次（至少 8 次）'],
        ['支部2', '本季度尚未开展支部党员大会'],
        ['支部2', '今年集中学习已开展 0 次，还差 8 次（至少 8 次）'],
      ],
    );
  });
});

describe('学时 thresholds', () => {
  const member = (extra: Partial<HoursMember> = {}): HoursMember => ({
    memberId: 1, name: '张三', orgId: 1, orgName: '支部1', isLeadership: false, isSecretary: false, isCommittee: false, rosterFrom: '2000-01-01', rosterTo: null, ...extra,
  });
  const q = DEFAULT_RULES.hours.quarterly;
  const y = DEFAULT_RULES.hours.yearly;
  const q1 = quarterPeriod(2026, 1);

  it('requires 20 a quarter, 32 for leadership members; exactly the threshold passes', () => {
    assert.equal(assessPeriod(q, member(), q1, 20, '2026-06-01').status, 'ok');
    assert.equal(assessPeriod(q, member(), q1, 19.9, '2026-06-01').status, 'short');
    assert.deepEqual(assessPeriod(q, member({ isLeadership: true }), q1, 31, '2026-06-01'), { hours: 31, required: 32, status: 'short' });
  });

  it('a running quarter below threshold is pending, not short; the last day still counts as running', () => {
    assert.equal(assessPeriod(q, member(), q1, 5, '2026-03-31').status, 'pending');
    assert.equal(assessPeriod(q, member(), q1, 5, '2026-04-01').status, 'short');
  });

  it('the yearly profile asks 32, and 56 of secretaries and committee members', () => {
    const year = yearPeriod(2026);
    assert.equal(assessPeriod(y, member(), year, 32, '2027-01-01').status, 'ok');
    assert.deepEqual(assessPeriod(y, member({ isSecretary: true }), year, 40, '2027-01-01'), { hours: 40, required: 56, status: 'short' });
    assert.equal(assessPeriod(y, member({ isCommittee: true }), year, 56, '2027-01-01').status, 'ok');
    assert.equal(assessPeriod(y, member({ isLeadership: true }), year, 32, '2027-01-01').required, 32);
  });

  it('members who joined or left mid-quarter are shown but not assessed; outside their time, off', () => {
    assert.equal(rosterCoverage(member({ rosterFrom: '2026-02-15' }), q1), 'partial');
    assert.equal(rosterCoverage(member({ rosterFrom: '2026-01' }), q1), 'full'); // month precision: from the 1st
    assert.equal(rosterCoverage(member({ rosterFrom: '2026-04-01' }), q1), 'off');
    assert.equal(rosterCoverage(member({ rosterTo: '2026-03-30' }), q1), 'partial');
    assert.equal(rosterCoverage(member({ rosterTo: '2025-12-31' }), q1), 'off');
    assert.equal(assessPeriod(q, member({ rosterTo: '2026-02-01' }), q1, 0, '2026-06-01').status, 'partial');
  });

  it('branch averages count only assessed members', () => {
    const avg = branchAverages([
      { orgId: 1, result: { hours: 30, required: 20, status: 'ok' } },
      { orgId: 1, result: { hours: 10, required: 20, status: 'short' } },
      { orgId: 1, result: { hours: 0, required: 20, status: 'partial' } },
    ]).get(1)!;
    assert.deepEqual(avg, { orgId: 1, assessed: 2, average: 20, short: 1 });
  });

  it('finds the last ended period across a year end', () => {
    assert.deepEqual(lastEndedPeriod(q, '2026-11-23'), { year: 2026, index: 2 });
    assert.deepEqual(lastEndedPeriod(q, '2026-02-10'), { year: 2025, index: 3 });
    assert.deepEqual(lastEndedPeriod(y, '2026-06-01'), { year: 2025, index: 0 });
  });
});

describe('whose rule it is', () => {
  const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(texts) : []);
  const all = [...texts(DEFAULT_RULES), ...texts(DEFAULT_CYCLE_RULES), ...texts(DEFAULT_RECRUITMENT_RULES), ...texts(DEFAULT_DUES_TERM_RULES)];

  it('no default text names a particular college document', () => {
    assert.ok(all.length > 20);
    for (const t of all) assert.doesNotMatch(t, /娄职|常州|长春|电大|医学高等专科|职院委/, t);
  });

  it('the defaults rest on the national regulations; college-only numbers ship off and say so', () => {
    const source = (id: string) => DEFAULT_RULES.meetings.find((r) => r.id === id)!;
    assert.match(source('committee-monthly').source, /^《中国共产党支部工作条例（试行）》/);
    assert.equal(DEFAULT_RULES.hours.active, 'yearly');
    assert.deepEqual([DEFAULT_RULES.hours.yearly.member, DEFAULT_RULES.hours.yearly.senior], [32, 56]);
    assert.match(DEFAULT_RULES.hours.yearly.source, /^《中国共产党党员教育管理工作条例》/);
    assert.match(DEFAULT_RECRUITMENT_RULES.source, /^《中国共产党发展党员工作细则》/);
    assert.match(DUES_SOURCE, /^中组发〔2008〕3号/);
    for (const r of [source('leadership-study-yearly'), source('branch-study-yearly'), DEFAULT_RULES.lecturesPerCommitteeMember, DEFAULT_RULES.secretaryTrainingEveryHalfYear]) {
      assert.equal(r.enabled, false);
      assert.match(r.source, /^本校规定（请在系统设置中填写本校文件名称和文号）/);
    }
    assert.match(DEFAULT_RULES.hours.quarterly.source, /^本校规定/);
  });
});
