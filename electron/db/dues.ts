// SQL for 党费: members' bases (one row per month a base applies from) and payments (never
// changed once written: a correction voids one and records another).
import type { DuesKind } from '../domain/dues';
import type { DuesBase, DuesPayment } from '../domain/duesMonths';
import type { Db } from './open';
import { ON_ROSTER_FROM } from './stats';
import { stmt } from './stmt';

export type StoredBase = DuesBase & { id: number; memberId: number };
export type StoredPayment = DuesPayment & { memberId: number; notes: string | null; voidedAt: string | null; voidReason: string | null; replacedBy: number | null; createdAt: string };

const BASE_SQL = 'SELECT id, member_id, from_month, kind, base_fen, override_fen, override_reason FROM dues_bases';
type BaseRaw = [number, number, string, DuesKind, number, number | null, string | null];
const toBase = ([id, memberId, fromMonth, kind, baseFen, overrideFen, overrideReason]: BaseRaw): StoredBase => ({ id, memberId, fromMonth, kind, baseFen, overrideFen, overrideReason });

export function basesOf(db: Db, memberId: number): StoredBase[] {
  return (stmt(db, `${BASE_SQL} WHERE member_id = ? ORDER BY from_month`).raw().all(memberId) as BaseRaw[]).map(toBase);
}

export function getBase(db: Db, memberId: number, fromMonth: string): StoredBase | undefined {
  const r = stmt(db, `${BASE_SQL} WHERE member_id = ? AND from_month = ?`).raw().get(memberId, fromMonth) as BaseRaw | undefined;
  return r && toBase(r);
}

/** Sets the base applying from a month; the same month saved again is a correction of that row (the caller audits it). */
export function putBase(db: Db, memberId: number, b: DuesBase, now: string): number {
  stmt(
    db,
    `INSERT INTO dues_bases (member_id, from_month, kind, base_fen, override_fen, override_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (member_id, from_month) DO UPDATE SET kind = excluded.kind, base_fen = excluded.base_fen, override_fen = excluded.override_fen,
       override_reason = excluded.override_reason, updated_at = excluded.updated_at`,
  ).run(memberId, b.fromMonth, b.kind, b.baseFen, b.overrideFen, b.overrideReason, now, now);
  return getBase(db, memberId, b.fromMonth)!.id;
}

/** Every base of every member (or of those in an org subtree), grouped by member, oldest first. */
export function allBases(db: Db, orgPath?: string): Map<number, DuesBase[]> {
  const rows = (
    orgPath
      ? stmt(db, `${BASE_SQL} WHERE member_id IN (SELECT m.id FROM members m JOIN orgs o ON o.id = m.org_id WHERE o.path LIKE ? || '%') ORDER BY member_id, from_month`).raw().all(orgPath)
      : stmt(db, `${BASE_SQL} ORDER BY member_id, from_month`).raw().all()
  ) as BaseRaw[];
  const out = new Map<number, DuesBase[]>();
  for (const [, memberId, fromMonth, kind, baseFen, overrideFen, overrideReason] of rows) {
    let list = out.get(memberId);
    if (!list) out.set(memberId, (list = []));
    list.push({ fromMonth, kind, baseFen, overrideFen, overrideReason });
  }
  return out;
}

const PAY_SQL = 'SELECT id, member_id, paid_on, from_month, to_month, amount_fen, notes, voided_at, void_reason, replaced_by, created_at FROM dues_payments';
type PayRaw = [number, number, string, string, string, number, string | null, string | null, string | null, number | null, string];
const toPayment = ([id, memberId, paidOn, fromMonth, toMonth, amountFen, notes, voidedAt, voidReason, replacedBy, createdAt]: PayRaw): StoredPayment => ({
  id, memberId, paidOn, fromMonth, toMonth, amountFen, notes, voidedAt, voidReason, replacedBy, createdAt,
});

export function paymentsOf(db: Db, memberId: number): StoredPayment[] {
  return (stmt(db, `${PAY_SQL} WHERE member_id = ? ORDER BY paid_on DESC, id DESC`).raw().all(memberId) as PayRaw[]).map(toPayment);
}

