// The year's figures of the committee or one 党总支 / 党支部, read from the records through the
// same queries and rules the other screens use (三会一课 compliance, 学时 assessment, 分类定级),
// so a figure in a summary report is the figure the clerk sees on that screen.
import { gradeCountsByOrg } from '../../db/evaluations';
import { listNominees, listRounds } from '../../db/awards';
import { gradingsOfYear } from '../../db/grading';
import { meetingCounts } from '../../db/meetings';
import type { Db } from '../../db/open';
import { branchInfos, getOrg } from '../../db/orgs';
import { listRecruits } from '../../db/recruits';
import { rectificationsOfYear } from '../../db/rectifications';
import * as statsDb from '../../db/stats';
import { complianceMatrix, indexCounts, type BranchInfo } from '../../domain/compliance';
import { topBandShare } from '../../domain/cycle';
import { MEETING_TYPES } from '../../domain/glossary';
import * as measures from '../../domain/measures';
import { hoursDistribution, percent, round1, tally } from '../../domain/stats';
import { cachedYearRows, yearRows } from '../shared/duesRows';
import type { YearStats } from '../contract/reports';
import type { ChartFigures } from '../../model/reports';
import { readRules } from '../shared/ruleSets';
import { readCycleRules } from '../shared/ruleSets';
import { assessYear } from '../shared/hoursAssessment';
import { withDeadline } from '../shared/deadlines';
import { scopeName } from '../shared/ledgerFile';
import { tasksWithTargets } from '../shared/deadlines';

type Span = { year: number; from: string; to: string; today: string; orgId?: number; path: string | null };

function spanOf(db: Db, year: number, today: string, orgId?: number): { s: Span; branches: BranchInfo[] } {
  const s: Span = { year, from: `${year}-01-01`, to: measures.asOfDay(year, today), today, orgId, path: statsDb.pathOfOrg(db, orgId) };
  // The branches 分类定级 lists for the year (those not dissolved before it began).
  return { s, branches: branchInfos(db, orgId).filter((b) => !b.dissolvedOn || b.dissolvedOn >= s.from) };
}

/** The figures the charts draw (part of the year's figures): a report can start drawing them before the rest is known. */
export function chartFigures(db: Db, year: number, today: string, orgId?: number): ChartFigures {
  const { s, branches } = spanOf(db, year, today, orgId);
  const hours = hoursFigures(db, s);
  const grading = gradingFigures(db, year, branches.map((b) => b.id));
  return {
    year,
    asOf: s.to,
    running: s.to < `${year}-12-31`,
    branches: branches.length,
    meetings: meetingFigures(db, s, branches),
    averageHours: hours.average,
    hours: hours.figures,
    grading: grading.figures,
    advancedShare: grading.percent,
  };
}

/**
 * `stamp` (ctx.dataStamp()) lets the 党费 rows be shared with the 党费 page and ledger until the data
 * changes; `charted`, the chart figures already worked out for the same year, scope and day.
 */
export function yearStats(db: Db, year: number, today: string, orgId?: number, stamp?: string, charted?: ChartFigures): YearStats {
  const { s, branches } = spanOf(db, year, today, orgId);
  const branchIds = branches.map((b) => b.id);
  return {
    ...(charted ?? chartFigures(db, year, today, orgId)),
    orgId: orgId ?? null,
    scope: scopeName(db, orgId),
    scopeKind: orgId === undefined ? 'committee' : (getOrg(db, orgId)?.kind as YearStats['scopeKind']),
    generalBranches: statsDb.generalBranchesDuring(db, s.from, s.to, s.path),
    ...memberFigures(db, s),
    recruitment: recruitFigures(db, s),
    commitments: statsDb.commitmentCounts(db, year, new Set(branchIds), readCycleRules(db).ratingScale),
    evaluations: evaluationFigures(db, year, branchIds),
    awards: awardFigures(db, s),
    rectifications: rectificationFigures(db, s),
    tasks: taskFigures(db, s),
    dues: duesFigures(db, s, stamp),
    definitions: measures.MEASURES,
  };
}

