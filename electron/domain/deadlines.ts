// Deadlines of 整改 items and 上级任务: overdue, days left, days late. Pure: dates in, verdicts out.
// Dates are ISO day strings; "today" is passed in so the same rule serves the UI, ledgers and tests.

export const RECTIFICATION_SOURCES = ['领导点评', '民主评议', '督查', '分类定级', '自查'] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

export const RECTIFICATION_STATUSES = ['未开始', '整改中', '已完成'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** How one branch stands on one task. 逾期报送 (handed in late) is kept apart from missing. */
export const SUBMISSION_STATES = ['已报送', '逾期报送', '未报送（逾期）', '未报送'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

const DAY = 86_400_000;

function utcDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/** Whole days from `from` to `to` (negative when `to` is earlier), counted on the calendar, not in hours. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY);
}

export type DeadlineState = { overdue: boolean; daysLeft: number | null; daysOverdue: number | null };

/**
 * A deadline seen on `today`. Done items are neither overdue nor counting down. The deadline day
 * itself still counts as on time (0 days left): only a deadline before today is overdue.
 */
export function deadlineState(deadline: string, done: boolean, today: string): DeadlineState {
  if (done) return { overdue: false, daysLeft: null, daysOverdue: null };
  const d = daysBetween(today, deadline);
  return d < 0 ? { overdue: true, daysLeft: null, daysOverdue: -d } : { overdue: false, daysLeft: d, daysOverdue: null };
}

export function rectificationDeadline(item: { deadline: string; status: RectificationStatus }, today: string): DeadlineState {
  return deadlineState(item.deadline, item.status === '已完成', today);
}

export type Submission = { state: SubmissionState; late: boolean; daysLate: number | null; daysLeft: number | null };

/** One branch's standing on a task due `dueOn`, given when (if ever) it submitted. */
export function submissionState(dueOn: string, submittedOn: string | null, today: string): Submission {
  if (submittedOn) {
    const late = daysBetween(dueOn, submittedOn);
    return late > 0 ? { state: '逾期报送', late: true, daysLate: late, daysLeft: null } : { state: '已报送', late: false, daysLate: null, daysLeft: null };
  }
  const d = deadlineState(dueOn, false, today);
  return d.overdue ? { state: '未报送（逾期）', late: true, daysLate: d.daysOverdue, daysLeft: null } : { state: '未报送', late: false, daysLate: null, daysLeft: d.daysLeft };
}

/** The words a clerk reads beside a deadline: 逾期3天 / 今天到期 / 还剩5天. */
export function deadlineText(s: DeadlineState): string {
  if (s.overdue) return `逾期${s.daysOverdue}天`;
  if (s.daysLeft === null) return '';
  return s.daysLeft === 0 ? '今天到期' : `还剩${s.daysLeft}天`;
}

/** Field labels of 整改 and 任务 forms, as messages name them (generic keys get generic words: other forms share them). */
export const DEADLINE_FIELD_LABEL = {
  year: '年度', source: '来源', problem: '存在问题', measures: '整改措施', responsible: '责任人', responsibleMemberId: '责任人',
  deadline: '完成时限', completedOn: '完成日期', evidence: '完成情况', attachmentIds: '附件', issuer: '下达单位',
  description: '说明', dueOn: '截止日期', orgIds: '应报送支部', taskId: '工作任务', submittedOn: '报送日期', note: '备注', attachmentId: '附件',
} as const;
