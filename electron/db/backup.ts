// Backups in the data folder's backups/: made one at a time per folder (a queue, so eight
// 立即备份 at once give eight backups), in the background with progress, as compressed copies
// (backupCopy.ts), kept by a budget the clerk sets (so many daily, weekly and monthly copies and a
// total size cap). Portable .djbak files are in backupFile.ts; restoring in restore.ts.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupListing, BackupPolicy, BackupProgress, BackupSummary } from '../model/backups';
import { copyToBackup, CopyError, integrityProblem, readCounts, type CopyJob, type CopyResult, type RecordCounts } from './backupCopy';
import { AUTO_KINDS, BACKUP_DIR, isLeftover, parseBackupName, stamp, uniqueBackupName, type BackupKind } from './backupNames';
import type { Db } from './open';
import { getSetting } from './settings';
import { nativeBinding, startWorker } from './workers';

export { BACKUP_DIR, integrityProblem };
export class BackupError extends Error {}

export const DEFAULT_POLICY: BackupPolicy = { daily: 7, weekly: 4, monthly: 12, event: 10, capMb: 20_480 };
export const POLICY_KEY = 'backupPolicy';

export function readPolicy(db: Db): BackupPolicy {
  try {
    return { ...DEFAULT_POLICY, ...getSetting<Partial<BackupPolicy>>(db, POLICY_KEY, {}) };
  } catch {
    return DEFAULT_POLICY; // the stand-in for a damaged file has no settings table
  }
}

// ---- one job at a time per data folder -----------------------------------------------------

type FolderState = { queue: Promise<unknown>; running: BackupProgress | null; lastError: { at: string; message: string } | null; writing: Set<string> };
const folders = new Map<string, FolderState>();

function stateOf(dataDir: string): FolderState {
  const key = path.resolve(dataDir);
  let s = folders.get(key);
  if (!s) folders.set(key, (s = { queue: Promise.resolve(), running: null, lastError: null, writing: new Set() }));
  return s;
}

/** Runs job after every job queued before it on this folder (backups, exports of backup files, restores). */
export function enqueue<T>(dataDir: string, job: () => Promise<T>): Promise<T> {
  const s = stateOf(dataDir);
  const next = s.queue.then(job, job);
  s.queue = next.catch(() => undefined);
  return next;
}

// ---- making a backup ---------------------------------------------------------------------------

export type BackupRequest = '自动' | '手动' | '导入前' | '恢复前';

/** Queues a backup of the live database; resolves to its path once written and checked. */
export function autoBackup(db: Db, dataDir: string, request: BackupRequest, now: Date): Promise<string> {
  return enqueue(dataDir, () => backupNow(db, dataDir, request, now));
}

/** The backup itself, for callers already holding the queue (a restore's safety copy). */
export async function backupNow(db: Db, dataDir: string, request: BackupRequest, now: Date): Promise<string> {
  const dir = backupDir(dataDir);
  const policy = readPolicy(db);
  const kind = request === '自动' ? autoKind(dir, now, policy) : request;
  const s = stateOf(dataDir);
  const name = uniqueBackupName(dir, kind, now, '.sqlite3.gz', s.writing);
  s.writing.add(name);
  s.running = { kind, phase: '复制', percent: null, startedAt: new Date().toISOString() };
  try {
    const target = path.join(dir, name);
    const result = await runCopy({ source: db.name, target, nativeBinding: nativeBinding() }, (phase, percent) => {
      s.running = { ...s.running!, phase, percent };
    });
    writeSidecar(target, { counts: result.counts, schemaVersion: result.schemaVersion, dbSize: result.dbSize });
    rotate(dir, policy, name);
    s.lastError = null;
    return target;
  } catch (e) {
    const message = e instanceof CopyError ? e.message : `备份没有完成：${(e as Error).message}`;
    s.lastError = { at: new Date().toISOString(), message };
    throw new BackupError(message);
  } finally {
    s.writing.delete(name);
    s.running = null;
  }
}

// A worker costs more to start than a small file costs to copy; past this size the copy would freeze the app.
const INLINE_LIMIT = 16 * 1024 * 1024;

function runCopy(job: CopyJob, progress: (phase: BackupProgress['phase'], percent: number | null) => void): Promise<CopyResult> {
  if (fs.statSync(job.source).size < INLINE_LIMIT) return copyToBackup(job, progress);
  return new Promise((resolve, reject) => {
    const worker = startWorker('backupWorker', job);
    let settled = false;
    worker.on('message', (m: { type: 'progress'; phase: BackupProgress['phase']; percent: number | null } | { type: 'done'; result: CopyResult } | { type: 'failed'; message: string }) => {
      if (m.type === 'progress') return progress(m.phase, m.percent);
      settled = true;
      if (m.type === 'done') resolve(m.result);
      else reject(new CopyError(m.message));
    });
    worker.once('error', (e) => ((settled = true), reject(e)));
    worker.once('exit', () => settled || reject(new CopyError('备份线程意外退出')));
  });
}

