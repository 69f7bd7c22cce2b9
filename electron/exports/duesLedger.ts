// 党费收缴台账: a row per member (grouped by branch) with each month's dues and payment, the
// year's totals and the months in arrears; a last sheet sums each branch. Amounts in 元.
// Twelve months of 应交/实交 do not fit one A4 width at a readable size, so on A4 the members are
// written as two sheets, 上半年 and 下半年, as offices keep the book; each carries the totals. On
// A3 (the clerk's choice where the office prints A3) the whole year is one sheet at about 6.5 pt.
import type { DuesMemberRow } from '../model/dues';
import { yuan } from '../domain/duesMonths';
import { duesSum, type DuesSum } from '../domain/measures';
import { fenToYuan as money, ledgerSheet, percentToFraction, RED, writeLedger, type LedgerColumn, type LedgerMeta } from './ledgerKit';

const HALVES = [{ name: '上半年', first: 0, months: 6 }, { name: '下半年', first: 6, months: 6 }] as const;
const WHOLE_YEAR = [{ name: '全年', first: 0, months: 12 }] as const;

function baseText(r: DuesMemberRow): string {
  const b = r.base;
  if (!b) return '未登记';
  if (b.kind === '学生') return '学生';
  return `${b.kind} ${yuan(b.baseFen)}${b.overrideFen !== null ? `（核定${yuan(b.overrideFen)}：${b.overrideReason ?? ''}）` : ''}`;
}

/** "1—10月": the months due in the ledger's year on its date (all twelve once the year is over). */
function dueSpan(rows: DuesMemberRow[], today: string): string {
  const year = rows[0]?.months[0]?.month.slice(0, 4) ?? today.slice(0, 4);
  const last = today.slice(0, 4) > year ? 12 : today.slice(0, 4) < year ? 0 : Number(today.slice(5, 7)) - 1;
  return last === 0 ? '无到期月份' : last === 1 ? '1月' : `1—${last}月`;
}

function memberColumns(span: string, first: number, count: number): LedgerColumn<DuesMemberRow>[] {
  const months: LedgerColumn<DuesMemberRow>[] = [];
  for (let i = first; i < first + count; i++) {
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
    { header: `应交（${span}）`, width: 9, value: (r) => money(r.totals.due), format: 'money' },
    { header: `实交（${span}）`, width: 9, value: (r) => money(r.totals.paid), format: 'money' },
    { header: `欠交（${span}）`, width: 9, value: (r) => money(r.totals.arrears), format: 'money', fill: (r) => (r.totals.arrears > 0 ? RED : null) },
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

type BranchSum = DuesSum & { orgName: string };

/** Each branch's sum and the total, all through the one measure (duesSum). */
function branchSums(rows: DuesMemberRow[]): BranchSum[] {
  const by = new Map<number, DuesMemberRow[]>();
  for (const r of rows) {
    const list = by.get(r.orgId);
    if (list) list.push(r);
    else by.set(r.orgId, [r]);
  }
  return [...[...by.values()].map((rs) => ({ orgName: rs[0]!.orgName, ...duesSum(rs) })), { orgName: '合计', ...duesSum(rows) }];
}

function sumColumns(span: string): LedgerColumn<BranchSum>[] {
  return [
    { header: '党支部', width: 26, value: (b) => b.orgName, align: 'left' },
    { header: '党员人数', width: 8, value: (b) => b.members, format: 'integer' },
    { header: `应交（元，${span}）`, width: 12, value: (b) => money(b.due), format: 'money' },
    { header: `实交（元，${span}）`, width: 12, value: (b) => money(b.paid), format: 'money' },
    { header: `欠交（元，${span}）`, width: 12, value: (b) => money(b.arrears), format: 'money', fill: (b) => (b.arrears > 0 ? RED : null) },
    { header: '欠交人数', width: 8, value: (b) => b.inArrears, format: 'integer', fill: (b) => (b.inArrears > 0 ? RED : null) },
    { header: '收缴率', width: 8, value: (b) => percentToFraction(b.rate), format: 'percent' },
    { header: '本月应交（元，进行中）', width: 12, value: (b) => money(b.currentDue), format: 'money' },
    { header: '本月已交（元）', width: 10, value: (b) => money(b.currentPaid), format: 'money' },
    { header: '预交（元）', width: 10, value: (b) => money(b.advance), format: 'money' },
    { header: '未登记基数人数', width: 10, value: (b) => b.withoutBase, format: 'integer' },
  ];
}

export function duesLedger(meta: LedgerMeta, title: string, rows: DuesMemberRow[]): Promise<Buffer> {
  const span = dueSpan(rows, meta.date);
  return writeLedger(meta, [
    ...(meta.paper === 'A3' ? WHOLE_YEAR : HALVES).map((h) =>
      ledgerSheet({ name: `党费收缴（${h.name}）`, title: h.months === 12 ? title : `${title}（${h.name}）`, columns: memberColumns(span, h.first, h.months), rows }),
    ),
    ledgerSheet({ name: '支部汇总', title: `${title.replace(/台账$/, '')}支部汇总`, columns: sumColumns(span), rows: branchSums(rows), fitsA4: true }),
  ]);
}
