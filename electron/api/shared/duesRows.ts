// 党费 read models shared by the page, the ledger, the attention list and 工作台: every member's
// months of a year, and the runs of unpaid or absent months (党章 第九条).
import * as db from '../../db/dues';
import type { Db } from '../../db/open';
import { getOrg } from '../../db/orgs';
import { unpaidRun, absentRun } from '../../domain/attention';
import { baseIn, dueUnder, memberMonths, monthsFromTotals, type DuesBase } from '../../domain/duesMonths';
import { addMonthsTo, monthLabel, monthRange } from '../../domain/months';
import type { AttentionItem, DuesBaseOut, DuesMemberRow } from '../contract';
import { duesTotals } from '../../domain/measures';

import { readDuesTermRules } from './ruleSets';

/**
 * Whether a member owed dues in a month: from the month they joined, up to the month before the
 * one they left the roster in (the receiving organisation collects from then), and only months
 * that have begun.
 */
export function owesFn(m: db.DuesMember, currentMonth: string): (month: string) => boolean {
  const joined = m.joinedOn?.slice(0, 7) ?? null;
  const left = m.status !== '在册' && m.statusDate ? m.statusDate.slice(0, 7) : null;
  return (month) => month <= currentMonth && (joined === null || month >= joined) && (left === null || month < left);
}

export const baseOut = (b: DuesBase): DuesBaseOut => ({ ...b, monthlyFen: dueUnder(b) });

/** Payments reach back this far when spread over months: a payment chain longer than this is not credible. */
const LOOKBACK_MONTHS = 24;

/** Every member on the roster during the year (optionally in an org subtree, or one member) with the year's twelve months. */
export function yearRows(d: Db, year: number, today: string, scope: { orgId?: number; memberId?: number } = {}): DuesMemberRow[] {
  const orgPath = scope.orgId ? (getOrg(d, scope.orgId)?.path ?? '/none/') : undefined;
  const members = db.duesMembers(d, `${year}-01-01`, `${year}-12-31`, { orgPath, memberId: scope.memberId });
  // One member's bases as allBases gives them (without their row ids), so their row is the one the whole list holds.
  const bases = scope.memberId ? new Map([[scope.memberId, db.basesOf(d, scope.memberId).map(({ id: _id, memberId: _m, ...b }) => b)]]) : db.allBases(d, orgPath);
  const from = `${year}-01`;
  const to = `${year}-12`;
  const months = monthRange(from, to);
  const lookback = addMonthsTo(from, -LOOKBACK_MONTHS);
  // One member (the detail beside the page, after each payment): their own payments through the
  // member index, all spread in the order paid, instead of reading the whole table for one row.
  const payments = scope.memberId
    ? { spanning: new Map([[scope.memberId, db.paymentsOf(d, scope.memberId).filter((p) => !p.voidedAt && p.toMonth >= lookback && p.fromMonth <= to)]]), monthly: new Map<number, (number | null)[]>() }
    : db.paymentsForMonths(d, months, lookback, orgPath);
  const current = today.slice(0, 7);
  const shownBaseMonth = current < to ? current : to;
  const ended = addMonthsTo(current, -1);
  return members.map((m) => {
    const bs = bases.get(m.id) ?? [];
    const spanning = payments.spanning.get(m.id);
    const owes = owesFn(m, current);
    const ms = spanning ? memberMonths(bs, spanning, months, owes, ended) : monthsFromTotals(bs, payments.monthly.get(m.id), months, owes, ended);
    const base = baseIn(bs, shownBaseMonth) ?? bs[0] ?? null;
    return {
      memberId: m.id, name: m.name, idNumber: m.idNumber, orgId: m.orgId, orgName: m.orgName, base: base && baseOut(base),
      months: ms, totals: duesTotals(ms, current),
    };
  });
}

type Board = { stamp: string; year: number; today: string; orgId: number | undefined; value: DuesMemberRow[] };
const boardCache = new WeakMap<Db, Board>();

