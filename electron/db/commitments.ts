// 公开承诺: the year's campaign, commitments of branches and members, their 践诺 notes and 评诺.
import type { Campaign, CommitmentRow, ProgressNote } from '../model/commitments';
import type { Db } from './open';
import { stmt } from './stmt';

export function getCampaign(db: Db, year: number): Campaign | undefined {
  return stmt(db, 'SELECT id, year, title, commit_due AS commitDue, rate_due AS rateDue FROM campaigns WHERE year = ?').get(year) as Campaign | undefined;
}

export function listCampaigns(db: Db): Campaign[] {
  return stmt(db, 'SELECT id, year, title, commit_due AS commitDue, rate_due AS rateDue FROM campaigns ORDER BY year DESC').all() as Campaign[];
}

export function upsertCampaign(db: Db, c: Omit<Campaign, 'id'>, now: string): number {
  stmt(
    db,
    `INSERT INTO campaigns (year, title, commit_due, rate_due, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(year) DO UPDATE SET title = excluded.title, commit_due = excluded.commit_due, rate_due = excluded.rate_due, updated_at = excluded.updated_at`,
  ).run(c.year, c.title, c.commitDue, c.rateDue, now, now);
  return getCampaign(db, c.year)!.id;
}

const ROW = `c.id, c.campaign_id AS campaignId, c.org_id AS orgId, o.name AS orgName, c.member_id AS memberId, m.name AS memberName,
  c.content, c.measures, c.committed_on AS committedOn, c.published_on AS publishedOn, c.rating, c.rated_on AS ratedOn, c.rated_by AS ratedBy,
  (SELECT count(*) FROM commitment_progress p WHERE p.commitment_id = c.id) AS progressCount`;
const FROM = 'FROM commitments c JOIN orgs o ON o.id = c.org_id LEFT JOIN members m ON m.id = c.member_id';

export function listCommitments(db: Db, campaignId: number, orgIds: number[] | null): CommitmentRow[] {
  const rows = stmt(db, `SELECT ${ROW} ${FROM} WHERE c.campaign_id = ? ORDER BY o.sort_order, o.id, c.member_id IS NOT NULL, m.name_key`).all(campaignId) as CommitmentRow[];
  if (!orgIds) return rows;
  const keep = new Set(orgIds);
  return rows.filter((r) => keep.has(r.orgId));
}

export function getCommitment(db: Db, id: number): CommitmentRow | undefined {
  return stmt(db, `SELECT ${ROW} ${FROM} WHERE c.id = ?`).get(id) as CommitmentRow | undefined;
}

export function findCommitment(db: Db, campaignId: number, orgId: number, memberId: number | null): number | undefined {
  return (stmt(db, 'SELECT id FROM commitments WHERE campaign_id = ? AND org_id = ? AND ifnull(member_id, 0) = ?').get(campaignId, orgId, memberId ?? 0) as { id: number } | undefined)?.id;
}

export type CommitmentFields = { campaignId: number; orgId: number; memberId: number | null; content: string; measures: string | null; committedOn: string; publishedOn: string | null };

export function insertCommitment(db: Db, c: CommitmentFields, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO commitments (campaign_id, org_id, member_id, content, measures, committed_on, published_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      c.campaignId, c.orgId, c.memberId, c.content, c.measures, c.committedOn, c.publishedOn, now, now,
    ).lastInsertRowid,
  );
}

export function updateCommitment(db: Db, id: number, c: Pick<CommitmentFields, 'content' | 'measures' | 'committedOn' | 'publishedOn'>, now: string): void {
  stmt(db, 'UPDATE commitments SET content = ?, measures = ?, committed_on = ?, published_on = ?, updated_at = ? WHERE id = ?').run(c.content, c.measures, c.committedOn, c.publishedOn, now, id);
}

export function rateCommitment(db: Db, id: number, r: { rating: string | null; ratedOn: string | null; ratedBy: string | null }, now: string): void {
  stmt(db, 'UPDATE commitments SET rating = ?, rated_on = ?, rated_by = ?, updated_at = ? WHERE id = ?').run(r.rating, r.ratedOn, r.ratedBy, now, id);
}

export function deleteCommitment(db: Db, id: number): void {
  stmt(db, 'DELETE FROM commitment_progress WHERE commitment_id = ?').run(id);
  stmt(db, 'DELETE FROM commitments WHERE id = ?').run(id);
}

export function listProgress(db: Db, commitmentId: number): ProgressNote[] {
  return stmt(
    db,
    `SELECT p.id, p.on_date AS onDate, p.note, p.attachment_id AS attachmentId, a.file_name AS fileName
     FROM commitment_progress p LEFT JOIN attachments a ON a.id = p.attachment_id WHERE p.commitment_id = ? ORDER BY p.on_date, p.id`,
  ).all(commitmentId) as ProgressNote[];
}

export function insertProgress(db: Db, commitmentId: number, p: { onDate: string; note: string; attachmentId: number | null }, now: string): number {
  return Number(stmt(db, 'INSERT INTO commitment_progress (commitment_id, on_date, note, attachment_id, created_at) VALUES (?, ?, ?, ?, ?)').run(commitmentId, p.onDate, p.note, p.attachmentId, now).lastInsertRowid);
}

export function deleteProgress(db: Db, id: number): { commitmentId: number } | undefined {
  const row = stmt(db, 'SELECT commitment_id AS commitmentId FROM commitment_progress WHERE id = ?').get(id) as { commitmentId: number } | undefined;
  if (row) stmt(db, 'DELETE FROM commitment_progress WHERE id = ?').run(id);
  return row;
}

/** Active members of the given branches with no commitment in the campaign, by branch. */
export function membersWithoutCommitment(db: Db, campaignId: number, orgIds: number[]): { orgId: number; memberId: number; name: string }[] {
  const rows = stmt(
    db,
    `SELECT m.org_id AS orgId, m.id AS memberId, m.name FROM members m
     WHERE m.status = '在册' AND NOT EXISTS (SELECT 1 FROM commitments c WHERE c.campaign_id = ? AND c.member_id = m.id)
     ORDER BY m.org_id, m.name_key, m.id`,
  ).all(campaignId) as { orgId: number; memberId: number; name: string }[];
  const keep = new Set(orgIds);
  return rows.filter((r) => keep.has(r.orgId));
}
