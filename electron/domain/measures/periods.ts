// Where a period stands on the day figures are taken: over, still running, or not begun. A running
// period is reported as 进行中 with its counts 截至 that day, never as complete or short.
import type { Period } from '../periods';

export type PeriodState = 'ended' | 'running' | 'notStarted';

export function periodState(p: Pick<Period, 'from' | 'to'>, today: string): PeriodState {
  if (p.to < today) return 'ended';
  return p.from <= today ? 'running' : 'notStarted';
}

/** "11月27日": the day counts of a running period stand on, in the year it belongs to. */
export function monthDay(iso: string): string {
  return `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}

/** "进行中（截至11月27日）". */
export const runningNote = (today: string): string => `进行中（截至${monthDay(today)}）`;

/** The day a year's figures stand on: its last day once over, else today. */
export const asOfDay = (year: number, today: string): string => (`${year}-12-31` < today ? `${year}-12-31` : today);

/** Months of the year that have begun by `asOf` (12 for a past year, 0 for a future one). */
export function monthsBegun(year: number, asOf: string): number {
  const y = Number(asOf.slice(0, 4));
  return y > year ? 12 : y < year ? 0 : Number(asOf.slice(5, 7));
}
