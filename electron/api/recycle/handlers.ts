// 回收站: restore or purge what was deleted; each item is audited on its own.
import * as bin from '../../db/recycle';
import { RECYCLE_KIND_LABEL } from '../contract/recycle';
import type { RecycleKind } from '../contract';
import { notFound } from '../errors';
import { defineHandlers } from '../registry';

const TABLE: Record<RecycleKind, string> = { meeting: 'meetings', training: 'trainings', hourEntry: 'hour_entries', rectification: 'rectifications', task: 'tasks', document: 'documents' };

export const recycleHandlers = defineHandlers('recycle', {
  'recycle.list': (ctx, { kind, page, pageSize }) => ({ rows: bin.listBin(ctx.db, { kind }, page, pageSize), total: bin.countBin(ctx.db, { kind }), page, pageSize }),
  'recycle.restore': (ctx, { items }) =>
    ctx.write((tx) => {
      for (const { kind, id } of items) {
        const row = bin.binnedRow(tx.db, kind, id);
        if (!row) throw notFound(`回收站中的“${RECYCLE_KIND_LABEL[kind]}”记录 ${id}`);
        bin.restore(tx.db, kind, id);
        tx.audit({ table: TABLE[kind], recordId: id, action: 'restore', before: row });
      }
      return { restored: items.length };
    }),
  'recycle.purge': (ctx, { items }) =>
    ctx.write((tx) => {
      for (const { kind, id } of items) {
        const row = bin.binnedRow(tx.db, kind, id);
        if (!row) throw notFound(`回收站中的“${RECYCLE_KIND_LABEL[kind]}”记录 ${id}`);
        bin.purge(tx.db, kind, id);
        tx.audit({ table: TABLE[kind], recordId: id, action: 'purge', before: row });
      }
      return { purged: items.length };
    }),
});