export function getPayment(db: Db, id: number): StoredPayment | undefined {
  const r = stmt(db, `${PAY_SQL} WHERE id = ?`).raw().get(id) as PayRaw | undefined;
  return r && toPayment(r);
}

export type NewPayment = { memberId: number; paidOn: string; fromMonth: string; toMonth: string; amountFen: number; notes: string | null };

export function insertPayment(db: Db, p: NewPayment, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO dues_payments (member_id, paid_on, from_month, to_month, amount_fen, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      p.memberId, p.paidOn, p.fromMonth, p.toMonth, p.amountFen, p.notes, now,
    ).lastInsertRowid,
  );
}

export function voidPayment(db: Db, id: number, reason: string, now: string, replacedBy: number | null): void {
  stmt(db, 'UPDATE dues_payments SET voided_at = ?, void_reason = ?, replaced_by = ? WHERE id = ? AND voided_at IS NULL').run(now, reason, replacedBy, id);
}

/** Payments in force (not voided) touching the months from..to, grouped by member. */
export function paymentsTouching(db: Db, from: string, to: string, orgPath?: string): Map<number, DuesPayment[]> {
  // A year touches nearly every payment: reading the table in order is about twice as fast as
  // following dues_payments_months row by row (0.5 s against 0.9 s for 234,000 payments).
  const sql = `SELECT id, member_id, paid_on, from_month, to_month, amount_fen FROM dues_payments NOT INDEXED WHERE voided_at IS NULL AND to_month >= ? AND from_month <= ?`;
  const rows = (
    orgPath
      ? stmt(db, `${sql} AND member_id IN (SELECT m.id FROM members m JOIN orgs o ON o.id = m.org_id WHERE o.path LIKE ? || '%')`).raw().all(from, to, orgPath)
      : stmt(db, sql).raw().all(from, to)
  ) as [number, number, string, string, string, number][];
  const out = new Map<number, DuesPayment[]>();
  for (const [id, memberId, paidOn, fromMonth, toMonth, amountFen] of rows) {
    let list = out.get(memberId);
    if (!list) out.set(memberId, (list = []));
    list.push({ id, paidOn, fromMonth, toMonth, amountFen });
  }
  return out;
}

/**
 * The payments a run of months (`months`, consecutive, oldest first) needs, read in two parts:
 * members with a payment spanning months get every payment reaching back to `lookbackFrom` (the
 * order they were paid in decides where a spanning one lands); everyone else gets, per month
 * shown, the total of their one-month payments, one integer column per month (a one-month payment
 * stays whole in its month, see allocate). On a large committee this reads 30,000 short rows of
 * integers instead of a quarter of a million payments.
 */
export function paymentsForMonths(
  db: Db,
  months: readonly string[],
  lookbackFrom: string,
  orgPath?: string,
): { spanning: Map<number, DuesPayment[]>; monthly: Map<number, (number | null)[]> } {
  const from = months[0]!;
  const to = months[months.length - 1]!;
  const scope = orgPath ? 'AND member_id IN (SELECT m.id FROM members m JOIN orgs o ON o.id = m.org_id WHERE o.path LIKE ? || \'%\')' : '';
  const scoped = (...params: unknown[]) => (orgPath ? [...params, orgPath] : params);
  // The whole committee's year touches nearly every payment: reading the table in order beats
  // following an index row by row. A 党总支 or 党支部 is found through the member index.
  const byMember = orgPath ? 'INDEXED BY dues_payments_member' : 'NOT INDEXED';
  const spanners = `SELECT member_id FROM dues_payments NOT INDEXED WHERE voided_at IS NULL AND from_month <> to_month AND to_month >= ? AND from_month <= ?`;
  const spanning = new Map<number, DuesPayment[]>();
  const rows = stmt(
    db,
    `SELECT id, member_id, paid_on, from_month, to_month, amount_fen FROM dues_payments ${byMember}
     WHERE voided_at IS NULL AND to_month >= ? AND from_month <= ? AND member_id IN (${spanners}) ${scope}`,
  ).raw().all(...scoped(lookbackFrom, to, lookbackFrom, to)) as [number, number, string, string, string, number][];
  for (const [id, memberId, paidOn, fromMonth, toMonth, amountFen] of rows) {
    let list = spanning.get(memberId);
    if (!list) spanning.set(memberId, (list = []));
    list.push({ id, paidOn, fromMonth, toMonth, amountFen });
  }
  const columns = months.map(() => 'sum(CASE WHEN from_month = ? THEN amount_fen END)').join(', ');
  const monthly = new Map<number, (number | null)[]>();
  const sums = stmt(
    db,
    `SELECT member_id, ${columns} FROM dues_payments ${byMember}
     WHERE voided_at IS NULL AND from_month = to_month AND from_month BETWEEN ? AND ? AND member_id NOT IN (${spanners}) ${scope}
     GROUP BY member_id`,
  ).raw().all(...scoped(...months, from, to, lookbackFrom, to)) as [number, ...(number | null)[]][];
  for (const [memberId, ...paid] of sums) monthly.set(memberId, paid);
  return { spanning, monthly };
}

