// Reading a 党费基数 workbook (name, ID number, kind, monthly base, the month it applies from)
// with row-level issues. Matching to the roster is the API's part.
import type ExcelJS from 'exceljs';
import type { RowIssue } from '../model/imports';
import type { DuesKind } from '../domain/dues';
import { yuanToFen } from '../domain/dues';
import { checkIdNumber } from '../domain/idNumber';
import { cleanText, normalizeIdNumber, normalizeName } from '../domain/normalize';
import { cellText, readDate } from './cells';
import type { ImportSpec } from './flow';
import type { HeaderMatch } from './headers';
import { dataRows, typed, type RowCells } from './rows';
import { BASE_FIELDS, type BaseField } from './synonyms';

export const BASES_SPEC: ImportSpec<BaseField> = {
  key: 'dues',
  fields: BASE_FIELDS,
  noHeader: '没有找到表头：党费基数表中需要有“身份证号”“类别”“月收入”（或“缴费基数”）三列，最好还有“姓名”和“起始月份”',
};

const KIND_WORDS: Record<string, DuesKind> = { 在职: '在职', 在岗: '在职', 教职工: '在职', 职工: '在职', 离退休: '离退休', 退休: '离退休', 离休: '离退休', 学生: '学生' };

export type BaseRecord = { row: number; name: string; idNumber: string; kind: DuesKind; baseFen: number; fromMonth: string | null };
export type BaseParse = { sheetName: string; header: HeaderMatch<BaseField>; rowCount: number; records: BaseRecord[]; errors: RowIssue[]; warnings: RowIssue[] };


export function parseBasesSheet(sheet: ExcelJS.Worksheet, header: HeaderMatch<BaseField>): BaseParse {
  const out: BaseParse = { sheetName: sheet.name, header, rowCount: 0, records: [], errors: [], warnings: [] };
  const seen = new Map<string, number>();
  for (const { row: r, cells } of dataRows(sheet, header, BASE_FIELDS, ['idNumber'])) {
    const idCell = cells.get('idNumber')!;
    out.rowCount++;
    const bad: RowIssue[] = [];
    const err = (f: BaseField, message: string) => bad.push({ row: r, column: cells.get(f)?.header ?? f, message });
    const rec = readRow(cells, err);
    if (bad.length || !rec) {
      out.errors.push(...bad);
      continue;
    }
    const key = `${rec.idNumber}|${rec.fromMonth ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      out.errors.push({ row: r, column: idCell.header, message: `与第 ${earlier} 行重复（同一人、同一起始月份）` });
      continue;
    }
    seen.set(key, r);
    out.records.push({ row: r, ...rec });
  }
  return out;
}

type Cells = RowCells<BaseField>;

function readRow(cells: Cells, err: (f: BaseField, m: string) => void): Omit<BaseRecord, 'row'> | null {
  const idCell = cells.get('idNumber')!;
  let idNumber: string | null = null;
  if (idCell.v.kind === 'number') err('idNumber', '身份证号被 Excel 存成了数字，末尾几位已经丢失。请把这一列设置为“文本”格式后重新录入');
  else if (idCell.v.kind !== 'text') err('idNumber', '缺少身份证号');
  else {
    const facts = checkIdNumber(normalizeIdNumber(idCell.v.text));
    if (facts.ok) idNumber = facts.idNumber;
    else err('idNumber', facts.message);
  }
  const kindText = (cleanText(cellText(cells.get('kind')!.v)) ?? '').replace(/党员$/, '');
  const kind = KIND_WORDS[kindText] ?? null;
  if (!kind) err('kind', kindText ? `类别“${kindText}”应为 在职、离退休 或 学生` : '缺少类别（在职、离退休 或 学生）');
  const bv = cells.get('base')!.v;
  const baseFen = bv.kind === 'number' ? numberToFen(bv.n) : bv.kind === 'text' ? yuanToFen(bv.text) : kind === '学生' ? 0 : null;
  if (baseFen === null) err('base', bv.kind === 'empty' ? '缺少月收入（元）' : `月收入“${typed(bv)}”应为金额（元），最多两位小数`);
  else if (baseFen > 100_000_000) err('base', '月收入超过100万元，请检查是否多写了位数');
  let fromMonth: string | null = null;
  const mv = cells.get('fromMonth')?.v ?? { kind: 'empty' };
  const d = mv.kind === 'number' && Number.isInteger(mv.n) && mv.n > 190000 && mv.n < 210100 ? readDate({ kind: 'text', text: String(mv.n) }) : readDate(mv);
  if (d && !d.ok) err('fromMonth', d.message);
  else if (d) fromMonth = d.value.slice(0, 7);
  if (!idNumber || !kind || baseFen === null || baseFen > 100_000_000) return null;
  return { name: normalizeName(cleanText(cellText(cells.get('name')?.v ?? { kind: 'empty' }))) ?? '', idNumber, kind, baseFen, fromMonth };
}

/** A number cell in 元 to fen; null when negative or finer than the fen. */
function numberToFen(n: number): number | null {
  const fen = Math.round(n * 100);
  return Number.isFinite(n) && n >= 0 && Math.abs(n * 100 - fen) < 1e-6 ? fen : null;
}
