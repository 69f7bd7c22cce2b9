// Reading exceljs cell values the way a clerk sees them.
import type ExcelJS from 'exceljs';
import { excelSerialToIso, jsDateToIso, parseChineseDate, type ParsedDate } from '../domain/dates';

export type CellValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; n: number }
  | { kind: 'date'; iso: string }
  | { kind: 'bad'; text: string };

/** Flattens rich text, formulas (their cached result), hyperlinks and errors to one value. */
export function readCell(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: v };
  if (typeof v === 'number') return { kind: 'number', n: v };
  if (typeof v === 'boolean') return { kind: 'text', text: v ? '是' : '否' };
  if (v instanceof Date) {
    const iso = jsDateToIso(v);
    return iso ? { kind: 'date', iso } : { kind: 'bad', text: '无效日期' };
  }
  if ('richText' in v) return readCell(v.richText.map((r) => r.text).join(''));
  if ('error' in v) return { kind: 'bad', text: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: unknown }).result;
    if (result && typeof result === 'object' && 'error' in result) return { kind: 'bad', text: String((result as { error: unknown }).error) };
    // A file written by a program that never calculated its formulas has no value to import.
    if (result === undefined) return { kind: 'bad', text: '公式没有计算结果，请在 Excel 中打开并保存后再导入' };
    return readCell(result as ExcelJS.CellValue);
  }
  if ('text' in v) return readCell(typeof v.text === 'string' ? v.text : (v.text as { richText: { text: string }[] }).richText.map((r) => r.text).join(''));
  return { kind: 'bad', text: '无法识别的单元格内容' };
}

export function cellText(c: CellValue): string | null {
  switch (c.kind) {
    case 'empty':
      return null;
    case 'text':
      return c.text;
    case 'number':
      return Number.isInteger(c.n) ? String(c.n) : String(c.n);
    case 'date':
      return c.iso;
    case 'bad':
      return null;
  }
}

export type DateRead = ParsedDate & { warning?: string };

/** A date cell in any of the forms clerks use: date cells, serials, typed text, 2012.03 as a number. */
export function readDate(c: CellValue): DateRead | null {
  switch (c.kind) {
    case 'empty':
      return null;
    case 'date':
      return { ok: true, value: c.iso };
    case 'text':
      return parseChineseDate(c.text);
    case 'bad':
      return { ok: false, message: `单元格内容有误（${c.text}）` };
    case 'number':
      return readNumericDate(c.n);
  }
}

function readNumericDate(n: number): DateRead {
  // 20120301 or 201203 typed without separators
  if (Number.isInteger(n) && n >= 190001 && n <= 21001231) return parseChineseDate(String(n));
  // 2012.03 typed into a General cell becomes the number 2012.03; 2012.10 becomes 2012.1.
  if (n >= 1900 && n < 2101 && !Number.isInteger(n)) {
    const [y, frac = ''] = String(n).split('.');
    const r = parseChineseDate(`${y}.${frac.padEnd(1, '0')}`);
    if (r.ok && frac.length === 1 && frac === '1') {
      return { ...r, warning: `“${n}”按 ${y}年1月 处理；如果是 ${y}年10月，请把日期列设为文本后写成 ${y}.10` };
    }
    return r;
  }
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) return { ok: false, message: `“${n}”只有年份，请至少写到月（如 ${n}.03）` };
  const iso = excelSerialToIso(n);
  return iso ? { ok: true, value: iso } : { ok: false, message: `“${n}”不是有效日期` };
}
