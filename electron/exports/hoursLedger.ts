// 学时统计台账: member × Q1–Q4 and the year, threshold, shortfalls in red; a branch summary sheet.
import type { HoursAssessment } from '../api/hours/handlers';
import { periodState, runningNote } from '../domain/measures';
import { ledgerSheet, writeLedger, RED, type LedgerColumn, type LedgerMeta } from './ledgerKit';

type Row = HoursAssessment['rows'][number];
type BranchRow = { orgName: string; periods: { assessed: number; average: number; short: number }[] };

export function hoursLedger(meta: LedgerMeta, title: string, a: HoursAssessment, quarters: Map<number, number[]>): Promise<Buffer> {
  // Nothing is short before its period ends: a running period is headed 进行中 and never red.
  const states = a.periods.map((p) => periodState(p, meta.date));
  const ended = (i: number) => states[i] === 'ended';
  const head = (i: number) => `${a.periods[i]!.label}${states[i] === 'running' ? runningNote(meta.date) : states[i] === 'notStarted' ? '（未开始）' : ''}`;
  const perQuarter = a.profile.per === 'quarter';
  const status = (r: Row, q: number) => (perQuarter ? r.results[q]?.status : undefined);
  const columns: LedgerColumn<Row>[] = [
    { header: '姓名', width: 8, value: (r) => r.member.name },
    { header: '所在支部', width: 22, value: (r) => r.member.orgName, align: 'left' },
    { header: '身份', width: 12, value: (r) => (r.results[0] && (perQuarter ? r.member.isLeadership : r.member.isSecretary || r.member.isCommittee) ? a.profile.seniorLabel : '党员') },
    ...[0, 1, 2, 3].map((q): LedgerColumn<Row> => ({
      header: perQuarter ? head(q) : `第${'一二三四'[q]}季度`,
      width: 7,
      value: (r) => quarters.get(r.member.memberId)?.[q] ?? 0,
      fill: (r) => (status(r, q) === 'short' ? RED : null),
    })),
    { header: '全年', width: 7, value: (r) => r.total, fill: (r) => (!perQuarter && r.results[0]?.status === 'short' ? RED : null) },
    { header: perQuarter ? '每季度要求' : '全年要求', width: 8, value: (r) => r.results[0]?.required ?? 0 },
    { header: '备注', width: 22, value: (r) => note(r, a.periods.map((p) => p.label)), align: 'left' },
  ];
  const names = new Map(a.rows.map((r) => [r.member.orgId, r.member.orgName]));
  const branches: BranchRow[] = [...names].map(([orgId, orgName]) => ({
    orgName,
    periods: a.averages.map((m) => m.get(orgId) ?? { orgId, assessed: 0, average: 0, short: 0 }),
  }));
  const branchColumns: LedgerColumn<BranchRow>[] = [
    { header: '党支部', width: 24, value: (b) => b.orgName, align: 'left' },
    ...a.periods.flatMap((_, i): LedgerColumn<BranchRow>[] => [
      { header: `${head(i)}考核人数`, width: 8, value: (b) => b.periods[i]!.assessed },
      { header: `${head(i)}平均学时`, width: 8, value: (b) => b.periods[i]!.average, fill: (b) => (ended(i) && b.periods[i]!.assessed && b.periods[i]!.average < a.profile.member ? RED : null) },
      { header: `${head(i)}未达标人数`, width: 8, value: (b) => b.periods[i]!.short, fill: (b) => (b.periods[i]!.short ? RED : null) },
    ]),
  ];
  return writeLedger(meta, [
    ledgerSheet({ name: '学时统计', title, columns, rows: a.rows }),
    ledgerSheet({ name: '支部汇总', title: `${title.replace(/台账$/, '')}支部汇总`, columns: branchColumns, rows: branches }),
  ]);
}

function note(r: Row, labels: string[]): string {
  const parts: string[] = [];
  r.results.forEach((x, i) => {
    if (x.status === 'short') parts.push(`${labels[i]}差${Math.round((x.required - x.hours) * 10) / 10}学时`);
    if (x.status === 'partial') parts.push(`${labels[i]}不足整期，不考核`);
  });
  return parts.join('；');
}
