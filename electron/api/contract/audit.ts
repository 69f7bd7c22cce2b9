// The audit log viewer.
import { z } from 'zod';
import { defineArea, read, type Page } from './define';
import { id, isoDate } from './common';
import { AUDIT_TABLES } from '../../domain/glossary';

export type AuditRow = { id: number; at: string; method: string; table: string; recordId: number | null; action: string; actor: string | null; before: string | null; after: string | null };

export { AUDIT_TABLES } from '../../domain/glossary';

export const auditContract = defineArea('audit', {
  'audit.list': read<Page<AuditRow>>()(
    z
      .object({
        table: z.enum(AUDIT_TABLES).optional(),
        recordId: id.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(20),
      })
      .strict(),
  ),
});
