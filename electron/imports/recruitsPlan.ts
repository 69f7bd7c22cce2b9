// Deciding, against the database, what a parsed 发展党员台账 would change. Branches must exist
// (an import never invents organisations); an existing record keeps what the sheet leaves blank.
import type { RowChange, RowIssue } from '../model/imports';
import type { z } from 'zod';
import type { RecruitInput } from '../model/recruits';
import { findMemberIdByIdNumber, findMembersByName, getMember } from '../db/members';
import type { Db } from '../db/open';
import { findActiveOrgsByName } from '../db/orgs';
import * as recruitsDb from '../db/recruits';
import type { RecruitParse, RecruitRecord } from './recruits';
import { RECRUIT_FIELDS } from './synonyms';
import { dateOrderProblems } from '../domain/recruitment';

export type PlannedRecruit = { row: number; existingId: number | undefined; input: RecruitInput };
export type RecruitPlan = { rows: PlannedRecruit[]; errors: RowIssue[]; warnings: RowIssue[]; changes: RowChange[]; confirmable: number[] };
/** The form's own check of a record (the API's recruitInput), so a row is refused exactly as the form would refuse it. */
export type RecruitCheck = z.ZodType<RecruitInput & { id?: number | undefined }>;

export function planRecruits(db: Db, parsed: RecruitParse, recruitInput: RecruitCheck, confirmRows: ReadonlySet<number> = new Set()): RecruitPlan {
  const plan: RecruitPlan = { rows: [], errors: [...parsed.errors], warnings: [...parsed.warnings], changes: [], confirmable: [] };
  const header = (f: string, fallback: string) => parsed.header.columns.find((c) => c.field === f)?.header ?? (f in RECRUIT_FIELDS ? RECRUIT_FIELDS[f as keyof typeof RECRUIT_FIELDS].label : fallback);
  const branches = new Map<string, { orgId: number } | { error: string }>();
  for (const rec of parsed.records) {
    const issue = (f: string, fallback: string, message: string) => ({ row: rec.row, column: header(f, fallback), message });
    let branch = branches.get(rec.orgName);
    if (!branch) branches.set(rec.orgName, (branch = resolveBranch(db, rec.orgName)));
    if ('error' in branch) {
      plan.errors.push(issue('orgName', '所在支部', branch.error));
      continue;
    }
    const existingId = recruitsDb.findRecruitByIdNumber(db, rec.idNumber);
    const existing = existingId ? recruitsDb.getRecruit(db, existingId) : undefined;
    const other = otherName(db, rec, existing);
    if (other && !confirmRows.has(rec.row)) {
      plan.errors.push(issue('idNumber', '身份证号', other));
      plan.confirmable.push(rec.row);
      continue;
    }
    const introducers = rec.introducers.map((name) => resolveIntroducer(db, name, branch.orgId, (m) => plan.warnings.push(issue('introducers', '入党介绍人', m))));
    const merged = mergeInput(rec, branch.orgId, introducers, existing);
    const checked = recruitInput.safeParse(merged);
    if (!checked.success) {
      plan.errors.push(...checked.error.issues.map((i) => issue(String(i.path[0] ?? ''), String(i.path[0] ?? ''), i.message)));
      continue;
    }
    // The form's order rules too (domain/recruitment): the row is refused with the dates named.
    const order = dateOrderProblems(checked.data);
    if (order.length) {
      plan.errors.push(...order.map((o) => issue(o.field, RECRUIT_FIELDS[o.field].label, o.message)));
      continue;
    }
    const demoted = rosterDemotion(db, rec, checked.data.confirmationApprovedOn);
    if (demoted) {
      plan.errors.push(issue('confirmationApprovedOn', '批准转正时间', demoted));
      continue;
    }
    if (existing) plan.warnings.push(issue('idNumber', '身份证号', `${rec.name}已有发展党员记录，将按表格更新；表中空白的单元格保留原有内容`));
    const { id: _ignored, ...input } = checked.data;
    if (existing) {
      const fields = changedFields(existing, input);
      if (fields.length) plan.changes.push({ row: rec.row, name: rec.name, fields });
    }
    plan.rows.push({ row: rec.row, existingId, input });
  }
  return plan;
}

/**
 * An ID number recorded for someone of another name, in the 发展党员 records or on the roster (which
 * an approved admission updates): the row would overwrite that person, so it waits for a confirmation.
 */
function otherName(db: Db, rec: RecruitRecord, existing: recruitsDb.StoredRecruit | undefined): string | null {
  const keep = (name: string, where: string) =>
    `身份证号 ${rec.idNumber} 在${where}中是“${name}”，表中这一行却是“${rec.name}”：不会用“${rec.name}”的信息覆盖“${name}”。如确是同一人（例如改了名），请确认这一行后再导入`;
  if (existing && existing.name !== rec.name) return keep(existing.name, `发展党员记录（${existing.orgName}）`);
  const memberId = findMemberIdByIdNumber(db, rec.idNumber);
  const member = memberId === undefined ? undefined : getMember(db, memberId);
  if (member && member.name !== rec.name) return keep(member.name, `党员花名册（${member.orgName}）`);
  return null;
}

function resolveBranch(db: Db, name: string): { orgId: number } | { error: string } {
  const found = findActiveOrgsByName(db, name, 'branch');
  if (found.length === 1) return { orgId: found[0]!.id };
  if (found.length === 0) return { error: `没有名为“${name}”的党支部，请检查名称，或先在“组织架构”中建立这个支部` };
  return { error: `有 ${found.length} 个名为“${name}”的党支部，无法确定是哪一个，请先在“组织架构”中改名区分` };
}