/** Grades as 分类定级 stores them and its share rule (the evidence beside the sheets is not needed here). */
function gradingFigures(db: Db, year: number, branchIds: number[]): { figures: YearStats['grading']; percent: number | null } {
  const rules = readCycleRules(db).grading;
  const stored = gradingsOfYear(db, year);
  const grades = branchIds.map((id) => stored.get(id)?.grade ?? null);
  const share = topBandShare(grades, rules.bands);
  const order = [...rules.bands].sort((a, b) => b.min - a.min).map((b) => b.grade);
  return {
    figures: { graded: share.graded, grades: tally(grades, order).map(({ key, count }) => ({ grade: key, count, percent: percent(count, share.graded) })), top: share.top, topCount: share.count, target: Math.round(rules.advancedTarget * 100) },
    percent: share.percent,
  };
}

/** The roster at both ends of the year and the people who came, left or were confirmed, reconciled across both records. */
function memberFigures(db: Db, s: Span) {
  const end = statsDb.membersOn(db, s.to, s.path);
  const leftBy = statsDb.leftBetween(db, s.from, s.to, s.path);
  const roster = statsDb.rosterPeople(db, s.path);
  const recruits = statsDb.recruitPeople(db, s.path);
  const ps = measures.people(roster, recruits);
  return {
    members: end.total,
    probationary: end.probationary,
    membersAtStart: statsDb.membersOn(db, `${s.year - 1}-12-31`, s.path).total,
    joined: measures.admittedBetween(ps, s.from, s.to),
    transferredIn: measures.arrivedBetween(roster, s.from, s.to),
    left: Object.values(leftBy).reduce((a, b) => a + b, 0),
    leftBy,
    confirmed: measures.confirmedBetween(ps, s.from, s.to),
    dateDisagreements: measures.dateDisagreements(roster, recruits).map(measures.disagreementText),
  };
}

/** Steps of the 发展党员 path taken in the year (admission and 转正 are the reconciled people figures). */
function recruitFigures(db: Db, s: Span): YearStats['recruitment'] {
  const rs = listRecruits(db, s.path ?? undefined);
  const inYear = (d: string | null) => d !== null && d >= s.from && d <= s.to;
  return {
    applied: rs.filter((r) => inYear(r.appliedOn)).length,
    activists: rs.filter((r) => inYear(r.activistOn)).length,
    candidates: rs.filter((r) => inYear(r.candidateOn)).length,
  };
}

function meetingFigures(db: Db, s: Span, branches: BranchInfo[]): YearStats['meetings'] {
  const orgIds = statsDb.orgIdsUnder(db, s.path);
  const counts = meetingCounts(db, s.year).filter((c) => orgIds.has(c.orgId) && `${c.month}-01` <= s.to);
  const byMonth = new Array<number>(measures.monthsBegun(s.year, s.to)).fill(0);
  for (const c of counts) byMonth[Number(c.month.slice(5, 7)) - 1]! += c.count;
  const byType = MEETING_TYPES.map((type) => ({ type, count: counts.filter((c) => c.type === type).reduce((a, c) => a + c.count, 0) })).filter((t) => t.count > 0);
  const idx = indexCounts(counts);
  const matrices = readRules(db)
    .meetings.filter((r) => r.enabled)
    .map((rule) => complianceMatrix(rule, branches, idx, s.year, s.today));
  const rules = matrices.map((mx) => measures.ruleFigures(mx, s.today));
  const periodsDone = rules.reduce((a, r) => a + r.done, 0);
  const periodsDue = rules.reduce((a, r) => a + r.due, 0);
  const b = measures.branchFigures(matrices, branches.map((x) => x.id), s.today);
  return {
    held: counts.reduce((a, c) => a + c.count, 0),
    byType,
    byMonth,
    rules,
    periodsDone,
    periodsDue,
    compliancePercent: measures.completion(periodsDone, periodsDue),
    branchesNoneMissed: b.noneMissed,
    branchesAllMet: b.allMet,
  };
}

