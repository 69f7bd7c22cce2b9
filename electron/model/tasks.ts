// 工作任务与材料报送: tasks and the branches that owe them, as db/tasks.ts reads them and the ledger prints them.
import type { SubmissionState } from '../domain/deadlines';

export type TaskRow = {
  id: number;
  year: number;
  title: string;
  issuer: string | null;
  description: string | null;
  dueOn: string;
  /** 应报送 / 已报送 (on time or late) / 逾期报送 / 未报送 and already past the date. */
  targetCount: number;
  submittedCount: number;
  lateSubmittedCount: number;
  missingOverdueCount: number;
  daysLeft: number | null;
  daysOverdue: number | null;
};

export type TaskTargetRow = {
  orgId: number;
  orgName: string;
  submittedOn: string | null;
  note: string | null;
  attachment: { id: number; fileName: string } | null;
  state: SubmissionState;
  daysLate: number | null;
};

export type TaskDetail = TaskRow & { targets: TaskTargetRow[] };

/** Which tasks a list covers (the API's taskFilter parses to exactly this). */
export type TaskFilter = { year?: number | undefined; orgId?: number | undefined; overdueOnly: boolean };
