// SQL for 整改台账: items, their evidence files, and the counts other areas read (工作台, 分类定级).
import type { AttachmentRow } from '../model/attachments';
import type { OverdueItem } from '../model/deadlines';
import type { RectificationFilter, RectificationRow } from '../model/rectifications';
import type { Db } from './open';
import { orgScope } from './orgs';
import { stmt } from './stmt';

/** A row as stored; the API adds the deadline verdict (overdue, days left) for "today". */
export type RectificationRecord = Omit<RectificationRow, 'overdue' | 'daysLeft' | 'daysOverdue'>;

const ROW = `r.id, r.org_id AS orgId, o.name AS orgName, r.year, r.source, r.problem, r.measures, r.responsible,
  r.responsible_member_id AS responsibleMemberId, r.deadline, r.status, r.completed_on AS completedOn, r.evidence,
  (SELECT count(*) FROM rectification_attachments a WHERE a.rectification_id = r.id) AS attachmentCount`;

function filterSql(db: Db, f: Partial<RectificationFilter>, today: string): { where: string; params: (string | number)[] } {
  const where = ['r.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  if (f.year !== undefined) {
    where.push('r.year = ?');
    params.push(f.year);
  }
  if (f.orgId !== undefined) {
    const scope = orgScope(db, 'r.org_id', f.orgId, true);
    where.push(scope.sql);
    params.push(scope.param);
  }
  if (f.status) {
    where.push('r.status = ?');
    params.push(f.status);
  }
  if (f.source) {
    where.push('r.source = ?');
    params.push(f.source);
  }
  // The same rule as deadlineState in domain/deadlines.ts, in SQL so the list pages in the database.
  if (f.overdueOnly) {
    where.push(`r.status <> '已完成' AND r.deadline < ?`);
    params.push(today);
  }
  const q = f.q?.trim();
  if (q) {
    where.push(`(r.problem LIKE '%' || ? || '%' OR r.measures LIKE '%' || ? || '%' OR r.responsible LIKE '%' || ? || '%')`);
    params.push(q, q, q);
  }
  return { where: `WHERE ${where.join(' AND ')}`, params };
}

export function listRectifications(db: Db, f: RectificationFilter, today: string, page: number, pageSize: number): { rows: RectificationRecord[]; total: number } {
  const { where, params } = filterSql(db, f, today);
  const total = (stmt(db, `SELECT count(*) AS n FROM rectifications r ${where}`).get(...params) as { n: number }).n;
  // Open items first, the most pressing deadline on top; finished ones after, newest first.
  const rows = stmt(
    db,
    `SELECT ${ROW} FROM rectifications r JOIN orgs o ON o.id = r.org_id ${where}
     ORDER BY r.status = '已完成', CASE WHEN r.status = '已完成' THEN NULL ELSE r.deadline END, r.completed_on DESC, r.id DESC LIMIT ? OFFSET ?`,
  ).all(...params, pageSize, (page - 1) * pageSize) as RectificationRecord[];
  return { rows, total };
}

/** A year's items in ledger order (branch order, then deadline), with their evidence file names. */
export function rectificationsOfYear(db: Db, year: number, orgId?: number): (RectificationRecord & { fileNames: string[] })[] {
  const { where, params } = filterSql(db, { year, orgId }, '');
  const rows = stmt(db, `SELECT ${ROW} FROM rectifications r JOIN orgs o ON o.id = r.org_id ${where} ORDER BY o.sort_order, r.org_id, r.deadline, r.id`).all(...params) as RectificationRecord[];
  const names = stmt(db, 'SELECT f.file_name FROM rectification_attachments a JOIN attachments f ON f.id = a.attachment_id WHERE a.rectification_id = ? ORDER BY f.id').pluck();
  return rows.map((r) => ({ ...r, fileNames: r.attachmentCount ? (names.all(r.id) as string[]) : [] }));
}

export function getRectification(db: Db, id: number): (RectificationRecord & { attachments: AttachmentRow[] }) | undefined {
  const r = stmt(db, `SELECT ${ROW} FROM rectifications r JOIN orgs o ON o.id = r.org_id WHERE r.id = ? AND r.deleted_at IS NULL`).get(id) as RectificationRecord | undefined;
  if (!r) return undefined;
  const attachments = stmt(
    db,
    `SELECT f.id, f.file_name AS fileName, f.mime, f.size, f.sha256 FROM rectification_attachments a JOIN attachments f ON f.id = a.attachment_id
     WHERE a.rectification_id = ? ORDER BY f.id`,
  ).all(id) as AttachmentRow[];
  return { ...r, attachments };
}

/** What is stored of an item: the row the API shows, without what is derived or joined. */
export type RectificationFields = Omit<RectificationRow, 'id' | 'orgName' | 'attachmentCount' | 'overdue' | 'daysLeft' | 'daysOverdue'>;

const COLS: [keyof RectificationFields, string][] = [
  ['orgId', 'org_id'], ['year', 'year'], ['source', 'source'], ['problem', 'problem'], ['measures', 'measures'], ['responsible', 'responsible'],
  ['responsibleMemberId', 'responsible_member_id'], ['deadline', 'deadline'], ['status', 'status'], ['completedOn', 'completed_on'], ['evidence', 'evidence'],
];
const vals = (f: RectificationFields) => COLS.map(([k]) => f[k]);

export function insertRectification(db: Db, f: RectificationFields, now: string): number {
  return Number(
    stmt(db, `INSERT INTO rectifications (${COLS.map(([, c]) => c).join(', ')}, created_at, updated_at) VALUES (${COLS.map(() => '?').join(', ')}, ?, ?)`).run(...vals(f), now, now)
      .lastInsertRowid,
  );
}

export function updateRectification(db: Db, id: number, f: RectificationFields, now: string): void {
  stmt(db, `UPDATE rectifications SET ${COLS.map(([, c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...vals(f), now, id);
}

export function replaceRectificationAttachments(db: Db, id: number, attachmentIds: number[]): void {
  stmt(db, 'DELETE FROM rectification_attachments WHERE rectification_id = ?').run(id);
  const ins = stmt(db, 'INSERT OR IGNORE INTO rectification_attachments (rectification_id, attachment_id) VALUES (?, ?)');
  for (const a of attachmentIds) ins.run(id, a);
}

/**
 * Open (not 已完成) and overdue items of a year per branch, for the grading evidence. Branches
 * without open items are absent from the map: read a missing key as { open: 0, overdue: 0 }.
 */
export function rectificationCountsByOrg(db: Db, year: number, today: string): Map<number, { open: number; overdue: number }> {
  const rows = stmt(
    db,
    `SELECT org_id, count(*), sum(deadline < ?) FROM rectifications
     WHERE year = ? AND deleted_at IS NULL AND status <> '已完成' GROUP BY org_id`,
  ).raw().all(today, year) as [number, number, number][];
  return new Map(rows.map(([orgId, open, overdue]) => [orgId, { open, overdue }]));
}

/** Open items whose deadline is before today, the longest overdue first. */
export function overdueRectifications(db: Db, today: string, orgId?: number): Omit<OverdueItem, 'daysOverdue'>[] {
  const { where, params } = filterSql(db, { orgId, overdueOnly: true }, today);
  return stmt(
    db,
    `SELECT 'rectification' AS kind, r.id, r.org_id AS orgId, o.name AS org, r.problem AS title, r.deadline AS due
     FROM rectifications r JOIN orgs o ON o.id = r.org_id ${where} ORDER BY r.deadline, o.sort_order, r.id`,
  ).all(...params) as Omit<OverdueItem, 'daysOverdue'>[];
}
