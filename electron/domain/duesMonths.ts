// 党费 per member and month: the base in force, the dues it gives, what the payments cover and
// the arrears. Pure; the data layer hands in one member's bases and payments.
import { monthlyDues, type DuesKind } from './dues';
import { monthRange } from './months';

export type DuesBase = { fromMonth: string; kind: DuesKind; baseFen: number; overrideFen: number | null; overrideReason: string | null };
export type DuesPayment = { id: number; paidOn: string; fromMonth: string; toMonth: string; amountFen: number };

/** One month of one member. `due` is null when no base covers the month; `owed` is false before joining, after leaving and for months not begun. */
export type MonthDues = { month: string; owed: boolean; due: number | null; paid: number; arrears: number };

/** The base in force in a month: the latest one starting on or before it (bases sorted by fromMonth). */
export function baseIn(bases: readonly DuesBase[], month: string): DuesBase | null {
  let found: DuesBase | null = null;
  for (const b of bases) {
    if (b.fromMonth > month) break;
    found = b;
  }
  return found;
}

/** Monthly dues under a base: the branch-approved amount where one is recorded, else the 2008 brackets. */
export const dueUnder = (b: DuesBase): number => b.overrideFen ?? monthlyDues(b.kind, b.baseFen).monthlyFen;

/**
 * What each month received. Payments are taken in the order they were paid; each fills the months
 * it covers in order, up to what each still owes; a month without a base shares what is left
 * evenly; anything beyond that (paying more than due is allowed) stays with the last month covered.
 */
export function allocate(payments: readonly DuesPayment[], dueFor: (month: string) => number | null): Map<string, number> {
  const paid = new Map<string, number>();
  const add = (m: string, fen: number) => paid.set(m, (paid.get(m) ?? 0) + fen);
  const ordered = [...payments].sort((a, b) => (a.paidOn === b.paidOn ? a.id - b.id : a.paidOn < b.paidOn ? -1 : 1));
  for (const p of ordered) {
    // A payment for one month stays whole in that month, whatever it was paid before (it fills
    // what is owed and the rest stays with the last month covered, the same one): most payments,
    // taken without building their month list.
    if (p.fromMonth === p.toMonth) {
      add(p.fromMonth, p.amountFen);
      continue;
    }
    const months = monthRange(p.fromMonth, p.toMonth);
    let left = p.amountFen;
    const unknown: string[] = [];
    for (const m of months) {
      const due = dueFor(m);
      if (due === null) {
        unknown.push(m);
        continue;
      }
      const give = Math.min(left, Math.max(0, due - (paid.get(m) ?? 0)));
      if (give > 0) add(m, give);
      left -= give;
    }
    if (left <= 0) continue;
    if (unknown.length === 0) {
      add(months[months.length - 1]!, left);
      continue;
    }
    const share = Math.floor(left / unknown.length);
    unknown.forEach((m, i) => add(m, i === unknown.length - 1 ? left - share * (unknown.length - 1) : share));
  }
  return paid;
}

/**
 * The months asked for, with dues, payments and arrears; `owes(month)` says whether the member
 * owed dues that month. Arrears count only for months up to `endedThrough`: the month in progress
 * shows its dues but is not in arrears before it is over.
 */
export function memberMonths(bases: readonly DuesBase[], payments: readonly DuesPayment[], months: readonly string[], owes: (month: string) => boolean, endedThrough = '9999-12'): MonthDues[] {
  // Each month's dues worked out once: the spreading of payments and the months shown both need them.
  const dues = new Map<string, number | null>();
  const dueFor = (m: string): number | null => {
    let v = dues.get(m);
    if (v === undefined) {
      const b = owes(m) ? baseIn(bases, m) : null;
      v = owes(m) ? (b ? dueUnder(b) : null) : 0;
      dues.set(m, v);
    }
    return v;
  };
  const paid = payments.length ? allocate(payments, dueFor) : new Map<string, number>();
  return months.map((month) => {
    const owed = owes(month);
    const due = owed ? dueFor(month) : null;
    const got = paid.get(month) ?? 0;
    return { month, owed, due, paid: got, arrears: due === null || month > endedThrough ? 0 : Math.max(0, due - got) };
  });
}

/**
 * memberMonths for a member whose payments each cover one month, given as the total paid in each
 * of `months` (null or missing: nothing): the same months, built in one pass without spreading
 * payments (a one-month payment stays whole in its month, see allocate). The ledger of a large
 * committee builds 30,000 members' years this way; bases sorted by fromMonth, months ascending.
 */
export function monthsFromTotals(
  bases: readonly DuesBase[],
  totals: readonly (number | null)[] | undefined,
  months: readonly string[],
  owes: (month: string) => boolean,
  endedThrough = '9999-12',
): MonthDues[] {
  const out: MonthDues[] = new Array<MonthDues>(months.length);
  // The base in force walks forward with the months: each base's dues are worked out once.
  let next = 0;
  let inForce: number | null = null;
  for (let i = 0; i < months.length; i++) {
    const month = months[i]!;
    while (next < bases.length && bases[next]!.fromMonth <= month) inForce = dueUnder(bases[next++]!);
    const owed = owes(month);
    const due = owed ? inForce : null;
    const paid = totals?.[i] ?? 0;
    out[i] = { month, owed, due, paid, arrears: due === null || month > endedThrough ? 0 : Math.max(0, due - paid) };
  }
  return out;
}

/** 元 with two decimals, for messages and cells that must read like money. */
export const yuan = (fen: number): string => (fen / 100).toFixed(2);
