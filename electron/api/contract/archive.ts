// 档案管理: documents with 文号 and files, full-text search, the 归档文件目录, and filing what the
// app already produced (a meeting's 会议记录, a task's submitted files, an award round's 公示).
import { z } from 'zod';
import { RETENTIONS, type SnippetPart } from '../../domain/archive';
import { normalizeWenhao } from '../../domain/wenhao';
import { defineArea, read, write, type FileOut, type Page, shapeOf } from './define';
import { id, isoDate, text } from './common';
import { SOURCE_KINDS, type CatalogView, type DocumentDetail, type DocumentFilter, type DocumentRow } from '../../model/archive';

export type { CatalogRow, CatalogView, DocumentDetail, DocumentFile, DocumentFilter, DocumentRow, DocumentSource, SourceKind } from '../../model/archive';
export { SOURCE_KINDS, SOURCE_KIND_LABEL } from '../../model/archive';

const year = z.number({ message: '请填写年度' }).int({ message: '年度应为整数' }).min(1949, { message: '年度应在1949—2100之间' }).max(2100, { message: '年度应在1949—2100之间' });
const category = z.string({ message: '请选择类别' }).trim().min(1, { message: '请选择类别' }).max(20, { message: '类别不能超过20个字' });
const retention = z.enum(RETENTIONS, { message: '保管期限只能是永久、30年或10年' });

/** 文号 as typed; stored with 〔〕 whatever brackets were used, or refused with the reason. */
export const wenhao = z
  .string()
  .max(60, { message: '文号不能超过60个字' })
  .transform((s, ctx) => {
    if (s.trim() === '') return null;
    const r = normalizeWenhao(s);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.value;
  })
  .nullable()
  .optional();

/** A search result: the document and, when text was searched, where it matched. */
export type DocumentHit = DocumentRow & { snippet: SnippetPart[] };
export type DocumentPage = Page<DocumentHit> & { /** Only terms under three characters: searched in 题名、文号、责任者 only. */ shortQuery: boolean };

export type FiledResult = { id: number; title: string; updated: boolean; files: number };

export const documentFilter = shapeOf<DocumentFilter>()(
  z
    .object({
      q: z.string().max(100, { message: '搜索内容不能超过100个字' }).optional(),
      year: year.optional(),
      category: category.optional(),
      orgId: id.optional(),
      retention: retention.optional(),
    })
    .strict(),
);

export const documentInput = z
  .object({
    id: id.optional(),
    title: z.string({ message: '请填写题名' }).trim().min(1, { message: '请填写题名' }).max(200, { message: '题名不能超过200个字' }),
    wenhao,
    author: text(60),
    date: isoDate.nullable().optional(),
    year,
    category,
    orgId: id.nullable().optional(),
    retention,
    pages: z.number({ message: '页数应为数字' }).int({ message: '页数应为整数' }).min(0, { message: '页数不能为负数' }).max(100_000, { message: '页数太大' }).nullable().optional(),
    remarks: text(500),
    attachmentIds: z.array(id).max(100, { message: '一件档案最多100个文件' }).default([]),
  })
  .strict()
  .refine((d) => !d.date || Number(d.date.slice(0, 4)) === d.year, { message: '日期与年度不一致', path: ['date'] });
export type DocumentInput = z.output<typeof documentInput>;

const catalogInput = z.object({ year, orgId: id.optional() }).strict();

export const archiveContract = defineArea('archive', {
  'archive.list': read<DocumentPage>()(
    z.object({ filter: documentFilter, page: z.number().int().min(1).max(100_000).default(1), pageSize: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
  'archive.get': read<DocumentDetail>()(z.object({ id }).strict()),
  'archive.save': write<{ id: number }>()(documentInput),
  'archive.delete': write<{ id: number }>()(z.object({ id }).strict()),
  /** Years that have documents, newest first, for the filter. */
  'archive.years': read<number[]>()(z.object({}).strict()),
  'archive.categories': read<string[]>()(z.object({}).strict()),
  'archive.saveCategories': write<string[]>()(
    z.object({ categories: z.array(category).min(1, { message: '至少保留一个类别' }).max(40, { message: '类别不能超过40个' }) }).strict(),
  ),
  'archive.catalog': read<CatalogView>()(catalogInput),
  'archive.exportCatalog': read<FileOut>()(catalogInput),
  /** 件号 stay as given; renumbering a year by the rule order is an explicit act, refused once the year is sealed. */
  'archive.renumber': write<{ year: number; changed: number }>()(z.object({ year }).strict()),
  'archive.seal': write<{ year: number; sealed: boolean }>()(z.object({ year, sealed: z.boolean() }).strict()),
  /** Documents already filed from a record, so its page can say so (and filing again updates). */
  'archive.bySource': read<DocumentRow[]>()(z.object({ kind: z.enum(SOURCE_KINDS), id }).strict()),
  'archive.fileMeeting': write<FiledResult>()(z.object({ meetingId: id }).strict()),
  'archive.fileTask': write<FiledResult[]>()(z.object({ taskId: id }).strict()),
  'archive.fileAwardRound': write<FiledResult>()(z.object({ roundId: id }).strict()),
});
