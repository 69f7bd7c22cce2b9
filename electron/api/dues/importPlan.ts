// Planning an import of 党费 bases: each row matched to the roster by ID number, the name agreeing;
// what would be added and what corrected. The handler writes the plan all or nothing.
import * as db from '../../db/dues';
import { findMemberIdByIdNumber, getMember } from '../../db/members';
import type { Db } from '../../db/open';
import { monthLabel } from '../../domain/months';
import type { BaseParse } from '../../imports/duesBases';
import type { ImportPreview } from '../contract';

type Plan = { report: ImportPreview; valid: { memberId: number; rec: BaseParse['records'][number]; fromMonth: string; exists: boolean }[] };

/** Matches each row to the roster by ID number; the name must agree (money goes to the right person). */
export function planBases(d: Db, parsed: BaseParse, today: string): Plan {
  const errors = [...parsed.errors];
  const warnings = [...parsed.warnings];
  const col = (f: string, fallback: string) => parsed.header.columns.find((c) => c.field === f)?.header ?? fallback;
  const thisMonth = today.slice(0, 7);
  if (!parsed.header.columns.some((c) => c.field === 'fromMonth') && parsed.records.length) {
    warnings.push({ row: parsed.header.row, column: '起始月份', message: `表中没有“起始月份”列，全部按${monthLabel(thisMonth)}起执行` });
  }
  const valid: Plan['valid'] = [];
  for (const rec of parsed.records) {
    const memberId = findMemberIdByIdNumber(d, rec.idNumber);
    if (memberId === undefined) {
      errors.push({ row: rec.row, column: col('idNumber', '身份证号'), message: `花名册中没有身份证号为 ${rec.idNumber} 的党员` });
      continue;
    }
    const m = getMember(d, memberId)!;
    if (rec.name && rec.name !== m.name) {
      errors.push({ row: rec.row, column: col('name', '姓名'), message: `姓名“${rec.name}”与花名册中该身份证号的“${m.name}”不一致` });
      continue;
    }
    const fromMonth = rec.fromMonth ?? thisMonth;
    valid.push({ memberId, rec, fromMonth, exists: db.getBase(d, memberId, fromMonth) !== undefined });
  }
  const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
  return {
    valid,
    report: {
      imported: valid.filter((v) => !v.exists).length, updated: valid.filter((v) => v.exists).length, createdOrgs: [], errors: errors.sort(byRow), warnings: warnings.sort(byRow),
      rowCount: parsed.rowCount, sheetName: parsed.sheetName, headerRow: parsed.header.row,
      columns: parsed.header.columns.map((c) => ({ header: c.header, field: c.field })), ignoredColumns: parsed.header.ignored, written: false,
    },
  };
}

