// 发展党员 checks and 党费 brackets at their edges: the day before fails, the day of passes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthlyDues, yuanToFen } from '../../electron/domain/dues';
import { addMonths, checkRecruit, DEFAULT_RECRUITMENT_RULES as R, type RecruitPath } from '../../electron/domain/recruitment';

/** A clean path: applied at 19, talked, reviewed twice a year, candidate after a year, admitted and confirmed on time. */
const clean = (): RecruitPath => ({
  birthDate: '2005-03-10',
  appliedOn: '2024-03-20',
  talkOn: '2024-04-10',
  activistOn: '2024-05-06',
  reviews: ['2024-11-01', '2025-04-30'],
  candidateOn: '2025-05-06',
  trainingDays: 3,
  trainingHours: 24,
  introducers: [{ name: '张伟', memberType: '正式党员' }, { name: '李娜', memberType: '正式党员' }],
  admissionMeetingOn: '2025-06-20',
  admissionVote: { entitled: 21, yes: 11 },
  approvedOn: '2025-09-20',
  oathOn: '2025-09-26',
  extensionMonths: 0,
  confirmationAppliedOn: '2026-06-01',
  confirmationMeetingOn: '2026-06-20',
  confirmationVote: { entitled: 22, yes: 20 },
});
const rules = (p: Partial<RecruitPath>, today = '2026-11-23') => checkRecruit({ ...clean(), ...p }, R, today).map((f) => f.rule);
const messages = (p: Partial<RecruitPath>, today = '2026-11-23') => checkRecruit({ ...clean(), ...p }, R, today).map((f) => f.message);

