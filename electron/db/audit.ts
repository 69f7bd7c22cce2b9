import type { Db } from './open';
import { stmt } from './stmt';

export type AuditEntry = {
  table: string;
  recordId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
};

export function insertAudit(db: Db, at: string, method: string, e: AuditEntry, actor: string | null = null): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, method, table_name, record_id, action, before_json, after_json, actor)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    method,
    e.table,
    e.recordId,
    e.action,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
    actor,
  );
}

export type AuditFilter = { table?: string; recordId?: number; from?: string; to?: string };

export function listAudit(db: Db, f: AuditFilter, page: number, pageSize: number) {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (f.table) {
    where.push('table_name = ?');
    params.push(f.table);
  }
  if (f.recordId) {
    where.push('record_id = ?');
    params.push(f.recordId);
  }
  if (f.from) {
    where.push('at >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('at < ?');
    params.push(`${f.to}T99`);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${w}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT id, at, method, table_name AS "table", record_id AS recordId, action, actor, before_json AS before, after_json AS after FROM audit_log ${w} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...params, pageSize, (page - 1) * pageSize) as { id: number; at: string; method: string; table: string; recordId: number | null; action: string; actor: string | null; before: string | null; after: string | null }[];
  return { rows, total };
}
