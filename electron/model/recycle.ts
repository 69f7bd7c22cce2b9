// 回收站: what db/recycle.ts lists of deleted records, by kind.
import type { RecycleKind } from '../domain/glossary';

export { RECYCLE_KINDS, RECYCLE_KIND_LABEL, type RecycleKind } from '../domain/glossary';

export type RecycleRow = { kind: RecycleKind; id: number; title: string; detail: string; onDate: string; deletedAt: string; deletedBy: string | null };
