// The shared ledger (台账) style: every Excel ledger is columns + rows handed to writeLedger.
// Title row merged across, 填报单位/日期, bold bordered header, 序号, frozen header, A4 landscape
// fitted to one page wide with the header repeated, "第 N 页 共 M 页", 填表人/审核人 at the end.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './lazyLibs';
import { PassThrough } from 'node:stream';
import { formatChineseDate } from '../domain/dates';

export type Cell = string | number | Date | null;

/**
 * How a column's values are stored and shown. Numbers stay numbers (so they sum, sort and do
 * not raise Excel's "number stored as text" flag); 'date' turns a yyyy-mm-dd string into a date
 * cell so Excel's date filters work. IDs and codes have no format and stay text.
 */
export type CellFormat = 'integer' | 'decimal' | 'money' | 'percent' | 'date';
const NUM_FMT: Record<CellFormat, string> = { integer: '0', decimal: '0.0', money: '#,##0.00', percent: '0.0%', date: 'yyyy-mm-dd' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The value written to the cell: an ISO date in a 'date' column becomes a Date at UTC midnight. */
function stored(v: Cell, format: CellFormat | undefined): Cell {
  if (format !== 'date' || typeof v !== 'string') return v;
  const m = ISO_DATE.exec(v);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : v;
}

/** Money in fen as a number of 元 for a 'money' column. */
export const fenToYuan = (fen: number | null): number | null => (fen === null ? null : fen / 100);
/**
 * A measure's percentage (one decimal, e.g. 33.3) as the fraction a 0.0% cell holds. Rounded
 * through tenths so the cell stores 0.333, as typed in Excel, not 0.33299999999999996.
 */
export const percentToFraction = (p: number | null): number | null => (p === null ? null : Math.round(p * 10) / 1000);

export type LedgerColumn<T> = {
  header: string;
  /** Width in characters (a Chinese character counts as two). */
  width: number;
  value: (row: T) => Cell;
  align?: 'left' | 'center' | 'right';
  format?: CellFormat;
  /** Wraps a centred column too (two-line step cells); left-aligned columns always wrap. */
  wrap?: boolean;
  /** A fill colour (ARGB) for this cell of this row, e.g. red for a shortfall. */
  fill?: (row: T) => string | null;
  /** Personal data the kit masks when the ledger leaves the office masked (LedgerMeta.maskPersonal). */
  personal?: 'idNumber' | 'phone';
};

export const RED = 'FFFFC7CE';
export const AMBER = 'FFFFEB9C';

export type LedgerSheet<T> = {
  name: string;
  title: string;
  columns: LedgerColumn<T>[];
  rows: Iterable<T>;
  /** Marks a data row (e.g. red fill for a shortfall); return a fill colour ARGB or null. */
  highlight?: (row: T) => string | null;
  /** Narrow enough for A4: printed on A4 even in a workbook the clerk asked for on A3. */
  fitsA4?: true;
};

export type LedgerMeta = {
  unitName: string;
  date: string;
  preparer: string;
  reviewer: string;
  /** 导出时隐藏身份证号中间位 (on unless the clerk turns it off): every `personal` column is masked. */
  maskPersonal?: boolean;
  /** A3 landscape where the office prints A3 (the wide ledgers offer it); A4 landscape otherwise. */
  paper?: 'A4' | 'A3';
};

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = { name: '宋体', size: 10 };
const TITLE_STYLE: Partial<ExcelJS.Style> = {
  font: { name: '宋体', size: 16, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
};
const META_STYLE: Partial<ExcelJS.Style> = { font: FONT, alignment: { vertical: 'middle' } };
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { ...FONT, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: BORDER,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
};
const cellStyles = new Map<string, Partial<ExcelJS.Style>>();

type StyleKey = Pick<LedgerColumn<never>, 'align' | 'format' | 'wrap'>;
const wraps = (c: StyleKey) => c.align === 'left' || c.wrap === true;

/** One shared style object per column look and fill, so the writer does not re-hash styles per cell. */
function dataStyle(c: StyleKey, fill: string | null): Partial<ExcelJS.Style> {
  const align = c.align ?? (c.format && c.format !== 'date' ? 'right' : 'center');
  const key = `${align}:${c.format ?? ''}:${wraps(c)}:${fill ?? ''}`;
  let s = cellStyles.get(key);
  if (!s) {
    s = {
      font: FONT,
      alignment: { horizontal: align, vertical: 'middle', wrapText: wraps(c) },
      border: BORDER,
      ...(c.format ? { numFmt: NUM_FMT[c.format] } : {}),
      ...(fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } } : {}),
    };
    cellStyles.set(key, s);
  }
  return s;
}

