import { z } from 'zod';
import { defineArea, read, write, type Page } from './define';
import { id } from './common';
import { RECYCLE_KINDS, type RecycleRow } from '../../model/recycle';

export type { RecycleKind, RecycleRow } from '../../model/recycle';
export { RECYCLE_KINDS, RECYCLE_KIND_LABEL } from '../../model/recycle';

const item = z.object({ kind: z.enum(RECYCLE_KINDS), id }).strict();

export const recycleContract = defineArea('recycle', {
  'recycle.list': read<Page<RecycleRow>>()(
    z.object({ kind: z.enum(RECYCLE_KINDS).optional(), page: z.number().int().min(1).default(1), pageSize: z.number().int().min(1).max(200).default(20) }).strict(),
  ),
  'recycle.restore': write<{ restored: number }>()(z.object({ items: z.array(item).min(1).max(500) }).strict()),
  'recycle.purge': write<{ purged: number }>()(z.object({ items: z.array(item).min(1).max(500) }).strict()),
});
