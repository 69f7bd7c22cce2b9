// The data rows under a found header, as the hours, 党费基数 and 发展党员 imports read them.
import type ExcelJS from 'exceljs';
import { cellText, readCell, type CellValue } from './cells';
import type { HeaderMatch } from './headers';

export type RowCells<F extends string> = Map<F, { v: CellValue; header: string }>;

// A line without an ID number that names a signature or a total is the sheet's footer, not data.
const SIGN_OFF = /填表|审核|制表|合计|总计|说明/;

/** Each row below the header with its fields' cells; empty rows and 填表人/合计 lines are skipped. */
export function* dataRows<F extends string>(sheet: ExcelJS.Worksheet, header: HeaderMatch<F>, idField: F): Generator<{ row: number; cells: RowCells<F> }> {
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: RowCells<F> = new Map();
    let all = '';
    for (const c of header.columns) {
      const v = readCell(row.getCell(c.col).value);
      cells.set(c.field, { v, header: c.header });
      all += cellText(v) ?? '';
    }
    if (all.trim() === '') continue;
    const id = cells.get(idField);
    if (!/\d{6}/.test((id && cellText(id.v)) ?? '') && SIGN_OFF.test(all)) continue;
    yield { row: r, cells };
  }
}
