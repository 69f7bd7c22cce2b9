// The sentences of the summary reports, each built from the year's figures (stats) only: no figure
// in a report is typed, so every number a superior reads is one the records give.
import type { YearStats } from '../model/reports';
import { formatChineseDate } from '../domain/dates';
import { monthDay } from '../domain/measures';

const list = (parts: string[]): string => parts.join('、');
const nonZero = <T extends { count: number }>(xs: T[]) => xs.filter((x) => x.count > 0);

export function orgSentence(s: YearStats): string {
  if (s.scopeKind === 'branch') return `截至${formatChineseDate(s.asOf)}，${s.scope}有党员${s.members}名，其中预备党员${s.probationary}名。`;
  // A 党总支 does not count itself ("党总支共有党总支1个"); a committee without any names none.
  const general = s.scopeKind === 'committee' && s.generalBranches > 0 ? `党总支${s.generalBranches}个、` : '';
  return `截至${formatChineseDate(s.asOf)}，${s.scope}共有${general}党支部${s.branches}个，党员${s.members}名，其中预备党员${s.probationary}名。`;
}

export function memberChangeSentence(s: YearStats): string {
  const left = Object.entries(s.leftBy).map(([status, n]) => `${status}${n}名`);
  const came = `发展党员（接收预备党员）${s.joined}名${s.transferredIn ? `、转入${s.transferredIn}名` : ''}`;
  return `年初有党员${s.membersAtStart}名，全年${came}，减少${s.left}名${left.length ? `（${list(left)}）` : ''}。`;
}

export function recruitSentence(s: YearStats): string {
  const r = s.recruitment;
  if (r.applied + r.activists + r.candidates + s.joined + s.confirmed === 0) return '本年度没有发展党员工作记录。';
  const disagree = s.dateDisagreements.length ? `花名册与发展党员记录中有${s.dateDisagreements.length}处日期不一致，须核对后更正。` : '';
  return `全年收到入党申请${r.applied}份，确定入党积极分子${r.activists}名、发展对象${r.candidates}名，接收预备党员${s.joined}名，预备党员转正${s.confirmed}名。${disagree}`;
}

/** "截至11月27日" while the year runs, nothing once it is over. */
const asOfPrefix = (s: YearStats) => (s.running ? `截至${formatChineseDate(s.asOf)}，` : '');

export function meetingSentences(s: YearStats): string[] {
  const m = s.meetings;
  const types = nonZero(m.byType).map((t) => `${t.type}${t.count}次`);
  const held = `${asOfPrefix(s)}全年共召开会议${m.held}次${types.length ? `，其中${list(types)}` : ''}。`;
  if (!m.periodsDue && !m.rules.some((r) => r.running)) return [held, '本年度尚无到期的三会一课检查项。'];
  const rate = m.periodsDue ? `已结束的月份、季度应开展${m.periodsDue}项次，已按规定开展${m.periodsDone}项次，完成率${m.compliancePercent ?? 0}%` : '尚无已结束的检查期间';
  return [held, `对照三会一课制度的规定逐月、逐季检查，${asOfPrefix(s)}${rate}；${wholeSentence(s)}。`];
}

/** 全部完成 only for branches that met every rule in every period begun; a running year says so. */
function wholeSentence(s: YearStats): string {
  const m = s.meetings;
  if (s.scopeKind === 'branch') {
    if (m.branchesAllMet) return s.running ? '已开始的各项要求（含年度要求）均已达到，全年工作进行中' : '各项要求全部完成';
    return m.branchesNoneMissed ? '已结束的期间均按规定开展，尚有进行中或年度要求未达到的项目' : '尚有未按规定开展的项目';
  }
  const open = m.rules.filter((r) => r.running && r.running.met < r.running.branches).map((r) => `${r.label}${r.running!.branches - r.running!.met}个`);
  const running = s.running && open.length ? `；进行中的要求尚未达到的党支部：${list(open)}` : '';
  // A zero is said as a sentence, never "0个党支部各项要求全部完成".
  const none = m.branchesNoneMissed ? `已结束的期间均按规定开展的${m.branchesNoneMissed}个` : '各党支部已结束的期间均有未按规定开展的项目';
  const allLabel = s.running ? '已开始的各项要求（含年度要求）均已达到' : '各项要求全部完成';
  const all = m.branchesAllMet ? `${allLabel}的${m.branchesAllMet}个` : `尚无${allLabel}的党支部`;
  return `${s.branches}个党支部中，${none}，${all}${running}`;
}

