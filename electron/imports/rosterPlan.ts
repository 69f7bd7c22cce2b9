// Deciding, against the database, what a parsed roster would change: new members, updates,
// transfers and the branches that must be created. Used by the preview and by the import itself.
import type { RowChange, RowIssue } from '../model/imports';
import type { MemberRow } from '../model/members';
import * as membersDb from '../db/members';
import * as orgsDb from '../db/orgs';
import type { Db } from '../db/open';
import type { AuditEntry } from '../db/audit';
import { MEMBER_FIELD_LABEL, ORG_KIND_LABEL } from '../domain/glossary';
import { nameInitials } from '../domain/pinyin';
import { guessCategory } from '../domain/orgTree';
import type { RosterParse, RosterRecord } from './roster';

/** An org to create: a branch, possibly under a 党总支 that must be created too. */
export type OrgToCreate = { key: string; kind: 'general_branch' | 'branch'; name: string; parentKey: string | null; parentId: number | null };

export type PlannedRow = { rec: RosterRecord; existingId: number | undefined; orgId: number | null; orgKey: string };

export type RosterPlan = {
  rows: PlannedRow[];
  orgsToCreate: OrgToCreate[];
  errors: RowIssue[];
  warnings: RowIssue[];
  badRows: Set<number>;
  /** Updates, before → after, for the preview. */
  changes: RowChange[];
  /** Rows whose ID number names someone else: refused unless confirmed. */
  confirmable: number[];
};

export function planRoster(db: Db, parsed: RosterParse, confirmRows: ReadonlySet<number> = new Set()): RosterPlan {
  const plan: RosterPlan = { rows: [], orgsToCreate: [], errors: [...parsed.errors], warnings: [...parsed.warnings], badRows: new Set(parsed.badRows), changes: [], confirmable: [] };
  const root = orgsDb.committee(db);
  const resolved = new Map<string, { orgId: number | null; error?: string }>();
  const branchCol = parsed.header.columns.find((c) => c.field === 'branch')?.header ?? '所在支部';
  const idCol = parsed.header.columns.find((c) => c.field === 'idNumber')?.header ?? '身份证号';

  const inherited = generalBranchByBranch(parsed.records);
  for (const parsedRec of parsed.records) {
    // A row that leaves 所在党总支 blank belongs where other rows put the same branch.
    const rec = parsedRec.generalBranch ? parsedRec : { ...parsedRec, generalBranch: inherited.get(parsedRec.branch) ?? null };
    const key = `${rec.generalBranch ?? ''}\u0000${rec.branch}`;
    let target = resolved.get(key);
    if (!target) {
      target = resolveBranch(db, root?.id ?? null, rec, plan);
      resolved.set(key, target);
    }
    if (target.error) {
      plan.errors.push({ row: rec.row, column: branchCol, message: target.error });
      plan.badRows.add(rec.row);
      continue;
    }
    const existingId = membersDb.findMemberIdByIdNumber(db, rec.idNumber);
    const noHolder = rec.studentNo ? membersDb.findMemberIdByStudentNo(db, rec.studentNo) : undefined;
    if (noHolder !== undefined && noHolder !== existingId) {
      const other = membersDb.getMember(db, noHolder)!;
      plan.errors.push({ row: rec.row, column: parsed.header.columns.find((c) => c.field === 'studentNo')?.header ?? '学号', message: `学号 ${rec.studentNo} 在花名册中是“${other.name}”（${other.orgName}）的，不能再给“${rec.name}”` });
      plan.badRows.add(rec.row);
      continue;
    }
    if (existingId !== undefined) {
      const m = membersDb.getMember(db, existingId)!;
      // An ID number typed against the wrong person would overwrite someone else entirely.
      if (m.name !== rec.name && !confirmRows.has(rec.row)) {
        plan.errors.push({
          row: rec.row,
          column: idCol,
          message: `身份证号 ${rec.idNumber} 在花名册中是“${m.name}”（${m.orgName}），表中这一行却是“${rec.name}”：不会用“${rec.name}”的信息覆盖“${m.name}”。如确是同一人（例如改了名），请确认这一行后再导入`,
        });
        plan.badRows.add(rec.row);
        plan.confirmable.push(rec.row);
        continue;
      }
      const fields = mergedFields(m, rec, target.orgId ?? m.orgId);
      const changed = describeChanges(m, fields, target.orgId === null ? rec.branch : (orgsDb.getOrg(db, fields.orgId)?.name ?? m.orgName));
      if (changed.length) plan.changes.push({ row: rec.row, name: m.name === rec.name ? m.name : `${m.name} → ${rec.name}`, fields: changed });
      if (m.status !== '在册') {
        plan.warnings.push({ row: rec.row, column: idCol, message: `${m.name} 当前状态为“${m.status}”，只更新其信息，不改变状态` });
      } else if (target.orgId !== m.orgId) {
        plan.warnings.push({ row: rec.row, column: branchCol, message: `${m.name} 将从“${m.orgName}”转到“${rec.branch}”` });
      }
    }
    plan.rows.push({ rec, existingId, orgId: target.orgId, orgKey: key });
  }
  return plan;
}

