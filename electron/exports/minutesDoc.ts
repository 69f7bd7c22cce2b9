// 会议记录: the record form a clerk prints and files for one meeting.
import type { MeetingDetail } from '../model/meetings';
import { BODY_OF, hasVote, quorate, tally, VOTING_TYPES } from '../domain/attendance';
import { attendanceRate } from '../domain/measures';
import { body, chineseDate, docTitle, heading2, simpleTable, writeDocument, type DocBlock } from './docKit';

/** The body that meets, as the 应到 line names it (domain/attendance). */
const BODY_TEXT = { committee: '会议当天在任的委员会委员（班子成员）', group: '本党小组党员', members: '会议当天在册的正式党员和预备党员' } as const;

type Row = MeetingDetail['attendance'][number];
function names(people: Row[], withReason = true): string {
  if (people.length === 0) return '无';
  return people.map((a) => (withReason && a.reason ? `${a.name}（${a.reason}）` : a.name)).join('、');
}

/** 应到/实到/请假/缺席 of the body that meets, then 列席; at a meeting that may vote, who has no vote. */
function attendanceLines(m: MeetingDetail): string[] {
  const body = m.attendance.filter((a) => !a.sitsIn);
  const of = (status: string) => body.filter((a) => a.status === status);
  const lines = [
    `应到：${m.expected}人（${BODY_TEXT[BODY_OF[m.type]]}）`,
    `实到：${m.present}人：${names(of('出席'), false)}`,
    `请假：${names(of('请假'))}`,
    `缺席：${names(of('缺席'))}`,
    `列席：${names(m.attendance.filter((a) => a.sitsIn && a.status === '出席'), false)}`,
  ];
  if (m.type === '支委会' && m.expected > 0 && !quorate(tally(m.attendance))) lines.push('到会委员未超过半数（《中国共产党支部工作条例（试行）》：支部委员会会议须有半数以上委员到会方可召开）');
  if (VOTING_TYPES.includes(m.type)) {
    const voters = body.filter((a) => hasVote(m.type, a.memberType));
    const nonVoting = of('出席').filter((a) => !hasVote(m.type, a.memberType));
    lines.push(`有表决权的正式党员应到${voters.length}人，实到${voters.filter((a) => a.status === '出席').length}人${nonVoting.length ? `；预备党员${names(nonVoting, false)}出席，无表决权` : ''}`);
  }
  return lines;
}

/**
 * "信息工程系学生第一党支部" + "支部党员大会" reads "…党支部党员大会", not "…党支部支部党员大会":
 * the longest tail of the org name that starts the meeting type is said once.
 */
export function minutesTitle(orgName: string, type: string): string {
  for (let n = Math.min(orgName.length, type.length); n >= 2; n -= 1) {
    if (orgName.endsWith(type.slice(0, n))) return `${orgName}${type.slice(n)}会议记录`;
  }
  return `${orgName}${type}会议记录`;
}

export function minutesDocument(m: MeetingDetail): Promise<Buffer> {
  const title = minutesTitle(m.orgName, m.type);
  const time = m.startTime ? `${chineseDate(m.heldOn)} ${m.startTime}${m.endTime ? `—${m.endTime}` : ''}` : chineseDate(m.heldOn);
  const rows: string[][] = [
    ['党组织', m.orgName, '会议类型', m.type],
    ['时间', time, '地点', m.place ?? ''],
    ['主持人', m.host ?? '', '记录人', m.recorder ?? ''],
    ...(m.type === '党课' ? [['授课人', m.lecturer ?? '', '学时', `${m.hours}`]] : [['学时', `${m.hours}`, '出席率', m.expected ? `${attendanceRate(m.present, m.expected)}%` : '—']]),
    ['应到人数', `${m.expected}`, '实到人数', `${m.present}`],
  ];
  const blocks: DocBlock[] = [
    docTitle(title),
    simpleTable(['项目', '内容', '项目', '内容'], rows, { widths: [17, 33, 17, 33] }),
    heading2('（一）会议主题'),
    body(m.topic),
    heading2('（二）出席情况'),
    ...attendanceLines(m).map((l) => body(l)),
    heading2('（三）会议记录'),
    ...(m.minutes ?? '（无记录正文）').split(/\n+/).filter((p) => p.trim()).map((p) => body(p.trim())),
    heading2('（四）会议决议'),
    ...(m.resolutions ?? '无').split(/\n+/).filter((p) => p.trim()).map((p) => body(p.trim())),
    body(''),
    body('主持人（签字）：　　　　　　　记录人（签字）：'),
  ];
  return writeDocument(blocks, { title });
}
