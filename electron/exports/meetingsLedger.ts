// 三会一课台账: the year's meetings with attendance figures, and the branch × month compliance sheet.
import type { MeetingRow } from '../model/meetings';
import type { RuleMatrix } from '../domain/compliance';
import { attendanceRate } from '../domain/measures';
import { ledgerSheet, percentToFraction, writeLedger, RED, type LedgerColumn, type LedgerMeta } from './ledgerKit';

/** The measure's percentage as the fraction a 0.0% cell shows; blank when nobody was expected. */
const rate = (m: MeetingRow) => {
  const p = attendanceRate(m.present, m.expected);
  return percentToFraction(p);
};

const MEETING_COLUMNS: LedgerColumn<MeetingRow & { host?: string | null }>[] = [
  { header: '日期', width: 11, value: (m) => m.heldOn, format: 'date' },
  { header: '党组织', width: 22, value: (m) => m.orgName, align: 'left' },
  { header: '会议类型', width: 14, value: (m) => m.type },
  { header: '主题', width: 36, value: (m) => m.topic, align: 'left' },
  { header: '应到', width: 5, value: (m) => m.expected, format: 'integer' },
  { header: '实到', width: 5, value: (m) => m.present, format: 'integer' },
  { header: '出席率', width: 7, value: rate, format: 'percent', fill: (m) => (m.expected && m.present / m.expected < 0.5 ? RED : null) },
  { header: '学时', width: 5, value: (m) => m.hours, format: 'decimal' },
];

type ComplianceRow = { branch: string; rule: string; per: string; cells: { text: string; missing: boolean }[]; total: number; required: string };

const PER = { month: '每月', quarter: '每季度', year: '每年' } as const;
const STATUS_TEXT = { done: '', missing: '缺', pending: '', notDue: '', na: '—' } as const;

/** One row per branch and rule; twelve month cells with counts, missing periods marked 缺 in red. */
export function complianceRows(matrices: RuleMatrix[]): ComplianceRow[] {
  const out: ComplianceRow[] = [];
  const branches = matrices[0]?.rows.map((r) => r.orgId) ?? [];
  for (const orgId of branches) {
    for (const mx of matrices) {
      const row = mx.rows.find((r) => r.orgId === orgId)!;
      const cells = Array.from({ length: 12 }, (_, month) => {
        const pi = mx.rule.per === 'month' ? month : mx.rule.per === 'quarter' ? Math.floor(month / 3) : 0;
        const cell = row.cells[pi]!;
        // A quarter's or year's verdict stands in its last month; the others show counts.
        const last = mx.rule.per === 'month' || (mx.rule.per === 'quarter' ? month % 3 === 2 : month === 11);
        const count = mx.rule.per === 'month' ? cell.count : 0;
        const mark = last ? STATUS_TEXT[cell.status] : '';
        return { text: mark || (count ? String(count) : mx.rule.per === 'month' ? '' : last && cell.count ? `${cell.count}` : ''), missing: last && cell.status === 'missing' };
      });
      out.push({ branch: row.name, rule: mx.rule.label, per: PER[mx.rule.per], cells, total: row.cells.reduce((a, c) => a + c.count, 0), required: mx.rule.max ? `${PER[mx.rule.per]}${mx.rule.min}–${mx.rule.max}次` : `${PER[mx.rule.per]}≥${mx.rule.min}` });
    }
  }
  return out;
}

function complianceColumns(): LedgerColumn<ComplianceRow>[] {
  return [
    { header: '党支部', width: 22, value: (r) => r.branch, align: 'left' },
    { header: '项目', width: 14, value: (r) => r.rule },
    { header: '要求', width: 10, value: (r) => r.required },
    ...Array.from({ length: 12 }, (_, i): LedgerColumn<ComplianceRow> => ({ header: `${i + 1}月`, width: 4, value: (r) => r.cells[i]!.text, fill: (r) => (r.cells[i]!.missing ? RED : null) })),
    { header: '全年', width: 5, value: (r) => r.total, format: 'integer' },
  ];
}

export function meetingsLedger(meta: LedgerMeta, title: string, meetings: Iterable<MeetingRow>, matrices: RuleMatrix[]): Promise<Buffer> {
  return writeLedger(meta, [
    ledgerSheet({ name: '会议记录', title, columns: MEETING_COLUMNS, rows: meetings }),
    ledgerSheet({ name: '落实情况', title: `${title.replace(/台账$/, '')}落实情况（“缺”为未按要求开展）`, columns: complianceColumns(), rows: complianceRows(matrices) }),
  ]);
}