export const HEADER_ROW = 3;
// Excel's paper codes (exceljs's PaperSize is a const enum that names A4 but not A3).
const A4 = 9 as ExcelJS.PaperSize;
const A3 = 8 as ExcelJS.PaperSize;

/** A sheet ready to write, whatever its row type. */
export type PreparedSheet = { write(wb: ExcelJS.stream.xlsx.WorkbookWriter, meta: LedgerMeta): void };

export function ledgerSheet<T>(spec: LedgerSheet<T>): PreparedSheet {
  return { write: (wb, meta) => writeSheet(wb, spec.fitsA4 ? { ...meta, paper: 'A4' } : meta, spec) };
}

export async function writeLedger(meta: LedgerMeta, sheets: PreparedSheet[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.creator = '党建台账';
  for (const sheet of sheets) sheet.write(wb, meta);
  await wb.commit();
  return Buffer.concat(chunks);
}

function writeSheet<T>(wb: ExcelJS.stream.xlsx.WorkbookWriter, meta: LedgerMeta, spec: LedgerSheet<T>): void {
  const cols = [{ header: '序号', width: 6, value: () => null, align: 'center' as const }, ...spec.columns];
  const n = cols.length;
  const ws = wb.addWorksheet(spec.name.slice(0, 31), {
    // exceljs leaves out every column 9 wide (its own default), and Excel would draw those at its
    // default 8.43: the sheet's default says 9, so they keep the width their text was measured for.
    properties: { defaultColWidth: 9 },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: meta.paper === 'A3' ? A3 : A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页', evenFooter: '&C第 &P 页 共 &N 页' },
  });
  ws.columns = cols.map((c) => ({ width: c.width + 1 }));

  const title = ws.getRow(1);
  title.height = 32;
  title.getCell(1).value = spec.title;
  title.getCell(1).style = TITLE_STYLE;
  ws.mergeCells(1, 1, 1, n);
  title.commit();

  const split = Math.max(2, Math.ceil(n / 2));
  const metaRow = ws.getRow(2);
  metaRow.height = 20;
  metaRow.getCell(1).value = `填报单位：${meta.unitName}`;
  metaRow.getCell(1).style = META_STYLE;
  metaRow.getCell(split + 1).value = `填报日期：${formatChineseDate(meta.date)}`;
  metaRow.getCell(split + 1).style = { ...META_STYLE, alignment: { horizontal: 'right', vertical: 'middle' } };
  ws.mergeCells(2, 1, 2, split);
  ws.mergeCells(2, split + 1, 2, n);
  metaRow.commit();

  const header = ws.getRow(HEADER_ROW);
  // Tall enough for the longest wrapped header ("上半年考核人数" in a narrow column takes three lines).
  header.height = Math.max(28, Math.max(...cols.map((c) => wrappedLines(c.header, c.width))) * LINE_HEIGHT + 3);
  cols.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = HEADER_STYLE;
  });
  header.commit();

  let r = HEADER_ROW;
  let seq = 0;
  const plain = cols.map((c) => dataStyle(c, null));
  const getters = cols.map((c) => (meta.maskPersonal && c.personal ? masked(c.personal, c.value) : c.value));
  const fills = cols.map((c) => c.fill);
  // A column repeats its texts (the branch on every member's row): each is measured once.
  const measured = cols.map(() => new Map<string, number>());
  const linesOf = (i: number, text: string): number => {
    let lines = measured[i]!.get(text);
    if (lines === undefined) measured[i]!.set(text, (lines = wrappedLines(text, cols[i]!.width)));
    return lines;
  };
  for (const item of spec.rows) {
    r++;
    seq++;
    const row = ws.getRow(r);
    const fill = spec.highlight?.(item) ?? null;
    const styles = fill ? cols.map((c) => dataStyle(c, fill)) : plain;
    const first = row.getCell(1);
    first.value = seq;
    first.style = styles[0]!;
    let lines = 1;
    for (let i = 1; i < n; i++) {
      const cell = row.getCell(i + 1);
      const col = cols[i]!;
      const value = stored(getters[i]!(item), col.format);
      cell.value = value;
      // Excel and WPS fit rows themselves, but LibreOffice and printed PDFs keep one line and overlap long text.
      if (typeof value === 'string' && wraps(col)) lines = Math.max(lines, linesOf(i, value));
      const own = fills[i]?.(item);
      cell.style = own ? dataStyle(col, own) : styles[i]!;
    }
    if (lines > 1) row.height = lines * LINE_HEIGHT + 3;
    row.commit();
  }
  r += 2;
  const sign = ws.getRow(r);
  sign.getCell(1).value = `填表人：${meta.preparer || '__________'}`;
  sign.getCell(1).style = META_STYLE;
  sign.getCell(split + 1).value = `审核人：${meta.reviewer || '__________'}`;
  sign.getCell(split + 1).style = META_STYLE;
  ws.mergeCells(r, 1, r, split);
  ws.mergeCells(r, split + 1, r, n);
  sign.commit();
  ws.commit();
}

