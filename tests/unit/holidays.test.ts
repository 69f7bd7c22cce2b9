// Public holidays for generated dates: the lunar table against the Chinese calendar, the fixed-date
// holidays, weekends, and the nearest working day within a span.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HOLIDAY_YEARS, isWeekend, isWorkday, nearestWorkday, publicHoliday, workdayRun } from '../../electron/domain/holidays';

const DAY = 86_400_000;
const days = (year: number) => Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(year, 0, 1) + i * DAY).toISOString().slice(0, 10)).filter((d) => d.startsWith(String(year)));
// Node's ICU carries the Chinese calendar: month and day of the lunar year, "5" and "5" for 端午.
const lunar = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
const lunarOf = (iso: string) => {
  const parts = lunar.formatToParts(new Date(`${iso}T12:00:00Z`));
  return `${parts.find((p) => p.type === 'month')?.value}-${parts.find((p) => p.type === 'day')?.value}`;
};

describe('public holidays', () => {
  it('the table’s 春节, 端午 and 中秋 are 正月初一, 五月初五 and 八月十五 of the Chinese calendar in every year it covers', () => {
    assert.ok(HOLIDAY_YEARS.includes(2026) && HOLIDAY_YEARS.length >= 10);
    for (const year of HOLIDAY_YEARS) {
      for (const d of days(year)) {
        const l = lunarOf(d);
        if (l === '1-1') assert.equal(publicHoliday(d), '春节', d);
        if (l === '5-5') assert.equal(publicHoliday(d), '端午节', d);
        if (l === '8-15') assert.ok(['中秋节', '国庆节'].includes(publicHoliday(d) ?? ''), d);
        if (publicHoliday(d) === '端午节') assert.equal(l, '5-5', d);
        if (publicHoliday(d) === '中秋节') assert.equal(l, '8-15', d);
      }
      // 清明 is a solar term: 4 or 5 April, one day a year.
      assert.equal(days(year).filter((d) => publicHoliday(d) === '清明节').length, 1, String(year));
    }
  });

  it('元旦, 劳动节 1–5 May, 国庆 1–7 October and the 春节 week from 除夕; ordinary days are none', () => {
    assert.equal(publicHoliday('2026-01-01'), '元旦');
    assert.equal(publicHoliday('2026-05-05'), '劳动节');
    assert.equal(publicHoliday('2026-10-07'), '国庆节');
    assert.equal(publicHoliday('2026-02-16'), '春节'); // 除夕
    assert.equal(publicHoliday('2026-02-23'), '春节'); // 初七
    assert.equal(publicHoliday('2026-02-24'), null);
    assert.equal(publicHoliday('2025-01-28'), '春节'); // 除夕 2025
    assert.equal(publicHoliday('2026-11-23'), null);
    assert.equal(publicHoliday('2040-01-01'), '元旦'); // beyond the table, the fixed dates still hold
  });

  it('weekends and working days; the nearest working day stays in its span, or there is none', () => {
    assert.equal(isWeekend('2026-11-21'), true);
    assert.equal(isWeekend('2026-11-23'), false);
    assert.equal(isWorkday('2026-10-08'), true);
    assert.equal(nearestWorkday('2026-10-03', '2026-10-01', '2026-10-28'), '2026-10-08');
    assert.equal(nearestWorkday('2026-11-22', '2026-11-01', '2026-11-28'), '2026-11-23'); // Sunday: Monday before Friday
    assert.equal(nearestWorkday('2026-10-03', '2026-10-01', '2026-10-04'), null); // 国庆, then a Sunday
    assert.equal(nearestWorkday('2026-11-28', '2026-11-01', '2026-11-22'), '2026-11-20');
  });

  it('a run of working days: a three-day course starts where three working days follow, within its span', () => {
    assert.equal(workdayRun('2026-09-20', 3, '2026-09-30'), '2026-09-21'); // Sunday: Monday to Wednesday
    assert.equal(workdayRun('2026-09-24', 3, '2026-09-30'), '2026-09-28'); // 中秋 on Friday 25th, then the weekend
    assert.equal(workdayRun('2026-04-16', 3, '2026-04-30'), '2026-04-20'); // Thursday: not over the weekend
    assert.equal(workdayRun('2026-10-01', 3, '2026-10-09'), null); // 国庆, then only Thursday and Friday
  });
});
