// 整改台账: one row per item of the year; an overdue item's 完成时限 and 状态 are filled red.
import type { RectificationRow } from '../model/rectifications';
import { ledgerSheet, writeLedger, RED, type LedgerColumn, type LedgerMeta } from './ledgerKit';

export type RectificationLedgerRow = RectificationRow & { fileNames: string[] };

const overdueFill = (r: RectificationLedgerRow) => (r.overdue ? RED : null);

const COLUMNS: LedgerColumn<RectificationLedgerRow>[] = [
  { header: '支部', width: 22, value: (r) => r.orgName, align: 'left' },
  { header: '来源', width: 9, value: (r) => r.source },
  { header: '问题', width: 34, value: (r) => r.problem, align: 'left' },
  { header: '整改措施', width: 34, value: (r) => r.measures, align: 'left' },
  { header: '责任人', width: 8, value: (r) => r.responsible },
  { header: '完成时限', width: 11, value: (r) => r.deadline, fill: overdueFill },
  { header: '状态', width: 17, value: (r) => (r.overdue ? `${r.status}（逾期${r.daysOverdue}天）` : r.status), fill: overdueFill },
  { header: '完成日期', width: 11, value: (r) => r.completedOn },
  { header: '完成情况/佐证', width: 34, value: evidence, align: 'left' },
];

function evidence(r: RectificationLedgerRow): string | null {
  const parts = [r.evidence, r.fileNames.length ? `佐证材料：${r.fileNames.join('、')}` : null].filter((p): p is string => !!p);
  return parts.length ? parts.join('\n') : null;
}

export function rectificationLedger(meta: LedgerMeta, title: string, rows: Iterable<RectificationLedgerRow>): Promise<Buffer> {
  return writeLedger(meta, [ledgerSheet({ name: '整改台账', title, columns: COLUMNS, rows })]);
}
