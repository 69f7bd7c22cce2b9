// 党费收缴台账: a row per member (grouped by branch) with each month's dues and payment, the
// year's totals and the months in arrears; a last sheet sums each branch. Amounts in 元.
// Twelve months of 应交/实交 do not fit one A4 width at a readable size, so the members are
// written as two sheets, 上半年 and 下半年, as offices keep the book; each carries the year's totals.
import type { DuesMemberRow } from '../api/contract';
import { yuan } from '../domain/duesMonths';
import { fenToYuan as money, ledgerSheet, ratio, RED, writeLedger, type LedgerColumn, type LedgerMeta } from './ledgerKit';

const HALVES = [{ name: '上半年', first: 0 }, { name: '下半年', first: 6 }] as const;

function baseText(r: DuesMemberRow): string {
  const b = r.base;
  if (!b) return '未登记';
  if (b.kind === '学生') return '学生';
  return `${b.kind} ${yuan(b.baseFen)}${b.overrideFen !== null ? `（核定${yuan(b.overrideFen)}：${b.overrideReason ?? ''}）` : ''}`;
}

function memberColumns(first: number): LedgerColumn<DuesMemberRow>[] {
  const months: LedgerColumn<DuesMemberRow>[] = [];
  for (let i = first; i < first + 6; i++) {
    months.push(
      { header: `${i + 1}月应交`, width: 8, value: (r) => money(r.months[i]?.due ?? null), format: 'money' },
      { header: `${i + 1}月实交`, width: 8, value: (r) => (r.months[i]?.owed || r.months[i]?.paid ? money(r.months[i]!.paid) : null), format: 'money', fill: (r) => ((r.months[i]?.arrears ?? 0) > 0 ? RED : null) },
    );
  }
  return [
    { header: '党支部', width: 24, value: (r) => r.orgName, align: 'left' },
    { header: '姓名', width: 8, value: (r) => r.name },
    { header: '缴纳基数（元）', width: 16, value: baseText, align: 'left' },
    { header: '月应交', width: 8, value: (r) => money(r.base?.monthlyFen ?? null), format: 'money' },
    ...months,
    { header: '全年应交', width: 9, value: (r) => money(r.totals.due), format: 'money' },
    { header: '全年实交', width: 9, value: (r) => money(r.totals.paid), format: 'money' },
    { header: '欠交（至上月）', width: 9, value: (r) => money(r.totals.arrears), format: 'money', fill: (r) => (r.totals.arrears > 0 ? RED : null) },
    { header: '欠交月份', width: 12, value: (r) => arrearsMonths(r), align: 'left' },
  ];
}

/** "3月、7—9月": the months still owing, runs of months joined. */
export function arrearsMonths(r: DuesMemberRow): string {
  const owing = r.months.map((m, i) => (m.arrears > 0 ? i + 1 : 0)).filter((n) => n > 0);
  const parts: string[] = [];
  for (let i = 0; i < owing.length; i++) {
    let j = i;
    while (j + 1 < owing.length && owing[j + 1] === owing[j]! + 1) j++;
    parts.push(j > i ? `${owing[i]}—${owing[j]}月` : `${owing[i]}月`);
    i = j;
  }
  return parts.join('、');
}

type BranchSum = { orgName: string; members: number; due: number; paid: number; arrears: number; inArrears: number; withoutBase: number };

function branchSums(rows: DuesMemberRow[]): BranchSum[] {
  const by = new Map<number, BranchSum>();
  for (const r of rows) {
    let b = by.get(r.orgId);
    if (!b) by.set(r.orgId, (b = { orgName: r.orgName, members: 0, due: 0, paid: 0, arrears: 0, inArrears: 0, withoutBase: 0 }));
    b.members++;
    b.due += r.totals.due;
    b.paid += r.totals.paid;
    b.arrears += r.totals.arrears;
    if (r.totals.arrears > 0) b.inArrears++;
    if (!r.base) b.withoutBase++;
  }
  const all = [...by.values()];
  const total = all.reduce((t, b) => ({ ...t, members: t.members + b.members, due: t.due + b.due, paid: t.paid + b.paid, arrears: t.arrears + b.arrears, inArrears: t.inArrears + b.inArrears, withoutBase: t.withoutBase + b.withoutBase }), { orgName: '合计', members: 0, due: 0, paid: 0, arrears: 0, inArrears: 0, withoutBase: 0 });
  return [...all, total];
}

const SUM_COLUMNS: LedgerColumn<BranchSum>[] = [
  { header: '党支部', width: 26, value: (b) => b.orgName, align: 'left' },
  { header: '党员人数', width: 8, value: (b) => b.members, format: 'integer' },
  { header: '应交（元）', width: 12, value: (b) => money(b.due), format: 'money' },
  { header: '实交（元）', width: 12, value: (b) => money(b.paid), format: 'money' },
  { header: '欠交（元，至上月）', width: 12, value: (b) => money(b.arrears), format: 'money', fill: (b) => (b.arrears > 0 ? RED : null) },
  { header: '欠交人数', width: 8, value: (b) => b.inArrears, format: 'integer', fill: (b) => (b.inArrears > 0 ? RED : null) },
  { header: '未登记基数人数', width: 10, value: (b) => b.withoutBase, format: 'integer' },
  { header: '收缴率', width: 8, value: (b) => ratio(Math.min(b.paid, b.due), b.due), format: 'percent' },
];

export function duesLedger(meta: LedgerMeta, title: string, rows: DuesMemberRow[]): Promise<Buffer> {
  return writeLedger(meta, [
    ...HALVES.map((h) => ledgerSheet({ name: `党费收缴（${h.name}）`, title: `${title}（${h.name}）`, columns: memberColumns(h.first), rows })),
    ledgerSheet({ name: '支部汇总', title: `${title.replace(/台账$/, '')}支部汇总`, columns: SUM_COLUMNS, rows: branchSums(rows) }),
  ]);
}
