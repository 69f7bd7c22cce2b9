// Months, quarters and half-years of a year, as ISO date ranges.
import { daysInMonth } from './idNumber';

export type Period = { key: string; label: string; from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');

export function monthPeriod(year: number, month: number): Period {
  return { key: `${year}-${pad(month)}`, label: `${month}月`, from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
}

export function quarterPeriod(year: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  return { key: `${year}-Q${q}`, label: `第${'一二三四'[q - 1]}季度`, from: monthPeriod(year, first).from, to: monthPeriod(year, first + 2).to };
}

export function halfYearPeriod(year: number, h: 1 | 2): Period {
  return { key: `${year}-H${h}`, label: h === 1 ? '上半年' : '下半年', from: h === 1 ? `${year}-01-01` : `${year}-07-01`, to: h === 1 ? `${year}-06-30` : `${year}-12-31` };
}

export function yearPeriod(year: number): Period {
  return { key: String(year), label: `${year}年`, from: `${year}-01-01`, to: `${year}-12-31` };
}

export const months = (year: number) => Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1));
export const quarters = (year: number) => [1, 2, 3, 4].map((q) => quarterPeriod(year, q));

export function quarterOf(iso: string): number {
  return Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
}

/** A month-precision date ("2012-03") as the first or last day of its month. */
export function dayFloor(d: string): string {
  return d.length === 7 ? `${d}-01` : d;
}