/** yearRows kept until the data changes, so paging through 30,000 members does not recompute them. */
export function cachedYearRows(d: Db, year: number, today: string, orgId: number | undefined, stamp: string): DuesMemberRow[] {
  const cached = boardCache.get(d);
  if (cached && cached.stamp === stamp && cached.year === year && cached.today === today && cached.orgId === orgId) return cached.value;
  const value = yearRows(d, year, today, { orgId });
  boardCache.set(d, { stamp, year, today, orgId, value });
  return value;
}

/**
 * After a write that changed only one member's 党费 (a payment recorded, corrected or voided, a
 * base saved): the kept rows, if they were current just before it (`before`), get that member's
 * row worked out again and stay current under `after`, instead of 30,000 members recomputed on
 * the next page. Any other write between the two leaves the stamps apart and the rows recompute.
 */
export function refreshMemberRow(d: Db, memberId: number, before: string, after: string): void {
  const cached = boardCache.get(d);
  if (!cached || cached.stamp !== before) return;
  const i = cached.value.findIndex((r) => r.memberId === memberId);
  const row = i < 0 ? undefined : yearRows(d, cached.year, cached.today, { memberId })[0];
  if (i >= 0 && !row) {
    boardCache.delete(d);
    return;
  }
  // A new list: a ledger being written from the old one keeps reading the rows it started with.
  const value = row ? cached.value.map((r, k) => (k === i ? row : r)) : cached.value;
  boardCache.set(d, { ...cached, stamp: after, value });
}

const attentionCache = new WeakMap<Db, { key: string; value: AttentionItem[] }>();

/**
 * Members of the roster now with a current run of unpaid months or of months absent from
 * organisational life. `stamp` (ctx.dataStamp()) lets 工作台 and the page share one computation
 * until the data changes.
 */
export function attentionList(d: Db, today: string, orgId?: number, stamp?: string): AttentionItem[] {
  const key = `${stamp}|${today}|${orgId ?? ''}`;
  const cached = stamp === undefined ? undefined : attentionCache.get(d);
  if (cached?.key === key) return cached.value;
  const value = computeAttention(d, today, orgId);
  if (stamp !== undefined) attentionCache.set(d, { key, value });
  return value;
}

function computeAttention(d: Db, today: string, orgId?: number): AttentionItem[] {
  const rules = readDuesTermRules(d);
  const orgPath = orgId ? (getOrg(d, orgId)?.path ?? '/none/') : undefined;
  const current = today.slice(0, 7);
  const lastEnded = addMonthsTo(current, -1);
  const first = addMonthsTo(lastEnded, -LOOKBACK_MONTHS + 1);
  const members = db.duesMembers(d, `${first}-01`, today, { orgPath, activeOnly: true });
  const bases = db.allBases(d, orgPath);
  const payments = db.paymentsTouching(d, addMonthsTo(first, -LOOKBACK_MONTHS), lastEnded, orgPath);
  // Only members absent from every meeting of the last `absentMonths` months can have such a run.
  const window = `${addMonthsTo(current, -rules.absentMonths + 1)}-01`;
  const life = db.lifeMonths(d, `${first}-01`, today, db.alwaysAbsent(d, window, today));
  const months = monthRange(first, lastEnded);
  const out: AttentionItem[] = [];
  for (const m of members) {
    const who = { memberId: m.id, name: m.name, orgId: m.orgId, orgName: m.orgName, source: rules.attentionSource };
    const unpaid = unpaidRun(memberMonths(bases.get(m.id) ?? [], payments.get(m.id) ?? [], months, owesFn(m, lastEnded)), rules.unpaidMonths);
    if (unpaid) out.push({ ...who, kind: '未交党费', ...unpaid, text: `${monthLabel(unpaid.from)}至${monthLabel(unpaid.to)}连续${unpaid.months}个月未交纳党费` });
    const absent = absentRun(life.get(m.id) ?? [], rules.absentMonths);
    if (absent) out.push({ ...who, kind: '未参加组织生活', ...absent, text: `${monthLabel(absent.from)}至${monthLabel(absent.to)}连续${absent.months}个月未参加党的组织生活（三会一课均记为缺席）` });
  }
  return out;
}
