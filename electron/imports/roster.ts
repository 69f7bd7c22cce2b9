// Reading a roster workbook as clerks keep it into validated records with row-level issues.
import type ExcelJS from 'exceljs';
import type { RowIssue } from '../model/imports';
import { checkConfirmation } from '../domain/eligibility';
import { checkIdNumber } from '../domain/idNumber';
import type { Gender, MemberType, PersonCategory } from '../domain/glossary';
import { cleanText, isPlausiblePhone, normalizeIdNumber, normalizeName, normalizePhone, normalizeStudentNo, studentNoProblem } from '../domain/normalize';
import { cellText, readDate, type CellValue } from './cells';
import type { ImportSpec } from './flow';
import type { HeaderMatch } from './headers';
import { dataRows, typed, type RowCells } from './rows';
import { ROSTER_FIELDS, type RosterField } from './synonyms';

export type { RosterField };

export const ROSTER_SPEC: ImportSpec<RosterField> = {
  key: 'roster',
  fields: ROSTER_FIELDS,
  noHeader: '没有找到表头：花名册中需要有“姓名”“身份证号”（或“公民身份号码”）和“所在支部”列',
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
  studentNo: string | null;
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

/** The rows under the header as records; every row's errors and warnings with its row and column. */
export function parseRosterSheet(sheet: ExcelJS.Worksheet, header: HeaderMatch<RosterField>, today: string): RosterParse {
  const out: RosterParse = { sheetName: sheet.name, header, rowCount: 0, records: [], errors: [], warnings: [], badRows: new Set() };
  const firstSeen = new Map<string, number>();
  const studentNoSeen = new Map<string, number>();
  for (const { row: r, cells } of dataRows(sheet, header, ROSTER_FIELDS, ['idNumber'])) {
    out.rowCount++;
    const rec = parseRow(r, cells, out, today);
    if (rec && !out.badRows.has(r)) {
      const earlier = firstSeen.get(rec.idNumber);
      const sameNo = rec.studentNo ? studentNoSeen.get(rec.studentNo) : undefined;
      if (earlier !== undefined) {
        issue(out, 'error', r, cells.get('idNumber')!.header, `身份证号 ${rec.idNumber} 与第 ${earlier} 行重复（同一人只能出现一次）`);
      } else if (sameNo !== undefined) {
        issue(out, 'error', r, cells.get('studentNo')!.header, `学号 ${rec.studentNo} 与第 ${sameNo} 行相同（一个学号只属于一名学生）`);
      } else {
        firstSeen.set(rec.idNumber, r);
        if (rec.studentNo) studentNoSeen.set(rec.studentNo, r);
      }
    }
    if (rec && !out.badRows.has(r)) out.records.push(rec);
  }
  return out;
}

function issue(out: RosterParse, kind: 'error' | 'warning', row: number, column: string, message: string): void {
  (kind === 'error' ? out.errors : out.warnings).push({ row, column, message });
  if (kind === 'error') out.badRows.add(row);
}

type Cells = RowCells<RosterField>;

function parseRow(r: number, cells: Cells, out: RosterParse, today: string): RosterRecord | null {
  const col = (f: RosterField) => cells.get(f)?.header ?? ROSTER_FIELDS[f].label;
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

  const label = (f: RosterField) => ROSTER_FIELDS[f].label;
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
    if (d.value > today.slice(0, d.value.length)) {
      err(f, `${label(f)}“${typed(c.v)}”晚于今天，请核对`);
      return null;
    }
    return d.value;
  };
  const typedOf = (f: RosterField) => typed(cells.get(f)?.v ?? { kind: 'empty' });
  const birthDate = date('birthDate');
  const joinedOn = date('joinedOn');
  const confirmedOn = date('confirmedOn');
  if (joinedOn && confirmedOn && confirmedOn < joinedOn) err('confirmedOn', `转正时间“${typedOf('confirmedOn')}”早于入党时间“${typedOf('joinedOn')}”`);
  else if (joinedOn?.length === 10 && confirmedOn?.length === 10) {
    // Only whole dates can be held against the one-year 预备期; a month alone cannot decide it.
    const early = checkConfirmation({ name: text('name') ?? '', memberType: '正式党员', joinedOn, confirmedOn });
    if (early) err('confirmedOn', early.message);
  }
  for (const f of ['joinedOn', 'confirmedOn'] as const) {
    const v = f === 'joinedOn' ? joinedOn : confirmedOn;
    if (v?.length === 7) warn(f, `${label(f)}“${typedOf(f)}”只到月份，按月份保存（不补成某一天）；如知道具体日期请补全`);
  }

  const gender = readGender(text('gender'), (m) => warn('gender', m));
  let birth = birthDate;
  if (facts?.ok) {
    if (gender && gender !== facts.gender) warn('gender', `性别“${gender}”与身份证号不符（身份证号显示为${facts.gender}），已按表中填写导入，请核对`);
    if (birthDate && !facts.birthDate.startsWith(birthDate)) {
      warn('birthDate', `出生日期“${typedOf('birthDate')}”与身份证号中的 ${facts.birthDate} 不符，请核对`);
    } else if (birthDate && birthDate.length < 10) {
      // The ID number knows the day; a 出生年月 that agrees with it is only less precise.
      warn('birthDate', `出生年月“${typedOf('birthDate')}”只到月份，按身份证号记为 ${facts.birthDate}`);
      birth = facts.birthDate;
    }
    const adult = `${Number(facts.birthDate.slice(0, 4)) + 18}${facts.birthDate.slice(4)}`;
    if (joinedOn && joinedOn < adult.slice(0, joinedOn.length)) {
      err('joinedOn', `入党时间“${typedOf('joinedOn')}”早于年满18周岁的日期 ${adult}（身份证号显示出生于 ${facts.birthDate}）`);
    }
  }

  const branch = cleanText(text('branch'));
  if (!branch) err('branch', '缺少所在支部');

  const phone = normalizePhone(text('phone'));
  if (phone && !isPlausiblePhone(phone)) warn('phone', `联系电话“${phone}”看起来不完整，请核对`);

  const personCategory = readPersonCategory(text('personCategory'), (m) => warn('personCategory', m));
  const memberType = readMemberType(text('memberType'), (m) => err('memberType', m));
  if (cells.has('memberType') && !text('memberType')) {
    warn('memberType', `${cells.get('memberType')!.header}为空：新登记的党员按入党、转正时间记为正式或预备党员，已在花名册中的保留原类别，请核对`);
  }
  const grade = readGrade(text('grade'), (m) => err('grade', m));
  const studentNo = readStudentNo(cells.get('studentNo'), personCategory, (m) => err('studentNo', m), (m) => warn('studentNo', m));

  if (!name || !idNumber || !facts?.ok || !branch) return null;
  return {
    row: r,
    name,
    idNumber,
    gender: gender ?? facts.gender,
    ethnicity: text('ethnicity'),
    birthDate: birth ?? facts.birthDate,
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
    studentNo,
  };
}

