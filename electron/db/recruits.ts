// 发展党员 records with their reviews and 入党介绍人.
import type { RecruitFields } from '../model/recruits';
import type { Db } from './open';
import { stmt } from './stmt';
import { findMemberIdByIdNumber, getMember, insertMember, insertMemberEvent, updateMember, type MemberFields } from './members';
import { nameInitials } from '../domain/pinyin';

const COLS: [keyof RecruitFields, string][] = [
  ['name', 'name'], ['idNumber', 'id_number'], ['gender', 'gender'], ['birthDate', 'birth_date'], ['orgId', 'org_id'], ['appliedOn', 'applied_on'], ['talkOn', 'talk_on'],
  ['activistOn', 'activist_on'], ['mentor', 'mentor'], ['candidateOn', 'candidate_on'], ['politicalCheckOn', 'political_check_on'], ['trainingDays', 'training_days'],
  ['trainingHours', 'training_hours'], ['publicityFrom', 'publicity_from'], ['publicityTo', 'publicity_to'], ['admissionMeetingOn', 'admission_meeting_on'],
  ['admissionEntitled', 'admission_entitled'], ['admissionYes', 'admission_yes'], ['approvedOn', 'approved_on'], ['extensionMonths', 'extension_months'],
  ['confirmationMeetingOn', 'confirmation_meeting_on'], ['confirmationEntitled', 'confirmation_entitled'], ['confirmationYes', 'confirmation_yes'],
  ['confirmationApprovedOn', 'confirmation_approved_on'], ['notes', 'notes'], ['oathOn', 'oath_on'], ['confirmationAppliedOn', 'confirmation_applied_on'],
];
// Raw rows mapped by position: named-column rows cost better-sqlite3 twice the query itself on 4,800 records.
const SELECT = `SELECT r.id, r.member_id, o.name, ${COLS.map(([, c]) => `r.${c}`).join(', ')} FROM recruits r JOIN orgs o ON o.id = r.org_id`;

export type Introducers = { memberId: number | null; name: string }[];
export type StoredRecruit = RecruitFields & { id: number; memberId: number | null; orgName: string };

const NONE: never[] = [];

/** One object literal of fixed shape: built key by key, V8 keeps it as a slow dictionary. */
function toRecruit(row: unknown[]): StoredRecruit {
  const v = row as (string & number & null)[];
  return {
    id: v[0]!, memberId: v[1]!, orgName: v[2]!,
    name: v[3]!, idNumber: v[4]!, gender: v[5]!, birthDate: v[6]!, orgId: v[7]!, appliedOn: v[8]!, talkOn: v[9]!, activistOn: v[10]!, mentor: v[11]!,
    candidateOn: v[12]!, politicalCheckOn: v[13]!, trainingDays: v[14]!, trainingHours: v[15]!, publicityFrom: v[16]!, publicityTo: v[17]!,
    admissionMeetingOn: v[18]!, admissionEntitled: v[19]!, admissionYes: v[20]!, approvedOn: v[21]!, extensionMonths: v[22]!, confirmationMeetingOn: v[23]!,
    confirmationEntitled: v[24]!, confirmationYes: v[25]!, confirmationApprovedOn: v[26]!, notes: v[27]!, oathOn: v[28]!, confirmationAppliedOn: v[29]!,
    reviews: NONE, introducers: NONE, // filled by withParts; set here so every record has one shape
  };
}

/** Every record (under an org) with its reviews and introducers. */
export function listRecruits(db: Db, orgPath?: string): StoredRecruit[] {
  const rows = orgPath
    ? stmt(db, `${SELECT} WHERE o.path LIKE ? || '%' ORDER BY o.sort_order, o.id, r.applied_on, r.id`).raw().all(orgPath)
    : stmt(db, `${SELECT} ORDER BY o.sort_order, o.id, r.applied_on, r.id`).raw().all();
  return withParts(db, (rows as unknown[][]).map(toRecruit), null);
}

export function getRecruit(db: Db, id: number): StoredRecruit | undefined {
  const row = stmt(db, `${SELECT} WHERE r.id = ?`).raw().get(id) as unknown[] | undefined;
  return row && withParts(db, [toRecruit(row)], id)[0];
}

export function findRecruitByIdNumber(db: Db, idNumber: string): number | undefined {
  return (stmt(db, 'SELECT id FROM recruits WHERE id_number = ?').get(idNumber) as { id: number } | undefined)?.id;
}

