// 档案管理 rules: categories, retention periods, the 件号 order of the 归档文件目录 and which
// branches keep no working 制度 (seeds 000, 001: 每个支部有一至两项行之有效的工作制度).

import { wenhaoBrackets } from './wenhao';

export const RETENTIONS = ['永久', '30年', '10年'] as const;
export type Retention = (typeof RETENTIONS)[number];

/** The editable list's starting point (系统设置 → 档案类别); its order is the catalogue's order. */
export const DEFAULT_CATEGORIES = ['上级来文', '本级发文', '方案', '总结', '会议记录', '制度', '照片', '其他'] as const;

/** The category the 制度 check looks for. */
export const RULES_CATEGORY = '制度';

/**
 * A starting retention for a new document of a category, which the clerk can change. After
 * the usual 文书档案保管期限 practice: the unit's own documents, minutes, 制度 and yearly
 * summaries permanent; plans and photos 30 years; circulars from above 10 years.
 */
export function defaultRetention(category: string): Retention {
  if (['本级发文', '会议记录', '制度', '总结'].includes(category)) return '永久';
  if (['方案', '照片'].includes(category)) return '30年';
  return '10年';
}

export type CatalogKey = { id: number; retention: Retention; category: string; date: string | null };

/**
 * The archivist's order within a year: retention (永久 → 30年 → 10年), then category in the
 * clerk's list order (unlisted categories last, by name), then date, then the order filed.
 * Returns the keys sorted, each with its 件号 counted from 1.
 */
export function catalogOrder<T extends CatalogKey>(docs: readonly T[], categories: readonly string[]): (T & { pieceNo: number })[] {
  const rank = new Map(categories.map((c, i) => [c, i]));
  const catRank = (c: string) => rank.get(c) ?? categories.length;
  return [...docs]
    .sort(
      (a, b) =>
        RETENTIONS.indexOf(a.retention) - RETENTIONS.indexOf(b.retention) ||
        catRank(a.category) - catRank(b.category) ||
        (catRank(a.category) === categories.length ? a.category.localeCompare(b.category, 'zh-CN') : 0) ||
        (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
        a.id - b.id,
    )
    .map((d, i) => ({ ...d, pieceNo: i + 1 }));
}

/** Branches of the list that have no document of the 制度 category among `rulesByOrg`. */
export function branchesWithoutRules<B extends { id: number }>(branches: readonly B[], orgsWithRules: ReadonlySet<number>): B[] {
  return branches.filter((b) => !orgsWithRules.has(b.id));
}

/** What a clerk types into the search box, split into terms FTS5 trigram can match (3+ characters) and shorter ones. */
export function searchTerms(q: string): { long: string[]; short: string[] } {
  const terms = [...new Set(wenhaoBrackets(q).trim().split(/[\s\u3000]+/).filter(Boolean))].slice(0, 8);
  return { long: terms.filter((t) => [...t].length >= 3), short: terms.filter((t) => [...t].length < 3) };
}

/** One FTS5 query string: every term a quoted phrase (quotes doubled), all required. */
export function ftsQuery(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

export type SnippetPart = { text: string; hit: boolean };

/** Splits text at every occurrence of the terms (case-insensitive), for highlighting. */
export function highlight(text: string, terms: readonly string[]): SnippetPart[] {
  const ts = terms.filter(Boolean);
  if (ts.length === 0) return [{ text, hit: false }];
  const re = new RegExp(`(${ts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return text.split(re).filter((s) => s !== '').map((s) => ({ text: s, hit: ts.some((t) => t.toLowerCase() === s.toLowerCase()) }));
}

/** The markers the database's snippet() puts around a match; never present in stored text. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** snippet() output with markers → parts. */
export function snippetParts(s: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  // Paragraph and cell breaks of the file read as spaces in a one-line snippet.
  for (const [i, chunk] of s.replace(/\s+/g, ' ').split(MARK_OPEN).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, hit: false });
      continue;
    }
    const [hit = '', rest = ''] = chunk.split(MARK_CLOSE);
    if (hit) parts.push({ text: hit, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

/** Text as kept for search: control characters (and so the markers) removed, whitespace runs folded. */
export function cleanText(s: string, max = 200_000): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim().slice(0, max);
}

/** A category for a ledger or report filed from 报表中心: the summaries are 总结, notices 本级发文. */
export function categoryForExport(key: string, kind: 'ledger' | 'report'): string {
  if (key === 'summary' || key === 'self-check') return '总结';
  return kind === 'report' ? '本级发文' : '其他';
}

/** A category for a file handed in for a task, guessed from the task's title. */
export function categoryForTask(title: string): string {
  if (/计划|方案|安排|要点/.test(title)) return '方案';
  if (/总结|报告|自查/.test(title)) return '总结';
  if (/制度|办法|规定|细则/.test(title)) return '制度';
  return '其他';
}

/** Field names of a document in error messages (keys other areas do not use). */
export const ARCHIVE_FIELD_LABEL = { wenhao: '文号', author: '责任者', retention: '保管期限', pages: '页数', remarks: '备注', meetingId: '会议', roundId: '评选活动', categories: '档案类别' } as const;