/**
 * 学号 as typed. A 学工号 column holds staff 工号 too: on a row that says it is not a student's,
 * the number is not taken for a 学号 (and the clerk is told so).
 */
function readStudentNo(c: { v: CellValue; header: string } | undefined, category: PersonCategory | null, err: (m: string) => void, warn: (m: string) => void): string | null {
  if (!c || c.v.kind === 'empty') return null;
  if (c.v.kind === 'number' && !Number.isSafeInteger(c.v.n)) {
    err('学号被 Excel 存成了数字，末尾几位已经丢失。请把这一列设置为“文本”格式后重新录入');
    return null;
  }
  const no = normalizeStudentNo(cellText(c.v));
  if (!no) return null;
  const problem = studentNoProblem(no);
  if (problem) {
    err(problem);
    return null;
  }
  if (/工号/.test(c.header) && category !== null && category !== '学生') {
    warn(`${c.header}“${no}”是${category}的工号，不记为学号（花名册只登记学生的学号）`);
    return null;
  }
  return no;
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
  // The national system's categories name a college's staff by occupation (专业技术人员, 管理人员, 工勤技能人员).
  if (/教职工|教师|职工|在职|干部|专业技术|管理人员|工作人员|工勤/.test(s)) return '教职工';
  if (/学生|本科|研究生|专科/.test(s)) return '学生';
  if (/退休/.test(s)) return '离退休';
  if (s === '其他') return '其他';
  warn(`无法识别的人员类别“${s}”，已记为“其他”`);
  return '其他';
}

function readMemberType(s: string | null, err: (m: string) => void): MemberType | null {
  if (!s) return null;
  if (/^(中共)?正式(党员)?$|^中共党员$/.test(s)) return '正式党员';
  if (/^(中共)?预备(党员)?$/.test(s)) return '预备党员';
  err(`党员类别应为“正式党员”或“预备党员”，这里是“${s}”`);
  return null;
}

function readYesNo(s: string | null): boolean | null {
  if (!s) return null;
  if (/^(是|√|✓|Y|y|yes|1|有)$/.test(s)) return true;
  if (/^(否|×|N|n|no|0|无)$/.test(s)) return false;
  return null;
}

