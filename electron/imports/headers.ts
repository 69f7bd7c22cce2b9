// Finding the header row of a clerk's sheet and mapping its column names to fields: by the
// synonym tables, by what the clerk chose for this layout before, and by what she chooses now.
import type ExcelJS from 'exceljs';
import { toHalfWidth } from '../domain/normalize';
import { cellText, readCell } from './cells';
import type { FieldTable } from './synonyms';

export type ColumnMap<F extends string> = { field: F; col: number; header: string }[];

/** Every titled column of the header row, with the field it feeds or null (未使用) and why. */
export type SheetColumn<F extends string> = { col: number; header: string; field: F | null; note?: string };

export type HeaderMatch<F extends string> = {
  row: number;
  columns: ColumnMap<F>;
  /** Headers not imported, each with the reason when there is one. */
  ignored: string[];
  sheetColumns: SheetColumn<F>[];
  /** Required fields no column feeds. */
  missing: F[];
  /** The header texts in order: what a remembered mapping is keyed by. */
  layout: string;
};

/** Header text → field key, or '' for 未使用. Keys are the headers as shown (no spaces). */
export type Mapping = Record<string, string>;

export type MatchOptions<F extends string> = {
  fields: FieldTable<F>;
  /** A second column of a field feeds this one (赞成票数 under 转正 is the 转正 vote). */
  repeats?: Partial<Record<F, F>>;
  /** At least one of these must have a column (a 学时 row names its person by ID or by name); missing, the first is asked for. */
  oneOf?: readonly F[];
  /** What the clerk chose in this import. */
  mapping?: Mapping;
  /** What the clerk chose for a layout before. */
  remembered?: (layout: string) => Mapping | undefined;
};

/** Half-width, no spaces or 必填 stars, every kind of bracket as ( ). */
export function headerKey(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s*＊:：]/g, '')
    .replace(/[【[〔]/g, '(')
    .replace(/[】\]〕]/g, ')');
}

/** The header as the preview shows it and a mapping names it. */
export function headerText(s: string): string {
  return s.replace(/\s+/g, '');
}

type Hit<F extends string> = { field: F; score: number; length: number } | { ambiguous: [F, F] };

const indexes = new WeakMap<object, Map<string, string>>();

function indexOf<F extends string>(fields: FieldTable<F>): Map<string, F> {
  let index = indexes.get(fields);
  if (!index) {
    index = new Map();
    for (const [field, spec] of Object.entries(fields) as [F, FieldTable<F>[F]][]) {
      for (const n of spec.names) if (!index.has(headerKey(n))) index.set(headerKey(n), field);
    }
    indexes.set(fields, index);
  }
  return index as Map<string, F>;
}

/**
 * The field a header names. A bracketed qualifier is read rather than dropped: when it names a
 * field itself it says what the column holds (确定为预备党员时间（支部大会）, 转正时间（支部大会讨论转正时间））;
 * when it names nothing it is an instruction (请不要输入特殊符号, 格式yyyy-mm-dd); when it names
 * a different step than the words before it (转正时间（入党时间）) the column is ambiguous.
 */
export function matchHeader<F extends string>(text: string, fields: FieldTable<F>): Hit<F> | null {
  const index = indexOf(fields);
  const full = headerKey(text);
  if (!full) return null;
  const exact = index.get(full);
  if (exact) return { field: exact, score: 3, length: full.length };
  const quals = [...full.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!).filter(Boolean);
  const base = full.replace(/\([^()]*\)/g, '');
  const baseField = index.get(base);
  const qualField = quals.map((q) => index.get(q)).find((f): f is F => f !== undefined);
  if (qualField && baseField && qualField !== baseField) {
    const stem = base.replace(/(时间|日期)$/, '');
    if (stem && quals.some((q) => q.includes(stem))) return { field: qualField, score: 2, length: full.length };
    return { ambiguous: [baseField, qualField] };
  }
  if (qualField) return { field: qualField, score: 2, length: full.length };
  if (baseField) return { field: baseField, score: 1, length: base.length };
  return null;
}

type Cell = { col: number; header: string };

