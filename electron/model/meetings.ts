// 三会一课 meetings as db/meetings.ts reads them and the ledger and 会议记录 print them.
import type { Attendance, MeetingType } from '../domain/glossary';
import type { AttachmentRow } from './attachments';

export type MeetingRow = {
  id: number;
  orgId: number;
  orgName: string;
  type: MeetingType;
  heldOn: string;
  topic: string;
  expected: number;
  present: number;
  hours: number;
};

/** sitsIn: 列席, present or invited without belonging to the body that meets (not counted in 应到/实到); memberType on the meeting's date. */
export type AttendanceRow = { memberId: number; name: string; memberType: string; status: Attendance; reason: string | null; sitsIn: boolean };

export type MeetingDetail = MeetingRow & {
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  host: string | null;
  recorder: string | null;
  lecturer: string | null;
  lecturerMemberId: number | null;
  minutes: string | null;
  resolutions: string | null;
  attendance: AttendanceRow[];
  attachments: AttachmentRow[];
};

export type RosterPick = { memberId: number; name: string; memberType: string };

/** Which meetings a list covers (the API's meetingFilter parses to exactly this). */
export type MeetingFilter = {
  orgId?: number | undefined;
  includeSubOrgs: boolean;
  type?: MeetingType | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
};
