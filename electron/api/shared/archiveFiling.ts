// Filing into 档案 what the app already produced, with one action and no retyping: the file is
// stored by content hash, its text read for search, and the document remembers its source, so
// filing the same source again updates that document instead of adding a second one.
import path from 'node:path';
import * as docsDb from '../../db/documents';
import { attachmentMime, readStoredFile, storeFile } from '../../db/fileStore';
import { getAttachment, insertAttachment } from '../../db/meetings';
import type { Db } from '../../db/open';
import { getOrg } from '../../db/orgs';
import { getSetting, putSetting } from '../../db/settings';
import { DEFAULT_CATEGORIES, defaultRetention, type Retention } from '../../domain/archive';
import { normalizeWenhao } from '../../domain/wenhao';
import { extractText } from '../../imports/fileJobs';
import type { FileText } from '../../imports/fileText';
import type { AttachmentRow, DocumentSource, FiledResult } from '../contract';
import { invalid, notFound } from '../errors';
import type { Ctx, WriteTx } from '../registry';

export const CATEGORIES_KEY = 'archiveCategories';

export function readCategories(db: Db): string[] {
  return getSetting<string[]>(db, CATEGORIES_KEY, [...DEFAULT_CATEGORIES]);
}

/**
 * A document some part of the app generated (or a record's existing files), to be filed.
 * `source` identifies the record: kind, its id (null for an export that has none) and a ref
 * when one record yields several documents (a task: one per branch's submission; an export:
 * e.g. "exports.hoursLedger:2026:3" — what was exported for which scope).
 */
export type GeneratedDocument = {
  title: string;
  category: string;
  year: number;
  orgId: number | null;
  wenhao?: string | null;
  author?: string | null;
  /** YYYY-MM-DD; the day of filing when left out. */
  date?: string | null;
  /** From the category (defaultRetention) when left out. */
  retention?: Retention;
  remarks?: string | null;
  /** A file made now (e.g. the minutes .docx); stored by content hash. */
  fileName?: string;
  bytes?: Buffer;
  /** Files already in the data folder (a meeting's photos, a branch's submitted file). */
  attachmentIds?: number[];
  source: DocumentSource;
};

/** Files stored and read, ready to be written inside a transaction. */
export type PreparedFiling = { doc: GeneratedDocument; wenhao: string | null; newFile: { sha256: string; fileName: string; mime: string; size: number } | null; attachments: AttachmentRow[]; texts: Map<string, FileText> };

/** Text of each file not read before (outside any transaction: reading a PDF takes a moment). */
export async function readTexts(ctx: Ctx, files: { sha256: string; fileName: string }[], bytesOf?: Map<string, Buffer>): Promise<Map<string, FileText>> {
  const out = new Map<string, FileText>();
  for (const f of files) {
    if (out.has(f.sha256) || docsDb.hasFileText(ctx.db, f.sha256)) continue;
    out.set(f.sha256, await extractText(f.fileName, bytesOf?.get(f.sha256) ?? readStoredFile(ctx.dataDir, f.sha256)));
  }
  return out;
}

/** An attachment row that must exist (an id sent by the page or held by a record). */
export function existingAttachment(db: Db, id: number): AttachmentRow {
  const a = getAttachment(db, id);
  if (!a) throw notFound('附件');
  return a;
}