const LINE_HEIGHT = 13.5; // points per line of 10 pt 宋体 (LibreOffice prints ten lines in 138 pt)

/**
 * Glyph widths in column-width units at 10 pt. A width unit is the widest digit of the workbook's
 * Normal font (Calibri 11, 7 px in Excel and WPS); 10 pt 宋体 is 13.3 px a Chinese or full-width
 * character and 6.7 px a digit or Latin letter, so about 1.9 and 0.95 units ("a Chinese character
 * counts as two"). LibreOffice without Calibri measures its units on DejaVu Sans, 9.3 px, and
 * fits about a third more on a line: rows sized for Excel print there with room to spare, while
 * rows sized on that machine (1.45 units a character) are cut off in Excel.
 */
const FULL_WIDTH = 1.9;
/** 宋体's half-width is 0.95; 1.2 is DejaVu Sans, the face LibreOffice prints digits in where 宋体 is missing. */
const HALF_WIDTH = 1.2;
/** Cell padding (Excel's 5 px) taken off each column's written width, in width units. */
const PADDING = 0.7;
/** Punctuation that may not start a line (Excel and WPS carry the character before it down too). */
const NO_LINE_START = /[，。、；：？！）》」』〉”’,.;:?!)%/-]/;
/** Punctuation that may not end a line. */
const NO_LINE_END = /[（《「『〈“‘(]/;
/** Latin letters and digits form words that wrap whole ("2026年11月6日" breaks before "2026", not inside it). */
const WORD_CHAR = /[A-Za-z0-9.]/;

const glyphWidth = (ch: string): number => (ch.charCodeAt(0) > 0x2e7f ? FULL_WIDTH : HALF_WIDTH);

/** The pieces a line may break between: a Latin word, one Chinese character, with the punctuation glued on. */
function breakUnits(part: string): number[] {
  const units: number[] = [];
  let pendingOpen = 0;
  let inWord = false;
  for (const ch of part) {
    const w = glyphWidth(ch);
    if (units.length > 0 && (NO_LINE_START.test(ch) || (inWord && WORD_CHAR.test(ch)))) {
      units[units.length - 1]! += w;
    } else if (NO_LINE_END.test(ch)) {
      pendingOpen += w;
      inWord = false;
      continue;
    } else {
      units.push(w + pendingOpen);
      pendingOpen = 0;
    }
    inWord = WORD_CHAR.test(ch);
  }
  if (pendingOpen > 0) units.push(pendingOpen);
  return units;
}

/**
 * Lines `text` takes in a column declared `width` wide (written as width + 1) at `size` pt: the
 * lines are filled the way LibreOffice and Excel fill them, a whole word or character at a time,
 * so the space left at the end of each line counts (a plain sum of widths came out a line short
 * on the longest 检查发现的问题 cells). A word longer than a line is broken by characters.
 */
export function wrappedLines(text: string, width: number, size = 10): number {
  const room = (width + 1 - PADDING) * (10 / size);
  return text.split('\n').reduce((sum, part) => {
    let lines = 1;
    let used = 0;
    for (const unit of breakUnits(part)) {
      if (used > 0 && used + unit > room) {
        lines++;
        used = 0;
      }
      used += unit;
      while (used > room) {
        lines++;
        used -= room;
      }
    }
    return sum + lines;
  }, 0);
}

/** 110101199003071234 → 110101********1234 (设置 → 导出时隐藏身份证号中间位). */
function masked<T>(kind: 'idNumber' | 'phone', value: (row: T) => Cell): (row: T) => Cell {
  return (row) => {
    const v = value(row);
    if (typeof v !== 'string') return v;
    return kind === 'idNumber' ? maskIdNumber(v) : maskPhone(v);
  };
}

export function maskIdNumber(id: string): string {
  return id.length === 18 ? `${id.slice(0, 6)}********${id.slice(14)}` : id;
}

export function maskPhone(p: string | null): string | null {
  return p && /^1\d{10}$/.test(p) ? `${p.slice(0, 3)}****${p.slice(7)}` : p;
}
