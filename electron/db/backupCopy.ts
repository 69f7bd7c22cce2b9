// One backup copy: a consistent snapshot of the live file (VACUUM INTO on a connection of its own,
// so the app's connection goes on writing), proved intact with integrity_check, its record counts
// read, then gzip-compressed (Node's zlib) under a temporary name and renamed into place. Runs in
// a worker thread (backupWorker.ts) for large files, in the calling thread for small ones.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import zlib from 'node:zlib';

export type RecordCounts = { orgs: number; members: number; meetings: number };
export type CopyJob = { source: string; target: string; nativeBinding?: string };
export type CopyResult = { size: number; dbSize: number; counts: RecordCounts; schemaVersion: number };
export type CopyPhase = '复制' | '校验' | '压缩';
export type CopyProgress = (phase: CopyPhase, percent: number | null) => void;

export class CopyError extends Error {}

export async function copyToBackup(job: CopyJob, progress: CopyProgress): Promise<CopyResult> {
  // Per process: the command line may back up beside a running app in the same second.
  const raw = `${job.target}.partial-db-${process.pid}`;
  const packed = `${job.target}.partial-${process.pid}`;
  try {
    progress('复制', null);
    const src = new Database(job.source, { readonly: true, fileMustExist: true, ...(job.nativeBinding ? { nativeBinding: job.nativeBinding } : {}) });
    try {
      src.prepare('VACUUM INTO ?').run(raw);
    } finally {
      src.close();
    }
    progress('校验', null);
    const problem = integrityProblem(raw, job.nativeBinding);
    if (problem) throw new CopyError(`备份文件校验未通过：${problem}`);
    const { counts, schemaVersion } = readCounts(raw, job.nativeBinding);
    const dbSize = fs.statSync(raw).size;
    await gzipFile(raw, packed, dbSize, (p) => progress('压缩', p));
    fs.renameSync(packed, job.target);
    return { size: fs.statSync(job.target).size, dbSize, counts, schemaVersion };
  } finally {
    fs.rmSync(raw, { force: true });
    fs.rmSync(packed, { force: true });
  }
}

async function gzipFile(from: string, to: string, total: number, percent: (p: number) => void): Promise<void> {
  let done = 0;
  let shown = -1;
  const count = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      done += chunk.length;
      const p = total ? Math.floor((done / total) * 100) : 100;
      if (p !== shown) percent((shown = p));
      cb(null, chunk);
    },
  });
  await pipeline(fs.createReadStream(from), count, zlib.createGzip({ level: 6 }), fs.createWriteStream(to, { mode: 0o600 }));
  const fd = fs.openSync(to, 'r+');
  try {
    fs.fsyncSync(fd); // the rename that follows must not publish a file still in the page cache only
  } finally {
    fs.closeSync(fd);
  }
}

/** null when the file is an intact SQLite database, else what is wrong. */
export function integrityProblem(file: string, nativeBinding?: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const r = db.pragma('integrity_check') as { integrity_check: string }[];
    return r.length === 1 && r[0]!.integrity_check === 'ok' ? null : r.map((x) => x.integrity_check).slice(0, 3).join('；');
  } catch (e) {
    return (e as Error).message;
  } finally {
    db?.close();
  }
}

export function readCounts(file: string, nativeBinding?: string): { counts: RecordCounts; schemaVersion: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    return { counts: { orgs: n('orgs'), members: n('members'), meetings: schemaVersion >= 2 ? n('meetings') : 0 }, schemaVersion };
  } finally {
    db.close();
  }
}
