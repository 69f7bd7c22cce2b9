import type { Migration } from './types';

// Attendance follows the body that meets (domain/attendance). Two additions:
// - meeting_attendance.sits_in: a person recorded at a meeting without belonging to the body that
//   meets (列席). Their row keeps its status and reason; 应到/实到 count only the body.
// - group_members: who belongs to each 党小组 (a member stays on the branch's roll; the group is
//   where they meet), so a 党小组会 can expect the group.
// Existing 支委会, 领导班子集体学习 and 中心组学习 recorded before this expected the whole branch:
// anyone who was not serving on the holding organisation's committee that day is re-marked as
// 列席, never deleted, and the stored 应到/实到 recounted. Where no committee member is recorded
// as serving that day, the body is unknown and the meeting is left as it was (check lists it).
const COMMITTEE_TYPES = `('支委会','领导班子集体学习','中心组学习')`;
const SERVING = (member: string) => `EXISTS (SELECT 1 FROM org_roles r WHERE r.org_id = m.org_id AND r.role <> '组长'
    AND (r.term_start IS NULL OR r.term_start <= m.held_on) AND (r.ended_on IS NULL OR r.ended_on > m.held_on)${member})`;

export const m0017: Migration = {
  version: 17,
  name: 'attendance-body',
  up: `
ALTER TABLE meeting_attendance ADD COLUMN sits_in INTEGER NOT NULL DEFAULT 0 CHECK (sits_in IN (0,1));

CREATE TABLE group_members (
  group_id INTEGER NOT NULL REFERENCES orgs(id),
  member_id INTEGER NOT NULL REFERENCES members(id),
  PRIMARY KEY (group_id, member_id)
) WITHOUT ROWID;
CREATE INDEX group_members_member ON group_members(member_id);

UPDATE meeting_attendance SET sits_in = 1
WHERE meeting_id IN (
  SELECT m.id FROM meetings m WHERE m.type IN ${COMMITTEE_TYPES} AND ${SERVING('')}
) AND NOT EXISTS (
  SELECT 1 FROM meetings m WHERE m.id = meeting_attendance.meeting_id AND ${SERVING(' AND r.member_id = meeting_attendance.member_id')}
);

UPDATE meetings SET
  expected = (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = meetings.id AND a.sits_in = 0),
  present = (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = meetings.id AND a.sits_in = 0 AND a.status = '出席')
WHERE id IN (SELECT meeting_id FROM meeting_attendance WHERE sits_in = 1);
`,
};
