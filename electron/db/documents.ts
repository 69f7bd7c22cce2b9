// SQL for 档案管理: documents, their files, the text read from files, and the FTS5 index.
import type { CatalogRow, DocumentFile, DocumentFilter, DocumentRow, SourceKind } from '../model/archive';
import { ftsQuery, MARK_CLOSE, MARK_OPEN, type Retention } from '../domain/archive';
import type { Db } from './open';
import { stmt } from './stmt';

/** What a document is saved with: its row less what the database works out (id, orgName, fileCount). */
export type DocumentFields = Omit<DocumentRow, 'id' | 'orgName' | 'fileCount'>;

const ROW = `d.id, d.title, d.wenhao, d.author, d.doc_date AS date, d.year, d.category, d.org_id AS orgId, o.name AS orgName,
  d.retention, d.pages, d.remarks, d.source_kind AS sourceKind, d.source_id AS sourceId, d.source_ref AS sourceRef,
  (SELECT count(*) FROM document_files f WHERE f.document_id = d.id) AS fileCount`;
const FROM = `documents d LEFT JOIN orgs o ON o.id = d.org_id`;

type Raw = Omit<DocumentRow, 'source'> & { sourceKind: SourceKind | null; sourceId: number | null; sourceRef: string | null };
const toRow = ({ sourceKind, sourceId, sourceRef, ...r }: Raw): DocumentRow => ({ ...r, source: sourceKind ? { kind: sourceKind, id: sourceId, ref: sourceRef } : null });

export function getDocument(db: Db, id: number): DocumentRow | undefined {
  const r = stmt(db, `SELECT ${ROW} FROM ${FROM} WHERE d.id = ? AND d.deleted_at IS NULL`).get(id) as Raw | undefined;
  return r && toRow(r);
}

/** Live documents filed from one record (any ref), oldest first. */
export function documentsBySource(db: Db, kind: SourceKind, sourceId: number | null, ref?: string | null): DocumentRow[] {
  const rows = stmt(
    db,
    `SELECT ${ROW} FROM ${FROM} WHERE d.source_kind = ? AND d.source_id IS ? AND (? IS NULL OR d.source_ref IS ?) AND d.deleted_at IS NULL ORDER BY d.id`,
  ).all(kind, sourceId, ref === undefined ? null : 1, ref ?? null) as Raw[];
  return rows.map(toRow);
}

export function insertDocument(db: Db, d: DocumentFields, now: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO documents (title, wenhao, author, doc_date, year, category, org_id, retention, pages, remarks, source_kind, source_id, source_ref, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(d.title, d.wenhao, d.author, d.date, d.year, d.category, d.orgId, d.retention, d.pages, d.remarks, d.source?.kind ?? null, d.source?.id ?? null, d.source?.ref ?? null, now, now).lastInsertRowid,
  );
}

/** Updates the clerk's fields; a document's source never changes. */
export function updateDocument(db: Db, id: number, d: Omit<DocumentFields, 'source'>, now: string): void {
  stmt(
    db,
    // A document moved to another year leaves its 件号 behind; a trigger gives it the next one there.
    `UPDATE documents SET title = ?, wenhao = ?, author = ?, doc_date = ?, piece_no = CASE WHEN year = ? THEN piece_no END, year = ?, category = ?, org_id = ?,
       retention = ?, pages = ?, remarks = ?, updated_at = ? WHERE id = ?`,
  ).run(d.title, d.wenhao, d.author, d.date, d.year, d.year, d.category, d.orgId, d.retention, d.pages, d.remarks, now, id);
}

export function documentFiles(db: Db, documentId: number): (DocumentFile & { text: string })[] {
  return stmt(
    db,
    `SELECT a.id, a.file_name AS fileName, a.mime, a.size, a.sha256, t.pages, coalesce(substr(t.text, 1, 600), '') AS textPreview, coalesce(t.text, '') AS text
     FROM document_files f JOIN attachments a ON a.id = f.attachment_id LEFT JOIN file_texts t ON t.sha256 = a.sha256
     WHERE f.document_id = ? ORDER BY f.position`,
  ).all(documentId) as (DocumentFile & { text: string })[];
}

export function setDocumentFiles(db: Db, documentId: number, attachmentIds: number[]): void {
  stmt(db, 'DELETE FROM document_files WHERE document_id = ?').run(documentId);
  const ins = stmt(db, 'INSERT OR IGNORE INTO document_files (document_id, attachment_id, position) VALUES (?, ?, ?)');
  attachmentIds.forEach((a, i) => ins.run(documentId, a, i));
}

export function hasFileText(db: Db, sha256: string): boolean {
  return stmt(db, 'SELECT 1 FROM file_texts WHERE sha256 = ?').get(sha256) !== undefined;
}

export function putFileText(db: Db, sha256: string, text: string, pages: number | null): void {
  stmt(db, 'INSERT OR IGNORE INTO file_texts (sha256, text, pages) VALUES (?, ?, ?)').run(sha256, text, pages);
}

