// 会议记录: the record form a clerk prints and files for one meeting.
import type { MeetingDetail } from '../model/meetings';
import { attendanceRate } from '../domain/measures';
import { body, chineseDate, docTitle, heading2, simpleTable, writeDocument, type DocBlock } from './docKit';

function names(m: MeetingDetail, status: '出席' | '请假' | '缺席'): string {
  const people = m.attendance.filter((a) => a.status === status);
  if (people.length === 0) return '无';
  return people.map((a) => (a.reason ? `${a.name}（${a.reason}）` : a.name)).join('、');
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
    body(`出席：${names(m, '出席')}`),
    body(`请假：${names(m, '请假')}`),
    body(`缺席：${names(m, '缺席')}`),
    heading2('（三）会议记录'),
    ...(m.minutes ?? '（无记录正文）').split(/\n+/).filter((p) => p.trim()).map((p) => body(p.trim())),
    heading2('（四）会议决议'),
    ...(m.resolutions ?? '无').split(/\n+/).filter((p) => p.trim()).map((p) => body(p.trim())),
    body(''),
    body('主持人（签字）：　　　　　　　记录人（签字）：'),
  ];
  return writeDocument(blocks, { title });
}
