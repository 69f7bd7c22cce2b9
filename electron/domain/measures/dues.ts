// 党费 figures: 应交, 实交, 欠交 and 收缴率 count only months that are due (ended months the member
// owed); the running month is shown apart, and payments for later months are 预交.
import type { MonthDues } from '../duesMonths';
import { completion } from './rates';

export type DuesTotals = {
  /** Months due (before the running month): dues, what they received, what they still lack. */
  due: number;
  paid: number;
  arrears: number;
  monthsInArrears: number;
  /** The running month: its dues and what it has received so far. */
  currentDue: number;
  currentPaid: number;
  /** Received for months after the running one. */
  advance: number;
};

/** One member's year; `currentMonth` is "YYYY-MM" of the day figures stand on. */
export function duesTotals(months: readonly MonthDues[], currentMonth: string): DuesTotals {
  const t: DuesTotals = { due: 0, paid: 0, arrears: 0, monthsInArrears: 0, currentDue: 0, currentPaid: 0, advance: 0 };
  for (const m of months) {
    if (m.month > currentMonth) t.advance += m.paid;
    else if (m.month === currentMonth) (t.currentDue += m.due ?? 0, t.currentPaid += m.paid);
    else {
      t.due += m.due ?? 0;
      t.paid += m.paid;
      t.arrears += m.arrears;
      if (m.arrears > 0) t.monthsInArrears++;
    }
  }
  return t;
}

export type DuesSum = Omit<DuesTotals, 'monthsInArrears'> & { members: number; inArrears: number; withoutBase: number; rate: number | null };

/**
 * Totals of many members. 收缴率 = (应交 − 欠交) / 应交 over the months due, so a month paid in
 * excess does not cover another's arrears and 欠交 0 always reads 100%.
 */
export function duesSum(rows: readonly { totals: DuesTotals; base: unknown }[]): DuesSum {
  const s: DuesSum = { members: 0, inArrears: 0, withoutBase: 0, due: 0, paid: 0, arrears: 0, currentDue: 0, currentPaid: 0, advance: 0, rate: null };
  for (const r of rows) {
    s.members++;
    if (r.totals.arrears > 0) s.inArrears++;
    if (!r.base) s.withoutBase++;
    s.due += r.totals.due;
    s.paid += r.totals.paid;
    s.arrears += r.totals.arrears;
    s.currentDue += r.totals.currentDue;
    s.currentPaid += r.totals.currentPaid;
    s.advance += r.totals.advance;
  }
  s.rate = completion(s.due - s.arrears, s.due);
  return s;
}