/** Rewrites the document's search row from its fields and the text of its files. */
export function reindexDocument(db: Db, id: number): void {
  const d = stmt(db, 'SELECT title, wenhao, author FROM documents WHERE id = ?').get(id) as { title: string; wenhao: string | null; author: string | null } | undefined;
  stmt(db, 'DELETE FROM documents_fts WHERE rowid = ?').run(id);
  if (!d) return;
  const body = (stmt(
    db,
    `SELECT substr(group_concat(t.text, char(10)), 1, 1000000) FROM document_files f JOIN attachments a ON a.id = f.attachment_id JOIN file_texts t ON t.sha256 = a.sha256 WHERE f.document_id = ? ORDER BY f.position`,
  ).pluck().get(id) as string | null) ?? '';
  stmt(db, 'INSERT INTO documents_fts (rowid, title, wenhao, author, body) VALUES (?, ?, ?, ?, ?)').run(id, d.title, d.wenhao ?? '', d.author ?? '', body);
}

/** Years with live documents, newest first. */
export function documentYears(db: Db): number[] {
  return stmt(db, 'SELECT DISTINCT year FROM documents WHERE deleted_at IS NULL ORDER BY year DESC').pluck().all() as number[];
}

/** Categories some live document uses. */
export function categoriesInUse(db: Db): string[] {
  return stmt(db, 'SELECT DISTINCT category FROM documents WHERE deleted_at IS NULL').pluck().all() as string[];
}

type Where = { sql: string; params: (string | number)[] };

/** The filter's conditions on d (documents) other than the text. */
function filterWhere(db: Db, f: DocumentFilter, short: string[], inText = false): Where {
  const parts = ['d.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  if (f.year !== undefined) {
    parts.push('d.year = ?');
    params.push(f.year);
  }
  if (f.category !== undefined) {
    parts.push('d.category = ?');
    params.push(f.category);
  }
  if (f.retention !== undefined) {
    parts.push('d.retention = ?');
    params.push(f.retention);
  }
  if (f.orgId !== undefined) {
    const path = (stmt(db, 'SELECT path FROM orgs WHERE id = ?').pluck().get(f.orgId) as string | undefined) ?? '/none/';
    parts.push(`d.org_id IN (SELECT id FROM orgs WHERE path LIKE ? || '%')`);
    params.push(path);
  }
  // 1–2 character terms: trigram cannot match them. Alone they are looked for in the short
  // fields; beside longer terms, in the few rows those matched, text included.
  if (inText) {
    const s = shortInText(short);
    parts.push(s.sql);
    params.push(...s.params);
  } else {
    for (const t of short) {
      parts.push(`(instr(d.title, ?) > 0 OR instr(coalesce(d.wenhao, ''), ?) > 0 OR instr(coalesce(d.author, ''), ?) > 0)`);
      params.push(t, t, t);
    }
  }
  return { sql: parts.join(' AND '), params };
}

/** Short terms looked for in the text of rows the index already matched. */
function shortInText(short: string[]): Where {
  const cond = `(instr(documents_fts.title, ?) > 0 OR instr(documents_fts.wenhao, ?) > 0 OR instr(documents_fts.author, ?) > 0 OR instr(documents_fts.body, ?) > 0)`;
  return { sql: short.length ? short.map(() => cond).join(' AND ') : '1', params: short.flatMap((t) => [t, t, t, t]) };
}

/** A page of documents matching the filter, newest first; no text search. */
export function listDocuments(db: Db, f: DocumentFilter, short: string[], page: number, pageSize: number): { rows: DocumentRow[]; total: number } {
  const w = filterWhere(db, f, short);
  // Short words alone are matched row by row: a plain scan beats walking an index and fetching each row.
  const unfiltered = f.year === undefined && f.category === undefined && f.retention === undefined && f.orgId === undefined;
  const from = short.length && unfiltered ? 'documents d NOT INDEXED' : 'documents d';
  const total = stmt(db, `SELECT count(*) FROM ${from} WHERE ${w.sql}`).pluck().get(...w.params) as number;
  // Ids first, then the page's rows: the file counts are worked out for 20 rows, not for every match.
  const ids = stmt(db, `SELECT d.id FROM ${from} WHERE ${w.sql} ORDER BY d.year DESC, d.doc_date DESC, d.id DESC LIMIT ? OFFSET ?`).pluck().all(...w.params, pageSize, (page - 1) * pageSize) as number[];
  return { rows: rowsByIds(db, ids), total };
}

/**
 * Full-text search. Documents whose 题名、文号 or 责任者 contain every term come first, then those
 * that match only in their files' text; within each, the most recently filed first. Both
 * tiers are read from the index in rowid order and stop at the page, so a phrase found in
 * thousands of documents costs no more than a page (ranking all of them by bm25 did).
 */
