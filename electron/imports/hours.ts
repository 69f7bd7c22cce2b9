// Reading a study-hours workbook with row-level issues: a ledger keyed by 身份证号, or an activity
// sign-in list keyed by 学号 or by 姓名 (within 党支部) with 活动名称, 活动类型 and 活动时间 like 2026-10-28 14:30.
import type ExcelJS from 'exceljs';
import type { RowIssue } from '../model/imports';
import { checkIdNumber } from '../domain/idNumber';
import { cleanText, normalizeIdNumber, normalizeName, normalizeStudentNo } from '../domain/normalize';
import { readDate } from './cells';
import type { ImportSpec } from './flow';
import type { HeaderMatch } from './headers';
import { dataRows, typed } from './rows';
import { HOURS_FIELDS, type HoursField } from './synonyms';

export const HOURS_SPEC: ImportSpec<HoursField> = {
  key: 'hours',
  fields: HOURS_FIELDS,
  oneOf: ['idNumber', 'name', 'studentNo'],
  noHeader: '没有找到表头：学时表中需要有“日期”“学时”两列，以及“身份证号”“学号”或“姓名”（最好还有“学习内容”）',
};

/** Who a row is about: by ID number; else by 学号, or by name (and branch, when the sheet has one). */
export type HoursPerson = { idNumber: string } | { studentNo: string | null; name: string | null; branch: string | null };

export type HoursRecord = { row: number; name: string; person: HoursPerson; onDate: string; hours: number; title: string };
export type HoursParse = { sheetName: string; header: HeaderMatch<HoursField>; rowCount: number; records: HoursRecord[]; errors: RowIssue[]; warnings: RowIssue[] };

export function parseHoursSheet(sheet: ExcelJS.Worksheet, header: HeaderMatch<HoursField>, today: string): HoursParse {
  const out: HoursParse = { sheetName: sheet.name, header, rowCount: 0, records: [], errors: [], warnings: [] };
  const seen = new Map<string, number>();
  const byId = header.columns.some((c) => c.field === 'idNumber');
  for (const { row: r, cells } of dataRows(sheet, header, HOURS_FIELDS, ['idNumber', 'studentNo'])) {
    out.rowCount++;
    const bad: RowIssue[] = [];
    const err = (f: HoursField, message: string) => bad.push({ row: r, column: cells.get(f)?.header ?? HOURS_FIELDS[f].label, message });
    const text = (f: HoursField) => {
      const v = cells.get(f)?.v ?? { kind: 'empty' };
      if (v.kind === 'bad') err(f, `单元格内容有误（${v.text}）`);
      return cleanText(typed(v));
    };
    const name = normalizeName(text('name')) ?? '';
    let person: HoursPerson | null = null;
    const idCell = cells.get('idNumber')?.v ?? { kind: 'empty' };
    if (idCell.kind === 'number') err('idNumber', '身份证号被 Excel 存成了数字，末尾几位已经丢失。请把这一列设置为“文本”格式后重新录入');
    else if (idCell.kind === 'text') {
      const facts = checkIdNumber(normalizeIdNumber(idCell.text));
      if (facts.ok) person = { idNumber: facts.idNumber };
      else err('idNumber', facts.message);
    } else {
      const studentNo = normalizeStudentNo(text('studentNo'));
      if (studentNo || name) person = { studentNo, name: name || null, branch: text('branch') };
      else err(byId ? 'idNumber' : cells.has('studentNo') ? 'studentNo' : 'name', byId ? '缺少身份证号（也没有姓名）' : cells.has('studentNo') ? '缺少学号（也没有姓名）' : '缺少姓名');
    }

    const dateCell = cells.get('date')!.v;
    const d = readDate(dateCell);
    let onDate: string | null = null;
    if (!d) err('date', '缺少日期');
    else if (!d.ok) err('date', d.message);
    else if (d.value.length !== 10) err('date', `日期“${typed(dateCell)}”只到月份，学时记录需要具体日期`);
    else if (d.value > today) err('date', `日期“${typed(dateCell)}”晚于今天，学时只记已经完成的学习`);
    else onDate = d.value;
    const hv = cells.get('hours')!.v;
    const hours = hv.kind === 'number' ? hv.n : hv.kind === 'text' ? Number(hv.text.trim()) : NaN;
    if (hv.kind === 'empty') err('hours', '缺少学时');
    else if (!Number.isFinite(hours) || hours <= 0 || hours > 200) err('hours', `学时“${typed(hv)}”应为 0 到 200 之间的数字`);
    const kind = text('kind');
    const activity = text('title');
    // The kind is kept as trainings keep it (专题培训：…), so a sign-in list's 活动类型 is not lost.
    const title = kind && activity ? `${kind}：${activity}` : (activity ?? kind ?? '个人学习');
    if (bad.length || !person || !onDate) {
      out.errors.push(...bad);
      continue;
    }
    const rounded = Math.round(hours * 10) / 10;
    if (rounded !== hours) out.warnings.push({ row: r, column: cells.get('hours')!.header, message: `学时 ${hours} 已按一位小数记为 ${rounded}` });
    const who = 'idNumber' in person ? person.idNumber : person.studentNo ? `学号${person.studentNo}` : `${person.name}|${person.branch ?? ''}`;
    const key = `${who}|${onDate}|${title}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      out.errors.push({ row: r, column: cells.get('idNumber')?.header ?? cells.get('studentNo')?.header ?? cells.get('name')?.header ?? '姓名', message: `与第 ${earlier} 行重复（同一人、同一天、同一内容）` });
      continue;
    }
    seen.set(key, r);
    out.records.push({ row: r, name, person, onDate, hours: rounded, title });
  }
  return out;
}
