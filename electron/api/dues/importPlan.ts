// Importing 党费 bases: each row matched to the roster by ID number, the name agreeing (money goes
// to the right person); a base already registered for that month is corrected, audited.
import * as db from '../../db/dues';
import { findMemberIdByIdNumber, getMember } from '../../db/members';
import type { Db } from '../../db/open';
import { yuan } from '../../domain/duesMonths';
import { monthLabel } from '../../domain/months';
import { BASES_SPEC, type BaseParse } from '../../imports/duesBases';
import type { BaseField } from '../../imports/synonyms';
import type { RowChange, RowIssue } from '../contract';
import { EXAMPLE_ID } from '../../imports/templates';
import type { Applied, ImportDef, PlanContext, Planned } from '../shared/importFlow';
import { parseUpload } from '../uploads';

type Valid = { memberId: number; rec: BaseParse['records'][number]; fromMonth: string; exists: boolean }[];

function planBases(d: Db, parsed: BaseParse, { today, confirmRows }: PlanContext): Planned<Valid> {
  const errors: RowIssue[] = [...parsed.errors];
  const warnings: RowIssue[] = [...parsed.warnings];
  const col = (f: string, fallback: string) => parsed.header.columns.find((c) => c.field === f)?.header ?? fallback;
  const thisMonth = today.slice(0, 7);
  if (!parsed.header.columns.some((c) => c.field === 'fromMonth') && parsed.records.length) {
    warnings.push({ row: parsed.header.row, column: '起始月份', message: `表中没有“起始月份”列，全部按${monthLabel(thisMonth)}起执行` });
  }
  const valid: Valid = [];
  const changes: RowChange[] = [];
  const confirmable: number[] = [];
  for (const rec of parsed.records) {
    const memberId = findMemberIdByIdNumber(d, rec.idNumber);
    if (memberId === undefined) {
      errors.push({ row: rec.row, column: col('idNumber', '身份证号'), message: `花名册中没有身份证号为 ${rec.idNumber} 的党员` });
      continue;
    }
    const m = getMember(d, memberId)!;
    // A base typed against the wrong ID number would set someone else's 党费: refused unless confirmed.
    if (rec.name && rec.name !== m.name) {
      if (!confirmRows.has(rec.row)) {
        errors.push({ row: rec.row, column: col('name', '姓名'), message: `姓名“${rec.name}”与花名册中该身份证号的“${m.name}”（${m.orgName}）不一致：不会给“${m.name}”登记这一行的基数。如确是同一人（例如改了名），请确认这一行后再导入` });
        confirmable.push(rec.row);
        continue;
      }
      warnings.push({ row: rec.row, column: col('name', '姓名'), message: `已确认：表中的“${rec.name}”即花名册中的“${m.name}”，基数登记给 ${m.name}` });
    }
    const fromMonth = rec.fromMonth ?? thisMonth;
    const before = db.getBase(d, memberId, fromMonth);
    const baseFen = rec.kind === '学生' ? 0 : rec.baseFen;
    if (before && (before.kind !== rec.kind || before.baseFen !== baseFen)) {
      changes.push({ row: rec.row, name: m.name, fields: [{ label: `${monthLabel(fromMonth)}起的类别和月收入`, before: `${before.kind} ${yuan(before.baseFen)}元`, after: `${rec.kind} ${yuan(baseFen)}元` }] });
    }
    valid.push({ memberId, rec, fromMonth, exists: before !== undefined });
  }
  return { plan: valid, imported: valid.filter((v) => !v.exists).length, updated: valid.filter((v) => v.exists).length, errors, warnings, changes, confirmable };
}

export const duesBasesImport: ImportDef<BaseField, BaseParse, Valid, Applied> = {
  spec: BASES_SPEC,
  title: '党费基数',
  example: { name: '张三', idNumber: EXAMPLE_ID, kind: '在职', base: 6500, fromMonth: '2026-01' },
  table: 'dues_bases',
  read: (fileName, base64, choice) => parseUpload(fileName, base64, 'duesBases', choice),
  plan: planBases,
  apply: (tx, valid) => {
    for (const v of valid) {
      const before = v.exists ? db.getBase(tx.db, v.memberId, v.fromMonth) : undefined;
      const base = { fromMonth: v.fromMonth, kind: v.rec.kind, baseFen: v.rec.kind === '学生' ? 0 : v.rec.baseFen, overrideFen: before?.overrideFen ?? null, overrideReason: before?.overrideReason ?? null };
      const id = db.putBase(tx.db, v.memberId, base, tx.now);
      if (before) tx.audit({ table: 'dues_bases', recordId: id, action: 'correct', before, after: { memberId: v.memberId, ...base } });
    }
    return {};
  },
};
