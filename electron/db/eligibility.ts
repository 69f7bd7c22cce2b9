// The stored records the eligibility rules read: roles, honour nominees and 转正 dates with the
// person's party dates. One query each; the rules themselves are in domain/eligibility.
import type { Db } from './open';
import type { PartyDates } from '../domain/eligibility';

type Person = PartyDates & { memberId: number };
const PERSON = `m.id AS memberId, m.name, m.member_type AS memberType, m.joined_on AS joinedOn, m.confirmed_on AS confirmedOn`;

export type StoredRole = Person & { roleId: number; orgName: string; role: string; termStart: string };
export function rolesWithDates(db: Db): StoredRole[] {
  return db
    .prepare(`SELECT r.id AS roleId, o.name AS orgName, r.role, r.term_start AS termStart, ${PERSON}
      FROM org_roles r JOIN orgs o ON o.id = r.org_id JOIN members m ON m.id = r.member_id
      WHERE r.term_start IS NOT NULL ORDER BY o.path, r.id`)
    .all() as StoredRole[];
}

export type StoredMemberNominee = Person & { nomineeId: number; title: string; year: number; decidedOn: string | null; publicityFrom: string | null; criteriaPublishedOn: string | null };
export function memberNominees(db: Db): StoredMemberNominee[] {
  return db
    .prepare(`SELECT n.id AS nomineeId, a.title, a.year, a.decided_on AS decidedOn, a.publicity_from AS publicityFrom, a.criteria_published_on AS criteriaPublishedOn, ${PERSON}
      FROM award_nominees n JOIN award_rounds a ON a.id = n.round_id JOIN members m ON m.id = n.member_id
      WHERE a.target = 'member' ORDER BY a.year, a.id, n.id`)
    .all() as StoredMemberNominee[];
}

export type StoredOrgNominee = { nomineeId: number; title: string; year: number; name: string; foundedOn: string | null; dissolvedOn: string | null };
export function orgNominees(db: Db): StoredOrgNominee[] {
  return db
    .prepare(`SELECT n.id AS nomineeId, a.title, a.year, o.name, o.founded_on AS foundedOn, o.dissolved_on AS dissolvedOn
      FROM award_nominees n JOIN award_rounds a ON a.id = n.round_id JOIN orgs o ON o.id = n.org_id
      WHERE a.target = 'org' ORDER BY a.year, a.id, n.id`)
    .all() as StoredOrgNominee[];
}

export type StoredConfirmation = Person & { extensionMonths: number };
export function confirmations(db: Db): StoredConfirmation[] {
  return db
    // One grouped pass over recruits, not a subquery per member: recruits has no index on member_id,
    // and at 30,000 members the correlated form took 27 s of the first 工作台.
    .prepare(`SELECT ${PERSON}, coalesce(x.months, 0) AS extensionMonths
      FROM members m LEFT JOIN (SELECT member_id, max(extension_months) AS months FROM recruits WHERE member_id IS NOT NULL GROUP BY member_id) x ON x.member_id = m.id
      WHERE m.confirmed_on IS NOT NULL AND m.joined_on IS NOT NULL ORDER BY m.id`)
    .all() as StoredConfirmation[];
}

/** The 预备期 extension recorded on a member's 发展党员 record, if any. */
export function extensionOf(db: Db, memberId: number): number {
  const r = db.prepare('SELECT coalesce(max(extension_months), 0) AS n FROM recruits WHERE member_id = ?').get(memberId) as { n: number };
  return r.n;
}

/** One member's roles with a start date, and the 表彰 rounds naming them (for a change of their dates). */
export function rolesOf(db: Db, memberId: number): { role: string; termStart: string; orgName: string }[] {
  return db
    .prepare(`SELECT r.role, r.term_start AS termStart, o.name AS orgName FROM org_roles r JOIN orgs o ON o.id = r.org_id WHERE r.member_id = ? AND r.term_start IS NOT NULL ORDER BY r.term_start, r.id`)
    .all(memberId) as { role: string; termStart: string; orgName: string }[];
}

export function roundsNaming(db: Db, memberId: number): { title: string; year: number; decidedOn: string | null; publicityFrom: string | null; criteriaPublishedOn: string | null }[] {
  return db
    .prepare(`SELECT a.title, a.year, a.decided_on AS decidedOn, a.publicity_from AS publicityFrom, a.criteria_published_on AS criteriaPublishedOn
      FROM award_nominees n JOIN award_rounds a ON a.id = n.round_id WHERE n.member_id = ? AND a.target = 'member' ORDER BY a.year, a.id`)
    .all(memberId) as { title: string; year: number; decidedOn: string | null; publicityFrom: string | null; criteriaPublishedOn: string | null }[];
}

/** The people nominated in one round, with their party dates. */
export function nomineesOfRound(db: Db, roundId: number): PartyDates[] {
  return db
    .prepare(`SELECT ${PERSON} FROM award_nominees n JOIN members m ON m.id = n.member_id WHERE n.round_id = ? ORDER BY n.id`)
    .all(roundId) as PartyDates[];
}