describe('发展党员 checks', () => {
  it('finds nothing on a path that keeps every rule, and names its source', () => {
    assert.deepEqual(checkRecruit(clean(), R, '2026-11-23'), []);
    assert.equal(checkRecruit({ ...clean(), talkOn: null }, R, '2026-11-23')[0]!.source, '《中国共产党发展党员工作细则》（2014）');
  });

  it('oath-after-approval: the 入党宣誓 on the day of the 上级党委 approval passes, the day before fails; without an approval, not before the 支部大会', () => {
    assert.deepEqual(rules({ oathOn: '2025-09-20' }), []);
    assert.deepEqual(messages({ oathOn: '2025-09-19' }), ['入党宣誓时间2025年9月19日早于上级党委审批时间2025年9月20日：入党宣誓应在上级党委批准接收为预备党员之后']);
    assert.deepEqual(rules({ oathOn: '2025-06-20', approvedOn: null }, '2025-07-01'), []);
    assert.deepEqual(rules({ oathOn: '2025-06-19', approvedOn: null }, '2025-07-01'), ['oath-after-approval']);
  });

  it('confirmation-application-order: the 转正申请 between the admitting 支部大会 (that day passes) and the day before the 转正 支部大会', () => {
    assert.deepEqual(rules({ confirmationAppliedOn: '2025-06-20' }), []);
    assert.deepEqual(rules({ confirmationAppliedOn: '2026-06-19' }), []);
    assert.deepEqual(messages({ confirmationAppliedOn: '2025-06-19' }), ['递交转正申请书时间2025年6月19日早于支部大会讨论接收预备党员的时间2025年6月20日：转正申请应在预备期内递交']);
    assert.deepEqual(messages({ confirmationAppliedOn: '2026-06-20' }), ['递交转正申请书时间2026年6月20日不早于讨论转正的支部大会2026年6月20日：应先递交转正申请书，支部大会再讨论转正']);
  });

  it('adds months the way the calendar does', () => {
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2025-11-30', 3), '2026-02-28');
    assert.equal(addMonths('2025-12-15', 12), '2026-12-15');
  });

  it('age-18: the day before the 18th birthday fails, the birthday passes', () => {
    assert.deepEqual(rules({ birthDate: '2006-03-21', appliedOn: '2024-03-20' }), ['age-18']);
    assert.deepEqual(messages({ birthDate: '2006-03-21', appliedOn: '2024-03-20' }), ['2024年3月20日递交入党申请时未满18周岁（2024年3月21日满18周岁）']);
    assert.deepEqual(rules({ birthDate: '2006-03-20', appliedOn: '2024-03-20' }), []);
  });

  it('talk-1-month: one month later passes, the day after fails; no talk past the month is a finding', () => {
    assert.deepEqual(rules({ talkOn: '2024-04-20' }), []);
    assert.deepEqual(rules({ talkOn: '2024-04-21' }), ['talk-1-month']);
    assert.deepEqual(messages({ talkOn: null }), ['入党申请2024年3月20日递交，至今未谈话（应在2024年4月20日前）']);
    assert.deepEqual(rules({ talkOn: null, activistOn: null, candidateOn: null, admissionMeetingOn: null, approvedOn: null, confirmationMeetingOn: null }, '2024-04-20'), []);
  });

  it('review-6-months: gaps of six months pass, a day more fails, and a still-open activist is due', () => {
    assert.deepEqual(rules({ reviews: ['2024-11-06', '2025-05-06'] }), []);
    assert.deepEqual(messages({ reviews: ['2024-11-07', '2025-05-06'] }), ['2024年5月6日之后的考察在2024年11月7日，间隔超过6个月（应在2024年11月6日前）']);
    const open = { activistOn: '2025-11-23', candidateOn: null, admissionMeetingOn: null, approvedOn: null, confirmationMeetingOn: null, reviews: ['2026-05-23'] };
    assert.deepEqual(rules(open, '2026-11-23'), []);
    assert.deepEqual(messages(open, '2026-11-24'), ['2026年5月23日之后至今没有考察记录（应在2026年11月23日前考察）']);
  });

  it('activist-1-year: the day before a full year fails, the anniversary passes', () => {
    assert.deepEqual(rules({ candidateOn: '2025-05-05', reviews: ['2024-11-01', '2025-04-30'] }), ['activist-1-year']);
    assert.deepEqual(rules({ candidateOn: '2025-05-06' }), []);
  });

  it('training-24h: 3 days or 24 学时 is enough; 2 days and 23 学时 is not', () => {
    assert.deepEqual(rules({ trainingDays: 2, trainingHours: 24 }), []);
    assert.deepEqual(rules({ trainingDays: 3, trainingHours: 0 }), []);
    assert.deepEqual(messages({ trainingDays: 2, trainingHours: 23 }), ['发展对象集中培训2天、23学时，不足3天或24学时']);
  });

  it('introducers-2: two 正式党员 on the day; one, a 预备党员 or someone not on the roster is a finding', () => {
    assert.deepEqual(messages({ introducers: [{ name: '张伟', memberType: '正式党员' }] }), ['入党介绍人只有1名，应为2名正式党员']);
    assert.deepEqual(messages({ introducers: [{ name: '张伟', memberType: '正式党员' }, { name: '王强', memberType: '预备党员' }] }), ['入党介绍人王强在2025年6月20日是预备党员，应为正式党员']);
    assert.deepEqual(rules({ introducers: [{ name: '张伟', memberType: '正式党员' }, { name: '外人', memberType: null }] }), ['introducers-2']);
  });

  it('vote-majority: exactly half fails, one more passes, for admission and for 转正', () => {
    assert.deepEqual(messages({ admissionVote: { entitled: 20, yes: 10 } }), ['2025年6月20日接收预备党员支部大会赞成10票，未超过应到会有表决权的正式党员20人的半数']);
    assert.deepEqual(rules({ admissionVote: { entitled: 20, yes: 11 } }), []);
    assert.deepEqual(rules({ confirmationVote: { entitled: 9, yes: 4 } }), ['vote-majority']);
    assert.deepEqual(rules({ confirmationVote: { entitled: null, yes: null } }), ['vote-majority']);
  });

  it('approval-3-months: three months after the meeting passes, the day after fails; waiting past it is a finding', () => {
    assert.deepEqual(rules({ approvedOn: '2025-09-21' }), ['approval-3-months']);
    assert.deepEqual(messages({ approvedOn: null, confirmationMeetingOn: null }, '2025-09-21'), ['2025年6月20日支部大会通过，至今未经上级党委审批（应在2025年9月20日前）']);
    assert.deepEqual(rules({ approvedOn: null, confirmationMeetingOn: null }, '2025-09-20'), []);
  });

  it('probation-1-year: 转正 on the anniversary passes, a day early fails; an extension moves the date; overdue 转正 is listed', () => {
    assert.deepEqual(rules({ confirmationMeetingOn: '2026-06-19' }), ['probation-1-year']);
    assert.deepEqual(rules({ extensionMonths: 6, confirmationMeetingOn: '2026-12-20' }, '2026-12-21'), []);
    assert.deepEqual(messages({ extensionMonths: 6, confirmationMeetingOn: '2026-06-20' }), ['预备期自2025年6月20日起（延长6个月）至2026年12月20日期满，2026年6月20日讨论转正早于期满']);
    assert.deepEqual(messages({ extensionMonths: 3 }), ['预备期延长3个月，应为6个月至12个月', '预备期自2025年6月20日起（延长3个月）至2026年9月20日期满，2026年6月20日讨论转正早于期满']);
    assert.deepEqual(messages({ confirmationMeetingOn: null }, '2026-06-21'), ['预备期已于2026年6月20日期满，尚未讨论转正']);
    assert.deepEqual(rules({ confirmationMeetingOn: null }, '2026-06-20'), []);
  });
});