/** Branch name → its 党总支, where the file names exactly one for it. */
function generalBranchByBranch(records: RosterRecord[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const r of records) {
    if (!r.generalBranch) continue;
    const s = seen.get(r.branch) ?? new Set<string>();
    s.add(r.generalBranch);
    seen.set(r.branch, s);
  }
  return new Map([...seen].filter(([, s]) => s.size === 1).map(([b, s]) => [b, [...s][0]!]));
}

function resolveBranch(db: Db, rootId: number | null, rec: RosterRecord, plan: RosterPlan): { orgId: number | null; error?: string } {
  if (rootId === null) return { orgId: null, error: '还没有建立党委：请先在“组织架构”中建立党委，再导入花名册' };
  let parentId: number | null = rootId;
  let parentKey: string | null = null;
  if (rec.generalBranch) {
    const gbs = orgsDb.findActiveOrgsByName(db, rec.generalBranch).filter((o) => o.kind !== 'group');
    const gb = gbs.find((o) => o.kind === 'general_branch');
    if (!gb && gbs.length > 0) {
      return { orgId: null, error: `“${rec.generalBranch}”是${ORG_KIND_LABEL[gbs[0]!.kind]}，不是党总支` };
    }
    if (gb) parentId = gb.id;
    else {
      parentId = null;
      parentKey = `gb\u0000${rec.generalBranch}`;
      if (!plan.orgsToCreate.some((o) => o.key === parentKey)) {
        plan.orgsToCreate.push({ key: parentKey, kind: 'general_branch', name: rec.generalBranch, parentKey: null, parentId: rootId });
      }
    }
  }
  const same = orgsDb.findActiveOrgsByName(db, rec.branch);
  const branches = same.filter((o) => o.kind === 'branch');
  if (branches.length === 0 && same.length > 0) {
    return { orgId: null, error: `“${rec.branch}”是${ORG_KIND_LABEL[same[0]!.kind]}，不是党支部，请填写具体的党支部` };
  }
  if (rec.generalBranch) {
    const under = parentId === null ? undefined : branches.find((b) => b.parentId === parentId);
    if (under) return { orgId: under.id };
  } else {
    if (branches.length === 1) return { orgId: branches[0]!.id };
    if (branches.length > 1) return { orgId: null, error: `有 ${branches.length} 个名为“${rec.branch}”的支部，请在“所在党总支”列注明属于哪个党总支` };
  }
  const key = `${rec.generalBranch ?? ''}\u0000${rec.branch}`;
  if (!plan.orgsToCreate.some((o) => o.key === key)) {
    plan.orgsToCreate.push({ key, kind: 'branch', name: rec.branch, parentKey, parentId });
  }
  return { orgId: null };
}