/** A member as the dues ledger needs them: who, where, and the months they were on the roster. */
/** `joinedOn`: on this unit's roster from (the 转入 date of a member who transferred in, else 入党时间). */
export type DuesMember = { id: number; name: string; idNumber: string; orgId: number; orgName: string; joinedOn: string | null; status: string; statusDate: string | null };

/**
 * Members on the roster at some time between two dates (in 在册, or left after `from`), in branch
 * order then name; optionally within an org subtree or one member.
 */
export function duesMembers(db: Db, from: string, to: string, opts: { orgPath?: string; memberId?: number; activeOnly?: boolean } = {}): DuesMember[] {
  const rows = stmt(
    db,
    `SELECT m.id, m.name, m.id_number, m.org_id, o.name, ${ON_ROSTER_FROM}, m.status, m.status_date FROM members m JOIN orgs o ON o.id = m.org_id
     WHERE (m.status = '在册' OR (? = 0 AND m.status_date >= ?)) AND (${ON_ROSTER_FROM} IS NULL OR ${ON_ROSTER_FROM} <= ?)
       AND (? IS NULL OR o.path LIKE ? || '%') AND (? IS NULL OR m.id = ?)
     ORDER BY o.sort_order, m.org_id, m.name_key, m.id`,
  ).raw().all(opts.activeOnly ? 1 : 0, from, to, opts.orgPath ?? null, opts.orgPath ?? null, opts.memberId ?? null, opts.memberId ?? null) as [number, string, string, number, string, string | null, string, string | null][];
  return rows.map(([id, name, idNumber, orgId, orgName, joinedOn, status, statusDate]) => ({ id, name, idNumber, orgId, orgName, joinedOn, status, statusDate }));
}

/**
 * Members recorded at meetings between two dates who were 缺席 at all of them: the only ones who can
 * have a current run of absent months covering that window.
 */
export function alwaysAbsent(db: Db, from: string, to: string): number[] {
  return stmt(
    db,
    `SELECT a.member_id FROM meetings m JOIN meeting_attendance a ON a.meeting_id = m.id
     WHERE m.deleted_at IS NULL AND m.held_on BETWEEN ? AND ? GROUP BY a.member_id HAVING max(a.status <> '缺席') = 0`,
  ).pluck().all(from, to) as number[];
}

/** Per member (of those given) and month, which attendance statuses were recorded at meetings held between two dates. */
export function lifeMonths(db: Db, from: string, to: string, memberIds: number[]): Map<number, { month: string; present: boolean; excused: boolean; absent: boolean }[]> {
  const out = new Map<number, { month: string; present: boolean; excused: boolean; absent: boolean }[]>();
  if (memberIds.length === 0) return out;
  const rows = stmt(
    db,
    `SELECT a.member_id, substr(m.held_on, 1, 7) AS month, max(a.status = '出席'), max(a.status = '请假'), max(a.status = '缺席')
     FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id
     WHERE a.member_id IN (SELECT value FROM json_each(?)) AND m.deleted_at IS NULL AND m.held_on BETWEEN ? AND ? GROUP BY a.member_id, month`,
  ).raw().all(JSON.stringify(memberIds), from, to) as [number, string, number, number, number][];
  for (const [memberId, month, p, e, a] of rows) {
    let list = out.get(memberId);
    if (!list) out.set(memberId, (list = []));
    list.push({ month, present: p === 1, excused: e === 1, absent: a === 1 });
  }
  return out;
}
