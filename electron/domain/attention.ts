// 党章 第九条: members who for six consecutive months have not paid dues, or have not taken part
// in organisational life, are listed for their branch's attention. Pure functions over months.
//
// Unpaid: a month counts once it has ended, the member owed dues in it (on the roster, with a
// base recorded, and the amount is not an approved zero) and nothing was paid for it. Months with
// no base are the clerk's gap, not the member's: they are shown as 未登记基数, never listed here. A 补交 later that covers the month
// makes it paid, and the run disappears.
//
// Absent: the evidence is the attendance recorded in 三会一课. A month counts as absent when the
// member was recorded 缺席 at a meeting held that month and 出席 at none. A month where they
// attended, or were excused (请假, a 正当理由) at every meeting they missed, breaks the run. A month
// with no meeting recorded for them (winter and summer holidays) is no evidence either way: it
// neither breaks the run nor counts by itself, but it lies inside the span when absent months
// surround it, since the member took part in nothing in it. The run is counted in calendar months
// from its first absent month to its last, and is listed only while it is current (no attendance
// or leave recorded since).
import { monthIndex } from './months';
import type { MonthDues } from './duesMonths';

export type Run = { from: string; to: string; months: number };

/** The run of unpaid months ending with the last month in `months` (ascending, ended months only). */
export function unpaidRun(months: readonly MonthDues[], min: number): Run | null {
  let count = 0;
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i]!;
    if (!(m.owed && m.due !== null && m.due > 0 && m.paid === 0)) break;
    count++;
  }
  if (count < min) return null;
  return { from: months[months.length - count]!.month, to: months[months.length - 1]!.month, months: count };
}

/** A member's attendance summed per month: which statuses were recorded for them that month. */
export type LifeMonth = { month: string; present: boolean; excused: boolean; absent: boolean };

/** The current run of absent months (see the header), or null when shorter than `min`. */
export function absentRun(records: readonly LifeMonth[], min: number): Run | null {
  const desc = [...records].sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0));
  const isAbsent = (r: LifeMonth) => !r.present && r.absent;
  const latest = desc[0];
  if (!latest || !isAbsent(latest)) return null;
  let first = latest.month;
  for (const r of desc.slice(1)) {
    if (!isAbsent(r)) break;
    first = r.month;
  }
  const span = monthIndex(latest.month) - monthIndex(first) + 1;
  return span >= min ? { from: first, to: latest.month, months: span } : null;
}
