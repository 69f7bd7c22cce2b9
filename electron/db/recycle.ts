// 回收站: meetings, trainings, hours entered for one person, 整改 items, 工作任务 and 档案 are deleted
// softly (deleted_at, deleted_by) and can be restored or purged. Credit a meeting or training
// gave is deleted and restored with it (the rows carrying the same deleted_at), never on its own.
import type { Db } from './open';
import { reindexDocument } from './documents';
import { stmt } from './stmt';

import type { RecycleKind, RecycleRow } from '../model/recycle';

const TABLE: Record<RecycleKind, string> = { meeting: 'meetings', training: 'trainings', hourEntry: 'hour_entries', rectification: 'rectifications', task: 'tasks', document: 'documents' };
const CREDIT_COLUMN: Partial<Record<RecycleKind, string>> = { meeting: 'meeting_id', training: 'training_id' };

export function softDelete(db: Db, kind: RecycleKind, id: number, at: string, by: string): void {
  stmt(db, `UPDATE ${TABLE[kind]} SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL`).run(at, by, id);
  // A binned document leaves the search index (so searches need not check each hit); restore puts it back.
  if (kind === 'document') stmt(db, 'DELETE FROM documents_fts WHERE rowid = ?').run(id);
  const col = CREDIT_COLUMN[kind];
  if (col) stmt(db, `UPDATE hour_entries SET deleted_at = ?, deleted_by = ? WHERE ${col} = ? AND deleted_at IS NULL`).run(at, by, id);
}

/** The row as it sits in the bin, or undefined when it is not there. */
export function binnedRow(db: Db, kind: RecycleKind, id: number): RecycleRow | undefined {
  return listBin(db, { kind, id })[0];
}

export function restore(db: Db, kind: RecycleKind, id: number): void {
  const row = binnedRow(db, kind, id);
  if (!row) return;
  stmt(db, `UPDATE ${TABLE[kind]} SET deleted_at = NULL, deleted_by = NULL WHERE id = ?`).run(id);
  if (kind === 'document') reindexDocument(db, id);
  const col = CREDIT_COLUMN[kind];
  if (col) stmt(db, `UPDATE hour_entries SET deleted_at = NULL, deleted_by = NULL WHERE ${col} = ? AND deleted_at = ?`).run(id, row.deletedAt);
}

/** Removes a binned record for good, with the rows that only exist for it. */
export function purge(db: Db, kind: RecycleKind, id: number): void {
  if (kind === 'meeting') {
    for (const t of ['meeting_attendance', 'meeting_attachments']) stmt(db, `DELETE FROM ${t} WHERE meeting_id = ?`).run(id);
    stmt(db, 'DELETE FROM hour_entries WHERE meeting_id = ?').run(id);
  } else if (kind === 'training') {
    stmt(db, 'DELETE FROM training_participants WHERE training_id = ?').run(id);
    stmt(db, 'DELETE FROM hour_entries WHERE training_id = ?').run(id);
  } else if (kind === 'rectification') {
    stmt(db, 'DELETE FROM rectification_attachments WHERE rectification_id = ?').run(id);
  } else if (kind === 'task') {
    stmt(db, 'DELETE FROM task_targets WHERE task_id = ?').run(id);
  } else if (kind === 'document') {
    // Only the document's own rows go; its files stay in the store (other records may share them).
    stmt(db, 'DELETE FROM document_files WHERE document_id = ?').run(id);
  }
  stmt(db, `DELETE FROM ${TABLE[kind]} WHERE id = ? AND deleted_at IS NOT NULL`).run(id);
}

const PARTS: Record<RecycleKind, string> = {
  meeting: `SELECT 'meeting' AS kind, m.id, m.type || '：' || m.topic AS title, o.name AS detail, m.held_on AS onDate, m.deleted_at AS deletedAt, m.deleted_by AS deletedBy
    FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.deleted_at IS NOT NULL`,
  training: `SELECT 'training' AS kind, t.id, t.kind || '：' || t.title AS title, t.start_on || ' 至 ' || t.end_on || '，' || printf('%g', t.hours) || ' 学时' AS detail, t.start_on AS onDate, t.deleted_at AS deletedAt, t.deleted_by AS deletedBy
    FROM trainings t WHERE t.deleted_at IS NOT NULL`,
  hourEntry: `SELECT 'hourEntry' AS kind, h.id, h.title, mb.name || '，' || printf('%g', h.hours) || ' 学时' AS detail, h.on_date AS onDate, h.deleted_at AS deletedAt, h.deleted_by AS deletedBy
    FROM hour_entries h JOIN members mb ON mb.id = h.member_id WHERE h.deleted_at IS NOT NULL AND h.source = '个人'`,
  rectification: `SELECT 'rectification' AS kind, r.id, r.source || '：' || r.problem AS title, o.name || '，' || r.status || '，时限 ' || r.deadline AS detail, r.deadline AS onDate, r.deleted_at AS deletedAt, r.deleted_by AS deletedBy
    FROM rectifications r JOIN orgs o ON o.id = r.org_id WHERE r.deleted_at IS NOT NULL`,
  task: `SELECT 'task' AS kind, k.id, k.title, coalesce(k.issuer || '下达，', '') || (SELECT count(*) FROM task_targets g WHERE g.task_id = k.id) || ' 个支部应报送' AS detail, k.due_on AS onDate, k.deleted_at AS deletedAt, k.deleted_by AS deletedBy
    FROM tasks k WHERE k.deleted_at IS NOT NULL`,
  document: `SELECT 'document' AS kind, d.id, d.title, d.year || '年，' || d.category || coalesce('，' || d.wenhao, '') AS detail, coalesce(d.doc_date, d.year || '-01-01') AS onDate, d.deleted_at AS deletedAt, d.deleted_by AS deletedBy
    FROM documents d WHERE d.deleted_at IS NOT NULL`,
};
const ALIAS: Record<RecycleKind, string> = { meeting: 'm', training: 't', hourEntry: 'h', rectification: 'r', task: 'k', document: 'd' };

function binSql(f: { kind?: RecycleKind; id?: number }): { sql: string; params: number[] } {
  const kinds = f.kind ? [f.kind] : (Object.keys(PARTS) as RecycleKind[]);
  const sql = kinds.map((k) => (f.id === undefined ? PARTS[k] : `${PARTS[k]} AND ${ALIAS[k]}.id = ?`)).join('\nUNION ALL\n');
  return { sql, params: f.id === undefined ? [] : kinds.map(() => f.id as number) };
}

export function listBin(db: Db, f: { kind?: RecycleKind; id?: number } = {}, page = 1, pageSize = 1000): RecycleRow[] {
  const { sql, params } = binSql(f);
  return db.prepare(`SELECT * FROM (${sql}) ORDER BY deletedAt DESC, id DESC LIMIT ? OFFSET ?`).all(...params, pageSize, (page - 1) * pageSize) as RecycleRow[];
}

export function countBin(db: Db, f: { kind?: RecycleKind } = {}): number {
  const { sql, params } = binSql(f);
  return (db.prepare(`SELECT count(*) AS n FROM (${sql})`).get(...params) as { n: number }).n;
}
