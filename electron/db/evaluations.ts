// 领导点评, 民主评议党员 and 群众满意度测评.
import type { LeaderComment } from '../model/comments';
import type { EvaluationRow } from '../model/evaluations';
import type { SatisfactionRow } from '../model/satisfaction';
import { satisfactionRate } from '../domain/cycle';
import type { Db } from './open';
import { stmt } from './stmt';

const COMMENT = `c.id, c.year, c.leader, c.org_id AS orgId, o.name AS orgName, c.member_id AS memberId, m.name AS memberName, c.content, c.on_date AS onDate
  FROM leader_comments c JOIN orgs o ON o.id = c.org_id LEFT JOIN members m ON m.id = c.member_id`;

export function listComments(db: Db, year: number): LeaderComment[] {
  return stmt(db, `SELECT ${COMMENT} WHERE c.year = ? ORDER BY c.on_date DESC, c.id DESC`).all(year) as LeaderComment[];
}

export function getComment(db: Db, id: number): LeaderComment | undefined {
  return stmt(db, `SELECT ${COMMENT} WHERE c.id = ?`).get(id) as LeaderComment | undefined;
}

export type CommentFields = { year: number; leader: string; orgId: number; memberId: number | null; content: string; onDate: string };

export function saveComment(db: Db, id: number | undefined, c: CommentFields, now: string): number {
  if (id) {
    stmt(db, 'UPDATE leader_comments SET year = ?, leader = ?, org_id = ?, member_id = ?, content = ?, on_date = ? WHERE id = ?').run(c.year, c.leader, c.orgId, c.memberId, c.content, c.onDate, id);
    return id;
  }
  return Number(
    stmt(db, 'INSERT INTO leader_comments (year, leader, org_id, member_id, content, on_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(c.year, c.leader, c.orgId, c.memberId, c.content, c.onDate, now).lastInsertRowid,
  );
}

export function deleteComment(db: Db, id: number): void {
  stmt(db, 'DELETE FROM leader_comments WHERE id = ?').run(id);
}

/** A branch's active members with their evaluation for the year (blank where none yet). */
export function branchEvaluations(db: Db, year: number, orgId: number): EvaluationRow[] {
  return stmt(
    db,
    `SELECT m.id AS memberId, m.name, m.member_type AS memberType, e.mass_score AS massScore, e.peer_score AS peerScore, e.grade, e.exception_reason AS exceptionReason
     FROM members m LEFT JOIN member_evaluations e ON e.member_id = m.id AND e.year = ?
     WHERE m.org_id = ? AND m.status = '在册' ORDER BY m.name_key, m.id`,
  ).all(year, orgId) as EvaluationRow[];
}

export function upsertEvaluation(db: Db, year: number, orgId: number, r: Omit<EvaluationRow, 'name' | 'memberType'>, now: string): void {
  stmt(
    db,
    `INSERT INTO member_evaluations (year, member_id, org_id, mass_score, peer_score, grade, exception_reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(year, member_id) DO UPDATE SET org_id = excluded.org_id, mass_score = excluded.mass_score, peer_score = excluded.peer_score,
       grade = excluded.grade, exception_reason = excluded.exception_reason, updated_at = excluded.updated_at`,
  ).run(year, r.memberId, orgId, r.massScore, r.peerScore, r.grade, r.exceptionReason, now);
}

/** Grade counts per branch for a year: the evaluation ledger's and the grading evidence's figures. */
export function gradeCountsByOrg(db: Db, year: number): Map<number, Record<string, number>> {
  const out = new Map<number, Record<string, number>>();
  for (const r of stmt(db, 'SELECT org_id AS orgId, grade, count(*) AS n FROM member_evaluations WHERE year = ? AND grade IS NOT NULL GROUP BY 1, 2').all(year) as { orgId: number; grade: string; n: number }[]) {
    out.set(r.orgId, { ...(out.get(r.orgId) ?? {}), [r.grade]: r.n });
  }
  return out;
}

/** Every evaluated member of a year, for the ledger, in branch order. */
export function evaluationsOfYear(db: Db, year: number): (EvaluationRow & { orgId: number; orgName: string })[] {
  return stmt(
    db,
    `SELECT e.member_id AS memberId, m.name, m.member_type AS memberType, e.mass_score AS massScore, e.peer_score AS peerScore, e.grade, e.exception_reason AS exceptionReason,
       e.org_id AS orgId, o.name AS orgName
     FROM member_evaluations e JOIN members m ON m.id = e.member_id JOIN orgs o ON o.id = e.org_id
     WHERE e.year = ? ORDER BY o.sort_order, o.id, m.name_key, m.id`,
  ).all(year) as (EvaluationRow & { orgId: number; orgName: string })[];
}

const SURVEY = `s.id, s.year, s.org_id AS orgId, o.name AS orgName, s.service_window AS serviceWindow, s.satisfied, s.basic, s.dissatisfied, s.on_date AS onDate
  FROM satisfaction_surveys s JOIN orgs o ON o.id = s.org_id`;

export function listSurveys(db: Db, year: number): SatisfactionRow[] {
  return (stmt(db, `SELECT ${SURVEY} WHERE s.year = ? ORDER BY o.sort_order, o.id, s.service_window`).all(year) as Omit<SatisfactionRow, 'rate'>[]).map((r) => ({ ...r, rate: satisfactionRate(r) }));
}

export function getSurvey(db: Db, id: number): SatisfactionRow | undefined {
  const r = stmt(db, `SELECT ${SURVEY} WHERE s.id = ?`).get(id) as Omit<SatisfactionRow, 'rate'> | undefined;
  return r && { ...r, rate: satisfactionRate(r) };
}

export type SurveyFields = { year: number; orgId: number; serviceWindow: string | null; satisfied: number; basic: number; dissatisfied: number; onDate: string };

export function saveSurvey(db: Db, id: number | undefined, s: SurveyFields, now: string): number {
  if (id) {
    stmt(db, 'UPDATE satisfaction_surveys SET year = ?, org_id = ?, service_window = ?, satisfied = ?, basic = ?, dissatisfied = ?, on_date = ? WHERE id = ?').run(
      s.year, s.orgId, s.serviceWindow, s.satisfied, s.basic, s.dissatisfied, s.onDate, id,
    );
    return id;
  }
  return Number(
    stmt(db, 'INSERT INTO satisfaction_surveys (year, org_id, service_window, satisfied, basic, dissatisfied, on_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      s.year, s.orgId, s.serviceWindow, s.satisfied, s.basic, s.dissatisfied, s.onDate, now,
    ).lastInsertRowid,
  );
}

export function deleteSurvey(db: Db, id: number): void {
  stmt(db, 'DELETE FROM satisfaction_surveys WHERE id = ?').run(id);
}
