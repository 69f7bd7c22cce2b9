// 换届: when a branch committee's term ends and how it stands today. Pure.
import { addMonths } from './recruitment';

export const TERM_STATUSES = ['正常', '即将到期', '已超期', '未登记'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

/** The day the term is due for 换届: the same day `years` later (a term from 2023-06-15 for 3 years ends 2026-06-15). */
export const termEnd = (startedOn: string, years: number): string => addMonths(startedOn, years * 12);

/** The day the warning starts: `warnMonths` before the end. */
export const warnFrom = (end: string, warnMonths: number): string => addMonths(end, -warnMonths);

/** 已超期 the day after the end; 即将到期 from `warnMonths` before the end up to the end itself. */
export function termStatus(end: string | null, today: string, warnMonths: number): TermStatus {
  if (!end) return '未登记';
  if (today > end) return '已超期';
  return today >= warnFrom(end, warnMonths) ? '即将到期' : '正常';
}
