// Reading a roster workbook as clerks keep it into validated records with row-level issues.
import type ExcelJS from 'exceljs';
import type { RowIssue } from '../api/contract';
import { checkIdNumber } from '../domain/idNumber';
import { MEMBER_FIELD_LABEL, type Gender, type MemberType, type PersonCategory } from '../domain/glossary';
import { cleanText, isPlausiblePhone, normalizeIdNumber, normalizeName, normalizePhone } from '../domain/normalize';
import { cellText, readCell, readDate, type CellValue } from './cells';
import { columnLetter, findHeaderRow, type HeaderAliases, type HeaderMatch } from './headers';
import { ImportFileError } from './workbook';

export type RosterField =
  | 'name' | 'gender' | 'ethnicity' | 'birthDate' | 'idNumber' | 'nativePlace' | 'education' | 'degree'
  | 'title' | 'personCategory' | 'memberType' | 'joinedOn' | 'confirmedOn' | 'branch' | 'generalBranch'
  | 'phone' | 'isLeadership' | 'isSecretary' | 'notes' | 'grade';

export const ROSTER_ALIASES: HeaderAliases<RosterField> = {
  name: ['姓名', '党员姓名', '名字'],
  gender: ['性别'],
  ethnicity: ['民族'],
  birthDate: ['出生年月', '出生日期', '出生时间', '出生年月日'],
  idNumber: ['身份证号', '公民身份号码', '身份证号码', '身份证', '公民身份证号码', '身份证件号码', '公民身份证号'],
  nativePlace: ['籍贯'],
  education: ['学历', '文化程度', '最高学历'],
  degree: ['学位', '最高学位'],
  title: ['职务/职称', '职务', '职称', '职务职称', '现任职务', '职务或职称', '单位及职务'],
  personCategory: ['人员类别', '人员类型', '人员身份', '身份类别'],
  memberType: ['党员类别', '党员类型', '党员身份', '正式/预备', '党籍状态'],
  joinedOn: ['入党时间', '入党日期', '入党年月', '加入党组织日期', '加入党组织时间'],
  confirmedOn: ['转正时间', '转正日期', '转为正式党员日期', '转正年月'],
  branch: ['所在支部', '所在党支部', '党支部', '支部', '支部名称', '所在党组织'],
  generalBranch: ['所在党总支', '党总支', '总支', '所属党总支'],
  phone: ['联系电话', '手机', '手机号', '手机号码', '电话', '联系方式'],
  isLeadership: ['领导班子成员', '是否领导班子成员'],
  isSecretary: ['支部书记', '是否支部书记'],
  notes: ['备注'],
  grade: ['年级', '入学年级', '所在年级', '入学年份'],
};

export type RosterRecord = {
  row: number;
  name: string;
  idNumber: string;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: string | null;
  nativePlace: string | null;
  education: string | null;
  degree: string | null;
  title: string | null;
  personCategory: PersonCategory | null;
  memberType: MemberType | null;
  joinedOn: string | null;
  confirmedOn: string | null;
  branch: string;
  generalBranch: string | null;
  phone: string | null;
  isLeadership: boolean | null;
  isSecretary: boolean | null;
  notes: string | null;
  grade: number | null;
};

export type RosterParse = {
  sheetName: string;
  header: HeaderMatch<RosterField>;
  rowCount: number;
  records: RosterRecord[];
  errors: RowIssue[];
  warnings: RowIssue[];
  /** Rows that have at least one error: they are never written. */
  badRows: Set<number>;
};

const SIGN_OFF = /填表|审核|制表|负责人|说明|注[:：]|合计|总计/;

export function parseRoster(wb: ExcelJS.Workbook): RosterParse {
  for (const sheet of wb.worksheets) {
    const header = findHeaderRow(sheet, ROSTER_ALIASES, ['name', 'idNumber']);
    if (header) return parseSheet(sheet, header);
  }
  throw new ImportFileError('没有找到表头：花名册中需要有“姓名”和“身份证号”（或“公民身份号码”）两列');
}

