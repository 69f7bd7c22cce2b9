// 学时 assessment as pure functions: thresholds by profile, roster periods, branch averages.
import { dayFloor, quarters, yearPeriod, type Period } from './periods';
import type { HoursProfile, RuleSet } from './rules';

export type HoursMember = {
  memberId: number;
  name: string;
  orgId: number;
  orgName: string;
  isLeadership: boolean;
  isSecretary: boolean;
  isCommittee: boolean;
  /** On the roster from (入党时间, or null when unknown) until (the date they left, or null). */
  rosterFrom: string | null;
  rosterTo: string | null;
};

/** ok: met; short: an ended period below threshold; pending: still running and not yet met. */
export type PeriodStatus = 'ok' | 'short' | 'pending' | 'partial' | 'off';
export type PeriodHours = { hours: number; required: number; status: PeriodStatus };

export function activeProfile(rules: RuleSet): HoursProfile {
  return rules.hours.active === 'quarterly' ? rules.hours.quarterly : rules.hours.yearly;
}

export function profilePeriods(profile: HoursProfile, year: number): Period[] {
  return profile.per === 'quarter' ? quarters(year) : [yearPeriod(year)];
}

/** Leadership members in the quarterly profile; secretaries and committee members in the yearly. */
export function isSenior(profile: HoursProfile, m: HoursMember): boolean {
  return profile.per === 'quarter' ? m.isLeadership : m.isSecretary || m.isCommittee;
}

export function requiredHours(profile: HoursProfile, m: HoursMember): number {
  return isSenior(profile, m) ? profile.senior : profile.member;
}

/**
 * A member is assessed for a period only when on the roster for all of it. Someone who joined
 * or left mid-period is shown ('partial') but not flagged; before joining or after leaving, 'off'.
 */
export function rosterCoverage(m: HoursMember, p: Period): 'full' | 'partial' | 'off' {
  const from = m.rosterFrom ? dayFloor(m.rosterFrom) : null;
  if ((from && from > p.to) || (m.rosterTo && m.rosterTo < p.from)) return 'off';
  if ((from && from > p.from) || (m.rosterTo && m.rosterTo < p.to)) return 'partial';
  return 'full';
}

export function assessPeriod(profile: HoursProfile, m: HoursMember, p: Period, hours: number, today: string): PeriodHours {
  const required = requiredHours(profile, m);
  const cover = rosterCoverage(m, p);
  const met = hours + 1e-9 >= required;
  const status: PeriodStatus = cover === 'off' ? 'off' : cover === 'partial' ? 'partial' : met ? 'ok' : p.to < today ? 'short' : 'pending';
  return { hours: round1(hours), required, status };
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export type BranchAverage = { orgId: number; assessed: number; average: number; short: number };

/** The branch average counts only members assessed for the period (seed 003 speaks of an average). */
export function branchAverages(rows: { orgId: number; result: PeriodHours }[]): Map<number, BranchAverage> {
  const acc = new Map<number, { n: number; sum: number; short: number }>();
  for (const r of rows) {
    if (r.result.status === 'off' || r.result.status === 'partial') continue;
    const a = acc.get(r.orgId) ?? { n: 0, sum: 0, short: 0 };
    a.n++;
    a.sum += r.result.hours;
    if (r.result.status === 'short') a.short++;
    acc.set(r.orgId, a);
  }
  return new Map([...acc].map(([orgId, a]) => [orgId, { orgId, assessed: a.n, average: round1(a.sum / a.n), short: a.short }]));
}

/** The most recent period of the profile that has ended by today (may be in last year). */
export function lastEndedPeriod(profile: HoursProfile, today: string): { year: number; index: number } | null {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year - 1]) {
    const ps = profilePeriods(profile, y);
    for (let i = ps.length - 1; i >= 0; i--) if (ps[i]!.to < today) return { year: y, index: i };
  }
  return null;
}
