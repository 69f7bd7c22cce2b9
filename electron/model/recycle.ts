// 回收站: what db/recycle.ts lists of deleted records, by kind.
export const RECYCLE_KINDS = ['meeting', 'training', 'hourEntry', 'rectification', 'task', 'document'] as const;
export type RecycleKind = (typeof RECYCLE_KINDS)[number];
/** What the clerk calls each kind, in messages and on the 回收站 page. */
export const RECYCLE_KIND_LABEL: Record<RecycleKind, string> = {
  meeting: '会议',
  training: '培训',
  hourEntry: '个人学时',
  rectification: '整改事项',
  task: '工作任务',
  document: '档案',
};

export type RecycleRow = { kind: RecycleKind; id: number; title: string; detail: string; onDate: string; deletedAt: string; deletedBy: string | null };