function parseSheet(sheet: ExcelJS.Worksheet, header: HeaderMatch<RosterField>): RosterParse {
  const out: RosterParse = { sheetName: sheet.name, header, rowCount: 0, records: [], errors: [], warnings: [], badRows: new Set() };
  const firstSeen = new Map<string, number>();
  const hasBranchColumn = header.columns.some((c) => c.field === 'branch');
  if (!hasBranchColumn) {
    throw new ImportFileError('没有找到“所在支部”列：导入的每名党员都需要注明所在党支部');
  }
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = new Map<RosterField, { v: CellValue; header: string; col: number }>();
    let anyText = '';
    for (const c of header.columns) {
      const v = readCell(row.getCell(c.col).value);
      cells.set(c.field, { v, header: c.header, col: c.col });
      anyText += cellText(v) ?? '';
    }
    if (anyText.trim() === '') continue;
    const idCell = cells.get('idNumber')!;
    // 填表人/审核人 lines and notes under the table are not people (they are often merged across
    // the row, so the ID column repeats their text).
    if (!/\d{6}/.test(cellText(idCell.v) ?? '') && SIGN_OFF.test(rowText(row))) continue;
    out.rowCount++;
    const rec = parseRow(r, cells, out);
    if (rec && !out.badRows.has(r)) {
      const earlier = firstSeen.get(rec.idNumber);
      if (earlier !== undefined) {
        issue(out, 'error', r, idCell.header, `身份证号 ${rec.idNumber} 与第 ${earlier} 行重复（同一人只能出现一次）`);
      } else {
        firstSeen.set(rec.idNumber, r);
      }
    }
    if (rec && !out.badRows.has(r)) out.records.push(rec);
  }
  return out;
}

function rowText(row: ExcelJS.Row): string {
  let s = '';
  row.eachCell((cell) => (s += cellText(readCell(cell.value)) ?? ''));
  return s;
}

function issue(out: RosterParse, kind: 'error' | 'warning', row: number, column: string, message: string): void {
  (kind === 'error' ? out.errors : out.warnings).push({ row, column, message });
  if (kind === 'error') out.badRows.add(row);
}

type Cells = Map<RosterField, { v: CellValue; header: string; col: number }>;

function parseRow(r: number, cells: Cells, out: RosterParse): RosterRecord | null {
  const col = (f: RosterField) => cells.get(f)?.header ?? MEMBER_FIELD_LABEL[f as keyof typeof MEMBER_FIELD_LABEL] ?? f;
  const err = (f: RosterField, m: string) => issue(out, 'error', r, col(f), m);
  const text = (f: RosterField) => {
    const c = cells.get(f);
    if (c?.v.kind === 'bad') err(f, `单元格内容有误（${c.v.text}）`);
    return c ? cleanText(cellText(c.v)) : null;
  };
  const warn = (f: RosterField, m: string) => issue(out, 'warning', r, col(f), m);

  const name = normalizeName(text('name'));
  if (!name) err('name', '缺少姓名');
  else if (name.length > 20) err('name', `姓名“${name.slice(0, 20)}…”太长，请检查是否填错了列`);

  const idNumber = readIdNumber(cells.get('idNumber')!.v, (m) => err('idNumber', m));
  const facts = idNumber ? checkIdNumber(idNumber) : null;
  if (facts && !facts.ok) err('idNumber', facts.message);

  const date = (f: RosterField): string | null => {
    const c = cells.get(f);
    if (!c) return null;
    const d = readDate(c.v);
    if (!d) return null;
    if (!d.ok) {
      err(f, d.message);
      return null;
    }
    if (d.warning) warn(f, d.warning);
    return d.value;
  };
  const birthDate = date('birthDate');
  const joinedOn = date('joinedOn');
  const confirmedOn = date('confirmedOn');
  if (joinedOn && confirmedOn && confirmedOn < joinedOn) err('confirmedOn', `转正时间 ${confirmedOn} 早于入党时间 ${joinedOn}`);

  const gender = readGender(text('gender'), (m) => warn('gender', m));
  if (facts?.ok) {
    if (gender && gender !== facts.gender) warn('gender', `性别“${gender}”与身份证号不符（身份证号显示为${facts.gender}），已按表中填写导入，请核对`);
    if (birthDate && !facts.birthDate.startsWith(birthDate)) {
      warn('birthDate', `出生日期 ${birthDate} 与身份证号中的 ${facts.birthDate} 不符，请核对`);
    }
  }

  const branch = cleanText(text('branch'));
  if (!branch) err('branch', '缺少所在支部');

  const phone = normalizePhone(text('phone'));
  if (phone && !isPlausiblePhone(phone)) warn('phone', `联系电话“${phone}”看起来不完整，请核对`);

  const personCategory = readPersonCategory(text('personCategory'), (m) => warn('personCategory', m));
  const memberType = readMemberType(text('memberType'), (m) => err('memberType', m));
  const grade = readGrade(text('grade'), (m) => err('grade', m));

  if (!name || !idNumber || !facts?.ok || !branch) return null;
  return {
    row: r,
    name,
    idNumber,
    gender: gender ?? facts.gender,
    ethnicity: text('ethnicity'),
    birthDate: birthDate ?? facts.birthDate,
    nativePlace: text('nativePlace'),
    education: text('education'),
    degree: text('degree'),
    title: text('title'),
    personCategory,
    memberType: memberType ?? (confirmedOn ? '正式党员' : null),
    joinedOn,
    confirmedOn,
    branch,
    generalBranch: cleanText(text('generalBranch')),
    phone,
    isLeadership: readYesNo(text('isLeadership')),
    isSecretary: readYesNo(text('isSecretary')),
    notes: text('notes'),
    grade,
  };
}

