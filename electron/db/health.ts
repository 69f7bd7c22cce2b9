// Is the data file sound? Checked on every start, before the daily backup (a damaged file must
// never push good backups out of the rotation).
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { BackupListing } from '../model/backups';
import { integrityProblem, listBackups } from './backup';
import { runQuickCheck } from './quickCheck';
import { startWorker } from './workers';

/** null when quick_check passes, else the first problems SQLite names; run off the main thread. */
export function quickCheckProblem(file: string, nativeBinding?: string): Promise<string | null> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (p: string | null) => (settled ? undefined : ((settled = true), resolve(p)));
    // A worker that cannot start (say, a packaging problem) says nothing about the data: check here
    // instead — but only then: the worker's normal exit follows its answer, and a second quick_check
    // here would hold the main thread for seconds on a large file.
    const inThread = () => {
      if (!settled) done(runQuickCheck(file, nativeBinding));
    };
    let worker: Worker;
    try {
      worker = startWorker('quickCheckWorker', { file, nativeBinding });
    } catch {
      return inThread();
    }
    worker.once('message', (m: { problem: string | null }) => done(m.problem));
    worker.once('error', inThread);
    worker.once('exit', inThread);
  });
}

/** SQLite's way of saying the file itself is damaged (as opposed to locked, missing or too new). */
export function isDamagedFileError(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
}

/**
 * The newest backup that passes integrity_check, trying newer ones first. A compressed copy was
 * checked before it was compressed (its record counts are written only then); a restore checks it again.
 */
export function newestGoodBackup(dataDir: string): BackupListing | null {
  const byTime = listBackups(dataDir).sort((a, b) => b.at.localeCompare(a.at));
  for (const b of byTime) if (b.counts && (b.name.endsWith('.gz') || integrityProblem(path.join(dataDir, 'backups', b.name)) === null)) return b;
  return null;
}

/** Moves a damaged data file aside (never deleted: a specialist may still recover from it). */
export function setAsideDamaged(file: string, now: Date): string {
  const aside = `${file}.damaged-${now.toISOString().replace(/[-:]/g, '').replace(/\..+/, '')}`;
  for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, aside + suffix);
  return aside;
}