export function hoursSentences(s: YearStats): string[] {
  const h = s.hours;
  const out = [`${asOfPrefix(s)}全年参加学时统计的党员${h.members}名，人均全年学时${s.averageHours}学时（每名党员全年应达${h.required}学时）。`];
  const periods = h.perPeriod
    .filter((p) => p.assessed > 0 && p.state !== 'notStarted')
    .map((p) =>
      p.state === 'ended'
        ? `${p.label}参加考核${p.assessed}名，人均${p.average}学时，达到要求${p.met}名、未达标${p.short}名，达标率${p.rate ?? 0}%`
        : `${p.label}进行中，截至${monthDay(s.asOf)}，${p.assessed}名党员人均${p.average}学时，已达到要求${p.met}名、尚未达到${p.notYetMet}名`,
    );
  if (periods.length) out.push(`${periods.join('；')}。`);
  out.push(h.membersShort ? `已结束的考核期中，有${h.membersShort}名党员至少一个考核期未达到学时要求。` : '已结束的考核期中，参加考核的党员均达到学时要求。');
  return out;
}

export function commitmentSentence(s: YearStats): string {
  const c = s.commitments;
  if (c.total === 0) return '本年度没有公开承诺记录。';
  const ratings = c.ratings.map((r) => `${r.rating}${r.count}项`);
  return `全年作出公开承诺${c.total}项（党支部${c.branch}项、党员${c.member}项），已评诺${c.rated}项${ratings.length ? `，其中${list(ratings)}` : ''}。`;
}

export function evaluationSentence(s: YearStats): string {
  const e = s.evaluations;
  if (e.total === 0) return '本年度没有民主评议党员结果记录。';
  return `参加民主评议的党员${e.total}名，评定为${list(e.grades.map((g) => `${g.grade}${g.count}名`))}。`;
}

export function gradingSentence(s: YearStats): string {
  const g = s.grading;
  if (s.scopeKind === 'branch') {
    const grade = g.grades.find((x) => x.count > 0)?.grade;
    return grade ? `本年度分类定级结果为“${grade}”。` : '本年度尚未完成分类定级。';
  }
  if (g.graded === 0) return `${s.branches}个党支部本年度尚未完成分类定级。`;
  const met = s.advancedShare !== null && s.advancedShare >= g.target;
  return (
    `${s.branches}个党支部中已定级${g.graded}个，其中${list(g.grades.map((x) => `${x.grade}${x.count}个`))}；` +
    `${g.top}党支部占已定级党支部的${s.advancedShare ?? 0}%，${met ? '达到' : '未达到'}${g.target}%以上党支部达到“${g.top}”标准的目标。`
  );
}

export function awardSentence(s: YearStats): string {
  const a = s.awards;
  if (a.rounds === 0) return '本年度未开展表彰。';
  if (a.awarded === 0) return `全年开展评选表彰${a.rounds}项，${a.finalised ? `已确定表彰结果${a.finalised}项，未表彰集体和个人` : '均在评选中，尚未确定表彰结果'}。`;
  const titles = nonZero(a.byTitle.map((t) => ({ ...t, count: t.awarded }))).map((t) => `“${t.title}”${t.awarded}个（名）`);
  return `全年开展评选表彰${a.rounds}项，已确定表彰结果${a.finalised}项，共表彰${a.awarded}个（名）${titles.length ? `：${list(titles)}` : ''}。`;
}

export function rectificationSentence(s: YearStats): string {
  const r = s.rectifications;
  if (r.total === 0) return '本年度没有整改事项记录。';
  return `全年列入整改事项${r.total}项，已完成${r.done}项、整改中${r.inProgress}项、未开始${r.notStarted}项，其中逾期未完成${r.overdue}项。`;
}

export function taskSentence(s: YearStats): string {
  const t = s.tasks;
  if (t.tasks === 0) return '本年度没有上级布置的材料报送任务。';
  return `上级布置材料报送任务${t.tasks}项，应报送${t.targets}份次，按时报送${t.onTime}份次、逾期报送${t.late}份次、逾期未报送${t.missing}份次、尚未到截止日期${t.pending}份次。`;
}

export function duesSentence(s: YearStats): string {
  const d = s.dues;
  if (d.members === 0) return '本年度没有党费收缴记录。';
  const yuan = (fen: number) => (fen / 100).toFixed(2);
  const through = d.monthsDue === 12 ? '全年' : `截至${d.monthsDue}月底`;
  const due = d.due ? `${through}应交党费${yuan(d.due)}元，实交${yuan(d.paid)}元，欠交${yuan(d.arrears)}元（${d.inArrears}人），收缴率${d.rate ?? 0}%` : '本年度尚无到期的党费';
  const current = d.currentMonth ? `；本月进行中，应交${yuan(d.currentDue)}元，已交${yuan(d.currentPaid)}元` : '';
  return `${due}${current}${d.withoutBase ? `；${d.withoutBase}名党员未登记缴纳基数` : ''}。`;
}