/** 2023级, 2023 or 23级 as the year of entry. */
function readGrade(t: string | null, err: (m: string) => void): number | null {
  if (!t) return null;
  const m = /^(\d{4}|\d{2})\s*级?$/.exec(t.trim());
  const year = m ? (m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1])) : NaN;
  if (!m || year < 1950 || year > 2100) {
    err(`年级“${t}”应写成入学年份，如 2023级`);
    return null;
  }
  return year;
}

function readIdNumber(v: CellValue, err: (m: string) => void): string | null {
  switch (v.kind) {
    case 'empty':
      err('缺少身份证号');
      return null;
    case 'number':
      err(
        `身份证号被 Excel 存成了数字（显示为 ${v.n.toPrecision(15).replace(/\.?0+$/, '')}），末尾几位已经丢失。请把这一列设置为“文本”格式后重新录入身份证号`,
      );
      return null;
    case 'date':
      err('身份证号单元格是日期格式，请把这一列设置为“文本”格式后重新录入');
      return null;
    case 'bad':
      err(`身份证号单元格内容有误（${v.text}）`);
      return null;
    case 'text':
      return normalizeIdNumber(v.text);
  }
}

function readGender(s: string | null, warn: (m: string) => void): Gender | null {
  if (!s) return null;
  if (/^男性?$/.test(s)) return '男';
  if (/^女性?$/.test(s)) return '女';
  warn(`无法识别的性别“${s}”，已按身份证号判断`);
  return null;
}

function readPersonCategory(s: string | null, warn: (m: string) => void): PersonCategory | null {
  if (!s) return null;
  if (/教职工|教师|职工|在职|干部/.test(s)) return '教职工';
  if (/学生|本科|研究生|专科/.test(s)) return '学生';
  if (/退休/.test(s)) return '离退休';
  if (s === '其他') return '其他';
  warn(`无法识别的人员类别“${s}”，已记为“其他”`);
  return '其他';
}

function readMemberType(s: string | null, err: (m: string) => void): MemberType | null {
  if (!s) return null;
  if (/^正式(党员)?$/.test(s)) return '正式党员';
  if (/^预备(党员)?$/.test(s)) return '预备党员';
  err(`党员类别应为“正式党员”或“预备党员”，这里是“${s}”`);
  return null;
}

function readYesNo(s: string | null): boolean | null {
  if (!s) return null;
  if (/^(是|√|✓|Y|y|yes|1|有)$/.test(s)) return true;
  if (/^(否|×|N|n|no|0|无)$/.test(s)) return false;
  return null;
}

export { columnLetter };
