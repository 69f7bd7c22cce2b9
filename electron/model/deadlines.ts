// Deadlines across 整改 and 任务, as db/rectifications.ts finds what is overdue.
/** Past its date and not done: an open 整改 item, or a branch that has not handed a task in. */
export type OverdueItem = { kind: 'rectification' | 'task'; id: number; orgId: number; org: string; title: string; due: string; daysOverdue: number };

export type DueSoonTask = { id: number; title: string; issuer: string | null; due: string; daysLeft: number; pending: number; targets: number };

/**
 * A line of 工作台's 逾期未完成: one 整改 item, or one task with the branches that still owe it, the
 * first few named and `whoCount` all (a task sent to 600 branches was hundreds of names a line).
 */
export type OverdueLine = { kind: OverdueItem['kind']; id: number; title: string; who: string[]; whoCount: number; due: string; daysOverdue: number };

export type DeadlineDigest = { today: string; overdue: OverdueLine[]; dueSoon: DueSoonTask[] };
