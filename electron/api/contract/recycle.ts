import { z } from 'zod';
import { read, write, type Page } from './define';
import { id } from './common';

export const RECYCLE_KINDS = ['meeting', 'training', 'hourEntry'] as const;
export type RecycleKind = (typeof RECYCLE_KINDS)[number];

export type RecycleRow = { kind: RecycleKind; id: number; title: string; detail: string; onDate: string; deletedAt: string; deletedBy: string | null };

const item = z.object({ kind: z.enum(RECYCLE_KINDS), id }).strict();

export const recycleContract = {
  'recycle.list': read<Page<RecycleRow>>()(
    z.object({ kind: z.enum(RECYCLE_KINDS).optional(), page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
  'recycle.restore': write<{ restored: number }>()(z.object({ items: z.array(item).min(1).max(500) }).strict()),
  'recycle.purge': write<{ purged: number }>()(z.object({ items: z.array(item).min(1).max(500) }).strict()),
};