function hoursFigures(db: Db, s: Span): { average: number; figures: YearStats['hours'] } {
  const a = assessYear(db, s.year, s.today, s.orgId, s.orgId === undefined);
  const totals = a.rows.map((r) => r.total);
  const required = a.profile.per === 'quarter' ? a.profile.member * 4 : a.profile.member;
  return {
    average: totals.length ? round1(totals.reduce((x, y) => x + y, 0) / totals.length) : 0,
    figures: {
      members: a.rows.length,
      perPeriod: a.periods.map((p, i) => measures.hoursPeriodFigure(p, a.rows.map((r) => r.results[i]!), s.today)),
      membersShort: a.rows.filter((r) => r.results.some((x) => x.status === 'short')).length,
      required,
      distribution: hoursDistribution(totals, required),
    },
  };
}

function evaluationFigures(db: Db, year: number, branchIds: number[]): YearStats['evaluations'] {
  const byOrg = gradeCountsByOrg(db, year);
  const sum = new Map<string, number>();
  for (const id of branchIds) for (const [g, n] of Object.entries(byOrg.get(id) ?? {})) sum.set(g, (sum.get(g) ?? 0) + n);
  const grades = ['优秀', '合格', '基本合格', '不合格'].map((grade) => ({ grade, count: sum.get(grade) ?? 0 }));
  return { total: grades.reduce((a, g) => a + g.count, 0), grades };
}

function awardFigures(db: Db, s: Span): YearStats['awards'] {
  const orgIds = statsDb.orgIdsUnder(db, s.path);
  const rounds = listRounds(db, s.year);
  const byTitle = rounds
    .filter((r) => r.finalisedAt !== null)
    .map((r) => ({ title: r.title, awarded: listNominees(db, r.id).filter((n) => n.awarded && orgIds.has(n.orgId)).length }));
  return { rounds: rounds.length, finalised: byTitle.length, awarded: byTitle.reduce((a, t) => a + t.awarded, 0), byTitle };
}

function rectificationFigures(db: Db, s: Span): YearStats['rectifications'] {
  const rows = rectificationsOfYear(db, s.year, s.orgId).map((r) => withDeadline(r, s.today));
  return {
    total: rows.length,
    done: rows.filter((r) => r.status === '已完成').length,
    inProgress: rows.filter((r) => r.status === '整改中').length,
    notStarted: rows.filter((r) => r.status === '未开始').length,
    overdue: rows.filter((r) => r.overdue).length,
  };
}

function taskFigures(db: Db, s: Span): YearStats['tasks'] {
  const tasks = tasksWithTargets(db, { year: s.year, orgId: s.orgId }, s.today);
  const targets = tasks.flatMap((t) => t.targets);
  return {
    tasks: tasks.length,
    targets: targets.length,
    onTime: targets.filter((t) => t.state === '已报送').length,
    late: targets.filter((t) => t.state === '逾期报送').length,
    missing: targets.filter((t) => t.state === '未报送（逾期）').length,
    pending: targets.filter((t) => t.state === '未报送').length,
  };
}

/** The year's 党费 over the months due by asOf; the running month apart. */
function duesFigures(db: Db, s: Span, stamp?: string): YearStats['dues'] {
  const current = s.today.slice(0, 7);
  const running = current.startsWith(String(s.year));
  return {
    ...measures.duesSum(stamp === undefined ? yearRows(db, s.year, s.today, { orgId: s.orgId }) : cachedYearRows(db, s.year, s.today, s.orgId, stamp)),
    monthsDue: measures.monthsBegun(s.year, s.to) - (running ? 1 : 0),
    currentMonth: running ? current : null,
  };
}
