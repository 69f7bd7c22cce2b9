// 换届情况: a row per branch with the current term, its status (overdue red, due soon amber),
// the last election, the committee in office and the earlier terms.
import type { TermRow } from '../model/terms';
import { AMBER, ledgerSheet, RED, writeLedger, type LedgerColumn, type LedgerMeta } from './ledgerKit';

const committeeText = (t: TermRow['history'][number] | undefined) => (t ? t.committee.map((c) => `${c.role} ${c.name}`).join('、') : '');

export function termsLedger(meta: LedgerMeta, title: string, year: number, rows: TermRow[]): Promise<Buffer> {
  const columns: LedgerColumn<TermRow>[] = [
    { header: '党支部', width: 24, value: (r) => r.orgName, align: 'left' },
    { header: '本届开始', width: 11, value: (r) => r.startedOn },
    { header: '本届届满', width: 11, value: (r) => r.endsOn },
    { header: '状态', width: 8, value: (r) => r.status, fill: (r) => (r.status === '已超期' ? RED : r.status === '即将到期' ? AMBER : null) },
    { header: `${year}年内届满`, width: 8, value: (r) => (r.endsOn?.startsWith(String(year)) ? '是' : '') },
    { header: '最近一次换届选举', width: 26, value: (r) => r.history[0]?.election ?? (r.history[0] ? `${r.history[0].startedOn}（未关联会议记录）` : ''), align: 'left' },
    { header: '本届支部委员会', width: 30, value: (r) => committeeText(r.history[0]), align: 'left' },
    { header: '历届', width: 34, value: (r) => r.history.slice(1).map((t) => `${t.startedOn}至${t.endsOn}（${committeeText(t) || '未记录委员'}）`).join('；'), align: 'left' },
    { header: '说明', width: 30, value: (r) => (r.basis === '委员任期' ? `${r.text}（按支部委员任期）` : r.text), align: 'left' },
  ];
  return writeLedger(meta, [ledgerSheet({ name: '换届情况', title, columns, rows })]);
}
