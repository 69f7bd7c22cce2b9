// Reading the 发展党员台账 clerks keep in Excel: one row per person, a column per step's date.
// Accepts our own ledger's headers too, so an exported ledger can be imported back.
import type ExcelJS from 'exceljs';
import type { RowIssue } from '../model/imports';
import { checkIdNumber } from '../domain/idNumber';
import { cleanText, normalizeIdNumber, normalizeName, toHalfWidth } from '../domain/normalize';
import { cellText, readDate, type CellValue } from './cells';
import type { ImportSpec } from './flow';
import type { HeaderMatch } from './headers';
import { dataRows, typed, type RowCells } from './rows';
import { RECRUIT_FIELDS, RECRUIT_REPEATS, type RecruitField } from './synonyms';

const DATE_FIELDS = [
  'appliedOn', 'talkOn', 'activistOn', 'candidateOn', 'politicalCheckOn', 'publicityFrom', 'publicityTo',
  'admissionMeetingOn', 'approvedOn', 'oathOn', 'confirmationAppliedOn', 'confirmationMeetingOn', 'confirmationApprovedOn',
] as const;
type DateField = (typeof DATE_FIELDS)[number];
type CountField = 'admissionEntitled' | 'admissionYes' | 'confirmationEntitled' | 'confirmationYes';

export type RecruitImportField = RecruitField;

export const RECRUITS_SPEC: ImportSpec<RecruitField> = {
  key: 'recruits',
  fields: RECRUIT_FIELDS,
  repeats: RECRUIT_REPEATS,
  noHeader: '没有找到发展党员台账的表头：需要有“姓名”“身份证号”“所在支部”三列，以及各环节的日期列（如“申请入党时间”“确定为积极分子时间”）',
};

/** A row of the sheet as the fields of a 发展党员 record (org by name; introducers by name). */
export type RecruitRecord = {
  row: number;
  name: string;
  idNumber: string;
  gender: '男' | '女' | null;
  orgName: string;
  dates: Partial<Record<DateField, string>>;
  counts: Partial<Record<CountField, number>>;
  reviews: string[];
  mentor: string | null;
  trainingDays: number | null;
  trainingHours: number | null;
  introducers: string[];
  extensionMonths: number | null;
  notes: string | null;
};

export type RecruitParse = { sheetName: string; header: HeaderMatch<RecruitImportField>; rowCount: number; records: RecruitRecord[]; errors: RowIssue[]; warnings: RowIssue[] };

const DATE_TOKEN = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{8}/g;

type Cells = RowCells<RecruitImportField>;

export function parseRecruitsSheet(sheet: ExcelJS.Worksheet, header: HeaderMatch<RecruitImportField>, today: string): RecruitParse {
  const out: RecruitParse = { sheetName: sheet.name, header, rowCount: 0, records: [], errors: [], warnings: [] };
  const seen = new Map<string, number>();
  for (const { row: r, cells } of dataRows(sheet, header, RECRUIT_FIELDS, ['idNumber'])) {
    out.rowCount++;
    const rec = parseRow(r, cells, out.warnings, today);
    if ('issues' in rec) {
      out.errors.push(...rec.issues);
      continue;
    }
    const first = seen.get(rec.idNumber);
    if (first !== undefined) {
      out.errors.push({ row: r, column: cells.get('idNumber')!.header, message: `身份证号与第 ${first} 行重复` });
      continue;
    }
    seen.set(rec.idNumber, r);
    out.records.push(rec);
  }
  return out;
}

