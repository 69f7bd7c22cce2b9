// 三会一课 compliance as pure functions over meeting counts: no database, no dates from the clock.
import type { MeetingType } from './glossary';
import { months, quarters, yearPeriod, type Period } from './periods';
import type { MeetingRule, RuleSet } from './rules';

export type BranchInfo = { id: number; name: string; foundedOn: string | null; dissolvedOn: string | null; hasGroups: boolean };
/** Meetings held: one entry per branch, type and month ("2026-03"). */
export type MeetingCount = { orgId: number; type: MeetingType; month: string; count: number };
export type CellStatus = 'done' | 'missing' | 'pending' | 'notDue' | 'na';
/** `note`: on a cell that asks nothing of the branch ('na'), the sentence saying why. */
export type Cell = { status: CellStatus; count: number; note?: string };
export type MatrixRow = { orgId: number; name: string; cells: Cell[]; missing: number };
export type RuleMatrix = { rule: MeetingRule; periods: Period[]; rows: MatrixRow[] };

export function periodsFor(rule: MeetingRule, year: number): Period[] {
  return rule.per === 'month' ? months(year) : rule.per === 'quarter' ? quarters(year) : [yearPeriod(year)];
}

/** Counts by branch and type, as twelve monthly numbers (one year's worth). */
export type CountIndex = Map<string, number[]>;

export function indexCounts(counts: MeetingCount[]): CountIndex {
  const idx: CountIndex = new Map();
  for (const c of counts) {
    const k = `${c.orgId}|${c.type}`;
    let months = idx.get(k);
    if (!months) idx.set(k, (months = new Array<number>(12).fill(0)));
    months[Number(c.month.slice(5, 7)) - 1]! += c.count;
  }
  return idx;
}

function countIn(idx: CountIndex, orgId: number, types: readonly MeetingType[], p: Period): number {
  const m1 = Number(p.from.slice(5, 7)) - 1;
  const m2 = Number(p.to.slice(5, 7)) - 1;
  let n = 0;
  for (const t of types) {
    const months = idx.get(`${orgId}|${t}`);
    if (months) for (let m = m1; m <= m2; m++) n += months[m]!;
  }
  return n;
}

export function existedDuring(b: BranchInfo, p: Period): boolean {
  return (!b.foundedOn || b.foundedOn <= p.to) && (!b.dissolvedOn || b.dissolvedOn >= p.from);
}

export function cellStatus(count: number, min: number, p: Period, today: string): CellStatus {
  if (count >= min) return 'done';
  if (p.to < today) return 'missing';
  if (p.from <= today) return 'pending';
  return 'notDue';
}

export function applies(rule: MeetingRule, b: BranchInfo): boolean {
  return rule.enabled && (!rule.onlyWithGroups || b.hasGroups);
}

/** Why a rule asks nothing of a branch in a period (the matrix's "—"), or null when it does. */
export function notRequired(rule: MeetingRule, b: BranchInfo, p: Period): string | null {
  if (!rule.enabled) return `${rule.label}的检查已停用`;
  if (rule.onlyWithGroups && !b.hasGroups) return `${b.name}未设党小组，不要求召开${rule.label}`;
  if (b.foundedOn && b.foundedOn > p.to) return `${b.name}${b.foundedOn}成立，${p.label}尚未成立，不要求开展${rule.label}`;
  if (b.dissolvedOn && b.dissolvedOn < p.from) return `${b.name}已于${b.dissolvedOn}撤销，${p.label}不要求开展${rule.label}`;
  return null;
}

export function complianceMatrix(rule: MeetingRule, branches: BranchInfo[], idx: CountIndex, year: number, today: string): RuleMatrix {
  const periods = periodsFor(rule, year);
  const rows = branches.map((b) => {
    const cells = periods.map((p): Cell => {
      const note = notRequired(rule, b, p); // null exactly when the rule applies and the branch existed
      if (note !== null) return { status: 'na', count: countIn(idx, b.id, rule.types, p), note };
      const count = countIn(idx, b.id, rule.types, p);
      return { status: cellStatus(count, rule.min, p, today), count };
    });
    return { orgId: b.id, name: b.name, cells, missing: cells.filter((c) => c.status === 'missing').length };
  });
  return { rule, periods, rows };
}

/** `missed`: a period that has ended fell short (only then is the count shown as short). */
export type YearCount = { ruleId: string; label: string; count: number; min: number; expected: number; ok: boolean; missed: boolean };

/** Per branch: each rule's count for the year against what it should reach by year end. */
export function yearlyCounts(rules: RuleSet, b: BranchInfo, idx: CountIndex, year: number, today: string): YearCount[] {
  return rules.meetings
    .filter((r) => applies(r, b))
    .map((r) => {
      const periods = periodsFor(r, year).filter((p) => existedDuring(b, p));
      const expected = periods.length * r.min;
      const count = countIn(idx, b.id, r.types, yearPeriod(year));
      const missed = periods.some((p) => cellStatus(countIn(idx, b.id, r.types, p), r.min, p, today) === 'missing');
      return { ruleId: r.id, label: r.label, count, min: r.min, expected, ok: count >= expected, missed };
    });
}

export type CommitteeMember = { orgId: number; orgName: string; memberId: number | null; name: string; role: string };

/** 支部委员 who have not given the required 党课 this year (lecturers matched by member or name). */
export function lecturesOwed(
  members: CommitteeMember[],
  lectures: { orgId: number; lecturerMemberId: number | null; lecturer: string | null }[],
  min: number,
): (CommitteeMember & { given: number })[] {
  return members
    .map((m) => ({
      ...m,
      given: lectures.filter((l) => l.orgId === m.orgId && ((m.memberId !== null && l.lecturerMemberId === m.memberId) || l.lecturer === m.name)).length,
    }))
    .filter((m) => m.given < min);
}

export type Todo = { orgId: number; orgName: string; ruleId: string; text: string; due: string };

/** This month's and this quarter's open obligations, and yearly ones still short, across branches. */
export function openTodos(rules: RuleSet, branches: BranchInfo[], idx: CountIndex, today: string): Todo[] {
  const year = Number(today.slice(0, 4));
  const out: Todo[] = [];
  for (const rule of rules.meetings) {
    const current = periodsFor(rule, year).find((p) => p.from <= today && today <= p.to);
    if (!current) continue;
    for (const b of branches) {
      if (!applies(rule, b) || !existedDuring(b, current)) continue;
      const count = countIn(idx, b.id, rule.types, current);
      if (count >= rule.min) continue;
      const when = rule.per === 'month' ? '本月' : rule.per === 'quarter' ? '本季度' : '今年';
      const text =
        rule.per === 'year'
          ? `${when}${rule.label}已开展 ${count} 次，还差 ${rule.min - count} 次（至少 ${rule.min} 次）`
          : `${when}尚未开展${rule.label}${rule.min > 1 ? `（至少 ${rule.min} 次，已开展 ${count} 次）` : ''}`;
      out.push({ orgId: b.id, orgName: b.name, ruleId: rule.id, text, due: current.to });
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due) || a.orgName.localeCompare(b.orgName, 'zh'));
}
