// Every member's hours for a year against the active profile: the read model behind 学时, 待办, ledgers and 评星定级.
import * as hoursDb from '../../db/hours';
import { getOrg } from '../../db/orgs';
import type { Db } from '../../db/open';
import { activeProfile, assessPeriod, branchAverages, profilePeriods, round1 } from '../../domain/hours';
import { readRules } from './ruleSets';
import type { HoursAssessment } from '../../model/hours';

/**
 * Every member's hours for a year against the active profile: one pure pass over two queries.
 * `unordered` skips sorting by branch and name (and the branch names) where only totals matter.
 */
export function assessYear(db: Db, year: number, today: string, orgId?: number, unordered = false): HoursAssessment {
  const rules = readRules(db);
  const profile = activeProfile(rules);
  const periods = profilePeriods(profile, year);
  const orgPath = orgId ? getOrg(db, orgId)?.path : undefined;
  const members = unordered && !orgPath ? hoursDb.hoursMembersUnordered(db, year) : hoursDb.hoursMembers(db, year, orgPath);
  const totals = hoursDb.quarterTotals(db, year);
  const rows = members.map((m) => {
    const q = totals.get(m.memberId) ?? [0, 0, 0, 0];
    const perPeriod = profile.per === 'quarter' ? q : [q.reduce((a, b) => a + b, 0)];
    const results = periods.map((p, i) => assessPeriod(profile, m, p, perPeriod[i] ?? 0, today));
    return { member: m, results, total: round1(q.reduce((a, b) => a + b, 0)) };
  });
  const averages = periods.map((_, i) => branchAverages(rows.map((r) => ({ orgId: r.member.orgId, result: r.results[i]! }))));
  return { rules, profile, periods, rows, averages };
}

const cache = new WeakMap<Db, { key: string; value: HoursAssessment }>();

/**
 * assessYear kept until the data changes (`stamp`: ctx.dataStamp()), so paging through 30,000
 * members on 学时管理, or filtering them, does not assess them all again at every click.
 */
export function cachedAssessYear(db: Db, year: number, today: string, orgId: number | undefined, stamp: string): HoursAssessment {
  const key = `${stamp}|${year}|${today}|${orgId ?? ''}`;
  const hit = cache.get(db);
  if (hit?.key === key) return hit.value;
  const value = assessYear(db, year, today, orgId);
  cache.set(db, { key, value });
  return value;
}
