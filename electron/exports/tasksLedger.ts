// 材料报送情况: one row per task and branch that owes it; late ones red (handed in late and still
// missing are told apart by the 状态 text); a second sheet sums each task up.
import type { TaskDetail, TaskTargetRow } from '../model/tasks';
import { ledgerSheet, writeLedger, RED, type LedgerColumn, type LedgerMeta } from './ledgerKit';

type Row = { task: TaskDetail; target: TaskTargetRow };

const late = (r: Row) => (r.target.state === '逾期报送' || r.target.state === '未报送（逾期）' ? RED : null);

const COLUMNS: LedgerColumn<Row>[] = [
  { header: '任务', width: 30, value: (r) => r.task.title, align: 'left' },
  { header: '下达单位', width: 18, value: (r) => r.task.issuer, align: 'left' },
  { header: '截止日期', width: 11, value: (r) => r.task.dueOn },
  { header: '支部', width: 24, value: (r) => r.target.orgName, align: 'left' },
  { header: '报送日期', width: 11, value: (r) => r.target.submittedOn, fill: (r) => (r.target.state === '逾期报送' ? RED : null) },
  { header: '状态', width: 14, value: (r) => r.target.state, fill: late },
  // Printed in black and white the red is lost: the days say it in words.
  { header: '逾期天数', width: 8, value: (r) => r.target.daysLate, fill: late },
  { header: '附件名', width: 26, value: (r) => r.target.attachment?.fileName ?? null, align: 'left' },
  { header: '说明', width: 20, value: (r) => r.target.note, align: 'left' },
];

const SUMMARY: LedgerColumn<TaskDetail>[] = [
  { header: '任务', width: 30, value: (t) => t.title, align: 'left' },
  { header: '下达单位', width: 18, value: (t) => t.issuer, align: 'left' },
  { header: '截止日期', width: 11, value: (t) => t.dueOn },
  { header: '应报送', width: 7, value: (t) => t.targetCount },
  { header: '已报送', width: 7, value: (t) => t.submittedCount },
  { header: '其中逾期报送', width: 8, value: (t) => t.lateSubmittedCount, fill: (t) => (t.lateSubmittedCount ? RED : null) },
  { header: '未报送', width: 7, value: (t) => t.targetCount - t.submittedCount, fill: (t) => (t.missingOverdueCount ? RED : null) },
];

export function tasksLedger(meta: LedgerMeta, title: string, tasks: TaskDetail[]): Promise<Buffer> {
  const rows = tasks.flatMap((task) => task.targets.map((target) => ({ task, target })));
  return writeLedger(meta, [
    ledgerSheet({ name: '材料报送情况', title, columns: COLUMNS, rows }),
    ledgerSheet({ name: '任务汇总', title: `${title}汇总`, columns: SUMMARY, rows: tasks }),
  ]);
}