/** The titled cells of a row; a title merged across the row counts once, at its master. */
function headerCells(sheet: ExcelJS.Worksheet, r: number): Cell[] {
  const row = sheet.getRow(r);
  const out: Cell[] = [];
  for (let c = 1; c <= Math.min(row.cellCount, 80); c++) {
    const cell = row.getCell(c);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    const text = cellText(readCell(cell.value));
    if (text && text.trim()) out.push({ col: c, header: headerText(text) });
  }
  return out;
}

/** Maps one row's cells to fields; every column is accounted for in sheetColumns. */
export function mapRow<F extends string>(cells: Cell[], row: number, opts: MatchOptions<F>): HeaderMatch<F> {
  const layout = cells.map((c) => c.header).join('|');
  const chosen: Mapping = { ...(opts.remembered?.(layout) ?? {}), ...(opts.mapping ?? {}) };
  const sheetColumns: SheetColumn<F>[] = cells.map((c) => ({ col: c.col, header: c.header, field: null }));
  const holder = new Map<F, { i: number; score: number; length: number }>();
  const label = (f: F) => opts.fields[f].label;
  const assign = (i: number, field: F, score: number, length: number) => {
    const spec = opts.fields[field];
    const held = holder.get(field);
    const col = sheetColumns[i]!;
    if (!held || spec.multi) {
      if (!held) holder.set(field, { i, score, length });
      col.field = field;
      return;
    }
    const repeat = opts.repeats?.[field];
    if (repeat && !holder.has(repeat) && score <= held.score) return assign(i, repeat, score, length);
    const wins = score > held.score || (score === held.score && length > held.length);
    const [winner, loser] = wins ? [col, sheetColumns[held.i]!] : [sheetColumns[held.i]!, col];
    loser.field = null;
    loser.note = `与“${winner.header}”同为“${label(field)}”，按更明确的“${winner.header}”导入`;
    winner.field = field;
    winner.note = undefined;
    if (wins) holder.set(field, { i, score, length });
  };
  cells.forEach((c, i) => {
    const pick = chosen[c.header];
    if (pick !== undefined) {
      if (pick === '') sheetColumns[i]!.note = '已设为未使用';
      else if (pick in opts.fields) assign(i, pick as F, 9, c.header.length);
      return;
    }
    const hit = matchHeader(c.header, opts.fields);
    if (!hit) return;
    if ('ambiguous' in hit) {
      sheetColumns[i]!.note = `含义不明确：是“${label(hit.ambiguous[0])}”还是“${label(hit.ambiguous[1])}”？请指定`;
      return;
    }
    assign(i, hit.field, hit.score, hit.length);
  });
  const columns = sheetColumns.flatMap((c) => (c.field ? [{ field: c.field, col: c.col, header: c.header }] : []));
  const has = (f: F) => columns.some((c) => c.field === f);
  const missing = (Object.keys(opts.fields) as F[]).filter((f) => opts.fields[f].required && !has(f));
  if (opts.oneOf?.length && !opts.oneOf.some(has)) missing.unshift(opts.oneOf[0]!);
  const ignored = sheetColumns.filter((c) => !c.field).map((c) => (c.note ? `${c.header}（${c.note}）` : c.header));
  return { row, columns, ignored, sheetColumns, missing, layout };
}

/**
 * Scans the first rows for the header (titles and 填报 rows sit above it): the row with every
 * required field if any, else the one that names the most known columns; null when no row names any.
 */
export function findHeader<F extends string>(sheet: ExcelJS.Worksheet, opts: MatchOptions<F>, scanRows = 30): HeaderMatch<F> | null {
  let best: HeaderMatch<F> | null = null;
  const better = (a: HeaderMatch<F>, b: HeaderMatch<F>) =>
    a.missing.length !== b.missing.length ? a.missing.length < b.missing.length : a.columns.length > b.columns.length;
  for (let r = 1; r <= Math.min(sheet.rowCount, scanRows); r++) {
    const cells = headerCells(sheet, r);
    if (cells.length < 2) continue;
    const m = mapRow(cells, r, opts);
    if (m.columns.length === 0) continue;
    if (!best || better(m, best)) best = m;
  }
  return best;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
