// SQL for 换届: each branch committee's terms (newest is current) and who was elected.
import type { Db } from './open';
import { stmt } from './stmt';

export type StoredTerm = { id: number; orgId: number; startedOn: string; years: number; electionMeetingId: number | null; meetingLabel: string | null; notes: string | null };
export type TermMember = { role: string; memberId: number | null; name: string };

const TERM_SQL = `SELECT t.id, t.org_id, t.started_on, t.years, t.election_meeting_id, CASE WHEN m.id IS NULL THEN NULL ELSE m.held_on || ' ' || m.type || '：' || m.topic END, t.notes
  FROM org_terms t LEFT JOIN meetings m ON m.id = t.election_meeting_id`;
type TermRaw = [number, number, string, number, number | null, string | null, string | null];
const toTerm = ([id, orgId, startedOn, years, electionMeetingId, meetingLabel, notes]: TermRaw): StoredTerm => ({ id, orgId, startedOn, years, electionMeetingId, meetingLabel, notes });

/** Every term of every branch, newest first within a branch. */
export function allTerms(db: Db): Map<number, StoredTerm[]> {
  const out = new Map<number, StoredTerm[]>();
  for (const r of stmt(db, `${TERM_SQL} ORDER BY t.org_id, t.started_on DESC`).raw().all() as TermRaw[]) {
    const t = toTerm(r);
    let list = out.get(t.orgId);
    if (!list) out.set(t.orgId, (list = []));
    list.push(t);
  }
  return out;
}

export function termsOf(db: Db, orgId: number): StoredTerm[] {
  return (stmt(db, `${TERM_SQL} WHERE t.org_id = ? ORDER BY t.started_on DESC`).raw().all(orgId) as TermRaw[]).map(toTerm);
}

export function termMembers(db: Db): Map<number, TermMember[]> {
  const out = new Map<number, TermMember[]>();
  for (const [termId, role, memberId, name] of stmt(db, 'SELECT term_id, role, member_id, name FROM org_term_members ORDER BY term_id, position').raw().all() as [number, string, number | null, string][]) {
    let list = out.get(termId);
    if (!list) out.set(termId, (list = []));
    list.push({ role, memberId, name });
  }
  return out;
}

export function insertTerm(db: Db, t: { orgId: number; startedOn: string; years: number; electionMeetingId: number | null; notes: string | null }, members: TermMember[], now: string): number {
  const id = Number(
    stmt(db, 'INSERT INTO org_terms (org_id, started_on, years, election_meeting_id, notes, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(t.orgId, t.startedOn, t.years, t.electionMeetingId, t.notes, now)
      .lastInsertRowid,
  );
  const ins = stmt(db, 'INSERT INTO org_term_members (term_id, position, role, member_id, name) VALUES (?, ?, ?, ?, ?)');
  members.forEach((m, i) => ins.run(id, i + 1, m.role, m.memberId, m.name));
  return id;
}

/** A branch's committee roles still in office, ended on the election day when a new committee takes over; returns who held them. */
export function endOpenRoles(db: Db, orgId: number, endedOn: string): number[] {
  const holders = stmt(db, `SELECT member_id FROM org_roles WHERE org_id = ? AND ended_on IS NULL AND role <> '组长' AND member_id IS NOT NULL`).pluck().all(orgId) as number[];
  stmt(db, 'UPDATE org_roles SET ended_on = ? WHERE org_id = ? AND ended_on IS NULL AND role <> ?').run(endedOn, orgId, '组长');
  return holders;
}

/** The roster's 支部书记 mark follows the 书记 roles in office, for the members a 换届 touched. */
export function syncSecretaryMarks(db: Db, memberIds: number[]): void {
  stmt(
    db,
    `UPDATE members SET is_secretary = EXISTS (SELECT 1 FROM org_roles r WHERE r.member_id = members.id AND r.role = '书记' AND r.ended_on IS NULL)
     WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(JSON.stringify(memberIds));
}

/** The earliest term start and latest term end among a branch's roles in office, for branches with no 换届 recorded yet. */
export function roleTerms(db: Db): Map<number, { start: string | null; end: string | null }> {
  const rows = stmt(db, `SELECT org_id, min(term_start), max(term_end) FROM org_roles WHERE ended_on IS NULL AND role <> '组长' GROUP BY org_id`).raw().all() as [number, string | null, string | null][];
  return new Map(rows.map(([orgId, start, end]) => [orgId, { start, end }]));
}
