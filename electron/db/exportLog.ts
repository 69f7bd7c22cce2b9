// The export log: each ledger or report handed out is an audit row (table "exports"), so 报表中心
// shows who exported what last, and the audit trail shows who took personal data out of the app.
import { insertAudit } from './audit';
import type { Db } from './open';
import { stmt } from './stmt';

export type ExportRecord = { key: string; year: number | null; orgId: number | null; fileName: string };
export type LoggedExport = ExportRecord & { at: string; actor: string | null };

/** One row, in its own transaction: exports are read methods, and a failed log must not lose the file. */
export function logExport(db: Db, at: string, method: string, actor: string, r: ExportRecord): void {
  db.transaction(() => insertAudit(db, at, method, { table: 'exports', recordId: null, action: 'export', after: r }, actor))();
}

/** Every logged export, newest first (a few a day at most, so all of them is cheap). */
export function loggedExports(db: Db): LoggedExport[] {
  const rows = stmt(db, `SELECT at, actor, after_json FROM audit_log WHERE table_name = 'exports' AND record_id IS NULL ORDER BY id DESC`).raw().all() as [string, string | null, string][];
  return rows.flatMap(([at, actor, json]) => {
    const r = JSON.parse(json) as Partial<ExportRecord>;
    return typeof r.key === 'string' && typeof r.fileName === 'string' ? [{ at, actor, key: r.key, year: r.year ?? null, orgId: r.orgId ?? null, fileName: r.fileName }] : [];
  });
}
