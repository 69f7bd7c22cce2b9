// Deadlines across 整改 and 任务, as db/rectifications.ts finds what is overdue.
/** Past its date and not done: an open 整改 item, or a branch that has not handed a task in. */
export type OverdueItem = { kind: 'rectification' | 'task'; id: number; orgId: number; org: string; title: string; due: string; daysOverdue: number };

export type DueSoonTask = { id: number; title: string; issuer: string | null; due: string; daysLeft: number; pending: number; targets: number };

export type DeadlineDigest = { today: string; overdue: OverdueItem[]; dueSoon: DueSoonTask[] };
