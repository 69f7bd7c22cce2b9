// Calendar months as 'YYYY-MM' text, counted across year ends.

/** Months since year 0: 2026-01 and 2025-12 are one apart. */
export const monthIndex = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

export function monthFromIndex(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export const addMonthsTo = (m: string, n: number): string => monthFromIndex(monthIndex(m) + n);

/** Every month from `from` to `to`, both included. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

/** "2026-03" → "2026年3月". */
export const monthLabel = (m: string): string => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

export const isMonth = (s: string): boolean => /^(19|20|21)\d\d-(0[1-9]|1[0-2])$/.test(s);
