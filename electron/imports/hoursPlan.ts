// Matching a 学时 sheet's rows to the roster: by ID number, or by name when the name (within the
// row's 党支部, when the sheet names one) belongs to exactly one member; otherwise the row names
// the candidates so the clerk can add an ID number or the branch.
import type { RowIssue } from '../model/imports';
import { findMemberIdByIdNumber, findMembersByName, getMember } from '../db/members';
import type { Db } from '../db/open';
import { getOrg } from '../db/orgs';
import type { HoursParse, HoursRecord } from './hours';

export type HoursPlan = { memberId: number; rec: HoursRecord }[];

export function planHours(db: Db, parsed: HoursParse): { valid: HoursPlan; errors: RowIssue[]; warnings: RowIssue[] } {
  const errors = [...parsed.errors];
  const warnings = [...parsed.warnings];
  const col = (f: string, fallback: string) => parsed.header.columns.find((c) => c.field === f)?.header ?? fallback;
  const valid: HoursPlan = [];
  for (const rec of parsed.records) {
    const found = matchPerson(db, rec);
    if ('error' in found) {
      errors.push({ row: rec.row, column: 'idNumber' in rec.person ? col('idNumber', '身份证号') : col('name', '姓名'), message: found.error });
      continue;
    }
    const m = getMember(db, found.memberId)!;
    if ('idNumber' in rec.person && rec.name && rec.name !== m.name) {
      warnings.push({ row: rec.row, column: col('name', '姓名'), message: `表中姓名“${rec.name}”与花名册中的“${m.name}”不一致，已按身份证号记入 ${m.name}` });
    }
    valid.push({ memberId: found.memberId, rec });
  }
  return { valid, errors, warnings };
}

function matchPerson(db: Db, rec: HoursRecord): { memberId: number } | { error: string } {
  const p = rec.person;
  if ('idNumber' in p) {
    const id = findMemberIdByIdNumber(db, p.idNumber);
    return id === undefined ? { error: `花名册中没有身份证号为 ${p.idNumber} 的党员` } : { memberId: id };
  }
  const named = findMembersByName(db, p.name).map((m) => ({ ...m, orgName: getOrg(db, m.orgId)?.name ?? '' }));
  const inBranch = p.branch ? named.filter((m) => m.orgName === p.branch) : named;
  if (inBranch.length === 1) return { memberId: inBranch[0]!.id };
  const where = p.branch ? `“${p.branch}”中` : '花名册中';
  if (inBranch.length === 0) {
    const elsewhere = named.length ? `（${named.map((m) => m.orgName).join('、')}有同名党员）` : '';
    return { error: `${where}没有名为“${p.name}”的在册党员${elsewhere}` };
  }
  const branches = inBranch.map((m) => m.orgName).join('、');
  return { error: `${where}有 ${inBranch.length} 名党员叫“${p.name}”（${branches}），无法确定是哪一位：请填写身份证号${p.branch ? '' : '或所在支部'}` };
}