function parseRow(r: number, cells: Cells, warnings: RowIssue[], today: string): RecruitRecord | { issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const col = (f: RecruitImportField) => cells.get(f)?.header ?? RECRUIT_FIELDS[f].label;
  const err = (f: RecruitImportField, message: string) => issues.push({ row: r, column: col(f), message });
  const value = (f: RecruitImportField): CellValue => cells.get(f)?.v ?? { kind: 'empty' };
  const text = (f: RecruitImportField) => {
    const v = value(f);
    if (v.kind === 'bad') err(f, `单元格内容有误（${v.text}）`);
    return cleanText(cellText(v));
  };

  const name = normalizeName(text('name'));
  if (!name) err('name', '缺少姓名');
  const idNumber = readIdNumber(value('idNumber'), (m) => err('idNumber', m));
  const orgName = text('orgName');
  if (!cells.has('orgName')) err('orgName', '表中没有“所在支部”列，无法确定此人属于哪个党支部');
  else if (!orgName) err('orgName', '缺少所在支部');
  const genderText = text('gender');
  const gender = genderText === '男' || genderText === '女' ? genderText : null;
  if (genderText && !gender) err('gender', `性别“${genderText}”应为“男”或“女”`);

  const dates: RecruitRecord['dates'] = {};
  for (const f of DATE_FIELDS) {
    const d = dayOf(value(f));
    if (d && 'message' in d) err(f, d.message);
    // A step already taken cannot lie ahead; only a 公示 may still be running.
    else if (d && d.day > today && f !== 'publicityTo') err(f, `${col(f)}“${typed(value(f))}”晚于今天，请核对`);
    else if (d) dates[f] = d.day;
  }
  const publicity = cells.has('publicity') ? dateRange(value('publicity')) : null;
  if (publicity && 'message' in publicity) err('publicity', publicity.message);
  else if (publicity) Object.assign(dates, { publicityFrom: dates.publicityFrom ?? publicity.from, publicityTo: dates.publicityTo ?? publicity.to });

  const reviews = listOfDays(value('reviews'), (m) => err('reviews', m));
  const counts = readCounts(cells, err);
  const training = readTraining(cells, err);
  const introducers = (text('introducers') ?? '').split(/[、，,；;\s/]+/).map((n) => normalizeName(n)).filter((n): n is string => !!n);
  if (introducers.length > 2) err('introducers', `入党介绍人应为两名，这里写了 ${introducers.length} 名`);
  const extension = readNumber(value('extensionMonths'), 0, 12, true);
  if (extension && 'message' in extension) err('extensionMonths', `延长预备期应为 0 到 12 之间的整月数（${extension.message}）`);

  if (issues.length > 0 || !name || !idNumber || !orgName) return { issues };
  if (genderText === null && cells.has('gender')) warnings.push({ row: r, column: col('gender'), message: '性别为空，按身份证号确定' });
  return {
    row: r, name, idNumber, gender, orgName, dates, counts, reviews, mentor: text('mentor'), trainingDays: training.days, trainingHours: training.hours,
    introducers, extensionMonths: extension && 'n' in extension ? extension.n : null, notes: text('notes'),
  };
}

function readIdNumber(v: CellValue, err: (m: string) => void): string | null {
  if (v.kind === 'number') return err('身份证号被 Excel 存成了数字，末尾几位已经丢失。请把这一列设置为“文本”格式后重新录入'), null;
  if (v.kind !== 'text') return err('缺少身份证号'), null;
  const facts = checkIdNumber(normalizeIdNumber(v.text));
  if (!facts.ok) return err(facts.message), null;
  return facts.idNumber;
}

/** A date with its day: the rules count days, so 2024.03 alone cannot be checked. */
function dayOf(v: CellValue): { day: string } | { message: string } | null {
  const d = readDate(v);
  if (!d) return null;
  if (!d.ok) return { message: d.message };
  if (d.value.length !== 10) return { message: `日期“${typed(v)}”只到月份，发展党员各环节的检查需要具体到日` };
  return { day: d.value };
}

function dateTokens(v: CellValue): string[] {
  const t = v.kind === 'date' ? v.iso : toHalfWidth(cellText(v) ?? '');
  return t.match(DATE_TOKEN) ?? [];
}

function listOfDays(v: CellValue, err: (m: string) => void): string[] {
  if (v.kind === 'empty') return [];
  if (v.kind === 'date' || v.kind === 'number') {
    const d = dayOf(v);
    if (d && 'message' in d) err(d.message);
    return d && 'day' in d ? [d.day] : [];
  }
  const days: string[] = [];
  for (const token of dateTokens(v)) {
    const d = dayOf({ kind: 'text', text: token });
    if (d && 'message' in d) err(d.message);
    else if (d) days.push(d.day);
  }
  if (days.length === 0) err(`无法从“${cellText(v) ?? ''}”中读出考察日期，请写成 2024-03-01、2024-09-01 这样用顿号分隔的日期`);
  return days;
}

