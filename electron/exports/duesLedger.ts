// 党费收缴台账: a row per member (grouped by branch) with each month's dues and payment, the
// year's totals and the months in arrears; a second sheet sums each branch. Amounts in 元.
import type { DuesMemberRow } from '../api/contract';
import { yuan } from '../domain/duesMonths';
import { duesSum, type DuesSum } from '../domain/measures';
import { ledgerSheet, RED, writeLedger, type LedgerColumn, type LedgerMeta } from './ledgerKit';

const money = (fen: number | null): number | null => (fen === null ? null : fen / 100);

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

function memberColumns(span: string): LedgerColumn<DuesMemberRow>[] {
  const months: LedgerColumn<DuesMemberRow>[] = [];
  for (let i = 0; i < 12; i++) {
    months.push(
      { header: `${i + 1}月应交`, width: 6, value: (r) => money(r.months[i]?.due ?? null), align: 'right' },
      { header: `${i + 1}月实交`, width: 6, value: (r) => (r.months[i]?.owed || r.months[i]?.paid ? money(r.months[i]!.paid) : null), align: 'right', fill: (r) => ((r.months[i]?.arrears ?? 0) > 0 ? RED : null) },
    );
  }
  return [
    { header: '党支部', width: 24, value: (r) => r.orgName, align: 'left' },
    { header: '姓名', width: 8, value: (r) => r.name },
    { header: '缴纳基数（元）', width: 16, value: baseText, align: 'left' },
    { header: '月应交', width: 7, value: (r) => money(r.base?.monthlyFen ?? null), align: 'right' },
    ...months,
    { header: `应交（${span}）`, width: 8, value: (r) => money(r.totals.due), align: 'right' },
    { header: `实交（${span}）`, width: 8, value: (r) => money(r.totals.paid), align: 'right' },
    { header: `欠交（${span}）`, width: 8, value: (r) => money(r.totals.arrears), align: 'right', fill: (r) => (r.totals.arrears > 0 ? RED : null) },
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
  for (const r of rows) by.set(r.orgId, [...(by.get(r.orgId) ?? []), r]);
  return [...[...by.values()].map((rs) => ({ orgName: rs[0]!.orgName, ...duesSum(rs) })), { orgName: '合计', ...duesSum(rows) }];
}

function sumColumns(span: string): LedgerColumn<BranchSum>[] {
  return [
    { header: '党支部', width: 26, value: (b) => b.orgName, align: 'left' },
    { header: '党员人数', width: 8, value: (b) => b.members },
    { header: `应交（元，${span}）`, width: 12, value: (b) => b.due / 100, align: 'right' },
    { header: `实交（元，${span}）`, width: 12, value: (b) => b.paid / 100, align: 'right' },
    { header: `欠交（元，${span}）`, width: 12, value: (b) => b.arrears / 100, align: 'right', fill: (b) => (b.arrears > 0 ? RED : null) },
    { header: '欠交人数', width: 8, value: (b) => b.inArrears, fill: (b) => (b.inArrears > 0 ? RED : null) },
    { header: '收缴率', width: 8, value: (b) => (b.rate === null ? '' : `${b.rate.toFixed(1)}%`) },
    { header: '本月应交（元，进行中）', width: 12, value: (b) => b.currentDue / 100, align: 'right' },
    { header: '本月已交（元）', width: 10, value: (b) => b.currentPaid / 100, align: 'right' },
    { header: '预交（元）', width: 10, value: (b) => b.advance / 100, align: 'right' },
    { header: '未登记基数人数', width: 10, value: (b) => b.withoutBase },
  ];
}

export function duesLedger(meta: LedgerMeta, title: string, rows: DuesMemberRow[]): Promise<Buffer> {
  const span = dueSpan(rows, meta.date);
  return writeLedger(meta, [
    ledgerSheet({ name: '党费收缴', title, columns: memberColumns(span), rows, fitRows: true }),
    ledgerSheet({ name: '支部汇总', title: `${title.replace(/台账$/, '')}支部汇总`, columns: sumColumns(span), rows: branchSums(rows) }),
  ]);
}
