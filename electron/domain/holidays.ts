// China's public holidays, approximately, so generated dates (the demo seed's meetings) avoid them.
// Source: 《全国年节及纪念日放假办法》（2024年修订）and the State Council General Office's yearly
// 《关于部分节假日安排的通知》. The lunar festivals' dates per year are a fixed table (checked against
// the Chinese calendar in tests); the yearly 调休 make-up working days are not modelled, and a
// holiday's exact span differs a day or two from year to year, so this is a "do not schedule" guide,
// not the official calendar.

export const HOLIDAY_SOURCE = '《全国年节及纪念日放假办法》（2024年修订）；国务院办公厅历年《关于部分节假日安排的通知》（近似，未含调休）';

/** 春节 (正月初一), 清明, 端午, 中秋 by year, as MM-DD. */
const LUNAR: Record<number, { spring: string; qingming: string; duanwu: string; midAutumn: string }> = {
  2015: { spring: '02-19', qingming: '04-05', duanwu: '06-20', midAutumn: '09-27' },
  2016: { spring: '02-08', qingming: '04-04', duanwu: '06-09', midAutumn: '09-15' },
  2017: { spring: '01-28', qingming: '04-04', duanwu: '05-30', midAutumn: '10-04' },
  2018: { spring: '02-16', qingming: '04-05', duanwu: '06-18', midAutumn: '09-24' },
  2019: { spring: '02-05', qingming: '04-05', duanwu: '06-07', midAutumn: '09-13' },
  2020: { spring: '01-25', qingming: '04-04', duanwu: '06-25', midAutumn: '10-01' },
  2021: { spring: '02-12', qingming: '04-04', duanwu: '06-14', midAutumn: '09-21' },
  2022: { spring: '02-01', qingming: '04-05', duanwu: '06-03', midAutumn: '09-10' },
  2023: { spring: '01-22', qingming: '04-05', duanwu: '06-22', midAutumn: '09-29' },
  2024: { spring: '02-10', qingming: '04-04', duanwu: '06-10', midAutumn: '09-17' },
  2025: { spring: '01-29', qingming: '04-04', duanwu: '05-31', midAutumn: '10-06' },
  2026: { spring: '02-17', qingming: '04-05', duanwu: '06-19', midAutumn: '09-25' },
  2027: { spring: '02-06', qingming: '04-05', duanwu: '06-09', midAutumn: '09-15' },
  2028: { spring: '01-26', qingming: '04-04', duanwu: '05-28', midAutumn: '10-03' },
  2029: { spring: '02-13', qingming: '04-04', duanwu: '06-16', midAutumn: '09-22' },
  2030: { spring: '02-03', qingming: '04-05', duanwu: '06-05', midAutumn: '09-12' },
};

/** The years the lunar table covers; outside them only the fixed-date holidays (and 清明 as 4月4日–5日) are known. */
export const HOLIDAY_YEARS = Object.keys(LUNAR).map(Number);

const DAY = 86_400_000;
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The holiday's name when `iso` (YYYY-MM-DD) falls in a public holiday period, else null. */
export function publicHoliday(iso: string): string | null {
  const year = Number(iso.slice(0, 4));
  const md = iso.slice(5, 10);
  if (md === '01-01') return '元旦';
  if (md >= '05-01' && md <= '05-05') return '劳动节';
  if (md >= '10-01' && md <= '10-07') return '国庆节';
  // 春节 spans 除夕 to 正月初七; a late-January New Year's eve may fall in the year before.
  for (const y of [year, year + 1]) {
    const spring = LUNAR[y]?.spring;
    if (spring && iso >= shift(`${y}-${spring}`, -1) && iso <= shift(`${y}-${spring}`, 6)) return '春节';
  }
  const lunar = LUNAR[year];
  if (!lunar) return md === '04-04' || md === '04-05' ? '清明节' : null;
  if (md === lunar.qingming) return '清明节';
  if (md === lunar.duanwu) return '端午节';
  if (md === lunar.midAutumn) return '中秋节';
  return null;
}

/** Saturday or Sunday (make-up working days are not modelled). */
export function isWeekend(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
}

/** A working day: neither a weekend nor a public holiday. */
export const isWorkday = (iso: string) => !isWeekend(iso) && publicHoliday(iso) === null;

/**
 * The working day nearest to `iso` within [from, to] (same-length ISO days), later days first on a
 * tie; null when the span has none.
 */
export function nearestWorkday(iso: string, from: string, to: string): string | null {
  for (let k = 0; k <= 62; k++) {
    for (const d of [shift(iso, k), shift(iso, -k)]) if (d >= from && d <= to && isWorkday(d)) return d;
  }
  return null;
}

/**
 * The first day on or after `from` that starts `days` consecutive working days ending by `to`
 * (a three-day course runs Monday to Wednesday, not over a weekend); null when the span has none.
 */
export function workdayRun(from: string, days: number, to: string): string | null {
  for (let start = from; shift(start, days - 1) <= to; start = shift(start, 1)) {
    let ok = true;
    for (let k = 0; k < days && ok; k++) ok = isWorkday(shift(start, k));
    if (ok) return start;
  }
  return null;
}

/** `iso` moved `days` days (negative: earlier). */
export const plusDays = shift;
