// SQL for 三会一课 meetings, their attendance, attachments and compliance counts.
import type { AttachmentRow } from '../model/attachments';
import type { AttendanceRow, MeetingDetail, MeetingFilter, MeetingRow, RosterPick } from '../model/meetings';
import { BODY_OF } from '../domain/attendance';
import type { MeetingCount } from '../domain/compliance';
import type { Attendance, MeetingType } from '../domain/glossary';
import type { Db } from './open';
import { orgScope } from './orgs';
import { stmt } from './stmt';

/** 党员类别 on a date (a 预备党员 then may be 正式 now): 转正 recorded by then, else as stored. */
const typeOn = (p: string, date: string) =>
  `CASE WHEN ${p}.confirmed_on IS NOT NULL THEN (CASE WHEN ${p}.confirmed_on <= ${date} THEN '正式党员' ELSE '预备党员' END) ELSE ${p}.member_type END`;

const ROW = `m.id, m.org_id AS orgId, o.name AS orgName, m.type, m.held_on AS heldOn, m.topic, m.expected, m.present, m.hours`;

function filterSql(db: Db, f: MeetingFilter): { where: string; params: (string | number)[] } {
  const where = ['m.deleted_at IS NULL'];
  const params: (string | number)[] = [];
  if (f.orgId !== undefined) {
    const scope = orgScope(db, 'm.org_id', f.orgId, f.includeSubOrgs);
    where.push(scope.sql);
    params.push(scope.param);
  }
  if (f.type) {
    where.push('m.type = ?');
    params.push(f.type);
  }
  if (f.from) {
    where.push('m.held_on >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('m.held_on <= ?');
    params.push(f.to);
  }
  const q = f.q?.trim();
  if (q) {
    // Trigram FTS needs three characters; shorter words fall back to LIKE.
    if ([...q].length >= 3) {
      where.push(`m.id IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)`);
      params.push(`"${q.replace(/"/g, '""')}"`);
    } else {
      where.push(`(m.topic LIKE '%' || ? || '%' OR m.minutes LIKE '%' || ? || '%')`);
      params.push(q, q);
    }
  }
  return { where: `WHERE ${where.join(' AND ')}`, params };
}

export function listMeetings(db: Db, f: MeetingFilter, page: number, pageSize: number): { rows: MeetingRow[]; total: number } {
  const { where, params } = filterSql(db, f);
  const total = (stmt(db, `SELECT count(*) AS n FROM meetings m ${where}`).get(...params) as { n: number }).n;
  const rows = stmt(db, `SELECT ${ROW} FROM meetings m JOIN orgs o ON o.id = m.org_id ${where} ORDER BY m.held_on DESC, m.id DESC LIMIT ? OFFSET ?`).all(
    ...params,
    pageSize,
    (page - 1) * pageSize,
  ) as MeetingRow[];
  return { rows, total };
}

/** Meetings of a year in date order (for the ledger), optionally within an org subtree. */
export function meetingsOfYear(db: Db, year: number, orgId?: number): MeetingRow[] {
  const { where, params } = filterSql(db, { orgId, includeSubOrgs: true, from: `${year}-01-01`, to: `${year}-12-31` });
  return stmt(db, `SELECT ${ROW} FROM meetings m JOIN orgs o ON o.id = m.org_id ${where} ORDER BY o.sort_order, m.held_on, m.id`).all(...params) as MeetingRow[];
}

export function getMeeting(db: Db, id: number): MeetingDetail | undefined {
  const m = stmt(
    db,
    `SELECT ${ROW}, m.start_time AS startTime, m.end_time AS endTime, m.place, m.host, m.recorder, m.lecturer,
       m.lecturer_member_id AS lecturerMemberId, m.minutes, m.resolutions
     FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = ? AND m.deleted_at IS NULL`,
  ).get(id) as Omit<MeetingDetail, 'attendance' | 'attachments'> | undefined;
  if (!m) return undefined;
  const attendance = stmt(
    db,
    `SELECT a.member_id AS memberId, p.name, ${typeOn('p', 'm.held_on')} AS memberType, a.status, a.reason, a.sits_in AS sitsIn
     FROM meeting_attendance a JOIN members p ON p.id = a.member_id JOIN meetings m ON m.id = a.meeting_id
     WHERE a.meeting_id = ? ORDER BY a.sits_in, p.name_key`,
  ).all(id).map((r) => ({ ...(r as AttendanceRow), sitsIn: (r as { sitsIn: number }).sitsIn === 1 }));
  const attachments = stmt(
    db,
    `SELECT f.id, f.file_name AS fileName, f.mime, f.size, f.sha256 FROM meeting_attachments ma JOIN attachments f ON f.id = ma.attachment_id
     WHERE ma.meeting_id = ? ORDER BY f.id`,
  ).all(id) as AttachmentRow[];
  return { ...m, attendance, attachments };
}

/** A branch's members on a date: on the roster now, or left after that date; joined by then. */
export function rosterOn(db: Db, orgId: number, onDate: string): RosterPick[] {
  return stmt(
    db,
    `SELECT id AS memberId, name, ${typeOn('members', '?')} AS memberType FROM members
     WHERE org_id = ? AND (status = '在册' OR status_date > ?) AND (joined_on IS NULL OR substr(joined_on, 1, 7) <= substr(?, 1, 7))
     ORDER BY name_key, id`,
  ).all(onDate, orgId, onDate, onDate) as RosterPick[];
}

/** The branch committee serving on a date: role holders (not 党小组长) whose term had begun and not ended. */
export function committeeOn(db: Db, orgId: number, onDate: string): RosterPick[] {
  return stmt(
    db,
    `SELECT DISTINCT m.id AS memberId, m.name, ${typeOn('m', '?')} AS memberType, m.name_key FROM org_roles r JOIN members m ON m.id = r.member_id
     WHERE r.org_id = ? AND r.role <> '组长' AND (r.term_start IS NULL OR r.term_start <= ?) AND (r.ended_on IS NULL OR r.ended_on > ?)
     ORDER BY m.name_key, m.id`,
  ).all(onDate, orgId, onDate, onDate).map((r) => { const { memberId, name, memberType } = r as RosterPick; return { memberId, name, memberType }; });
}

/** A 党小组's members on a date: on the group's list and on its branch's roll that day. */
export function groupMembersOn(db: Db, groupId: number, onDate: string): RosterPick[] {
  return stmt(
    db,
    `SELECT m.id AS memberId, m.name, ${typeOn('m', '?')} AS memberType FROM group_members gm JOIN orgs g ON g.id = gm.group_id JOIN members m ON m.id = gm.member_id
     WHERE gm.group_id = ? AND m.org_id = g.parent_id AND (m.status = '在册' OR m.status_date > ?) AND (m.joined_on IS NULL OR substr(m.joined_on, 1, 7) <= substr(?, 1, 7))
     ORDER BY m.name_key, m.id`,
  ).all(onDate, groupId, onDate, onDate) as RosterPick[];
}

/** Who is expected (应到) at a meeting of `type` held by `orgId` on a date: the body of domain/attendance. */
export function expectedOn(db: Db, type: MeetingType, orgId: number, onDate: string): RosterPick[] {
  const body = BODY_OF[type];
  if (body === 'committee') return committeeOn(db, orgId, onDate);
  if (body === 'group') return groupMembersOn(db, orgId, onDate);
  return rosterOn(db, orgId, onDate);
}

/** The stored columns of a meeting: its detail less the derived and joined parts. */
export type MeetingFields = Omit<MeetingDetail, 'id' | 'orgName' | 'attendance' | 'attachments'>;

const COLS: [keyof MeetingFields, string][] = [
  ['orgId', 'org_id'], ['type', 'type'], ['heldOn', 'held_on'], ['startTime', 'start_time'], ['endTime', 'end_time'], ['place', 'place'],
  ['host', 'host'], ['recorder', 'recorder'], ['lecturer', 'lecturer'], ['lecturerMemberId', 'lecturer_member_id'], ['topic', 'topic'],
  ['minutes', 'minutes'], ['resolutions', 'resolutions'], ['hours', 'hours'], ['expected', 'expected'], ['present', 'present'],
];
const vals = (m: MeetingFields) => COLS.map(([k]) => m[k]);

export function insertMeeting(db: Db, m: MeetingFields, now: string): number {
  return Number(
    stmt(db, `INSERT INTO meetings (${COLS.map(([, c]) => c).join(', ')}, created_at, updated_at) VALUES (${COLS.map(() => '?').join(', ')}, ?, ?)`).run(...vals(m), now, now)
      .lastInsertRowid,
  );
}

export function updateMeeting(db: Db, id: number, m: MeetingFields, now: string): void {
  stmt(db, `UPDATE meetings SET ${COLS.map(([, c]) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...vals(m), now, id);
}

export function replaceAttendance(db: Db, meetingId: number, rows: { memberId: number; status: Attendance; reason: string | null; sitsIn?: boolean }[]): void {
  stmt(db, 'DELETE FROM meeting_attendance WHERE meeting_id = ?').run(meetingId);
  const ins = stmt(db, 'INSERT INTO meeting_attendance (meeting_id, member_id, status, reason, sits_in) VALUES (?, ?, ?, ?, ?)');
  for (const r of rows) ins.run(meetingId, r.memberId, r.status, r.reason, r.sitsIn ? 1 : 0);
}

export function replaceMeetingAttachments(db: Db, meetingId: number, ids: number[]): void {
  stmt(db, 'DELETE FROM meeting_attachments WHERE meeting_id = ?').run(meetingId);
  const ins = stmt(db, 'INSERT OR IGNORE INTO meeting_attachments (meeting_id, attachment_id) VALUES (?, ?)');
  for (const a of ids) ins.run(meetingId, a);
}

/** Meetings held per branch, type and month in a year (soft-deleted ones excluded). */
export function meetingCounts(db: Db, year: number): MeetingCount[] {
  // From the trigger-kept counts (migration 7); raw rows, as there are tens of thousands on a large committee.
  const rows = stmt(db, 'SELECT org_id, type, month, n FROM meeting_counts WHERE month BETWEEN ? AND ? AND n > 0').raw().all(`${year}-01`, `${year}-12`) as [number, MeetingType, string, number][];
  // A 党小组会 is held by a 党小组 and counts for the group's branch (the rules are per branch).
  const branchOf = new Map(stmt(db, "SELECT id, parent_id FROM orgs WHERE kind = 'group'").raw().all() as [number, number][]);
  return rows.map(([orgId, type, month, count]) => ({ orgId: branchOf.get(orgId) ?? orgId, type, month, count }));
}

export function lecturesOfYear(db: Db, year: number): { orgId: number; lecturerMemberId: number | null; lecturer: string | null }[] {
  return stmt(
    db,
    `SELECT org_id AS orgId, lecturer_member_id AS lecturerMemberId, lecturer FROM meetings
     WHERE type = '党课' AND held_on BETWEEN ? AND ? AND deleted_at IS NULL`,
  ).all(`${year}-01-01`, `${year}-12-31`) as { orgId: number; lecturerMemberId: number | null; lecturer: string | null }[];
}

export function insertAttachment(db: Db, a: { sha256: string; fileName: string; mime: string; size: number }, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO attachments (sha256, file_name, mime, size, created_at) VALUES (?, ?, ?, ?, ?)').run(a.sha256, a.fileName, a.mime, a.size, now).lastInsertRowid,
  );
}

export function getAttachment(db: Db, id: number): AttachmentRow | undefined {
  return stmt(db, 'SELECT id, file_name AS fileName, mime, size, sha256 FROM attachments WHERE id = ?').get(id) as AttachmentRow | undefined;
}

/**
 * Attendance rows recorded as 应到 for someone outside the body that meets (domain/attendance):
 * at a committee meeting someone not serving that day, at a 党小组会 someone not in the group.
 * A committee meeting of an organisation with nobody recorded as serving that day is left out:
 * its body is unknown (migration 17 left those as they were).
 */
export function attendanceOutsideBody(db: Db): { meetingId: number; heldOn: string; orgName: string; type: MeetingType; name: string }[] {
  const committeeTypes = (Object.keys(BODY_OF) as MeetingType[]).filter((t) => BODY_OF[t] === 'committee');
  const groupTypes = (Object.keys(BODY_OF) as MeetingType[]).filter((t) => BODY_OF[t] === 'group');
  const serving = (member: string) => `EXISTS (SELECT 1 FROM org_roles r WHERE r.org_id = m.org_id AND r.role <> '组长'
    AND (r.term_start IS NULL OR r.term_start <= m.held_on) AND (r.ended_on IS NULL OR r.ended_on > m.held_on)${member})`;
  const list = (ts: MeetingType[]) => ts.map((t) => `'${t}'`).join(', ');
  return stmt(
    db,
    `SELECT m.id AS meetingId, m.held_on AS heldOn, o.name AS orgName, m.type, p.name
     FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id JOIN orgs o ON o.id = m.org_id JOIN members p ON p.id = a.member_id
     WHERE a.sits_in = 0 AND m.deleted_at IS NULL AND (
       (m.type IN (${list(committeeTypes)}) AND ${serving('')} AND NOT ${serving(' AND r.member_id = a.member_id')})
       OR (m.type IN (${list(groupTypes)}) AND o.kind = 'group' AND NOT EXISTS (SELECT 1 FROM group_members g WHERE g.group_id = m.org_id AND g.member_id = a.member_id))
     )
     ORDER BY m.held_on, m.id, p.name_key`,
  ).all() as { meetingId: number; heldOn: string; orgName: string; type: MeetingType; name: string }[];
}
