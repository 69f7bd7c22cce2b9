// The numbers of 党费 attention and 换届 as data with their sources (settings 'duesTermRules').
// A stored set missing newer fields takes their defaults.
import { z } from 'zod';

export const CHARTER_ART9 = '《中国共产党章程》第九条：党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党';
export const TERM_SOURCE = '《中国共产党章程》：总支部委员会、支部委员会每届任期两年或三年；《中国共产党支部工作条例（试行）》（2018）：党支部委员会每届任期一般为3年，任期届满应当按期进行换届选举';

export const duesTermRules = z.object({
  /** Consecutive ended months with nothing paid before a member is listed. */
  unpaidMonths: z.number().int().min(1, { message: '月数应在1到24之间' }).max(24, { message: '月数应在1到24之间' }).default(6),
  /** Consecutive months absent from all organisational life before a member is listed. */
  absentMonths: z.number().int().min(1, { message: '月数应在1到24之间' }).max(24, { message: '月数应在1到24之间' }).default(6),
  attentionSource: z.string().max(300).default(CHARTER_ART9),
  /** Length of a new branch committee term; each term keeps the length it was recorded with. */
  termYears: z.number().int().min(1, { message: '任期应为1到5年' }).max(5, { message: '任期应为1到5年' }).default(3),
  /** Warn this many months before a term ends. */
  termWarnMonths: z.number().int().min(1, { message: '提前提醒的月数应在1到12之间' }).max(12, { message: '提前提醒的月数应在1到12之间' }).default(3),
  termSource: z.string().max(300).default(TERM_SOURCE),
});
export type DuesTermRules = z.infer<typeof duesTermRules>;
export const DEFAULT_DUES_TERM_RULES: DuesTermRules = duesTermRules.parse({});