export async function prepareFiling(ctx: Ctx, doc: GeneratedDocument): Promise<PreparedFiling> {
  if (!doc.title.trim()) throw invalid('归档文件的题名不能为空');
  if (!Number.isInteger(doc.year) || doc.year < 1949 || doc.year > 2100) throw invalid('归档文件的年度应在1949—2100之间');
  if (doc.orgId !== null && !getOrg(ctx.db, doc.orgId)) throw notFound('党组织');
  let wenhao: string | null = null;
  if (doc.wenhao) {
    const w = normalizeWenhao(doc.wenhao);
    if (!w.ok) throw invalid(w.message);
    wenhao = w.value;
  }
  const attachments = (doc.attachmentIds ?? []).map((id) => existingAttachment(ctx.db, id));
  let newFile: PreparedFiling['newFile'] = null;
  const bytesOf = new Map<string, Buffer>();
  if (doc.bytes && doc.fileName) {
    const mime = attachmentMime(doc.fileName);
    if (!mime) throw invalid('归档文件只能是 docx、xlsx、pdf 或图片');
    const stored = storeFile(ctx.dataDir, doc.bytes);
    newFile = { sha256: stored.sha256, fileName: path.basename(doc.fileName), mime, size: stored.size };
    bytesOf.set(stored.sha256, doc.bytes);
  }
  if (!newFile && attachments.length === 0) throw invalid('没有可归档的文件');
  const texts = await readTexts(ctx, [...(newFile ? [newFile] : []), ...attachments], bytesOf);
  return { doc, wenhao, newFile, attachments, texts };
}

/** Adds a category the app files under to the clerk's list when it was removed from it. */
function ensureCategory(tx: WriteTx, category: string): void {
  const list = readCategories(tx.db);
  if (list.includes(category)) return;
  putSetting(tx.db, CATEGORIES_KEY, [...list, category]);
  tx.audit({ table: 'settings', recordId: null, action: 'archive-category-added', before: list, after: [...list, category] });
}

/** Writes a prepared filing: a new document, or the update of the one filed from the same source. */
export function writeFiling(tx: WriteTx, p: PreparedFiling): FiledResult {
  const { doc } = p;
  for (const [sha, t] of p.texts) docsDb.putFileText(tx.db, sha, t.text, t.pages);
  const ids = p.attachments.map((a) => a.id);
  if (p.newFile) ids.unshift(insertAttachment(tx.db, p.newFile, tx.now));
  ensureCategory(tx, doc.category);
  const existing = docsDb.documentsBySource(tx.db, doc.source.kind, doc.source.id, doc.source.ref)[0];
  const pages = filePages(tx.db, ids);
  const fields: docsDb.DocumentFields = {
    title: doc.title.trim(),
    // The clerk's own additions to a filed document (文号, 保管期限, 页数, 备注) survive a re-filing.
    wenhao: p.wenhao ?? existing?.wenhao ?? null,
    author: doc.author ?? null,
    date: doc.date ?? tx.now.slice(0, 10),
    year: doc.year,
    category: doc.category,
    orgId: doc.orgId,
    retention: existing?.retention ?? doc.retention ?? defaultRetention(doc.category),
    pages: existing?.pages ?? pages,
    remarks: existing?.remarks ?? doc.remarks ?? null,
    source: doc.source,
  };
  let id: number;
  if (existing) {
    id = existing.id;
    docsDb.updateDocument(tx.db, id, fields, tx.now);
  } else id = docsDb.insertDocument(tx.db, fields, tx.now);
  docsDb.setDocumentFiles(tx.db, id, ids);
  docsDb.reindexDocument(tx.db, id);
  tx.audit({ table: 'documents', recordId: id, action: existing ? 'refile' : 'file', before: existing, after: { ...fields, attachmentIds: ids } });
  return { id, title: fields.title, updated: existing !== undefined, files: ids.length };
}

/** The pages of the files when every file's count is known (PDFs, images, Word files that record it). */
export function filePages(db: Db, attachmentIds: number[]): number | null {
  if (attachmentIds.length === 0) return null;
  let sum = 0;
  for (const id of attachmentIds) {
    const a = getAttachment(db, id);
    const p = a ? docsDb.filePagesOf(db, a.sha256) : null;
    if (p === null || p === undefined) return null;
    sum += p;
  }
  return sum;
}

/**
 * Files one generated document (a ledger or report the app exported) into 档案, linked to its
 * source; filing the same source again updates that document. `ctx` must be the context of a
 * write method (contract `write<…>()`), since the filing is written and audited in its transaction.
 */
export async function fileGeneratedDocument(ctx: Ctx, doc: GeneratedDocument): Promise<FiledResult> {
  const prepared = await prepareFiling(ctx, doc);
  return ctx.write((tx) => writeFiling(tx, prepared));
}
