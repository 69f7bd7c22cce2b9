// Matching a 学时 sheet's rows to the roster: by ID number, by 学号, or by name when the name
// (within the row's 党支部, when the sheet names one) belongs to exactly one member; otherwise the
// row names the candidates so the clerk can add an ID number, a 学号 or the branch. An ID number
// or 学号 that belongs to someone of another name is refused until the clerk confirms the row:
// hours credited to the wrong person would count in that person's assessment.
import type { RowIssue } from '../model/imports';
import type { MemberRow } from '../model/members';
import { findMemberIdByIdNumber, findMemberIdByStudentNo, findMembersByName, getMember } from '../db/members';
import type { Db } from '../db/open';
import type { HoursParse, HoursRecord } from './hours';

export type HoursPlan = { memberId: number; rec: HoursRecord }[];

type Found = { member: MemberRow; warning?: string } | { error: string; confirmable?: boolean };

export function planHours(
  db: Db,
  parsed: HoursParse,
  confirmRows: ReadonlySet<number> = new Set(),
): { valid: HoursPlan; errors: RowIssue[]; warnings: RowIssue[]; confirmable: number[] } {
  const errors = [...parsed.errors];
  const warnings = [...parsed.warnings];
  const confirmable: number[] = [];
  const col = (f: string, fallback: string) => parsed.header.columns.find((c) => c.field === f)?.header ?? fallback;
  const valid: HoursPlan = [];
  for (const rec of parsed.records) {
    const p = rec.person;
    const keyCol = 'idNumber' in p ? col('idNumber', '身份证号') : p.studentNo ? col('studentNo', '学号') : col('name', '姓名');
    const found = matchPerson(db, rec, confirmRows.has(rec.row));
    if ('error' in found) {
      errors.push({ row: rec.row, column: keyCol, message: found.error });
      if (found.confirmable) confirmable.push(rec.row);
      continue;
    }
    if (found.warning) warnings.push({ row: rec.row, column: keyCol, message: found.warning });
    valid.push({ memberId: found.member.id, rec });
  }
  return { valid, errors, warnings, confirmable };
}

function matchPerson(db: Db, rec: HoursRecord, confirmed: boolean): Found {
  const p = rec.person;
  if ('idNumber' in p) {
    const id = findMemberIdByIdNumber(db, p.idNumber);
    if (id === undefined) return { error: `花名册中没有身份证号为 ${p.idNumber} 的党员` };
    return sameName(getMember(db, id)!, rec.name, `身份证号 ${p.idNumber}`, confirmed);
  }
  if (p.studentNo) {
    const id = findMemberIdByStudentNo(db, p.studentNo);
    if (id !== undefined) return sameName(getMember(db, id)!, p.name, `学号 ${p.studentNo}`, confirmed);
    if (!p.name) return { error: `花名册中没有学号为 ${p.studentNo} 的党员（可在党员信息中补登学号，或在表中加上姓名）` };
    // Many rosters have no 学号 yet: the name decides, and the clerk is told to record the 学号.
    const byName = matchByName(db, p.name, p.branch);
    if ('error' in byName) return { error: `花名册中没有学号为 ${p.studentNo} 的党员；${byName.error}` };
    return {
      member: byName.member,
      warning: `花名册中没有学号 ${p.studentNo}，已按姓名记入 ${byName.member.name}（${byName.member.orgName}）；可在党员信息中补登学号`,
    };
  }
  return matchByName(db, p.name ?? '', p.branch);
}

/** The member an ID number or 学号 names, when the sheet's name agrees or the clerk confirmed the row. */
function sameName(m: MemberRow, name: string | null, key: string, confirmed: boolean): Found {
  if (!name || name === m.name) return { member: m };
  if (confirmed) return { member: m, warning: `已确认：表中的“${name}”即花名册中的“${m.name}”，学时记入 ${m.name}` };
  return {
    error: `${key} 在花名册中是“${m.name}”（${m.orgName}），表中这一行却是“${name}”：不会把学时记到“${m.name}”名下。如确是同一人（例如改了名），请确认这一行后再导入`,
    confirmable: true,
  };
}

function matchByName(db: Db, name: string, branch: string | null): { member: MemberRow } | { error: string } {
  const named = findMembersByName(db, name).map((m) => getMember(db, m.id)!);
  const inBranch = branch ? named.filter((m) => m.orgName === branch) : named;
  if (inBranch.length === 1) return { member: inBranch[0]! };
  const where = branch ? `“${branch}”中` : '花名册中';
  if (inBranch.length === 0) {
    const elsewhere = named.length ? `（${named.map(candidate).join('；')}）` : '';
    return { error: `${where}没有名为“${name}”的在册党员${elsewhere}` };
  }
  return {
    error: `${where}有 ${inBranch.length} 名党员叫“${name}”：${inBranch.map(candidate).join('；')}。无法确定是哪一位，请在表中填写身份证号${inBranch.some((m) => m.studentNo) ? '或学号' : ''}${branch ? '' : '或所在支部'}`,
  };
}

/** A namesake as the clerk can tell them apart: branch, 学号, the ID number's last four. */
function candidate(m: MemberRow): string {
  return `${m.name}，${m.orgName}${m.studentNo ? `，学号 ${m.studentNo}` : ''}，身份证号尾号 ${m.idNumber.slice(-4)}`;
}
