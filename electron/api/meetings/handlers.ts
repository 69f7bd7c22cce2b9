// 三会一课 handlers: meetings with attendance (应到/实到 derived) and hours credited.
import { softDelete } from '../../db/recycle';
import path from 'node:path';
import { clearCredit, insertHourEntry } from '../../db/hours';
import * as meetingsDb from '../../db/meetings';
import { getOrg } from '../../db/orgs';
import { attachmentMime, readStoredFile, storeFile } from '../../db/fileStore';
import type { Db } from '../../db/open';
import type { MeetingInput } from '../contract';
import { defineHandlers } from '../registry';
import { invalid, notFound } from '../errors';

function assertBranchOn(db: Db, orgId: number, onDate: string): string {
  const org = getOrg(db, orgId);
  if (!org) throw notFound('组织');
  if (org.kind !== 'branch' && org.kind !== 'committee' && org.kind !== 'general_branch') throw invalid('会议应记在党委、党总支或党支部名下');
  if (org.dissolvedOn && org.dissolvedOn < onDate) throw invalid(`“${org.name}”已于 ${org.dissolvedOn} 撤销，不能记录之后的会议`);
  return org.name;
}

/** Attendance must cover the branch's members on that date and nobody else. */
function checkedAttendance(db: Db, m: MeetingInput) {
  const roster = meetingsDb.rosterOn(db, m.orgId, m.heldOn);
  const onRoster = new Map(roster.map((r) => [r.memberId, r.name]));
  const seen = new Set<number>();
  for (const a of m.attendance) {
    if (!onRoster.has(a.memberId)) throw invalid('出席名单中有不属于该支部（或当时不在册）的党员，请重新选择出席人员', { attendance: '名单有误' });
    if (seen.has(a.memberId)) throw invalid('出席名单中有重复的党员');
    seen.add(a.memberId);
  }
  // Named here rather than in the schema, where only list positions are known.
  const noReason = m.attendance.filter((a) => a.status === '请假' && !a.reason).map((a) => onRoster.get(a.memberId));
  if (noReason.length) throw invalid(`出席情况：${noReason.join('、')}请假，请填写请假原因`, { attendance: '请填写请假原因' });
  return m.attendance.map((a) => ({ memberId: a.memberId, status: a.status, reason: a.status === '出席' ? null : a.reason || null }));
}

export const meetingsHandlers = defineHandlers('meetings', {
  'meetings.list': (ctx, { filter, page, pageSize }) => ({ ...meetingsDb.listMeetings(ctx.db, filter, page, pageSize), page, pageSize }),

  'meetings.get': (ctx, { id }) => {
    const m = meetingsDb.getMeeting(ctx.db, id);
    if (!m) throw notFound('会议记录');
    return m;
  },

  'meetings.roster': (ctx, { orgId, onDate, type }) => (type === '支委会' ? meetingsDb.committeeOn(ctx.db, orgId, onDate) : meetingsDb.rosterOn(ctx.db, orgId, onDate)),

  'meetings.save': (ctx, input) =>
    ctx.write((tx) => {
      assertBranchOn(tx.db, input.orgId, input.heldOn);
      const attendance = checkedAttendance(tx.db, input);
      for (const a of input.attachmentIds) if (!meetingsDb.getAttachment(tx.db, a)) throw notFound('附件');
      const present = attendance.filter((a) => a.status === '出席');
      const fields: meetingsDb.MeetingFields = {
        orgId: input.orgId, type: input.type, heldOn: input.heldOn, startTime: input.startTime ?? null, endTime: input.endTime ?? null,
        place: input.place ?? null, host: input.host ?? null, recorder: input.recorder ?? null, lecturer: input.lecturer ?? null,
        lecturerMemberId: input.lecturerMemberId ?? null, topic: input.topic, minutes: input.minutes ?? null, resolutions: input.resolutions ?? null,
        hours: input.hours, expected: attendance.length, present: present.length,
      };
      let id = input.id;
      const before = id ? meetingsDb.getMeeting(tx.db, id) : undefined;
      if (id) {
        if (!before) throw notFound('会议记录');
        meetingsDb.updateMeeting(tx.db, id, fields, tx.now);
      } else id = meetingsDb.insertMeeting(tx.db, fields, tx.now);
      meetingsDb.replaceAttendance(tx.db, id, attendance);
      meetingsDb.replaceMeetingAttachments(tx.db, id, input.attachmentIds);
      clearCredit(tx.db, { meetingId: id });
      if (input.hours > 0) {
        for (const a of present) insertHourEntry(tx.db, { memberId: a.memberId, onDate: input.heldOn, hours: input.hours, title: `${input.type}：${input.topic}`, source: '会议', meetingId: id }, tx.now);
      }
      tx.audit({ table: 'meetings', recordId: id, action: before ? 'update' : 'create', before, after: { ...fields, attendance, attachmentIds: input.attachmentIds } });
      return { id };
    }),

  'meetings.delete': (ctx, { id }) =>
    ctx.write((tx) => {
      const before = meetingsDb.getMeeting(tx.db, id);
      if (!before) throw notFound('会议记录');
      softDelete(tx.db, 'meeting', id, tx.now, tx.actor);
      tx.audit({ table: 'meetings', recordId: id, action: 'delete', before });
      return { id };
    }),
});