/** A name matched to the roster: the only member so named, or the only one in the person's branch. */
function resolveIntroducer(db: Db, name: string, orgId: number, warn: (m: string) => void): { memberId: number | null; name: string } {
  const found = findMembersByName(db, name);
  const local = found.filter((m) => m.orgId === orgId);
  const pick = found.length === 1 ? found[0] : local.length === 1 ? local[0] : undefined;
  if (pick) return { memberId: pick.id, name };
  warn(found.length === 0 ? `入党介绍人“${name}”不在党员花名册中，按填写的姓名保存` : `花名册中有 ${found.length} 名党员叫“${name}”，无法确定是哪一位，按填写的姓名保存；请在记录中选定`);
  return { memberId: null, name };
}

/** The sheet's values over the existing record's: a blank cell never erases what was entered. */
function mergeInput(rec: RecruitRecord, orgId: number, introducers: recruitsDb.Introducers, old: recruitsDb.StoredRecruit | undefined): Record<string, unknown> {
  const d = rec.dates;
  const c = rec.counts;
  return {
    name: rec.name, idNumber: rec.idNumber, gender: rec.gender ?? old?.gender ?? null, orgId,
    appliedOn: d.appliedOn ?? old?.appliedOn ?? null, talkOn: d.talkOn ?? old?.talkOn ?? null, activistOn: d.activistOn ?? old?.activistOn ?? null,
    mentor: rec.mentor ?? old?.mentor ?? null, reviews: [...new Set([...(old?.reviews ?? []), ...rec.reviews])].sort(),
    candidateOn: d.candidateOn ?? old?.candidateOn ?? null, politicalCheckOn: d.politicalCheckOn ?? old?.politicalCheckOn ?? null,
    trainingDays: rec.trainingDays ?? old?.trainingDays ?? null, trainingHours: rec.trainingHours ?? old?.trainingHours ?? null,
    introducers: introducers.length > 0 ? introducers : (old?.introducers ?? []),
    publicityFrom: d.publicityFrom ?? old?.publicityFrom ?? null, publicityTo: d.publicityTo ?? old?.publicityTo ?? null,
    admissionMeetingOn: d.admissionMeetingOn ?? old?.admissionMeetingOn ?? null, admissionEntitled: c.admissionEntitled ?? old?.admissionEntitled ?? null,
    admissionYes: c.admissionYes ?? old?.admissionYes ?? null, approvedOn: d.approvedOn ?? old?.approvedOn ?? null,
    extensionMonths: rec.extensionMonths ?? old?.extensionMonths ?? 0, confirmationMeetingOn: d.confirmationMeetingOn ?? old?.confirmationMeetingOn ?? null,
    confirmationEntitled: c.confirmationEntitled ?? old?.confirmationEntitled ?? null, confirmationYes: c.confirmationYes ?? old?.confirmationYes ?? null,
    confirmationApprovedOn: d.confirmationApprovedOn ?? old?.confirmationApprovedOn ?? null, notes: rec.notes ?? old?.notes ?? null,
    oathOn: d.oathOn ?? old?.oathOn ?? null, confirmationAppliedOn: d.confirmationAppliedOn ?? old?.confirmationAppliedOn ?? null,
  };
}

/** Importing an admission without its 转正 must not turn a 正式党员 on the roster back into 预备党员. */
function rosterDemotion(db: Db, rec: RecruitRecord, confirmationApprovedOn: string | null): string | null {
  if (confirmationApprovedOn || !rec.dates.approvedOn) return null;
  const memberId = findMemberIdByIdNumber(db, rec.idNumber);
  const member = memberId ? getMember(db, memberId) : undefined;
  if (member?.memberType !== '正式党员') return null;
  return `花名册中${member.name}已是正式党员${member.confirmedOn ? `（${member.confirmedOn}转正）` : ''}，表中却没有批准转正时间；请补上转正的日期后再导入，以免把他改成预备党员`;
}

const SCALARS = [
  'name', 'gender', 'appliedOn', 'talkOn', 'activistOn', 'mentor', 'candidateOn', 'politicalCheckOn', 'trainingDays', 'trainingHours', 'publicityFrom', 'publicityTo',
  'admissionMeetingOn', 'admissionEntitled', 'admissionYes', 'approvedOn', 'extensionMonths', 'confirmationMeetingOn', 'confirmationEntitled', 'confirmationYes',
  'confirmationApprovedOn', 'notes', 'oathOn', 'confirmationAppliedOn',
] as const;

const shown = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? '（空）' : String(v));

/** What an update changes in a recorded 发展党员 record, before → after, in the ledger's words. */
function changedFields(old: recruitsDb.StoredRecruit, next: RecruitInput): RowChange['fields'] {
  const out: RowChange['fields'] = SCALARS.filter((f) => (old[f] ?? null) !== (next[f] ?? null)).map((f) => ({ label: RECRUIT_FIELDS[f].label, before: shown(old[f]), after: shown(next[f]) }));
  const reviews = (r: readonly string[]) => r.join('、');
  if (reviews(old.reviews) !== reviews(next.reviews)) out.push({ label: RECRUIT_FIELDS.reviews.label, before: shown(reviews(old.reviews)), after: shown(reviews(next.reviews)) });
  return out;
}
