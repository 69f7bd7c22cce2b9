// 分类定级 score sheets, and the per-branch facts other records hold for the same year.
import type { Db } from './open';
import { stmt } from './stmt';

export type StoredGrading = {
  orgId: number;
  selfScores: Record<string, number | null>;
  superiorScores: Record<string, number | null>;
  selfTotal: number | null;
  superiorTotal: number | null;
  total: number | null;
  grade: string | null;
  gradedOn: string | null;
  notes: string | null;
};

type Raw = Omit<StoredGrading, 'selfScores' | 'superiorScores'> & { selfScores: string; superiorScores: string };
const parse = (r: Raw): StoredGrading => ({ ...r, selfScores: JSON.parse(r.selfScores) as StoredGrading['selfScores'], superiorScores: JSON.parse(r.superiorScores) as StoredGrading['superiorScores'] });
const COLS = `org_id AS orgId, self_scores AS selfScores, superior_scores AS superiorScores, self_total AS selfTotal, superior_total AS superiorTotal,
  total, grade, graded_on AS gradedOn, notes`;

export function gradingsOfYear(db: Db, year: number): Map<number, StoredGrading> {
  return new Map((stmt(db, `SELECT ${COLS} FROM gradings WHERE year = ?`).all(year) as Raw[]).map((r) => [r.orgId, parse(r)]));
}

export function getGrading(db: Db, year: number, orgId: number): StoredGrading | undefined {
  const r = stmt(db, `SELECT ${COLS} FROM gradings WHERE year = ? AND org_id = ?`).get(year, orgId) as Raw | undefined;
  return r && parse(r);
}

export function upsertGrading(db: Db, year: number, g: StoredGrading, now: string): void {
  stmt(
    db,
    `INSERT INTO gradings (year, org_id, self_scores, superior_scores, self_total, superior_total, total, grade, graded_on, notes, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(year, org_id) DO UPDATE SET self_scores = excluded.self_scores, superior_scores = excluded.superior_scores, self_total = excluded.self_total,
       superior_total = excluded.superior_total, total = excluded.total, grade = excluded.grade, graded_on = excluded.graded_on, notes = excluded.notes, updated_at = excluded.updated_at`,
  ).run(year, g.orgId, JSON.stringify(g.selfScores), JSON.stringify(g.superiorScores), g.selfTotal, g.superiorTotal, g.total, g.grade, g.gradedOn, g.notes, now);
}

/** Commitments of the year per branch (its own and its members'), with the rating counts. */
export function commitmentStatsByOrg(db: Db, year: number): Map<number, { count: number; ratings: Record<string, number> }> {
  const out = new Map<number, { count: number; ratings: Record<string, number> }>();
  const rows = stmt(
    db,
    `SELECT c.org_id AS orgId, c.rating, count(*) AS n FROM commitments c JOIN campaigns k ON k.id = c.campaign_id WHERE k.year = ? GROUP BY 1, 2`,
  ).all(year) as { orgId: number; rating: string | null; n: number }[];
  for (const r of rows) {
    const s = out.get(r.orgId) ?? { count: 0, ratings: {} };
    s.count += r.n;
    if (r.rating) s.ratings[r.rating] = (s.ratings[r.rating] ?? 0) + r.n;
    out.set(r.orgId, s);
  }
  return out;
}

/** Satisfaction surveys of the year summed per branch. */
export function satisfactionByOrg(db: Db, year: number): Map<number, { satisfied: number; basic: number; dissatisfied: number }> {
  const rows = stmt(db, 'SELECT org_id AS orgId, sum(satisfied) AS satisfied, sum(basic) AS basic, sum(dissatisfied) AS dissatisfied FROM satisfaction_surveys WHERE year = ? GROUP BY 1').all(year) as {
    orgId: number;
    satisfied: number;
    basic: number;
    dissatisfied: number;
  }[];
  return new Map(rows.map((r) => [r.orgId, r]));
}
