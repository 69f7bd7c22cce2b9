// Meetings, trainings and study hours for the demo and large seeds. The demo year has gaps on
// purpose (a skipped 支委会, members short of hours) so 工作台 has something to show.
import type { Db } from '../db/open';
import { insertHourEntry, insertTraining, replaceParticipants } from '../db/hours';
import { expectedOn, insertMeeting, replaceAttendance } from '../db/meetings';
import { replaceGroupMembers } from '../db/orgs';
import { BODY_OF } from '../domain/attendance';
import { gradesNamed } from '../domain/studentGrades';
import type { Attendance, MeetingType } from '../domain/glossary';
import { nearestWorkday, plusDays, workdayRun } from '../domain/holidays';
import { pick, rng } from './names';

type Branch = { id: number; name: string; hasGroups: boolean; groupId: number | null; members: { id: number; name: string; joinedOn: string | null }[]; committee: { memberId: number; name: string }[] };

const TOPICS: Record<string, string[]> = {
  支委会: ['研究本月支部工作安排', '讨论发展党员工作', '研究党费收缴和党员教育计划', '部署主题党日活动'],
  主题党日: ['重温入党誓词', '学习党章党规', '参观红色教育基地', '开展志愿服务活动'],
  支部党员大会: ['传达上级会议精神', '讨论接收预备党员', '通报支部工作'],
  党课: ['学习党的二十大精神', '弘扬伟大建党精神', '加强党性修养', '新时代高校党建工作'],
  集中学习: ['学习习近平新时代中国特色社会主义思想', '学习《中国共产党支部工作条例》', '学习全国教育大会精神'],
  领导班子集体学习: ['学习民主集中制', '学习党风廉政建设规定', '研讨立德树人根本任务'],
  党小组会: ['党小组学习讨论', '交流学习心得'],
};

