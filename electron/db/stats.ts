// The SQL of the measures (electron/domain/measures) that no other area already answers: the
// roster on a day, its people with their 入党/转正/转入 dates, the 发展党员 records beside them, and
// the 党总支 under an organisation. Scope is an org path ('/1/4/'), or all.
import type { RecruitPerson, RosterPerson } from '../domain/measures';
import type { Db } from './open';
import { stmt } from './stmt';

/** The reason a `created` member event carries when the member transferred in from another unit (转入). */
export const TRANSFER_IN_REASON = '从外单位转入';
/** The day member `m` transferred in (转入), or NULL: an SQL expression over alias m. */
export const ARRIVED = `(SELECT min(e.on_date) FROM member_events e WHERE e.member_id = m.id AND e.kind = 'created' AND e.reason = '${TRANSFER_IN_REASON}')`;

/** On this unit's roster from: the 转入 date of a member who transferred in, else 入党时间 (SQL over alias m). */
export const ON_ROSTER_FROM = `coalesce(${ARRIVED}, m.joined_on)`;

export function pathOfOrg(db: Db, orgId?: number): string | null {
  if (orgId === undefined) return null;
  return (stmt(db, 'SELECT path FROM orgs WHERE id = ?').get(orgId) as { path: string } | undefined)?.path ?? '/none/';
}

const IN_SCOPE = `(? IS NULL OR m.org_id IN (SELECT id FROM orgs WHERE path LIKE ? || '%'))`;

/**
 * Members on the roster on a day: joined (入党时间) and arrived (转入) by then, dates unknown counting
 * as long ago, and not yet left. Probationary on that day: not confirmed by then.
 */
export function membersOn(db: Db, day: string, path: string | null): { total: number; probationary: number } {
  return stmt(
    db,
    `SELECT count(*) AS total,
       coalesce(sum(CASE WHEN m.confirmed_on IS NOT NULL THEN m.confirmed_on > ? ELSE m.member_type = '预备党员' END), 0) AS probationary
     FROM members m
     WHERE (m.joined_on IS NULL OR m.joined_on <= ?) AND coalesce(${ARRIVED}, '') <= ? AND (m.status = '在册' OR m.status_date > ?) AND ${IN_SCOPE}`,
  ).get(day, day, day, day, path, path) as { total: number; probationary: number };
}

/** An org path ('/1/4/') or null for everything. */
export type MeasureScope = string | null;

/** Both records of people in a scope, as the people measures take them. */
export function recordPeople(db: Db, path: MeasureScope): { roster: RosterPerson[]; recruits: RecruitPerson[] } {
  return { roster: rosterPeople(db, path), recruits: recruitPeople(db, path) };
}

/** Every member in the scope with the dates the people measures need. */
export function rosterPeople(db: Db, path: string | null): RosterPerson[] {
  const rows = stmt(
    db,
    `SELECT m.id, m.name, o.name, m.joined_on, m.confirmed_on, ${ARRIVED} FROM members m JOIN orgs o ON o.id = m.org_id WHERE ${IN_SCOPE} ORDER BY o.sort_order, o.id, m.id`,
  ).raw().all(path, path) as [number, string, string, string | null, string | null, string | null][];
  return rows.map(([memberId, name, orgName, joinedOn, confirmedOn, arrivedOn]) => ({ memberId, name, orgName, joinedOn, confirmedOn, arrivedOn }));
}

/** 发展党员 records in the scope (by the record's branch), matched to the roster by link or 身份证号. */
export function recruitPeople(db: Db, path: string | null): RecruitPerson[] {
  const rows = stmt(
    db,
    `SELECT r.id, coalesce(r.member_id, (SELECT m.id FROM members m WHERE m.id_number = r.id_number)), r.name, o.name, r.admission_meeting_on, r.approved_on,
       r.confirmation_meeting_on, r.confirmation_approved_on
     FROM recruits r JOIN orgs o ON o.id = r.org_id WHERE (? IS NULL OR o.path LIKE ? || '%') ORDER BY o.sort_order, o.id, r.id`,
  ).raw().all(path, path) as [number, number | null, string, string, string | null, string | null, string | null, string | null][];
  return rows.map(([recruitId, memberId, name, orgName, admissionMeetingOn, approvedOn, confirmationMeetingOn, confirmationApprovedOn]) => ({
    recruitId, memberId, name, orgName, admissionMeetingOn, approvedOn, confirmationMeetingOn, confirmationApprovedOn,
  }));
}

/** Members who left the roster between two days, by status (转出, 停止党籍, 出党, 去世). */
export function leftBetween(db: Db, from: string, to: string, path: string | null): Record<string, number> {
  const rows = stmt(
    db,
    `SELECT m.status, count(*) FROM members m WHERE m.status <> '在册' AND m.status_date BETWEEN ? AND ? AND ${IN_SCOPE} GROUP BY m.status ORDER BY m.status`,
  ).raw().all(from, to, path, path) as [string, number][];
  return Object.fromEntries(rows);
}

/** 党总支 within the scope that existed at some point of the period. */
export function generalBranchesDuring(db: Db, from: string, to: string, path: string | null): number {
  return (
    stmt(
      db,
      `SELECT count(*) AS n FROM orgs WHERE kind = 'general_branch' AND (founded_on IS NULL OR founded_on <= ?) AND (dissolved_on IS NULL OR dissolved_on >= ?)
       AND (? IS NULL OR path LIKE ? || '%')`,
    ).get(to, from, path, path) as { n: number }
  ).n;
}

/** Ids of every organisation within the scope (itself included). */
export function orgIdsUnder(db: Db, path: string | null): Set<number> {
  return new Set(stmt(db, `SELECT id FROM orgs WHERE (? IS NULL OR path LIKE ? || '%')`).pluck().all(path, path) as number[]);
}

/** The year's 公开承诺 of the given branches: branch and member commitments, rated, by rating. */
export function commitmentCounts(db: Db, year: number, branchIds: Set<number>, scale: readonly string[]) {
  const rows = stmt(
    db,
    `SELECT c.org_id, c.member_id IS NULL, c.rating, count(*) FROM commitments c JOIN campaigns k ON k.id = c.campaign_id WHERE k.year = ? GROUP BY 1, 2, 3`,
  ).raw().all(year) as [number, number, string | null, number][];
  const out = { total: 0, branch: 0, member: 0, rated: 0, ratings: [] as { rating: string; count: number }[] };
  const ratings = new Map<string, number>();
  for (const [orgId, isBranch, rating, n] of rows) {
    if (!branchIds.has(orgId)) continue;
    out.total += n;
    if (isBranch) out.branch += n;
    else out.member += n;
    if (rating !== null) (out.rated += n, ratings.set(rating, (ratings.get(rating) ?? 0) + n));
  }
  // In the order of the rating scale (好 before 较好 before 一般), any other value after it.
  const rank = (r: string) => (scale.includes(r) ? scale.indexOf(r) : scale.length);
  out.ratings = [...ratings].sort((a, b) => rank(a[0]) - rank(b[0])).map(([rating, count]) => ({ rating, count }));
  return out;
}
