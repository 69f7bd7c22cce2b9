// Is the data file sound? Checked on every start, before the daily backup (a damaged file must
// never push good backups out of the rotation).
import fs from 'node:fs';
import path from 'node:path';
import type { BackupListing } from '../api/contract';
import { integrityProblem, listBackups } from './backup';
import type { Db } from './open';

/** null when quick_check passes, else the first problems SQLite names. */
export function quickCheckProblem(db: Db): string | null {
  try {
    const r = db.pragma('quick_check') as { quick_check: string }[];
    return r.length === 1 && r[0]!.quick_check === 'ok' ? null : r.slice(0, 3).map((x) => x.quick_check).join('；');
  } catch (e) {
    return (e as Error).message;
  }
}

/** SQLite's way of saying the file itself is damaged (as opposed to locked, missing or too new). */
export function isDamagedFileError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
}

/** The newest backup that passes integrity_check, trying newer ones first. */
export function newestGoodBackup(dataDir: string): BackupListing | null {
  const byTime = listBackups(dataDir).sort((a, b) => b.at.localeCompare(a.at));
  for (const b of byTime) if (b.counts && integrityProblem(path.join(dataDir, 'backups', b.name)) === null) return b;
  return null;
}

/** Moves a damaged data file aside (never deleted: a specialist may still recover from it). */
export function setAsideDamaged(file: string, now: Date): string {
  const aside = `${file}.damaged-${now.toISOString().replace(/[-:]/g, '').replace(/\..+/, '')}`;
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  return aside;
}