export function saveRecruit(db: Db, id: number | undefined, f: Omit<RecruitFields, 'reviews' | 'introducers'>, now: string): number {
  const vals = COLS.map(([k]) => f[k as keyof typeof f] ?? null);
  if (id) {
    stmt(db, `UPDATE recruits SET ${COLS.map(([, c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...vals, now, id);
    return id;
  }
  return Number(stmt(db, `INSERT INTO recruits (${COLS.map(([, c]) => c).join(', ')}, created_at, updated_at) VALUES (${COLS.map(() => '?').join(', ')}, ?, ?)`).run(...vals, now, now).lastInsertRowid);
}

export function setRecruitMember(db: Db, id: number, memberId: number): void {
  stmt(db, 'UPDATE recruits SET member_id = ? WHERE id = ?').run(memberId, id);
}

/** Reviews and introducers of the records (one query each, for one record or all). */
function withParts(db: Db, records: StoredRecruit[], onlyId: number | null): StoredRecruit[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const where = onlyId === null ? '' : 'WHERE recruit_id = ?';
  const args = onlyId === null ? [] : [onlyId];
  for (const [rid, d] of stmt(db, `SELECT recruit_id, on_date FROM recruit_reviews ${where} ORDER BY recruit_id, on_date`).raw().all(...args) as [number, string][]) {
    const r = byId.get(rid);
    if (r?.reviews === NONE) r.reviews = [d];
    else r?.reviews.push(d);
  }
  for (const [rid, memberId, name] of stmt(db, `SELECT recruit_id, member_id, name FROM recruit_introducers ${where} ORDER BY recruit_id, position`).raw().all(...args) as [number, number | null, string][]) {
    const r = byId.get(rid);
    if (r?.introducers === NONE) r.introducers = [{ memberId, name }];
    else r?.introducers.push({ memberId, name });
  }
  return records;
}

export function replaceParts(db: Db, id: number, reviews: string[], introducers: { memberId: number | null; name: string }[]): void {
  stmt(db, 'DELETE FROM recruit_reviews WHERE recruit_id = ?').run(id);
  const r = stmt(db, 'INSERT OR IGNORE INTO recruit_reviews (recruit_id, on_date) VALUES (?, ?)');
  for (const d of reviews) r.run(id, d);
  stmt(db, 'DELETE FROM recruit_introducers WHERE recruit_id = ?').run(id);
  const i = stmt(db, 'INSERT INTO recruit_introducers (recruit_id, position, member_id, name) VALUES (?, ?, ?, ?)');
  introducers.forEach((x, k) => i.run(id, k + 1, x.memberId, x.name));
}

export type IntroducerFacts = { joinedOn: string | null; confirmedOn: string | null; memberType: string };

/** What the roster says of every member named as an 入党介绍人 (only those, not all 30,000). */
export function introducerFacts(db: Db): Map<number, IntroducerFacts> {
  const rows = stmt(
    db,
    'SELECT id, joined_on, confirmed_on, member_type FROM members WHERE id IN (SELECT member_id FROM recruit_introducers WHERE member_id IS NOT NULL)',
  ).raw().all() as [number, string | null, string | null, string][];
  return new Map(rows.map(([mid, joinedOn, confirmedOn, memberType]) => [mid, { joinedOn, confirmedOn, memberType }]));
}

/** The roster side of an approved admission or 转正; returns the member id. */
export function syncRoster(d: Db, recruitId: number, f: RecruitFields, memberId: number | null, now: string): number | null {
  if (!f.approvedOn || !f.admissionMeetingOn) return memberId;
  const confirmed = f.confirmationApprovedOn ? f.confirmationMeetingOn ?? f.confirmationApprovedOn : null;
  const id = memberId ?? findMemberIdByIdNumber(d, f.idNumber) ?? null;
  const existing = id ? getMember(d, id) : undefined;
  const fields: MemberFields = {
    name: f.name, nameInitials: nameInitials(f.name), gender: f.gender, ethnicity: existing?.ethnicity ?? null, birthDate: f.birthDate, idNumber: f.idNumber,
    nativePlace: existing?.nativePlace ?? null, education: existing?.education ?? null, degree: existing?.degree ?? null, title: existing?.title ?? null,
    personCategory: existing?.personCategory ?? null, memberType: confirmed ? '正式党员' : '预备党员', joinedOn: f.admissionMeetingOn, confirmedOn: confirmed,
    orgId: existing?.orgId ?? f.orgId, phone: existing?.phone ?? null, isLeadership: existing?.isLeadership ?? false, isSecretary: existing?.isSecretary ?? false, notes: existing?.notes ?? null, grade: existing?.grade ?? null,
    studentNo: existing?.studentNo ?? null,
  };
  if (existing) {
    updateMember(d, existing.id, fields, now);
    return existing.id;
  }
  const created = insertMember(d, fields, now);
  insertMemberEvent(d, { memberId: created, kind: 'created', fromValue: null, toValue: '预备党员', onDate: f.admissionMeetingOn, reason: '发展党员：上级党委审批接收为预备党员' }, now);
  setRecruitMember(d, recruitId, created);
  return created;
}
