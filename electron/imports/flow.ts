// The part of every import that does not touch the database: find the header in a workbook,
// map its columns (synonyms, the layout's remembered mapping, the clerk's choice), and parse
// the rows only when every required field has a column.
import type ExcelJS from 'exceljs';
import type { RowIssue } from '../model/imports';
import { columnLetter, findHeader, type HeaderMatch, type Mapping } from './headers';
import type { FieldTable } from './synonyms';
import { ImportFileError } from './workbook';

export type ImportKey = 'roster' | 'hours' | 'dues' | 'recruits';

export type ImportSpec<F extends string> = {
  key: ImportKey;
  fields: FieldTable<F>;
  repeats?: Partial<Record<F, F>>;
  oneOf?: readonly F[];
  /** Said when no row of any sheet names a known column. */
  noHeader: string;
};

/** What every parser returns: rows read, and the issues found in them. */
export type Parsed = { rowCount: number; errors: RowIssue[]; warnings: RowIssue[] };

export type SheetRead<F extends string, P extends Parsed> = {
  sheet: ExcelJS.Worksheet;
  sheetName: string;
  header: HeaderMatch<F>;
  /** Null while a required field has no column: the clerk maps one first. */
  parsed: P | null;
  remembered: boolean;
};

export type MappingChoice = { mapping?: Mapping; remembered?: (layout: string) => Mapping | undefined };

/** The first sheet whose header has every required field; else the best partial one, to be mapped. */
export function readSheet<F extends string, P extends Parsed>(
  wb: ExcelJS.Workbook,
  spec: ImportSpec<F>,
  choice: MappingChoice,
  parse: (sheet: ExcelJS.Worksheet, header: HeaderMatch<F>) => P,
): SheetRead<F, P> {
  const mapping = resolveMapping(spec, choice.mapping);
  let partial: { sheet: ExcelJS.Worksheet; header: HeaderMatch<F> } | null = null;
  for (const sheet of wb.worksheets) {
    const header = findHeader(sheet, { fields: spec.fields, repeats: spec.repeats, oneOf: spec.oneOf, mapping, remembered: choice.remembered });
    if (!header) continue;
    const remembered = choice.remembered?.(header.layout) !== undefined;
    if (header.missing.length === 0) return { sheet, sheetName: sheet.name, header, parsed: parse(sheet, header), remembered };
    if (!partial || header.columns.length > partial.header.columns.length) partial = { sheet, header };
  }
  if (!partial) throw new ImportFileError(spec.noHeader);
  return { sheet: partial.sheet, sheetName: partial.sheet.name, header: partial.header, parsed: null, remembered: choice.remembered?.(partial.header.layout) !== undefined };
}

/** A mapping's field names as keys: the CLI's --map takes 所在支部 as well as orgName. */
export function resolveMapping<F extends string>(spec: ImportSpec<F>, mapping: Mapping | undefined): Mapping | undefined {
  if (!mapping) return undefined;
  const out: Mapping = {};
  for (const [header, name] of Object.entries(mapping)) {
    const field = fieldNamed(spec, name);
    if (field === undefined) {
      const known = Object.values(spec.fields).map((f) => (f as { label: string }).label).join('、');
      throw new ImportFileError(`不认识的字段“${name}”（表头“${header}”）。可以指定：${known}，或“未使用”`);
    }
    out[header.replace(/\s+/g, '')] = field;
  }
  return out;
}

function fieldNamed<F extends string>(spec: ImportSpec<F>, name: string): F | '' | undefined {
  const n = name.trim();
  if (n === '' || n === '未使用') return '';
  const entries = Object.entries(spec.fields) as [F, { label: string; names: readonly string[] }][];
  return entries.find(([f]) => f === n)?.[0] ?? entries.find(([, s]) => s.label === n)?.[0] ?? entries.find(([, s]) => s.names.includes(n))?.[0];
}

/** How the preview lists the columns and what can be chosen for them. */
export function describeColumns<F extends string>(spec: ImportSpec<F>, header: HeaderMatch<F>) {
  const label = (f: F) => spec.fields[f].label;
  const asked = (f: F) => (spec.oneOf?.[0] === f ? spec.oneOf.map(label).join('或') : label(f));
  return {
    headerRow: header.row,
    columns: header.columns.map((c) => ({ header: c.header, field: c.field, label: label(c.field) })),
    ignoredColumns: header.ignored,
    sheetColumns: header.sheetColumns.map((c) => ({ col: c.col, letter: columnLetter(c.col), header: c.header, field: c.field, note: c.note ?? null })),
    fieldOptions: (Object.keys(spec.fields) as F[]).map((f) => ({ field: f, label: label(f), required: spec.fields[f].required === true })),
    missingRequired: header.missing.map(asked),
    needsMapping: header.missing.length > 0,
  };
}
