// Finding the header row of a clerk's sheet and mapping its Chinese column names to fields.
import type ExcelJS from 'exceljs';
import { cellText, normalizeHeader, readCell } from './cells';

export type ColumnMap<F extends string> = { field: F; col: number; header: string }[];

export type HeaderMatch<F extends string> = {
  row: number;
  columns: ColumnMap<F>;
  ignored: string[];
};

/** Aliases per field, compared after normalizeHeader (no spaces, no brackets, half-width). */
export type HeaderAliases<F extends string> = Record<F, readonly string[]>;

export function matchHeader<F extends string>(text: string, aliases: HeaderAliases<F>): F | null {
  const h = normalizeHeader(text);
  if (!h) return null;
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    if (names.includes(h)) return field;
  }
  return null;
}

/**
 * Scans the first rows for the one that names the most known columns (titles and 填报 rows
 * sit above it). Needs every required field; returns null when no row qualifies.
 */
export function findHeaderRow<F extends string>(
  sheet: ExcelJS.Worksheet,
  aliases: HeaderAliases<F>,
  required: readonly F[],
  scanRows = 30,
): HeaderMatch<F> | null {
  let best: HeaderMatch<F> | null = null;
  const last = Math.min(sheet.rowCount, scanRows);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    const columns: ColumnMap<F> = [];
    const ignored: string[] = [];
    const seen = new Set<F>();
    for (let c = 1; c <= Math.min(row.cellCount, 80); c++) {
      const cell = row.getCell(c);
      // A title merged across the row repeats in every cell: count it once, at its master.
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      const text = cellText(readCell(cell.value));
      if (!text) continue;
      const field = matchHeader(text, aliases);
      if (field && !seen.has(field)) {
        seen.add(field);
        columns.push({ field, col: c, header: text.replace(/\s+/g, '') });
      } else if (!field) ignored.push(text.trim());
    }
    if (!required.every((f) => seen.has(f))) continue;
    if (!best || columns.length > best.columns.length) best = { row: r, columns, ignored };
  }
  return best;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
