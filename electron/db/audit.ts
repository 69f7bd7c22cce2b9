import type { Db } from './open';
import { stmt } from './stmt';

export type AuditEntry = {
  table: string;
  recordId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
};

export function insertAudit(db: Db, at: string, method: string, e: AuditEntry): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, method, table_name, record_id, action, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    method,
    e.table,
    e.recordId,
    e.action,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}
