// SQL for the roster: paging in SQL, filters on the org subtree, search by name, initials or ID.
import type { MemberEvent, MemberFilter, MemberRow } from '../model/members';
import type { MemberStatus } from '../domain/glossary';
import { nameSortKey } from '../domain/pinyin';
import type { Db } from './open';
import { orgScope } from './orgs';
import { stmt } from './stmt';

const MEMBER_COLUMNS = `m.id, m.name, m.gender, m.ethnicity, m.birth_date AS birthDate, m.id_number AS idNumber,
  m.native_place AS nativePlace, m.education, m.degree, m.title, m.person_category AS personCategory,
  m.member_type AS memberType, m.joined_on AS joinedOn, m.confirmed_on AS confirmedOn, m.org_id AS orgId,
  o.name AS orgName, m.phone, m.is_leadership AS isLeadership, m.is_secretary AS isSecretary, m.status,
  m.status_date AS statusDate, m.status_reason AS statusReason, m.notes, m.grade,
  m.student_no AS studentNo`;

type RawMember = Omit<MemberRow, 'isLeadership' | 'isSecretary'> & { isLeadership: number; isSecretary: number };

function toRow(r: RawMember): MemberRow {
  return { ...r, isLeadership: r.isLeadership === 1, isSecretary: r.isSecretary === 1 };
}