export function searchDocuments(db: Db, f: DocumentFilter, long: string[], short: string[], page: number, pageSize: number): { rows: (DocumentRow & { snippet: string })[]; total: number } {
  const all = ftsQuery(long);
  const head = `{title wenhao author} : (${all})`;
  const rest = `(${all}) NOT (${head})`;
  // The index holds live documents only (binned ones leave it), so without filters on the
  // document's fields it answers alone; a filter joins the documents table.
  const filtered = f.year !== undefined || f.category !== undefined || f.retention !== undefined || f.orgId !== undefined;
  const w = filtered ? filterWhere(db, f, short, true) : shortInText(short);
  const base = filtered
    ? `FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? AND ${w.sql}`
    : `FROM documents_fts WHERE documents_fts MATCH ? AND ${w.sql}`;
  const count = (match: string) => stmt(db, `SELECT count(*) ${base}`).pluck().get(match, ...w.params) as number;
  const ids = (match: string, limit: number, offset: number) =>
    stmt(db, `SELECT documents_fts.rowid ${base} ORDER BY documents_fts.rowid DESC LIMIT ? OFFSET ?`).pluck().all(match, ...w.params, limit, offset) as number[];
  const total = count(all);
  const offset = (page - 1) * pageSize;
  const inHead = offset < total ? count(head) : 0;
  const found = offset < inHead ? ids(head, pageSize, offset) : [];
  if (found.length < pageSize && offset + found.length < total) found.push(...ids(rest, pageSize - found.length, Math.max(0, offset - inHead)));
  if (found.length === 0) return { rows: [], total };
  const marks = found.map(() => '?').join(',');
  const snippets = new Map(
    db.prepare(`SELECT rowid, snippet(documents_fts, -1, ?, ?, '…', 40) FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN (${marks})`).raw().all(MARK_OPEN, MARK_CLOSE, all, ...found) as [number, string][],
  );
  return { rows: rowsByIds(db, found).map((r) => ({ ...r, snippet: snippets.get(r.id) ?? '' })), total };
}

/** The documents of these ids, in the order given. */
function rowsByIds(db: Db, ids: number[]): DocumentRow[] {
  if (ids.length === 0) return [];
  const rows = new Map((db.prepare(`SELECT ${ROW} FROM ${FROM} WHERE d.id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Raw[]).map((r) => [r.id, toRow(r)]));
  return ids.flatMap((id) => rows.get(id) ?? []);
}

/** Every live document of a year (within an org subtree when given) in 件号 order, for the 归档文件目录. */
export function catalogDocuments(db: Db, year: number, orgId?: number): CatalogRow[] {
  return stmt(
    db,
    `SELECT d.piece_no AS pieceNo, d.id, d.author, d.wenhao, d.title, d.doc_date AS date, d.pages, d.remarks, d.retention, d.category, o.name AS orgName, o.path
     FROM ${FROM} WHERE d.year = ? AND d.deleted_at IS NULL ORDER BY d.piece_no`,
  ).all(year).filter((r) => orgId === undefined || (r as { path: string | null }).path?.includes(`/${orgId}/`)).map((r) => {
    const { path: _p, ...rest } = r as CatalogRow & { path: string | null };
    return rest;
  });
}

/** A document's 件号 (given once, kept; see migration 13). */
export function pieceNo(db: Db, id: number): number {
  return (stmt(db, 'SELECT piece_no FROM documents WHERE id = ?').pluck().get(id) as number | null) ?? 0;
}

/**
 * Numbers a year afresh: the live documents 1..n in the order given, the deleted ones after them
 * (so a restore never meets a taken number). Cleared first: the (year, piece_no) index is unique.
 */
export function renumberYear(db: Db, year: number, liveInOrder: readonly number[]): void {
  stmt(db, 'UPDATE documents SET piece_no = NULL WHERE year = ?').run(year);
  const deleted = stmt(db, 'SELECT id FROM documents WHERE year = ? AND deleted_at IS NOT NULL ORDER BY id').pluck().all(year) as number[];
  const set = stmt(db, 'UPDATE documents SET piece_no = ? WHERE id = ?');
  [...liveInOrder, ...deleted].forEach((id, i) => set.run(i + 1, id));
}

/** The ordering keys of a year's documents, for a document's 件号. */
export function yearKeys(db: Db, year: number): { id: number; retention: Retention; category: string; date: string | null }[] {
  return stmt(db, 'SELECT id, retention, category, doc_date AS date FROM documents WHERE year = ? AND deleted_at IS NULL').all(year) as { id: number; retention: Retention; category: string; date: string | null }[];
}

/** Org ids that have a live document of the category in the year. */
export function orgsWithCategory(db: Db, year: number, category: string): Set<number> {
  return new Set(stmt(db, 'SELECT DISTINCT org_id FROM documents WHERE year = ? AND category = ? AND deleted_at IS NULL AND org_id IS NOT NULL').pluck().all(year, category) as number[]);
}

/** Pages read from a file's content, or null/undefined when unknown or not read. */
export function filePagesOf(db: Db, sha256: string): number | null | undefined {
  return stmt(db, 'SELECT pages FROM file_texts WHERE sha256 = ?').pluck().get(sha256) as number | null | undefined;
}

/** A live document other than `exceptId` carrying this 文号. */
export function findByWenhao(db: Db, wenhao: string, exceptId?: number): { id: number; title: string; year: number } | undefined {
  return stmt(db, 'SELECT id, title, year FROM documents WHERE wenhao = ? AND deleted_at IS NULL AND id IS NOT ?').get(wenhao, exceptId ?? null) as { id: number; title: string; year: number } | undefined;
}