describe('党费 by the 2008 brackets', () => {
  const fen = (kind: '在职' | '离退休' | '学生', yuan: string) => monthlyDues(kind, yuanToFen(yuan)!);
  it('charges salaried members 0.5% up to 3000 元, 1% to 5000, 1.5% to 10000 and 2% above', () => {
    assert.deepEqual(fen('在职', '3000'), { monthlyFen: 1500, rate: 0.005 });
    assert.deepEqual(fen('在职', '3000.01'), { monthlyFen: 3000, rate: 0.01 });
    assert.deepEqual(fen('在职', '5000'), { monthlyFen: 5000, rate: 0.01 });
    assert.deepEqual(fen('在职', '5000.01'), { monthlyFen: 7500, rate: 0.015 });
    assert.deepEqual(fen('在职', '10000'), { monthlyFen: 15000, rate: 0.015 });
    assert.deepEqual(fen('在职', '10000.01'), { monthlyFen: 20000, rate: 0.02 });
  });
  it('charges retired members 0.5% up to 5000 元 and 1% above, students 0.2 元, rounding to the fen', () => {
    assert.deepEqual(fen('离退休', '5000'), { monthlyFen: 2500, rate: 0.005 });
    assert.deepEqual(fen('离退休', '5000.01'), { monthlyFen: 5000, rate: 0.01 });
    assert.deepEqual(fen('学生', '0'), { monthlyFen: 20, rate: null });
    assert.equal(fen('在职', '4333.33').monthlyFen, 4333); // 43.3333 元 → 43.33
    assert.equal(fen('在职', '4333.50').monthlyFen, 4334); // 43.335 元 → 43.34 (half up)
    assert.equal(yuanToFen('4,500.5'), 450050);
    assert.equal(yuanToFen('四千'), null);
    assert.throws(() => monthlyDues('在职', -1), /不小于0/);
  });
});

describe('command line: dues', () => {
  it('prints {"monthlyFen","rate"} without a data folder, and explains bad input', async () => {
    const { cli, fails } = await import('../helpers/cli');
    const r = await cli(['dues', '--income', '10000.01', '--kind', '在职', '--json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out), { monthlyFen: 20000, rate: 0.02 });
    fails(await cli(['dues', '--income', '4500', '--kind', '退休']), 2, /--kind 应为 在职、离退休、学生 之一/);
    fails(await cli(['dues', '--income', '45O0', '--kind', '在职']), 2, /--income 应为金额/);
    fails(await cli(['dues', '--kind', '在职']), 2, /请用 --income 指定/);
  });
});
