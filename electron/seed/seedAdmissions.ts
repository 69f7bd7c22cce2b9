// The demo's members admitted this year and last were put on the roster directly; here each gets
// the 发展党员 record that brought them in, built backwards from the roster's 入党时间 (the 支部大会
// that admitted them) with every interval of 发展党员工作细则 kept and every step on a working day,
// so the 年度总结's 发展党员 count and the 发展党员台账 name the same people. Demo scale only: the
// large seed's thousands of members keep to the pipeline records of seedRecruits.
import type { Db } from '../db/open';
import { replaceParts, saveRecruit, setRecruitMember } from '../db/recruits';
import { nearestWorkday } from '../domain/holidays';
import { addMonths } from '../domain/recruitment';
import type { RecruitFields } from '../model/recruits';

const plus = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A working day near `iso`, never after `latest` nor before `earliest`. */
const workday = (iso: string, earliest: string, latest: string) => nearestWorkday(iso < latest ? iso : latest, earliest, latest) ?? latest;

type Admitted = { id: number; name: string; gender: '男' | '女' | null; birth: string | null; idNumber: string; orgId: number; joinedOn: string; confirmedOn: string | null };

/** The steps from 入党申请 to approval for someone admitted by the 支部大会 on `admitted`. */
export function pathTo(admitted: string, today: string): Pick<RecruitFields, 'appliedOn' | 'talkOn' | 'activistOn' | 'reviews' | 'candidateOn' | 'politicalCheckOn' | 'publicityFrom' | 'publicityTo' | 'approvedOn'> {
  // 审批 within three months of the 支部大会, never after today.
  const approvalBy = addMonths(admitted, 3) < today ? addMonths(admitted, 3) : today;
  const approvedOn = workday(plus(admitted, 30), admitted, approvalBy);
  const publicityTo = workday(plus(admitted, -5), plus(admitted, -20), plus(admitted, -3));
  const publicityFrom = plus(publicityTo, -6); // 公示 five working days
  const politicalCheckOn = workday(plus(publicityFrom, -10), plus(publicityFrom, -30), plus(publicityFrom, -3));
  const candidateOn = workday(plus(politicalCheckOn, -10), plus(politicalCheckOn, -25), plus(politicalCheckOn, -7));
  // 积极分子 a full year before 发展对象, reviewed every five months; 申请 a month or so before that.
  // The whole path takes about 15 months, the least a person admitted young can have had.
  const activistOn = workday(addMonths(candidateOn, -12), addMonths(candidateOn, -13), addMonths(candidateOn, -12));
  const reviews = [5, 10].map((m) => workday(addMonths(activistOn, m), plus(addMonths(activistOn, m), -20), addMonths(activistOn, m)));
  const appliedOn = workday(plus(activistOn, -40), plus(activistOn, -50), plus(activistOn, -30));
  const talkOn = workday(plus(appliedOn, 10), plus(appliedOn, 1), addMonths(appliedOn, 1));
  return { appliedOn, talkOn, activistOn, reviews, candidateOn, politicalCheckOn, publicityFrom, publicityTo, approvedOn };
}

export function seedAdmissions(db: Db, today: string, at: string): void {
  const since = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const admitted = db
    .prepare(`SELECT m.id, m.name, m.gender, m.birth_date AS birth, m.id_number AS idNumber, m.org_id AS orgId, m.joined_on AS joinedOn, m.confirmed_on AS confirmedOn FROM members m
      WHERE m.joined_on >= ? AND m.status = '在册' AND NOT EXISTS (SELECT 1 FROM recruits r WHERE r.member_id = m.id) ORDER BY m.id`)
    .all(since) as Admitted[];
  // 入党介绍人: two 正式党员 of that day, of the person's own branch where it has them (a young student
  // branch may not: then a teacher of the college introduces them).
  const introducers = db.prepare(`SELECT id, name FROM members WHERE id <> ? AND member_type = '正式党员' AND coalesce(confirmed_on, '') <= ? AND status = '在册'
    ORDER BY org_id = ? DESC, confirmed_on, id LIMIT 2`);
  const entitled = db.prepare("SELECT count(*) FROM members WHERE org_id = ? AND member_type = '正式党员' AND status = '在册'").pluck();
  for (const m of admitted) {
    const path = pathTo(m.joinedOn, today);
    const voters = Math.max(3, entitled.get(m.orgId) as number);
    const { reviews, ...steps } = path;
    const f: Omit<RecruitFields, 'reviews' | 'introducers'> = {
      name: m.name, idNumber: m.idNumber, gender: m.gender ?? '男', birthDate: m.birth, orgId: m.orgId, mentor: null, ...steps,
      trainingDays: 3, trainingHours: 24, admissionMeetingOn: m.joinedOn, admissionEntitled: voters, admissionYes: voters - (voters > 6 ? 1 : 0),
      // The roster's 转正 date is the 支部大会 that discussed it; approved the same day as the roster records it.
      extensionMonths: 0, confirmationMeetingOn: m.confirmedOn, confirmationEntitled: m.confirmedOn ? voters : null, confirmationYes: m.confirmedOn ? voters : null,
      // 入党宣誓 in the days after the 上级党委's approval; the 转正申请 three weeks or so before the 转正 支部大会.
      confirmationApprovedOn: m.confirmedOn, confirmationAppliedOn: m.confirmedOn ? workday(plus(m.confirmedOn, -20), plus(m.confirmedOn, -30), plus(m.confirmedOn, -7)) : null,
      oathOn: workday(plus(path.approvedOn!, 5), path.approvedOn!, today > path.approvedOn! ? today : path.approvedOn!), notes: null,
    };
    const id = saveRecruit(db, undefined, f, at);
    const named = (introducers.all(m.id, m.joinedOn, m.orgId) as { id: number; name: string }[]).map((i) => ({ memberId: i.id, name: i.name }));
    replaceParts(db, id, reviews, named);
    setRecruitMember(db, id, m.id);
  }
}
