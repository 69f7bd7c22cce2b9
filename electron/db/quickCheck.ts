import Database from 'better-sqlite3';

/** null when SQLite's quick_check passes on a read-only connection, else the first problems it names. */
export function runQuickCheck(file: string, nativeBinding?: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const r = db.pragma('quick_check') as { quick_check: string }[];
    return r.length === 1 && r[0]!.quick_check === 'ok' ? null : r.slice(0, 3).map((x) => x.quick_check).join('；');
  } catch (e) {
    return (e as Error).message;
  } finally {
    db?.close();
  }
}
