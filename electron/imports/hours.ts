// Reading a study-hours workbook (name, ID number, date, hours, title) with row-level issues.
import type ExcelJS from 'exceljs';
import type { RowIssue } from '../api/contract';
import { checkIdNumber } from '../domain/idNumber';
import { cleanText, normalizeIdNumber, normalizeName } from '../domain/normalize';
import { cellText, readDate } from './cells';
import { findHeaderRow, type HeaderAliases, type HeaderMatch } from './headers';
import { dataRows } from './rows';
import { ImportFileError } from './workbook';

export type HoursField = 'name' | 'idNumber' | 'date' | 'hours' | 'title';

export const HOURS_ALIASES: HeaderAliases<HoursField> = {
  name: ['姓名', '党员姓名'],
  idNumber: ['身份证号', '公民身份号码', '身份证号码', '身份证', '公民身份证号码'],
  date: ['日期', '学习日期', '培训日期', '时间', '学习时间'],
  hours: ['学时', '学时数', '时长', '课时'],
  title: ['内容', '学习内容', '培训名称', '课程名称', '名称', '项目', '标题'],
};

export type HoursRecord = { row: number; name: string; idNumber: string; onDate: string; hours: number; title: string };
export type HoursParse = { sheetName: string; header: HeaderMatch<HoursField>; rowCount: number; records: HoursRecord[]; errors: RowIssue[]; warnings: RowIssue[] };


export function parseHours(wb: ExcelJS.Workbook): HoursParse {
  for (const sheet of wb.worksheets) {
    const header = findHeaderRow(sheet, HOURS_ALIASES, ['idNumber', 'date', 'hours']);
    if (header) return parseSheet(sheet, header);
  }
  throw new ImportFileError('没有找到表头：学时表中需要有“身份证号”“日期”“学时”三列（最好还有“姓名”和“内容”）');
}

function parseSheet(sheet: ExcelJS.Worksheet, header: HeaderMatch<HoursField>): HoursParse {
  const out: HoursParse = { sheetName: sheet.name, header, rowCount: 0, records: [], errors: [], warnings: [] };
  const seen = new Map<string, number>();
  for (const { row: r, cells } of dataRows(sheet, header, 'idNumber')) {
    const idCell = cells.get('idNumber')!;
    out.rowCount++;
    const bad: RowIssue[] = [];
    const err = (f: HoursField, message: string) => bad.push({ row: r, column: cells.get(f)?.header ?? f, message });
    const text = (f: HoursField) => {
      const v = cells.get(f)?.v ?? { kind: 'empty' };
      if (v.kind === 'bad') err(f, `单元格内容有误（${v.text}）`);
      return cleanText(cellText(v));
    };

    let idNumber: string | null = null;
    if (idCell.v.kind === 'number') err('idNumber', '身份证号被 Excel 存成了数字，末尾几位已经丢失。请把这一列设置为“文本”格式后重新录入');
    else if (idCell.v.kind !== 'text') err('idNumber', '缺少身份证号');
    else {
      const facts = checkIdNumber(normalizeIdNumber(idCell.v.text));
      if (facts.ok) idNumber = facts.idNumber;
      else err('idNumber', facts.message);
    }
    const d = readDate(cells.get('date')!.v);
    let onDate: string | null = null;
    if (!d) err('date', '缺少日期');
    else if (!d.ok) err('date', d.message);
    else if (d.value.length !== 10) err('date', `日期“${d.value}”只到月份，学时记录需要具体日期`);
    else onDate = d.value;
    const hv = cells.get('hours')!.v;
    const hours = hv.kind === 'number' ? hv.n : hv.kind === 'text' ? Number(hv.text.trim()) : NaN;
    if (hv.kind === 'empty') err('hours', '缺少学时');
    else if (!Number.isFinite(hours) || hours <= 0 || hours > 200) err('hours', `学时“${cellText(hv) ?? ''}”应为 0 到 200 之间的数字`);
    const title = text('title') ?? '个人学习';
    const name = normalizeName(text('name')) ?? '';
    if (bad.length) {
      out.errors.push(...bad);
      continue;
    }
    const rounded = Math.round(hours * 10) / 10;
    if (rounded !== hours) out.warnings.push({ row: r, column: cells.get('hours')!.header, message: `学时 ${hours} 已按一位小数记为 ${rounded}` });
    const key = `${idNumber}|${onDate}|${title}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      out.errors.push({ row: r, column: idCell.header, message: `与第 ${earlier} 行重复（同一人、同一天、同一内容）` });
      continue;
    }
    seen.set(key, r);
    out.records.push({ row: r, name, idNumber: idNumber!, onDate: onDate!, hours: rounded, title });
  }
  return out;
}
