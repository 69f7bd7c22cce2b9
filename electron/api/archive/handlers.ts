// 档案管理 handlers: documents kept by the clerk (with 文号, files, retention), search over their
// fields and the text inside their files, the 归档文件目录 with 件号, and the category list.
import * as docsDb from '../../db/documents';
import { branchInfos } from '../../db/orgs';
import { softDelete } from '../../db/recycle';
import { getSetting, putSetting } from '../../db/settings';
import { branchesWithoutRules, catalogOrder, highlight, RULES_CATEGORY, searchTerms, snippetParts } from '../../domain/archive';
import { archiveCatalogLedger } from '../../exports/archiveCatalog';
import { CATEGORIES_KEY, existingAttachment, filePages, readCategories, readTexts } from '../shared/archiveFiling';
import { fileAwardRound, fileMeeting, fileTask } from './filingHandlers';
import type { CatalogView, DocumentDetail, DocumentInput } from '../contract';
import { conflict, invalid, notFound } from '../errors';
import { defineHandlers, type Ctx } from '../registry';
import { ledgerMeta, scopeName } from '../shared/ledgerFile';
import type { Db } from '../../db/open';
import { xlsxFile } from '../shared/ledgerFile';
import { checkOrgFilter } from '../shared/orgs';

function loadDocument(db: Db, id: number) {
  const d = docsDb.getDocument(db, id);
  if (!d) throw notFound('档案');
  return d;
}

/** What the form sent, checked against the data: category in the list, org and files exist, 文号 not used twice. */
function checkInput(db: Db, d: DocumentInput) {
  if (!readCategories(db).includes(d.category)) throw invalid(`类别“${d.category}”不在档案类别中，请选择列表中的类别或先在“档案类别”中添加`, { category: '不在类别列表中' });
  checkOrgFilter(db, d.orgId, '党组织');
  const files = d.attachmentIds.map((a) => existingAttachment(db, a));
  if (d.wenhao) {
    const same = docsDb.findByWenhao(db, d.wenhao, d.id);
    if (same) throw conflict(`文号“${d.wenhao}”已用于${same.year}年的档案“${same.title}”，同一文件请不要重复归档`);
  }
  return files;
}

const SEALED_KEY = 'archiveSealedYears';
const sealedYears = (db: Db) => getSetting<number[]>(db, SEALED_KEY, []);

/** The year's live documents in the rule order (保管期限 → 类别 → 日期 → order filed). */
const ruleOrder = (db: Db, year: number) => catalogOrder(docsDb.yearKeys(db, year), readCategories(db)).map((k) => k.id);

export function catalogView(db: Db, year: number, orgId?: number): CatalogView {
  const all = docsDb.catalogDocuments(db, year);
  const inScope = orgId === undefined ? null : new Set(docsDb.catalogDocuments(db, year, orgId).map((d) => d.id));
  const live = branchInfos(db, orgId).filter((b) => (!b.dissolvedOn || b.dissolvedOn >= `${year}-01-01`) && (!b.foundedOn || b.foundedOn <= `${year}-12-31`));
  const order = ruleOrder(db, year);
  return {
    year,
    // 件号 belong to the year's whole archive; a branch's view keeps them.
    rows: inScope ? all.filter((d) => inScope.has(d.id)) : all,
    branchesWithoutRules: branchesWithoutRules(live, docsDb.orgsWithCategory(db, year, RULES_CATEGORY)).map((b) => ({ orgId: b.id, name: b.name })),
    sealed: sealedYears(db).includes(year),
    inRuleOrder: all.every((d, i) => d.pieceNo === i + 1 && order[i] === d.id),
  };
}

async function save(ctx: Ctx, input: DocumentInput): Promise<{ id: number }> {
  const files = checkInput(ctx.db, input);
  const texts = await readTexts(ctx, files);
  return ctx.write((tx) => {
    checkInput(tx.db, input); // again inside the transaction: the data may have moved while files were read
    const before = input.id ? docsDb.getDocument(tx.db, input.id) : undefined;
    if (input.id && !before) throw notFound('档案');
    for (const [sha, t] of texts) docsDb.putFileText(tx.db, sha, t.text, t.pages);
    const fields: docsDb.DocumentFields = {
      title: input.title, wenhao: input.wenhao ?? null, author: input.author ?? null, date: input.date ?? null, year: input.year, category: input.category,
      orgId: input.orgId ?? null, retention: input.retention, pages: input.pages ?? filePages(tx.db, input.attachmentIds), remarks: input.remarks ?? null,
      source: before?.source ?? null,
    };
    let id = input.id;
    if (id) docsDb.updateDocument(tx.db, id, fields, tx.now);
    else id = docsDb.insertDocument(tx.db, fields, tx.now);
    docsDb.setDocumentFiles(tx.db, id, input.attachmentIds);
    docsDb.reindexDocument(tx.db, id);
    tx.audit({ table: 'documents', recordId: id, action: before ? 'update' : 'create', before, after: { ...fields, attachmentIds: input.attachmentIds } });
    return { id };
  });
}

