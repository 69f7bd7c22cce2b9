// Eligibility at the door and in the records: the API refuses a save that breaks a rule of
// domain/eligibility, and lists the stored records that already do (check, 工作台).
import * as stored from '../../db/eligibility';
import type { Db } from '../../db/open';
import {
  checkConfirmation, checkHonourMember, checkHonourOrg, checkRole, isAdvancedOrgTitle, isExcellentMemberTitle, roundDate,
  type EligibilityFinding, type PartyDates,
} from '../../domain/eligibility';
import { invalid } from '../errors';

/** Throws the finding's message (with its source) as a refusal; nothing is written. */
export function refuse(finding: EligibilityFinding | null): void {
  if (finding) throw invalid(`${finding.message}（依据：${finding.source}）`);
}

export function assertRoleEligible(p: PartyDates, role: string, start: string): void {
  refuse(checkRole(p, role, start));
}

export function assertNomineeEligible(round: { title: string; year: number; decidedOn: string | null; publicityFrom: string | null; criteriaPublishedOn: string | null }, nominee: { member: PartyDates } | { org: { name: string; foundedOn: string | null; dissolvedOn: string | null } }): void {
  if ('member' in nominee) {
    if (isExcellentMemberTitle(round.title)) refuse(checkHonourMember(nominee.member, round.title, roundDate(round)));
  } else if (isAdvancedOrgTitle(round.title)) refuse(checkHonourOrg(nominee.org, round.title, round.year));
}

export function assertConfirmationEligible(db: Db, p: PartyDates, memberId: number | undefined): void {
  refuse(checkConfirmation(p, memberId === undefined ? 0 : stored.extensionOf(db, memberId)));
}

/** Every stored record that breaks an eligibility rule, each as its finding. */
export function eligibilityFindings(db: Db): EligibilityFinding[] {
  const found: (EligibilityFinding | null)[] = [
    ...stored.rolesWithDates(db).map((r) => checkRole(r, r.role, r.termStart)),
    ...stored.memberNominees(db).map((n) => (isExcellentMemberTitle(n.title) ? checkHonourMember(n, n.title, roundDate(n)) : null)),
    ...stored.orgNominees(db).map((n) => (isAdvancedOrgTitle(n.title) ? checkHonourOrg(n, n.title, n.year) : null)),
    ...stored.confirmations(db).map((c) => checkConfirmation(c, c.extensionMonths)),
  ];
  return found.filter((f): f is EligibilityFinding => f !== null);
}