function loadBranches(db: Db): Branch[] {
  const branches = db.prepare(`SELECT id, name, (SELECT min(g.id) FROM orgs g WHERE g.parent_id = o.id AND g.kind = 'group') AS g FROM orgs o WHERE kind = 'branch' ORDER BY id`).all() as { id: number; name: string; g: number | null }[];
  const members = db.prepare(`SELECT id, name, joined_on, org_id FROM members WHERE status = '在册' ORDER BY org_id, id`).raw().all() as [number, string, string | null, number][];
  const roles = db.prepare(`SELECT org_id, member_id, person_name FROM org_roles WHERE ended_on IS NULL AND member_id IS NOT NULL`).raw().all() as [number, number, string][];
  return branches.map((b) => ({
    id: b.id,
    name: b.name,
    hasGroups: b.g !== null,
    groupId: b.g,
    members: members.filter((m) => m[3] === b.id).map(([id, name, joinedOn]) => ({ id, name, joinedOn })),
    committee: roles.filter((r) => r[0] === b.id).map(([, memberId, name]) => ({ memberId, name })),
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function seedMeetings(db: Db, scale: 'demo' | 'large', today: string, at: string): { meetings: number; entries: number } {
  const r = rng(scale === 'demo' ? 77 : 7777);
  const branches = loadBranches(db);
  // A 党小组 meets its own members (domain/attendance): the branch's members of the grade it is named for.
  for (const b of branches) {
    if (b.groupId === null) continue;
    const name = db.prepare('SELECT name FROM orgs WHERE id = ?').pluck().get(b.groupId) as string;
    const grades = gradesNamed(name);
    const ofGrade = db.prepare(`SELECT id FROM members WHERE org_id = ? AND status = '在册' AND grade IN (${grades.map(() => '?').join(', ') || 'NULL'}) ORDER BY id`).pluck().all(b.id, ...grades) as number[];
    replaceGroupMembers(db, b.groupId, ofGrade.length ? ofGrade : b.members.slice(0, Math.ceil(b.members.length / 2)).map((m) => m.id));
  }
  const leader = db.prepare(`SELECT member_id FROM org_roles WHERE org_id = ? AND role = '组长' AND ended_on IS NULL AND member_id IS NOT NULL ORDER BY id LIMIT 1`).pluck();
  const leaderOf = (groupId: number) => leader.get(groupId) as number | undefined;
  const thisYear = Number(today.slice(0, 4));
  const years = scale === 'demo' ? [thisYear] : Array.from({ length: 10 }, (_, i) => thisYear - 9 + i);
  let meetings = 0;
  let entries = 0;
  for (const year of years) {
    // Attendance rows for the current year only in the large seed: older years stand for records
    // carried over from paper with 应到/实到 counts, which keeps the file to a sensible size.
    const withAttendance = scale === 'demo' || year === thisYear;
    const lastMonth = year === thisYear ? Number(today.slice(5, 7)) : 12;
    for (const b of branches) {
      const plan: { type: MeetingType; month: number; hours: number }[] = [];
      for (let m = 1; m <= lastMonth; m++) {
        const current = year === thisYear && m === lastMonth;
        // Some branches have not held this month's 支委会 yet; a few skipped one earlier.
        if (!(current && r() < 0.5) && r() > 0.06) plan.push({ type: '支委会', month: m, hours: 0 });
        if (!(current && r() < 0.4)) plan.push({ type: '主题党日', month: m, hours: 2 });
        if (b.hasGroups && !(current && r() < 0.5)) plan.push({ type: '党小组会', month: m, hours: 1 });
        if (m % 3 === 2) plan.push({ type: '支部党员大会', month: m, hours: 0 });
        if (m % 3 === 1 && r() > 0.1) plan.push({ type: '党课', month: m, hours: 3 });
        if (m !== 8 && r() < 0.75) plan.push({ type: '集中学习', month: m, hours: 2 });
        if (r() < 0.85) plan.push({ type: '领导班子集体学习', month: m, hours: 0 });
      }
      if (lastMonth >= 12 || (year === thisYear && lastMonth >= 11)) plan.push({ type: '组织生活会', month: Math.min(lastMonth, 12), hours: 2 }, { type: '民主评议党员', month: Math.min(lastMonth, 12), hours: 0 });
      const joined = new Map(b.members.map((m) => [m.id, m.joinedOn]));
      let lectureTurn = 0;
      for (const p of plan) {
        const day = year === thisYear && p.month === lastMonth ? Math.max(1, Math.min(Number(today.slice(8, 10)) - 1, 1 + Math.floor(r() * 20))) : 1 + Math.floor(r() * 27);
        // Meetings fall on working days (no weekends, no public holidays), in their month and before today.
        const monthEnd = year === thisYear && p.month === lastMonth ? `${year}-${pad(p.month)}-${pad(Math.max(1, Number(today.slice(8, 10)) - 1))}` : `${year}-${pad(p.month)}-28`;
        const heldOn = nearestWorkday(`${year}-${pad(p.month)}-${pad(day)}`, `${year}-${pad(p.month)}-01`, monthEnd);
        if (heldOn === null) continue; // a month begun with a holiday: nothing held yet
        // Who is expected follows the body that meets (domain/attendance): the committee, the group or the members.
        const holder = p.type === '党小组会' && b.groupId !== null ? b.groupId : b.id;
        let roster = expectedOn(db, p.type, holder, heldOn).map((m) => ({ id: m.memberId, name: m.name }));
        // Years carried over from paper predate the committee on record: their counts stand for the committee of the time.
        if (roster.length === 0 && !withAttendance && BODY_OF[p.type] === 'committee') roster = b.committee.map((c) => ({ id: c.memberId, name: c.name }));
        if (roster.length === 0) continue; // no committee in office yet that day: no 支委会 to record
        const attendance = roster.map((m) => {
          const x = r();
          const status: Attendance = x < 0.07 ? '请假' : x < 0.1 ? '缺席' : '出席';
          return { memberId: m.id, status, reason: status === '请假' ? pick(r, ['出差', '病假', '外出培训', '教学任务']) : null };
        });
        const lecturer = p.type === '党课' ? (b.committee[lectureTurn++ % Math.max(1, b.committee.length)] ?? null) : null;
        const [host, recorder] = chairAndRecorder(roster, attendance, p.type === '党小组会' ? leaderOf(holder) : undefined, b.committee, lecturer?.memberId);
        const present = attendance.filter((a) => a.status === '出席');
        const id = insertMeeting(
          db,
          {
            orgId: holder, type: p.type, heldOn, startTime: '14:30', endTime: '16:30', place: pick(r, ['党员活动室', '会议室', '多媒体教室']),
            host: host?.name ?? null, recorder: recorder?.name ?? null, lecturer: lecturer?.name ?? null, lecturerMemberId: lecturer?.memberId ?? null,
            topic: pick(r, TOPICS[p.type] ?? ['支部工作']), minutes: `会议由${host?.name ?? '支部书记'}主持。与会党员围绕主题进行了学习和讨论，大家一致表示要立足岗位、发挥先锋模范作用。`,
            resolutions: null, hours: p.hours, expected: attendance.length, present: present.length,
          },
          at,
        );
        meetings++;
        if (withAttendance) replaceAttendance(db, id, attendance);
        const credit = scale === 'demo' ? p.hours > 0 : p.type === '党课';
        // 学时 count from the day a person became a 党员 (someone admitted later that month attended as a guest).
        if (credit) for (const a of present.filter((x) => (joined.get(x.memberId) ?? '') <= heldOn)) {
          insertHourEntry(db, { memberId: a.memberId, onDate: heldOn, hours: p.hours, title: `${p.type}：学习`, source: '会议', meetingId: id }, at);
          entries++;
        }
      }
      // Individual study: online platforms and self-study, unevenly spread so some fall short.
      for (const m of b.members) {
        const n = scale === 'demo' ? 6 + Math.floor(r() * 14) : 5 + Math.floor(r() * 2);
        for (let k = 0; k < n; k++) {
          const month = 1 + Math.floor(r() * lastMonth);
          // Self-study on a working day of the month drawn, as the platforms' records of office hours show.
          const onDate = nearestWorkday(`${year}-${pad(month)}-${pad(1 + Math.floor(r() * 27))}`, `${year}-${pad(month)}-01`, `${year}-${pad(month)}-28`);
          if (onDate === null || onDate > today || (m.joinedOn !== null && onDate < m.joinedOn)) continue;
          insertHourEntry(db, { memberId: m.id, onDate, hours: pick(r, [2, 3, 4, 6]), title: pick(r, ['学习强国平台学习', '网上党校专题课程', '自学党史']), source: '个人' }, at);
          entries++;
        }
      }
    }
    // The committee's 党校 trainings for branch secretaries, one each half-year; a few miss one.
    const secretaries = db.prepare(`SELECT id FROM members WHERE is_secretary = 1 AND status = '在册'`).pluck().all() as number[];
    // Each runs three working days in a row from the first such run after the day planned (never over a weekend or 中秋).
    for (const [title, planned] of [[`${year}年党支部书记培训班`, `${year}-04-16`], [`${year}年党支部书记专题轮训`, `${year}-09-20`]] as const) {
      const startOn = workdayRun(planned, 3, `${planned.slice(0, 7)}-30`);
      if (startOn === null) continue;
      const endOn = plusDays(startOn, 2);
      if (endOn > today) continue;
      const trained = secretaries.filter(() => r() < 0.85);
      const tid = insertTraining(db, { title, kind: '党校培训', startOn, endOn, hours: 24, organizer: '院党委组织部', notes: null }, at);
      replaceParticipants(db, tid, trained);
      for (const m of trained) {
        insertHourEntry(db, { memberId: m, onDate: endOn, hours: 24, title: `党校培训：${title}`, source: '培训', trainingId: tid }, at);
        entries++;
      }
    }
  }
  return { meetings, entries };
}

type Person = { id: number; name: string };
type Mark = { memberId: number; status: Attendance; reason: string | null };

/**
 * 主持人 and 记录人 from the people present of the body that met: for a 党小组会 its 组长 first,
 * otherwise the committee in order (书记 first), then anyone of the body. When fewer than two of the
 * body were drawn present, the first of them came after all (a meeting is chaired and minuted by
 * someone in the room); a 党课's lecturer likewise attended their own lecture.
 */
function chairAndRecorder(roster: Person[], attendance: Mark[], leaderId: number | undefined, committee: { memberId: number }[], lecturerId: number | undefined): [Person | undefined, Person | undefined] {
  const mark = new Map(attendance.map((a) => [a.memberId, a]));
  const attend = (id: number | undefined) => {
    const a = id === undefined ? undefined : mark.get(id);
    if (a && a.status !== '出席') Object.assign(a, { status: '出席', reason: null });
  };
  attend(lecturerId);
  const first = [leaderId, ...committee.map((c) => c.memberId)].filter((id): id is number => id !== undefined);
  const ranked = [...roster.filter((m) => first.includes(m.id)).sort((a, b) => first.indexOf(a.id) - first.indexOf(b.id)), ...roster.filter((m) => !first.includes(m.id))];
  const chosen = ranked.filter((m) => mark.get(m.id)?.status === '出席').slice(0, 2);
  for (const m of ranked) {
    if (chosen.length >= 2) break;
    if (chosen.includes(m)) continue;
    attend(m.id);
    chosen.push(m);
  }
  // A body of one (a branch before its second member) has its one member keep the minutes too.
  return [chosen[0], chosen[1] ?? chosen[0]];
}