export const archiveHandlers = defineHandlers('archive', {
  'archive.fileMeeting': fileMeeting,
  'archive.fileTask': fileTask,
  'archive.fileAwardRound': fileAwardRound,

  'archive.list': (ctx, { filter, page, pageSize }) => {
    const { long, short } = searchTerms(filter.q ?? '');
    if (long.length === 0) {
      const r = docsDb.listDocuments(ctx.db, filter, short, page, pageSize);
      return { rows: r.rows.map((d) => ({ ...d, snippet: short.length ? highlight(d.title, short) : [] })), total: r.total, page, pageSize, shortQuery: short.length > 0 };
    }
    const r = docsDb.searchDocuments(ctx.db, filter, long, short, page, pageSize);
    return { rows: r.rows.map(({ snippet, ...d }) => ({ ...d, snippet: snippetParts(snippet) })), total: r.total, page, pageSize, shortQuery: false };
  },

  'archive.get': (ctx, { id }): DocumentDetail => {
    const d = loadDocument(ctx.db, id);
    const files = docsDb.documentFiles(ctx.db, id).map(({ text: _t, ...f }) => f);
    return { ...d, files, pieceNo: docsDb.pieceNo(ctx.db, id) };
  },

  'archive.save': save,

  'archive.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = loadDocument(tx.db, id);
      softDelete(tx.db, 'document', id, tx.now, tx.actor);
      tx.audit({ table: 'documents', recordId: id, action: 'delete', before });
      return { id };
    }),

  'archive.years': (ctx) => docsDb.documentYears(ctx.db),

  'archive.categories': (ctx) => readCategories(ctx.db),

  'archive.saveCategories': (ctx, { categories }) =>
    ctx.write((tx) => {
      const list = [...new Set(categories)];
      if (list.length !== categories.length) throw invalid('类别有重复，请删去重复的类别');
      const used = docsDb.categoriesInUse(tx.db).filter((c) => !list.includes(c));
      if (used.length) throw conflict(`${used.map((c) => `“${c}”`).join('、')}已有档案使用，不能删除；可先把这些档案改为其他类别`);
      const before = readCategories(tx.db);
      putSetting(tx.db, CATEGORIES_KEY, list);
      tx.audit({ table: 'settings', recordId: null, action: 'archive-categories', before, after: list });
      return list;
    }),

  'archive.catalog': (ctx, { year, orgId }) => {
    checkOrgFilter(ctx.db, orgId, '党组织');
    return catalogView(ctx.db, year, orgId);
  },

  'archive.exportCatalog': async (ctx, { year, orgId }) => {
    checkOrgFilter(ctx.db, orgId, '党组织');
    const scope = scopeName(ctx.db, orgId);
    const title = `${scope}${year}年度归档文件目录`;
    const bytes = await archiveCatalogLedger(ledgerMeta(ctx, scope), title, catalogView(ctx.db, year, orgId));
    return xlsxFile(`${title}.xlsx`, bytes);
  },

  'archive.renumber': (ctx, { year }) =>
    ctx.write((tx) => {
      if (sealedYears(tx.db).includes(year)) throw conflict(`${year}年度的档案已封存，件号不能再重新编排`);
      const before = docsDb.catalogDocuments(tx.db, year).map((d) => ({ id: d.id, pieceNo: d.pieceNo }));
      docsDb.renumberYear(tx.db, year, ruleOrder(tx.db, year));
      const after = docsDb.catalogDocuments(tx.db, year).map((d) => ({ id: d.id, pieceNo: d.pieceNo }));
      const was = new Map(before.map((d) => [d.id, d.pieceNo]));
      tx.audit({ table: 'documents', recordId: null, action: 'renumber', before: { year, pieces: before }, after: { year, pieces: after } });
      return { year, changed: after.filter((d) => was.get(d.id) !== d.pieceNo).length };
    }),

  'archive.seal': (ctx, { year, sealed }) =>
    ctx.write((tx) => {
      const before = sealedYears(tx.db);
      const after = sealed ? [...new Set([...before, year])].sort((a, b) => a - b) : before.filter((y) => y !== year);
      putSetting(tx.db, SEALED_KEY, after);
      tx.audit({ table: 'settings', recordId: null, action: sealed ? 'archive-seal' : 'archive-unseal', before, after });
      return { year, sealed };
    }),

  'archive.bySource': (ctx, { kind, id }) => docsDb.documentsBySource(ctx.db, kind, id),
});
