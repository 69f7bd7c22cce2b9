// 党费 months, arrears and the 党章 第九条 runs, and 换届 status, as pure functions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absentRun, unpaidRun, type LifeMonth } from '../../electron/domain/attention';
import { monthlyDues } from '../../electron/domain/dues';
import { allocate, memberMonths, type DuesBase } from '../../electron/domain/duesMonths';
import { duesTotals } from '../../electron/domain/measures';
import { monthRange } from '../../electron/domain/months';
import { termEnd, termStatus, warnFrom } from '../../electron/domain/terms';

const salaried = (fromMonth: string, yuan: number, over: Partial<DuesBase> = {}): DuesBase => ({ fromMonth, kind: '在职', baseFen: yuan * 100, overrideFen: null, overrideReason: null, ...over });
const pay = (id: number, paidOn: string, fromMonth: string, toMonth: string, amountFen: number) => ({ id, paidOn, fromMonth, toMonth, amountFen });
const always = () => true;

describe('党费 brackets at the edges not covered elsewhere', () => {
  it('charges nothing on a zero base and 0.2 元 to students whatever the base', () => {
    assert.deepEqual(monthlyDues('在职', 0), { monthlyFen: 0, rate: 0.005 });
    assert.deepEqual(monthlyDues('学生', 999_999), { monthlyFen: 20, rate: null });
    assert.equal(monthlyDues('在职', 1).monthlyFen, 0, '0.005 fen rounds down');
    assert.equal(monthlyDues('在职', 100).monthlyFen, 1, '0.5 fen rounds half up');
  });
});

describe('党费 per month', () => {
  it('uses the base in force each month: a raise from July changes the dues from July', () => {
    const ms = memberMonths([salaried('2026-01', 4500), salaried('2026-07', 5200)], [], monthRange('2026-01', '2026-12'), always);
    assert.deepEqual([ms[5]!.due, ms[6]!.due], [4500, 7800]);
    assert.equal(duesTotals(ms, '2027-01').due, 6 * 4500 + 6 * 7800);
  });

  it('applies a branch-approved amount instead of the brackets', () => {
    const ms = memberMonths([salaried('2026-01', 4500, { overrideFen: 1000, overrideReason: '困难党员，支部委员会批准少交' })], [], ['2026-03'], always);
    assert.equal(ms[0]!.due, 1000);
  });

  it('spreads a payment covering several months over them; arrears are what each month still lacks', () => {
    const bases = [salaried('2026-01', 4500)]; // 45.00 元 a month
    const ms = memberMonths(bases, [pay(1, '2026-05-10', '2026-01', '2026-04', 4500 * 3 + 2000)], monthRange('2026-01', '2026-05'), always);
    assert.deepEqual(ms.map((m) => [m.paid, m.arrears]), [[4500, 0], [4500, 0], [4500, 0], [2000, 2500], [0, 4500]]);
    assert.deepEqual(duesTotals(ms, '2026-06'), { due: 22500, paid: 15500, arrears: 7000, monthsInArrears: 2, currentDue: 0, currentPaid: 0, advance: 0 });
  });

  it('a later 补交 fills what an earlier partial payment left; more than due stays with the last month', () => {
    const paid = allocate([pay(2, '2026-06-01', '2026-03', '2026-04', 9500), pay(1, '2026-03-15', '2026-03', '2026-03', 2000)], () => 4500);
    assert.deepEqual([paid.get('2026-03'), paid.get('2026-04')], [4500, 7000], '2000 then 2500 for March, the rest to April');
  });

  it('shares a payment evenly over months without a base, and owes nothing before joining', () => {
    const ms = memberMonths([], [pay(1, '2026-04-01', '2026-01', '2026-03', 100)], monthRange('2025-12', '2026-03'), (m) => m >= '2026-01');
    assert.deepEqual(ms.map((m) => [m.owed, m.due, m.paid]), [[false, null, 0], [true, null, 33], [true, null, 33], [true, null, 34]]);
  });
});