/** Names of the orgs a plan creates, as shown to the clerk ("信息学院党总支 / 软件教工支部"). */
export function createdOrgNames(plan: RosterPlan): string[] {
  const usedKeys = new Set(plan.rows.filter((r) => !plan.badRows.has(r.rec.row)).map((r) => r.orgKey));
  const needed = plan.orgsToCreate.filter((o) => o.kind === 'branch' && usedKeys.has(o.key));
  const parents = new Set(needed.map((o) => o.parentKey).filter(Boolean));
  return plan.orgsToCreate
    .filter((o) => (o.kind === 'branch' ? needed.includes(o) : parents.has(o.key)))
    .map((o) => (o.kind === 'general_branch' ? `${o.name}（党总支）` : o.name));
}

export type ApplyResult = { imported: number; updated: number; createdOrgs: string[] };

/** Writes a plan's valid rows. Call inside the import's transaction. */
export function applyRosterPlan(db: Db, plan: RosterPlan, at: { now: string; today: string; fileName: string }, audit: (e: AuditEntry) => void): ApplyResult {
  const { now, today } = at;
  const createdIds = new Map<string, number>();
  const usedKeys = new Set(plan.rows.filter((r) => !plan.badRows.has(r.rec.row)).map((r) => r.orgKey));
  const createdOrgs: string[] = [];
  const createOrg = (o: OrgToCreate): number => {
    const existing = createdIds.get(o.key);
    if (existing) return existing;
    const parentId = o.parentId ?? createOrg(plan.orgsToCreate.find((p) => p.key === o.parentKey)!);
    const parent = orgsDb.getOrg(db, parentId)!;
    const id = orgsDb.insertOrg(
      db,
      { parentId, parentPath: parent.path, kind: o.kind, name: o.name, category: o.kind === 'branch' ? guessCategory(o.name) : null, contactLeader: null, linkedClass: null, foundedOn: null },
      now,
    );
    orgsDb.insertOrgEvent(db, id, 'created', today, `导入花名册时建立${ORG_KIND_LABEL[o.kind]}“${o.name}”`, now);
    createdIds.set(o.key, id);
    createdOrgs.push(o.kind === 'general_branch' ? `${o.name}（党总支）` : o.name);
    return id;
  };
  let imported = 0;
  let updated = 0;
  for (const { rec, existingId, orgId, orgKey } of plan.rows) {
    if (plan.badRows.has(rec.row)) continue;
    const targetOrg = orgId ?? (usedKeys.has(orgKey) ? createOrg(plan.orgsToCreate.find((o) => o.key === orgKey)!) : null);
    if (targetOrg === null) continue;
    if (existingId === undefined) {
      const id = membersDb.insertMember(db, newFields(rec, targetOrg, today), now);
      membersDb.insertMemberEvent(db, { memberId: id, kind: 'created', fromValue: null, toValue: orgsDb.getOrg(db, targetOrg)!.name, onDate: today, reason: '花名册导入' }, now);
      imported++;
    } else {
      updateExisting(db, existingId, rec, targetOrg, at, audit);
      updated++;
    }
  }
  return { imported, updated, createdOrgs };
}

function newFields(rec: RosterRecord, orgId: number, today: string): membersDb.MemberFields {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const probationary = !rec.confirmedOn && rec.joinedOn !== null && rec.joinedOn > yearAgo;
  return {
    name: rec.name,
    nameInitials: nameInitials(rec.name),
    gender: rec.gender,
    ethnicity: rec.ethnicity,
    birthDate: rec.birthDate,
    idNumber: rec.idNumber,
    nativePlace: rec.nativePlace,
    education: rec.education,
    degree: rec.degree,
    title: rec.title,
    personCategory: rec.personCategory,
    memberType: rec.memberType ?? (probationary ? '预备党员' : '正式党员'),
    joinedOn: rec.joinedOn,
    confirmedOn: rec.confirmedOn,
    orgId,
    phone: rec.phone,
    isLeadership: rec.isLeadership ?? false,
    isSecretary: rec.isSecretary ?? false,
    notes: rec.notes,
    grade: rec.grade,
    studentNo: rec.studentNo,
  };
}