/** The first automatic backup of a month is its 每月 copy, the first of a week its 每周, the rest 每日. */
function autoKind(dir: string, now: Date, policy: BackupPolicy): BackupKind {
  const today = stamp(now).slice(0, 8);
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const weekStart = stamp(monday).slice(0, 8);
  const autos = fs.readdirSync(dir).map(parseBackupName).filter((p) => p !== null && p.kind !== '每日' && (AUTO_KINDS as readonly string[]).includes(p.kind));
  if (policy.monthly > 0 && !autos.some((p) => p!.kind === '每月' && p!.day.startsWith(today.slice(0, 6)))) return '每月';
  if (policy.weekly > 0 && !autos.some((p) => p!.day.length === 8 && p!.day >= weekStart && p!.day <= today)) return '每周';
  return '每日';
}

/** Whether today's automatic backup is still to be made (the first start of each day makes it). */
export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const dir = path.join(dataDir, BACKUP_DIR);
  const today = stamp(now).slice(0, 8);
  if (!fs.existsSync(dir)) return true;
  return !fs.readdirSync(dir).some((f) => {
    const p = parseBackupName(f);
    return p !== null && (AUTO_KINDS as readonly string[]).includes(p.kind) && p.day === today;
  });
}

export function backupDir(dataDir: string): string {
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

// ---- what each backup holds (kept beside a compressed copy, which cannot be opened in place) ----

type Sidecar = { counts: RecordCounts; schemaVersion: number; dbSize: number };
const sidecarOf = (file: string) => `${file}.json`;

function writeSidecar(file: string, s: Sidecar): void {
  fs.writeFileSync(sidecarOf(file), JSON.stringify(s), { mode: 0o600 });
}

function readSidecar(file: string): Sidecar | null {
  try {
    return JSON.parse(fs.readFileSync(sidecarOf(file), 'utf8')) as Sidecar;
  } catch {
    return null;
  }
}

function countsOf(file: string): RecordCounts | null {
  if (file.endsWith('.gz')) return readSidecar(file)?.counts ?? null;
  try {
    return readCounts(file).counts;
  } catch {
    return null;
  }
}

// ---- listing, retention and clean-up ---------------------------------------------------------------

type Entry = { name: string; kind: BackupKind; size: number; mtime: number };

function entries(dir: string): Entry[] {
  if (!fs.existsSync(dir)) return [];
  const out: Entry[] = [];
  for (const name of fs.readdirSync(dir)) {
    const p = parseBackupName(name);
    if (!p) continue;
    const st = fs.statSync(path.join(dir, name));
    out.push({ name, kind: p.kind, size: st.size, mtime: st.mtimeMs });
  }
  return out.sort((a, b) => b.mtime - a.mtime || b.name.localeCompare(a.name));
}

export function listBackups(dataDir: string): BackupListing[] {
  const dir = path.join(dataDir, BACKUP_DIR);
  return entries(dir).map((e) => ({ name: e.name, kind: e.kind, size: e.size, at: new Date(e.mtime).toISOString(), counts: countsOf(path.join(dir, e.name)) }));
}

const limitOf = (kind: BackupKind, p: BackupPolicy) => (kind === '每日' ? p.daily : kind === '每周' ? p.weekly : kind === '每月' ? p.monthly : p.event);

/** Keeps the newest copies of each kind the policy allows, then the oldest go until the total fits the cap; `keep` (just made) always stays. */
export function rotate(dir: string, policy: BackupPolicy, keep: string): void {
  const all = entries(dir);
  const seen = new Map<BackupKind, number>();
  const kept: Entry[] = [];
  for (const e of all) {
    const n = (seen.get(e.kind) ?? 0) + 1;
    seen.set(e.kind, n);
    if (n > limitOf(e.kind, policy) && e.name !== keep) remove(dir, e.name);
    else kept.push(e);
  }
  let total = kept.reduce((s, e) => s + e.size, 0);
  const cap = policy.capMb * 1024 * 1024;
  for (const e of [...kept].reverse()) {
    if (total <= cap) break;
    if (e.name === keep || e === kept[0]) continue; // never the newest copy
    remove(dir, e.name);
    total -= e.size;
  }
}

function remove(dir: string, name: string): void {
  fs.rmSync(path.join(dir, name), { force: true });
  fs.rmSync(sidecarOf(path.join(dir, name)), { force: true });
}

/** Removes what killed copies left behind; run once the folder's lock is held, so no copy of another process is in flight. */
export function cleanLeftovers(dataDir: string): void {
  const dir = path.join(dataDir, BACKUP_DIR);
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (isLeftover(f)) fs.rmSync(path.join(dir, f), { force: true });
  const files = path.join(dataDir, 'files');
  if (!fs.existsSync(files)) return;
  for (const sub of fs.readdirSync(files)) {
    const d = path.join(files, sub);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d)) if (f.includes('.tmp-')) fs.rmSync(path.join(d, f), { force: true });
  }
}

export function backupSummary(db: Db, dataDir: string): BackupSummary {
  const s = stateOf(dataDir);
  const list = entries(path.join(dataDir, BACKUP_DIR));
  const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
  return {
    policy: readPolicy(db),
    count: list.length,
    totalSize: list.reduce((n, e) => n + e.size, 0),
    dataSize: size(db.name) + size(`${db.name}-wal`), // recent writes may still be in the WAL
    running: s.running,
    lastError: s.lastError,
  };
}