function dateRange(v: CellValue): { from: string; to: string } | { message: string } | null {
  if (v.kind === 'empty') return null;
  const tokens = dateTokens(v);
  const days = tokens.map((t) => dayOf({ kind: 'text', text: t }));
  const bad = days.find((d) => d && 'message' in d);
  if (bad && 'message' in bad) return bad;
  const [from, to] = days.map((d) => (d && 'day' in d ? d.day : ''));
  if (tokens.length !== 2 || !from || !to) return { message: `公示期“${cellText(v) ?? ''}”应写成“2024-03-01至2024-03-07”` };
  if (to < from) return { message: `公示结束日期 ${to} 早于开始日期 ${from}` };
  return { from, to };
}

function readNumber(v: CellValue, min: number, max: number, integer: boolean): { n: number } | { message: string } | null {
  if (v.kind === 'empty') return null;
  const raw = v.kind === 'number' ? v.n : Number((cellText(v) ?? '').replace(/[个月天学时人票\s]/g, ''));
  if (!Number.isFinite(raw) || raw < min || raw > max || (integer && !Number.isInteger(raw))) return { message: `“${cellText(v) ?? ''}”不是有效的数` };
  return { n: raw };
}

function readCounts(cells: Cells, err: (f: RecruitImportField, m: string) => void): RecruitRecord['counts'] {
  const counts: RecruitRecord['counts'] = {};
  const pairs = [['admissionVote', 'admissionEntitled', 'admissionYes'], ['confirmationVote', 'confirmationEntitled', 'confirmationYes']] as const;
  for (const [combined, entitledField, yesField] of pairs) {
    for (const f of [entitledField, yesField]) {
      const n = readNumber(cells.get(f)?.v ?? { kind: 'empty' }, 0, 10000, true);
      if (n && 'message' in n) err(f, `票数应为整数（${n.message}）`);
      else if (n) counts[f] = n.n;
    }
    const c = cells.get(combined)?.v;
    const m = c && c.kind !== 'empty' ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(cellText(c) ?? '') : null;
    if (c && c.kind !== 'empty' && !m) err(combined, `“${cellText(c) ?? ''}”应写成“赞成票数/应到会人数”，如 8/9`);
    if (m) Object.assign(counts, { [yesField]: Number(m[1]), [entitledField]: Number(m[2]) });
    const yes = counts[yesField];
    const entitled = counts[entitledField];
    if (yes !== undefined && entitled !== undefined && yes > entitled) err(m ? combined : yesField, `赞成票 ${yes} 多于应到会有表决权的正式党员 ${entitled} 名`);
  }
  return counts;
}

function readTraining(cells: Cells, err: (f: RecruitImportField, m: string) => void): { days: number | null; hours: number | null } {
  const out = { days: null as number | null, hours: null as number | null };
  const combined = cells.get('training')?.v;
  if (combined && combined.kind !== 'empty') {
    const t = toHalfWidth(cellText(combined) ?? '');
    const days = /(\d+(?:\.\d+)?)\s*天/.exec(t);
    const hours = /(\d+(?:\.\d+)?)\s*(?:学时|课时|小时)/.exec(t);
    if (!days && !hours) err('training', `“${t}”应写成“3天/24学时”`);
    out.days = days ? Number(days[1]) : null;
    out.hours = hours ? Number(hours[1]) : null;
  }
  const d = readNumber(cells.get('trainingDays')?.v ?? { kind: 'empty' }, 0, 365, false);
  if (d && 'message' in d) err('trainingDays', `培训天数${d.message}`);
  else if (d) out.days = d.n;
  const h = readNumber(cells.get('trainingHours')?.v ?? { kind: 'empty' }, 0, 1000, false);
  if (h && 'message' in h) err('trainingHours', `培训学时${h.message}`);
  else if (h) out.hours = h.n;
  return out;
}