/** What the file says over what is recorded; a blank cell never erases what the clerk entered before. */
function mergedFields(cur: MemberRow, rec: RosterRecord, orgId: number): membersDb.MemberFields {
  const pick = <T>(v: T | null, old: T | null): T | null => (v === null ? old : v);
  return {
    name: rec.name,
    nameInitials: nameInitials(rec.name),
    gender: pick(rec.gender, cur.gender),
    ethnicity: pick(rec.ethnicity, cur.ethnicity),
    birthDate: pick(rec.birthDate, cur.birthDate),
    idNumber: rec.idNumber,
    nativePlace: pick(rec.nativePlace, cur.nativePlace),
    education: pick(rec.education, cur.education),
    degree: pick(rec.degree, cur.degree),
    title: pick(rec.title, cur.title),
    personCategory: pick(rec.personCategory, cur.personCategory),
    memberType: rec.memberType ?? cur.memberType,
    joinedOn: pick(rec.joinedOn, cur.joinedOn),
    confirmedOn: pick(rec.confirmedOn, cur.confirmedOn),
    orgId: cur.status === '在册' ? orgId : cur.orgId,
    phone: pick(rec.phone, cur.phone),
    isLeadership: rec.isLeadership ?? cur.isLeadership,
    isSecretary: rec.isSecretary ?? cur.isSecretary,
    notes: pick(rec.notes, cur.notes),
    grade: pick(rec.grade, cur.grade),
    studentNo: pick(rec.studentNo, cur.studentNo),
  };
}

const COMPARED = ['name', 'gender', 'ethnicity', 'birthDate', 'nativePlace', 'education', 'degree', 'title', 'personCategory', 'memberType', 'joinedOn', 'confirmedOn', 'phone', 'isLeadership', 'isSecretary', 'notes', 'grade', 'studentNo'] as const;

const shown = (v: string | number | boolean | null): string => (v === null || v === '' ? '（空）' : typeof v === 'boolean' ? (v ? '是' : '否') : String(v));

/** The fields an update changes, in the roster's words; the branch by name. */
function describeChanges(cur: MemberRow, next: membersDb.MemberFields, orgName: string): RowChange['fields'] {
  const out: RowChange['fields'] = COMPARED.filter((f) => cur[f] !== next[f]).map((f) => ({ label: MEMBER_FIELD_LABEL[f], before: shown(cur[f]), after: shown(next[f]) }));
  if (next.orgId !== cur.orgId || orgName !== cur.orgName) out.push({ label: MEMBER_FIELD_LABEL.orgId, before: cur.orgName, after: orgName });
  return out;
}

function updateExisting(db: Db, id: number, rec: RosterRecord, orgId: number, at: { now: string; today: string; fileName: string }, audit: (e: AuditEntry) => void): void {
  const cur = membersDb.getMember(db, id)!;
  const fields = mergedFields(cur, rec, orgId);
  const changed = describeChanges(cur, fields, orgsDb.getOrg(db, fields.orgId)?.name ?? cur.orgName).filter((c) => c.label !== MEMBER_FIELD_LABEL.orgId);
  membersDb.updateMember(db, id, fields, at.now);
  audit({ table: 'members', recordId: id, action: 'import-update', before: cur, after: fields });
  if (changed.length) {
    // 变动记录 names the file, so the clerk can tell where a changed 入党时间 came from.
    membersDb.insertMemberEvent(
      db,
      { memberId: id, kind: 'import', fromValue: changed.map((c) => `${c.label} ${c.before}`).join('；'), toValue: changed.map((c) => `${c.label} ${c.after}`).join('；'), onDate: at.today, reason: `导入“${at.fileName}”` },
      at.now,
    );
  }
  if (fields.orgId !== cur.orgId) {
    const to = orgsDb.getOrg(db, fields.orgId)!;
    membersDb.insertMemberEvent(db, { memberId: id, kind: 'transfer', fromValue: cur.orgName, toValue: to.name, onDate: at.today, reason: `花名册导入“${at.fileName}”` }, at.now);
  }
}
