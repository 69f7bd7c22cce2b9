// The data rows under a found header, as every import reads them.
import type ExcelJS from 'exceljs';
import { cellText, readCell, type CellValue } from './cells';
import type { HeaderMatch } from './headers';
import { codedLabel, type FieldTable } from './synonyms';

export type RowCells<F extends string> = Map<F, { v: CellValue; header: string }>;

// A line without an ID number that names a signature or a total is the sheet's footer, not data.
const SIGN_OFF = /填表|审核|制表|负责人|合计|总计|说明|注[:：]/;

/** One row's cells by field: coded values by their label, several columns of one field joined. */
export function rowCells<F extends string>(row: ExcelJS.Row, header: HeaderMatch<F>, fields: FieldTable<F>): RowCells<F> {
  const cells: RowCells<F> = new Map();
  for (const c of header.columns) {
    let v = readCell(row.getCell(c.col).value);
    if (fields[c.field].coded && v.kind === 'text') v = { kind: 'text', text: codedLabel(v.text) };
    const had = cells.get(c.field);
    if (had && had.v.kind !== 'empty') {
      const more = cellText(v);
      if (more) v = { kind: 'text', text: `${cellText(had.v) ?? ''}、${more}` };
      else v = had.v;
    }
    cells.set(c.field, { v, header: had && had.v.kind !== 'empty' ? had.header : c.header });
  }
  return cells;
}

function rowText(row: ExcelJS.Row): string {
  let s = '';
  row.eachCell((cell) => (s += cellText(readCell(cell.value)) ?? ''));
  return s;
}

/** Each row below the header with its fields' cells; empty rows and 填表人/合计 lines are skipped. */
export function* dataRows<F extends string>(
  sheet: ExcelJS.Worksheet,
  header: HeaderMatch<F>,
  fields: FieldTable<F>,
  keyFields: readonly F[],
): Generator<{ row: number; cells: RowCells<F> }> {
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = rowCells(row, header, fields);
    let all = '';
    for (const { v } of cells.values()) all += cellText(v) ?? '';
    if (all.trim() === '') continue;
    const keyed = keyFields.some((f) => /\d{6}/.test(cellText(cells.get(f)?.v ?? { kind: 'empty' }) ?? ''));
    // 填表人/审核人 lines are often merged across the row, so the key columns repeat their text.
    if (!keyed && SIGN_OFF.test(rowText(row))) continue;
    yield { row: r, cells };
  }
}

/** The value as the clerk typed it, for messages (2025.10, not 2025-10). */
export function typed(v: CellValue): string {
  return v.kind === 'bad' ? v.text : (cellText(v) ?? '');
}
