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

/**
 * A change of a member's 入党/转正 dates may not make a role they hold or a 表彰 they are named for
 * ineligible. Only what the change breaks is refused: a record already breaking a rule is listed by
 * check and 工作台, and the clerk can still correct other details.
 */
export function assertMemberDatesKeepRecords(db: Db, memberId: number, before: PartyDates, after: PartyDates): void {
  for (const r of stored.rolesOf(db, memberId)) {
    if (checkRole(before, r.role, r.termStart)) continue;
    const f = checkRole(after, r.role, r.termStart);
    if (f) throw invalid(`不能这样修改：${f.message}（“${r.orgName}”的任职记录；依据：${f.source}）。如日期确实如此，请先调整任职记录`);
  }
  for (const round of stored.roundsNaming(db, memberId)) {
    if (!isExcellentMemberTitle(round.title)) continue;
    if (checkHonourMember(before, round.title, roundDate(round))) continue;
    const f = checkHonourMember(after, round.title, roundDate(round));
    if (f) throw invalid(`不能这样修改：${f.message}（${round.year}年“${round.title}”推荐名单；依据：${f.source}）`);
  }
}

/** A change of a round's dates may not make someone already nominated ineligible on the new date. */
export function assertRoundDatesKeepNominees(db: Db, roundId: number, before: Parameters<typeof roundDate>[0] & { title: string }, after: Parameters<typeof roundDate>[0] & { title: string }): void {
  if (!isExcellentMemberTitle(after.title)) return;
  for (const p of stored.nomineesOfRound(db, roundId)) {
    if (isExcellentMemberTitle(before.title) && checkHonourMember(p, before.title, roundDate(before))) continue;
    const f = checkHonourMember(p, after.title, roundDate(after));
    if (f) throw invalid(`不能这样修改评选日期：${f.message}（依据：${f.source}）。请先从推荐名单中移除，或改用其符合条件的日期`);
  }
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