describe('党章 第九条: six consecutive months', () => {
  const unpaidFrom = (first: string, last: string, paidMonths: string[] = []) =>
    memberMonths([salaried('2024-01', 4500)], paidMonths.map((m, i) => pay(i + 1, `${m}-20`, m, m, 4500)), monthRange(first, last), always);

  it('lists six unpaid months across the year end (Sep–Feb) and not five (Sep–Jan)', () => {
    assert.deepEqual(unpaidRun(unpaidFrom('2025-06', '2026-02', ['2025-06', '2025-07', '2025-08']), 6), { from: '2025-09', to: '2026-02', months: 6 });
    assert.equal(unpaidRun(unpaidFrom('2025-06', '2026-01', ['2025-06', '2025-07', '2025-08']), 6), null);
  });

  it('a 补交 covering one of the months breaks the run', () => {
    const months = memberMonths([salaried('2024-01', 4500)], [pay(1, '2026-03-02', '2025-11', '2025-11', 4500)], monthRange('2025-09', '2026-02'), always);
    assert.equal(unpaidRun(months, 6), null);
  });

  it('an approved zero (免交) is not unpaid', () => {
    const months = memberMonths([salaried('2024-01', 4500, { overrideFen: 0, overrideReason: '生活困难，党委批准免交' })], [], monthRange('2025-09', '2026-02'), always);
    assert.equal(unpaidRun(months, 6), null);
  });

  const life = (entries: [string, 'absent' | 'present' | 'excused' | 'mixed'][]): LifeMonth[] =>
    entries.map(([month, s]) => ({ month, present: s === 'present', excused: s === 'excused' || s === 'mixed', absent: s === 'absent' || s === 'mixed' }));

  it('lists six months absent from organisational life across the year end, a month without meetings inside the span', () => {
    const records = life([['2025-08', 'present'], ['2025-09', 'absent'], ['2025-10', 'absent'], ['2025-11', 'mixed'], ['2025-12', 'absent'], ['2026-02', 'absent']]);
    assert.deepEqual(absentRun(records, 6), { from: '2025-09', to: '2026-02', months: 6 }, 'January had no meeting: no evidence either way');
  });

  it('does not list five months (the meeting of the sixth not yet held), nor a run broken by leave or attendance', () => {
    assert.equal(absentRun(life([['2025-09', 'absent'], ['2025-10', 'absent'], ['2025-11', 'absent'], ['2025-12', 'absent'], ['2026-01', 'absent']]), 6), null);
    assert.equal(absentRun(life([['2025-09', 'absent'], ['2025-10', 'absent'], ['2025-11', 'excused'], ['2025-12', 'absent'], ['2026-01', 'absent'], ['2026-02', 'absent']]), 6), null);
    assert.equal(absentRun(life([['2025-09', 'absent'], ['2025-10', 'absent'], ['2025-11', 'absent'], ['2025-12', 'absent'], ['2026-01', 'absent'], ['2026-02', 'absent'], ['2026-03', 'present']]), 6), null, 'attended since: not current');
  });
});

describe('换届: term status', () => {
  const end = termEnd('2023-06-15', 3);
  it('ends the same day three years on and warns from exactly three months before', () => {
    assert.equal(end, '2026-06-15');
    assert.equal(warnFrom(end, 3), '2026-03-15');
    assert.equal(termStatus(end, '2026-03-14', 3), '正常');
    assert.equal(termStatus(end, '2026-03-15', 3), '即将到期');
    assert.equal(termStatus(end, '2026-06-15', 3), '即将到期', 'the last day of the term');
    assert.equal(termStatus(end, '2026-06-16', 3), '已超期', 'the day after the end');
    assert.equal(termStatus(null, '2026-06-16', 3), '未登记');
  });
  it('keeps month ends real: a term from 31 May warns from 28/29 Feb', () => {
    assert.equal(warnFrom(termEnd('2021-05-31', 3), 3), '2024-02-29');
  });
});
