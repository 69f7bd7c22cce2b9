// Counts for the year's figures (stats) that no other area already answers: the roster's change
// over a year and the 党总支 under an organisation. Scope is an org path ('/1/4/'), or all.
import type { Db } from './open';
import { stmt } from './stmt';

export function pathOfOrg(db: Db, orgId?: number): string | null {
  if (orgId === undefined) return null;
  return (stmt(db, 'SELECT path FROM orgs WHERE id = ?').get(orgId) as { path: string } | undefined)?.path ?? '/none/';
}

const IN_SCOPE = `(? IS NULL OR m.org_id IN (SELECT id FROM orgs WHERE path LIKE ? || '%'))`;

/** Members on the roster on a day: joined by then (or date unknown) and not yet left. */
export function membersOn(db: Db, day: string, path: string | null): { total: number; probationary: number } {
  return stmt(
    db,
    `SELECT count(*) AS total, coalesce(sum(m.member_type = '预备党员'), 0) AS probationary FROM members m
     WHERE (m.joined_on IS NULL OR m.joined_on <= ?) AND (m.status = '在册' OR m.status_date > ?) AND ${IN_SCOPE}`,
  ).get(day, day, path, path) as { total: number; probationary: number };
}

/** Members admitted (入党时间) between two days, inclusive. */
export function joinedBetween(db: Db, from: string, to: string, path: string | null): number {
  return (stmt(db, `SELECT count(*) AS n FROM members m WHERE m.joined_on BETWEEN ? AND ? AND ${IN_SCOPE}`).get(from, to, path, path) as { n: number }).n;
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
    if (rating !== null) {
      out.rated += n;
      ratings.set(rating, (ratings.get(rating) ?? 0) + n);
    }
  }
  // In the order of the rating scale (好 before 较好 before 一般), any other value after it.
  const rank = (r: string) => (scale.includes(r) ? scale.indexOf(r) : scale.length);
  out.ratings = [...ratings].sort((a, b) => rank(a[0]) - rank(b[0])).map(([rating, count]) => ({ rating, count }));
  return out;
}