/** WHERE clause and parameters for a roster filter; shared by the list, its count and the export. */
export function filterSql(db: Db, f: MemberFilter): { where: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (f.orgId !== undefined) {
    const scope = orgScope(db, 'm.org_id', f.orgId, f.includeSubOrgs);
    where.push(scope.sql);
    params.push(scope.param);
  }
  if (f.branchCategory) {
    where.push('o.category = ?');
    params.push(f.branchCategory);
  }
  if (f.personCategory) {
    where.push('m.person_category = ?');
    params.push(f.personCategory);
  }
  if (f.memberType) {
    where.push('m.member_type = ?');
    params.push(f.memberType);
  }
  if (f.status) {
    where.push('m.status = ?');
    params.push(f.status);
  }
  const q = f.q?.trim().replace(/[%_\\]/g, '');
  if (q) {
    if (/^[a-zA-Z]+$/.test(q)) {
      // A range rather than LIKE, so the (binary) index on initials serves the prefix search.
      where.push('m.name_initials >= ? AND m.name_initials < ?');
      params.push(q.toLowerCase(), `${q.toLowerCase()}{`);
    } else if (/^[0-9xX]+$/.test(q)) {
      where.push(`m.id_number LIKE '%' || ? || '%'`);
      params.push(q.toUpperCase());
    } else {
      where.push(`m.name LIKE '%' || ? || '%'`);
      params.push(q);
    }
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const ORDER = 'ORDER BY o.sort_order, m.org_id, m.name_key, m.id';

export function listMembers(db: Db, f: MemberFilter, page: number, pageSize: number): { rows: MemberRow[]; total: number } {
  const { where, params } = filterSql(db, f);
  const total = (
    stmt(db, `SELECT count(*) AS n FROM members m JOIN orgs o ON o.id = m.org_id ${where}`).get(...params) as { n: number }
  ).n;
  const rows = stmt(
    db,
    `SELECT ${MEMBER_COLUMNS} FROM members m JOIN orgs o ON o.id = m.org_id ${where} ${ORDER} LIMIT ? OFFSET ?`,
  ).all(...params, pageSize, (page - 1) * pageSize) as RawMember[];
  return { rows: rows.map(toRow), total };
}

/** Every member matching a filter, in roster order, one at a time (for large exports). */
export function* iterateMembers(db: Db, f: MemberFilter): Generator<MemberRow> {
  const { where, params } = filterSql(db, f);
  // Raw rows and one object literal per member: measurably faster than named rows plus a
  // spread when a ledger walks 30,000 members.
  const it = db
    .prepare(`SELECT ${MEMBER_COLUMNS} FROM members m JOIN orgs o ON o.id = m.org_id ${where} ${ORDER}`)
    .raw()
    .iterate(...params) as IterableIterator<unknown[]>;
  for (const r of it) yield fromRaw(r);
}

/** Column order of MEMBER_COLUMNS. */
function fromRaw(r: unknown[]): MemberRow {
  return {
    id: r[0] as number,
    name: r[1] as string,
    gender: r[2] as MemberRow['gender'],
    ethnicity: r[3] as string | null,
    birthDate: r[4] as string | null,
    idNumber: r[5] as string,
    nativePlace: r[6] as string | null,
    education: r[7] as string | null,
    degree: r[8] as string | null,
    title: r[9] as string | null,
    personCategory: r[10] as MemberRow['personCategory'],
    memberType: r[11] as MemberRow['memberType'],
    joinedOn: r[12] as string | null,
    confirmedOn: r[13] as string | null,
    orgId: r[14] as number,
    orgName: r[15] as string,
    phone: r[16] as string | null,
    isLeadership: r[17] === 1,
    isSecretary: r[18] === 1,
    status: r[19] as MemberRow['status'],
    statusDate: r[20] as string | null,
    statusReason: r[21] as string | null,
    notes: r[22] as string | null,
    grade: r[23] as number | null,
    studentNo: r[24] as string | null,
  };
}

export function getMember(db: Db, id: number): MemberRow | undefined {
  const r = stmt(db, `SELECT ${MEMBER_COLUMNS} FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.id = ?`).get(id) as
    | RawMember
    | undefined;
  return r && toRow(r);
}

export function findMemberIdByIdNumber(db: Db, idNumber: string): number | undefined {
  return (stmt(db, 'SELECT id FROM members WHERE id_number = ?').get(idNumber) as { id: number } | undefined)?.id;
}

/** The member with this 学号, any status (one 学号 names one student). */
export function findMemberIdByStudentNo(db: Db, studentNo: string): number | undefined {
  return (stmt(db, 'SELECT id FROM members WHERE student_no = ?').get(studentNo) as { id: number } | undefined)?.id;
}

/** Members on the roster with exactly this name (for names typed in a sheet, e.g. 入党介绍人). */
export function findMembersByName(db: Db, name: string): { id: number; orgId: number }[] {
  return stmt(db, "SELECT id, org_id AS orgId FROM members WHERE name = ? AND status = '在册' ORDER BY id").all(name) as { id: number; orgId: number }[];
}

/** The columns a form or an import can set (status and history are changed by their own acts). */
export type MemberFields = Pick<
  MemberRow,
  | 'name' | 'gender' | 'ethnicity' | 'birthDate' | 'idNumber' | 'nativePlace' | 'education' | 'degree' | 'title' | 'personCategory'
  | 'memberType' | 'joinedOn' | 'confirmedOn' | 'orgId' | 'phone' | 'isLeadership' | 'isSecretary' | 'notes' | 'grade' | 'studentNo'
> & { nameInitials: string };

const FIELD_COLUMNS: [keyof MemberFields, string][] = [
  ['name', 'name'],
  ['nameInitials', 'name_initials'],
  ['gender', 'gender'],
  ['ethnicity', 'ethnicity'],
  ['birthDate', 'birth_date'],
  ['idNumber', 'id_number'],
  ['nativePlace', 'native_place'],
  ['education', 'education'],
  ['degree', 'degree'],
  ['title', 'title'],
  ['personCategory', 'person_category'],
  ['memberType', 'member_type'],
  ['joinedOn', 'joined_on'],
  ['confirmedOn', 'confirmed_on'],
  ['orgId', 'org_id'],
  ['phone', 'phone'],
  ['isLeadership', 'is_leadership'],
  ['isSecretary', 'is_secretary'],
  ['notes', 'notes'],
  ['grade', 'grade'],
  ['studentNo', 'student_no'],
];

function values(m: MemberFields): (string | number | null)[] {
  return FIELD_COLUMNS.map(([k]) => {
    const v = m[k];
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  });
}

const INSERT_SQL = `INSERT INTO members (${FIELD_COLUMNS.map(([, c]) => c).join(', ')}, name_key, status, created_at, updated_at)
  VALUES (${FIELD_COLUMNS.map(() => '?').join(', ')}, ?, '在册', ?, ?)`;
const UPDATE_SQL = `UPDATE members SET ${FIELD_COLUMNS.map(([, c]) => `${c} = ?`).join(', ')}, name_key = ?, updated_at = ? WHERE id = ?`;

export function insertMember(db: Db, m: MemberFields, now: string): number {
  return Number(stmt(db, INSERT_SQL).run(...values(m), nameSortKey(m.name), now, now).lastInsertRowid);
}

export function updateMember(db: Db, id: number, m: MemberFields, now: string): void {
  stmt(db, UPDATE_SQL).run(...values(m), nameSortKey(m.name), now, id);
}

export function setMemberStatus(db: Db, id: number, status: MemberStatus, onDate: string, reason: string | null, now: string): void {
  stmt(db, 'UPDATE members SET status = ?, status_date = ?, status_reason = ?, updated_at = ? WHERE id = ?').run(
    status,
    onDate,
    reason,
    now,
    id,
  );
}

export function setMemberOrg(db: Db, id: number, orgId: number, now: string): void {
  stmt(db, 'UPDATE members SET org_id = ?, updated_at = ? WHERE id = ?').run(orgId, now, id);
}

export function insertMemberEvent(
  db: Db,
  e: { memberId: number; kind: MemberEvent['kind']; fromValue: string | null; toValue: string | null; onDate: string; reason: string | null },
  now: string,
): void {
  stmt(
    db,
    'INSERT INTO member_events (member_id, kind, from_value, to_value, on_date, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(e.memberId, e.kind, e.fromValue, e.toValue, e.onDate, e.reason, now);
}

export function listMemberEvents(db: Db, memberId: number): MemberEvent[] {
  return stmt(
    db,
    `SELECT id, kind, from_value AS fromValue, to_value AS toValue, on_date AS onDate, reason
     FROM member_events WHERE member_id = ? ORDER BY on_date DESC, id DESC`,
  ).all(memberId) as MemberEvent[];
}

export function memberCounts(db: Db): { active: number; probationary: number; byCategory: { category: string; count: number }[] } {
  const c = stmt(
    db,
    `SELECT count(*) AS active, coalesce(sum(member_type = '预备党员'), 0) AS probationary FROM members WHERE status = '在册'`,
  ).get() as { active: number; probationary: number };
  const byCategory = stmt(
    db,
    `SELECT coalesce(person_category, '未填') AS category, count(*) AS count FROM members WHERE status = '在册'
     GROUP BY 1 ORDER BY 2 DESC`,
  ).all() as { category: string; count: number }[];
  return { ...c, byCategory };
}
