// The audit log viewer.
import { listAudit } from '../../db/audit';
import { defineHandlers } from '../registry';

export const auditHandlers = defineHandlers('audit', {
  'audit.list': (ctx, { page, pageSize, ...filter }) => ({ ...listAudit(ctx.db, filter, page, pageSize), page, pageSize }),
});
