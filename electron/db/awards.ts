// 评选表彰 rounds and their nominees.
import type { AwardRound, Nominee } from '../model/awards';
import type { Db } from './open';
import { stmt } from './stmt';

const ROUND = `r.id, r.year, r.title, r.target, r.criteria, r.quota, r.criteria_published_on AS criteriaPublishedOn, r.publicity_from AS publicityFrom,
  r.publicity_to AS publicityTo, r.contact, r.decided_on AS decidedOn, r.decision_ref AS decisionRef, r.finalised_at AS finalisedAt,
  (SELECT count(*) FROM award_nominees n WHERE n.round_id = r.id) AS nominees,
  (SELECT count(*) FROM award_nominees n WHERE n.round_id = r.id AND n.shortlisted = 1) AS shortlisted,
  (SELECT count(*) FROM award_nominees n WHERE n.round_id = r.id AND n.awarded = 1) AS awarded
  FROM award_rounds r`;

export function listRounds(db: Db, year: number): AwardRound[] {
  return stmt(db, `SELECT ${ROUND} WHERE r.year = ? ORDER BY r.id`).all(year) as AwardRound[];
}

export function getRound(db: Db, id: number): AwardRound | undefined {
  return stmt(db, `SELECT ${ROUND} WHERE r.id = ?`).get(id) as AwardRound | undefined;
}

export type RoundFields = Omit<AwardRound, 'id' | 'finalisedAt' | 'nominees' | 'shortlisted' | 'awarded'>;
const COLS: [keyof RoundFields, string][] = [
  ['year', 'year'], ['title', 'title'], ['target', 'target'], ['criteria', 'criteria'], ['quota', 'quota'], ['criteriaPublishedOn', 'criteria_published_on'],
  ['publicityFrom', 'publicity_from'], ['publicityTo', 'publicity_to'], ['contact', 'contact'], ['decidedOn', 'decided_on'], ['decisionRef', 'decision_ref'],
];

export function saveRound(db: Db, id: number | undefined, r: RoundFields, now: string): number {
  const vals = COLS.map(([k]) => r[k]);
  if (id) {
    stmt(db, `UPDATE award_rounds SET ${COLS.map(([, c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...vals, now, id);
    return id;
  }
  return Number(
    stmt(db, `INSERT INTO award_rounds (${COLS.map(([, c]) => c).join(', ')}, created_at, updated_at) VALUES (${COLS.map(() => '?').join(', ')}, ?, ?)`).run(...vals, now, now)
      .lastInsertRowid,
  );
}

export function deleteRound(db: Db, id: number): void {
  stmt(db, 'DELETE FROM award_nominees WHERE round_id = ?').run(id);
  stmt(db, 'DELETE FROM award_rounds WHERE id = ?').run(id);
}

export function setFinalised(db: Db, id: number, at: string | null): void {
  stmt(db, 'UPDATE award_rounds SET finalised_at = ?, updated_at = coalesce(?, updated_at) WHERE id = ?').run(at, at, id);
  // The awarded are the shortlisted at the moment of the decision.
  stmt(db, 'UPDATE award_nominees SET awarded = CASE WHEN ? IS NOT NULL THEN shortlisted ELSE 0 END WHERE round_id = ?').run(at, id);
}

const NOMINEE = `n.id, n.round_id AS roundId, n.org_id AS orgId, o.name AS orgName, n.member_id AS memberId, m.name AS memberName,
  coalesce(m.name, o.name) AS name, n.by_org AS byOrg, n.by_masses AS byMasses, n.org_assessment AS orgAssessment, n.mass_rating AS massRating,
  n.leader_comment AS leaderComment, n.shortlisted, n.awarded
  FROM award_nominees n JOIN orgs o ON o.id = n.org_id LEFT JOIN members m ON m.id = n.member_id`;

type RawNominee = Omit<Nominee, 'byOrg' | 'byMasses' | 'shortlisted' | 'awarded'> & { byOrg: number; byMasses: number; shortlisted: number; awarded: number };
const toNominee = (r: RawNominee): Nominee => ({ ...r, byOrg: r.byOrg === 1, byMasses: r.byMasses === 1, shortlisted: r.shortlisted === 1, awarded: r.awarded === 1 });

export function listNominees(db: Db, roundId: number): Nominee[] {
  return (stmt(db, `SELECT ${NOMINEE} WHERE n.round_id = ? ORDER BY o.sort_order, o.id, m.name_key, n.id`).all(roundId) as RawNominee[]).map(toNominee);
}

export function getNominee(db: Db, id: number): Nominee | undefined {
  const r = stmt(db, `SELECT ${NOMINEE} WHERE n.id = ?`).get(id) as RawNominee | undefined;
  return r && toNominee(r);
}

export function findNominee(db: Db, roundId: number, orgId: number, memberId: number | null): number | undefined {
  return (stmt(db, 'SELECT id FROM award_nominees WHERE round_id = ? AND org_id = ? AND ifnull(member_id, 0) = ?').get(roundId, orgId, memberId ?? 0) as { id: number } | undefined)?.id;
}

export type NomineeFields = Pick<Nominee, 'roundId' | 'orgId' | 'memberId' | 'byOrg' | 'byMasses' | 'orgAssessment' | 'massRating' | 'leaderComment' | 'shortlisted'>;

export function saveNominee(db: Db, id: number | undefined, n: NomineeFields, now: string): number {
  const vals = [n.orgId, n.memberId, n.byOrg ? 1 : 0, n.byMasses ? 1 : 0, n.orgAssessment, n.massRating, n.leaderComment, n.shortlisted ? 1 : 0];
  if (id) {
    stmt(db, 'UPDATE award_nominees SET org_id = ?, member_id = ?, by_org = ?, by_masses = ?, org_assessment = ?, mass_rating = ?, leader_comment = ?, shortlisted = ? WHERE id = ?').run(...vals, id);
    return id;
  }
  return Number(
    stmt(db, 'INSERT INTO award_nominees (org_id, member_id, by_org, by_masses, org_assessment, mass_rating, leader_comment, shortlisted, round_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...vals, n.roundId, now,
    ).lastInsertRowid,
  );
}

export function deleteNominee(db: Db, id: number): void {
  stmt(db, 'DELETE FROM award_nominees WHERE id = ?').run(id);
}
