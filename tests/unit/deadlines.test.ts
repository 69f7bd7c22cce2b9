import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { daysBetween, deadlineState, deadlineText, rectificationDeadline, submissionState } from '../../electron/domain/deadlines';

describe('deadlines: overdue and days left', () => {
  it('counts calendar days across month, year and leap-day ends', () => {
    assert.equal(daysBetween('2026-12-31', '2027-01-02'), 2);
    assert.equal(daysBetween('2026-12-30', '2027-01-05'), 6);
    assert.equal(daysBetween('2026-01-31', '2026-03-01'), 29);
    assert.equal(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.equal(daysBetween('2027-01-02', '2026-12-31'), -2);
    assert.equal(daysBetween('2026-03-28', '2026-03-30'), 2); // a DST date elsewhere changes nothing
  });

  it('is overdue only after the deadline day, and never once done', () => {
    assert.deepEqual(deadlineState('2026-12-31', false, '2027-01-02'), { overdue: true, daysLeft: null, daysOverdue: 2 });
    assert.deepEqual(deadlineState('2027-01-05', false, '2026-12-30'), { overdue: false, daysLeft: 6, daysOverdue: null });
    assert.deepEqual(deadlineState('2026-11-23', false, '2026-11-23'), { overdue: false, daysLeft: 0, daysOverdue: null });
    assert.deepEqual(deadlineState('2026-11-22', false, '2026-11-23'), { overdue: true, daysLeft: null, daysOverdue: 1 });
    assert.deepEqual(deadlineState('2020-01-01', true, '2026-11-23'), { overdue: false, daysLeft: null, daysOverdue: null });
    assert.equal(rectificationDeadline({ deadline: '2026-10-31', status: '整改中' }, '2026-11-23').daysOverdue, 23);
    assert.equal(rectificationDeadline({ deadline: '2026-10-31', status: '已完成' }, '2026-11-23').overdue, false);
  });

  it('says it in the words a clerk reads', () => {
    assert.equal(deadlineText(deadlineState('2026-12-31', false, '2027-01-02')), '逾期2天');
    assert.equal(deadlineText(deadlineState('2027-01-05', false, '2026-12-30')), '还剩6天');
    assert.equal(deadlineText(deadlineState('2026-12-30', false, '2026-12-30')), '今天到期');
    assert.equal(deadlineText(deadlineState('2026-12-30', true, '2027-12-30')), '');
  });

  it('tells a late submission apart from a missing one', () => {
    assert.deepEqual(submissionState('2026-04-30', '2026-04-30', '2026-11-23'), { state: '已报送', late: false, daysLate: null, daysLeft: null });
    assert.deepEqual(submissionState('2026-04-30', '2026-05-03', '2026-11-23'), { state: '逾期报送', late: true, daysLate: 3, daysLeft: null });
    assert.deepEqual(submissionState('2026-12-10', null, '2026-11-23'), { state: '未报送', late: false, daysLate: null, daysLeft: 17 });
    assert.deepEqual(submissionState('2026-12-10', null, '2027-01-01'), { state: '未报送（逾期）', late: true, daysLate: 22, daysLeft: null });
    assert.deepEqual(submissionState('2026-12-31', '2027-01-02', '2027-01-05'), { state: '逾期报送', late: true, daysLate: 2, daysLeft: null });
    // Due today and not yet in: not late until tomorrow.
    assert.equal(submissionState('2026-11-23', null, '2026-11-23').state, '未报送');
  });
});
