import { z } from 'zod';
import { defineArea, read, write, type Page } from './define';
import { id } from './common';

export const RECYCLE_KINDS = ['meeting', 'training', 'hourEntry', 'rectification', 'task', 'document'] as const;
export type RecycleKind = (typeof RECYCLE_KINDS)[number];
/** What the clerk calls each kind, in messages and on the 回收站 page. */
export const RECYCLE_KIND_LABEL: Record<RecycleKind, string> = { meeting: '会议', training: '培训', hourEntry: '个人学时', rectification: '整改事项', task: '工作任务', document: '档案' };

export type RecycleRow = { kind: RecycleKind; id: number; title: string; detail: string; onDate: string; deletedAt: string; deletedBy: string | null };

const item = z.object({ kind: z.enum(RECYCLE_KINDS), id }).strict();

export const recycleContract = defineArea('recycle', {
  'recycle.list': read<Page<RecycleRow>>()(
    z.object({ kind: z.enum(RECYCLE_KINDS).optional(), page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
  'recycle.restore': write<{ restored: number }>()(z.object({ items: z.array(item).min(1).max(500) }).strict()),
  'recycle.purge': write<{ purged: number }>()(z.object({ items: z.array(item).min(1).max(500) }).strict()),
});
