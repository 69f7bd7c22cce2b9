// Backups: consistent copies made with SQLite's online backup while the app runs, checked
// with integrity_check after writing, rotated; and portable backup files (.djbak: a zip with
// the database and every attached file) that restore checks before touching anything.
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupListing } from '../api/contract';
import { MIGRATIONS } from './migrations';
import { DB_FILE, type Db } from './open';

export const BACKUP_DIR = 'backups';
export const KEEP = { daily: 14, monthly: 12, event: 10 } as const;
export type BackupKind = 'daily' | 'monthly' | '手动' | '导入前' | '恢复前' | '升级前';

export class BackupError extends Error {}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..+/, '').replace('T', '-');

/** Copies the live database to `target` with the online backup API, then proves the copy intact. */
export async function backupDatabase(db: Db, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.partial`;
  await db.backup(tmp);
  const problem = integrityProblem(tmp);
  if (problem) {
    fs.rmSync(tmp, { force: true });
    throw new BackupError(`备份文件校验未通过：${problem}`);
  }
  fs.renameSync(tmp, target);
}

/** null when the file is an intact SQLite database, else what is wrong. */
export function integrityProblem(file: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const r = db.pragma('integrity_check') as { integrity_check: string }[];
    return r.length === 1 && r[0]!.integrity_check === 'ok' ? null : r.map((x) => x.integrity_check).slice(0, 3).join('；');
  } catch (e) {
    return (e as Error).message;
  } finally {
    db?.close();
  }
}

/** A rotated backup in the data folder's backups/; the first daily backup of a month also becomes its monthly one. */
export async function autoBackup(db: Db, dataDir: string, kind: Exclude<BackupKind, 'monthly'>, now: Date): Promise<string> {
  const dir = path.join(dataDir, BACKUP_DIR);
  const file = path.join(dir, `${kind}-${stamp(now)}.sqlite3`);
  await backupDatabase(db, file);
  if (kind === 'daily') {
    const month = stamp(now).slice(0, 6);
    if (!fs.readdirSync(dir).some((f) => f.startsWith(`monthly-${month}`))) fs.copyFileSync(file, path.join(dir, `monthly-${month}.sqlite3`));
  }
  rotate(dir);
  return file;
}

/** Whether today's daily backup is still to be made (the first start of each day makes it). */
export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const dir = path.join(dataDir, BACKUP_DIR);
  const today = stamp(now).slice(0, 8);
  return !fs.existsSync(dir) || !fs.readdirSync(dir).some((f) => f.startsWith(`daily-${today}`));
}

export function rotate(dir: string): void {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sqlite3')).sort().reverse();
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const kind = f.split('-')[0]!;
    groups.set(kind, [...(groups.get(kind) ?? []), f]);
  }
  for (const [kind, list] of groups) {
    const keep = kind === 'daily' ? KEEP.daily : kind === 'monthly' ? KEEP.monthly : KEEP.event;
    for (const f of list.slice(keep)) fs.rmSync(path.join(dir, f), { force: true });
  }
}



export function listBackups(dataDir: string): BackupListing[] {
  const dir = path.join(dataDir, BACKUP_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite3'))
    .sort()
    .reverse()
    .map((name) => {
      const file = path.join(dir, name);
      const st = fs.statSync(file);
      return { name, kind: name.split('-')[0]!, size: st.size, at: st.mtime.toISOString(), counts: recordCounts(file) };
    });
}

function recordCounts(file: string): BackupListing['counts'] {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
      return { orgs: n('orgs'), members: n('members'), meetings: Number(db.pragma('user_version', { simple: true })) >= 2 ? n('meetings') : 0 };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

// ---- portable backup files ---------------------------------------------------------------

const MANIFEST = 'dangjian-backup.json';

/** One file with the database and the attachments, for a USB stick. */
export async function writeBackupFile(db: Db, dataDir: string, target: string, now: Date): Promise<{ size: number; files: number }> {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-backup-'));
  try {
    const dbCopy = path.join(tmpDir, DB_FILE);
    await backupDatabase(db, dbCopy);
    const zip = new JSZip();
    const version = Number(db.pragma('user_version', { simple: true }));
    zip.file(MANIFEST, JSON.stringify({ app: '党建台账', schemaVersion: version, createdAt: now.toISOString() }));
    zip.file(DB_FILE, fs.readFileSync(dbCopy));
    let files = 0;
    const filesDir = path.join(dataDir, 'files');
    if (fs.existsSync(filesDir)) {
      for (const sub of fs.readdirSync(filesDir)) {
        for (const f of fs.readdirSync(path.join(filesDir, sub))) {
          if (!/^[0-9a-f]{64}$/.test(f)) continue;
          zip.file(`files/${sub}/${f}`, fs.readFileSync(path.join(filesDir, sub, f)));
          files++;
        }
      }
    }
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    fs.writeFileSync(`${target}.partial`, bytes);
    fs.renameSync(`${target}.partial`, target);
    return { size: bytes.length, files };
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

export type CheckedBackup = { dbFile: string; attachments: { rel: string; bytes: Buffer }[]; schemaVersion: number; cleanup: () => void };

/** Opens a backup file (ours, or a bare .sqlite3 backup) and checks it before anything is replaced. */
export async function checkBackupFile(file: string): Promise<CheckedBackup> {
  if (!fs.existsSync(file)) throw new BackupError(`找不到文件：${file}`);
  const bytes = fs.readFileSync(file);
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-restore-'));
  const cleanup = () => fs.rmSync(tmpDir, { recursive: true, force: true });
  try {
    const dbFile = path.join(tmpDir, DB_FILE);
    const attachments: CheckedBackup['attachments'] = [];
    if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') {
      fs.writeFileSync(dbFile, bytes);
    } else {
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(bytes);
      } catch {
        throw new BackupError('这不是党建台账的备份文件（既不是备份压缩包，也不是数据库文件）');
      }
      const manifest = zip.file(MANIFEST);
      const inner = zip.file(DB_FILE);
      if (!manifest || !inner) throw new BackupError('这不是党建台账的备份文件（缺少备份说明或数据库）');
      fs.writeFileSync(dbFile, await inner.async('nodebuffer'));
      for (const f of zip.file(/^files\/[0-9a-f]{2}\/[0-9a-f]{64}$/)) attachments.push({ rel: f.name, bytes: await f.async('nodebuffer') });
    }
    const problem = integrityProblem(dbFile);
    if (problem) throw new BackupError(`备份中的数据库已损坏，不能用于恢复（${problem}）`);
    const db = new Database(dbFile, { readonly: true });
    let version: number;
    try {
      version = Number(db.pragma('user_version', { simple: true }));
      const hasOurs = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('orgs', 'members', 'audit_log')`).get() as { n: number };
      if (hasOurs.n !== 3 || version < 1) throw new BackupError('这个数据库不是党建台账的数据，不能用于恢复');
    } finally {
      db.close();
    }
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (version > latest) throw new BackupError(`这个备份来自更新版本的党建台账（数据版本 ${version}，本程序支持到 ${latest}），请先升级程序再恢复`);
    return { dbFile, attachments, schemaVersion: version, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}
