// 三会一课 handlers: meetings with attendance (应到/实到 derived) and hours credited.
import { softDelete } from '../../db/recycle';
import { clearCredit, insertHourEntry } from '../../db/hours';
import * as meetingsDb from '../../db/meetings';
import type { Db } from '../../db/open';
import type { MeetingInput } from '../contract';
import { defineHandlers } from '../registry';
import { invalid, notFound } from '../errors';
import { mustOrg } from '../shared/orgs';
import { getMember } from '../../db/members';
import { BODY_OF, heldByProblem, tally } from '../../domain/attendance';

function assertHolderOn(db: Db, m: MeetingInput): { name: string } {
  const org = mustOrg(db, m.orgId, '组织');
  const wrongKind = heldByProblem(m.type, org.kind);
  if (wrongKind) throw invalid(wrongKind, { orgId: '请选择党组织' });
  if (org.dissolvedOn && org.dissolvedOn < m.heldOn) throw invalid(`“${org.name}”已于 ${org.dissolvedOn} 撤销，不能记录之后的会议`);
  return org;
}

const BODY_WORD = { committee: '当天在任的委员（班子成员）', group: '的党小组成员', members: '当天在册的党员' } as const;

/**
 * Attendance is the body that meets (domain/attendance) plus anyone recorded as 列席: a person
 * outside the body is refused by name unless marked 列席, and nobody is listed twice.
 */
function checkedAttendance(db: Db, m: MeetingInput, orgName: string) {
  const body = new Map(meetingsDb.expectedOn(db, m.type, m.orgId, m.heldOn).map((r) => [r.memberId, r.name]));
  const names = new Map<number, string>(body);
  const seen = new Set<number>();
  for (const a of m.attendance) {
    if (seen.has(a.memberId)) throw invalid('出席名单中有重复的党员');
    seen.add(a.memberId);
    if (!names.has(a.memberId)) {
      const p = getMember(db, a.memberId);
      if (!p) throw notFound('党员');
      names.set(a.memberId, p.name);
    }
    const name = names.get(a.memberId)!;
    if (a.sitsIn && body.has(a.memberId)) throw invalid(`${name}是本次${m.type}的应到人员，不能记为列席`, { attendance: '名单有误' });
    if (!a.sitsIn && !body.has(a.memberId)) {
      throw invalid(`${name}不是“${orgName}”${BODY_WORD[BODY_OF[m.type]]}，不在${m.heldOn}${m.type}的应到范围内；如其列席会议，请记为“列席”`, { attendance: '名单有误' });
    }
  }
  // Named here rather than in the schema, where only list positions are known.
  const noReason = m.attendance.filter((a) => a.status === '请假' && !a.reason).map((a) => names.get(a.memberId));
  if (noReason.length) throw invalid(`出席情况：${noReason.join('、')}请假，请填写请假原因`, { attendance: '请填写请假原因' });
  return m.attendance.map((a) => ({ memberId: a.memberId, status: a.status, reason: a.status === '出席' ? null : a.reason || null, sitsIn: a.sitsIn }));
}

export const meetingsHandlers = defineHandlers('meetings', {
  'meetings.list': (ctx, { filter, page, pageSize }) => ({ ...meetingsDb.listMeetings(ctx.db, filter, page, pageSize), page, pageSize }),

  'meetings.get': (ctx, { id }) => {
    const m = meetingsDb.getMeeting(ctx.db, id);
    if (!m) throw notFound('会议记录');
    return m;
  },

  'meetings.roster': (ctx, { orgId, onDate, type }) => meetingsDb.expectedOn(ctx.db, type, orgId, onDate),

  'meetings.save': (ctx, input) =>
    ctx.write((tx) => {
      const org = assertHolderOn(tx.db, input);
      const attendance = checkedAttendance(tx.db, input, org.name);
      for (const a of input.attachmentIds) if (!meetingsDb.getAttachment(tx.db, a)) throw notFound('附件');
      // Everyone who attended is credited 学时, 列席 included; 应到/实到 count the body only.
      const present = attendance.filter((a) => a.status === '出席');
      const counted = tally(attendance);
      const fields: meetingsDb.MeetingFields = {
        orgId: input.orgId, type: input.type, heldOn: input.heldOn, startTime: input.startTime ?? null, endTime: input.endTime ?? null,
        place: input.place ?? null, host: input.host ?? null, recorder: input.recorder ?? null, lecturer: input.lecturer ?? null,
        lecturerMemberId: input.lecturerMemberId ?? null, topic: input.topic, minutes: input.minutes ?? null, resolutions: input.resolutions ?? null,
        hours: input.hours, expected: counted.expected, present: counted.present,
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
