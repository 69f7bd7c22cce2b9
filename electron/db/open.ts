// Opening the data folder's database: pragmas, then pending migrations after a backup.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { nameSortKey } from '../domain/pinyin';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';
import { BACKUP_DIR, stamp } from './backupNames';

export type Db = Database.Database;

export const DB_FILE = 'dangjian.sqlite3';

export class DataFolderError extends Error {}

export type OpenOptions = {
  migrations?: readonly Migration[];
  now?: () => Date;
  /** better-sqlite3 built for Electron's ABI, kept beside the Node build (see scripts/start.ts). */
  nativeBinding?: string;
};

export function openDataFolder(dataDir: string, opts: OpenOptions = {}): Db {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DB_FILE);
  const db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    keepPrivate(dataDir, file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL'); // office PCs lose power: a committed write must be on disk
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    registerFunctions(db);
    migrate(db, dataDir, opts.migrations ?? MIGRATIONS, opts.now ?? (() => new Date()));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** SQL functions the migrations call (also on a staged restore and the reference schema it is checked against). */
export function registerFunctions(db: Db): void {
  // Used by migration 12 to fill members.name_key; new rows get theirs from insertMember.
  db.function('pinyin_key', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? nameSortKey(s) : null));
}

/** An empty in-memory database standing in while the data file is damaged; the API gate keeps it unused. */
export function openPlaceholder(opts: Pick<OpenOptions, 'nativeBinding'> = {}): Db {
  return new Database(':memory:', opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * The folder holds every 身份证号 and the password record: readable by this user only (POSIX; on
 * Windows the per-user %APPDATA% folder already is). SQLite gives -wal and -shm the database's mode.
 */
function keepPrivate(dataDir: string, file: string): void {
  if (process.platform === 'win32') return;
  try {
    if (fs.statSync(dataDir).uid === process.getuid?.()) fs.chmodSync(dataDir, 0o700);
    fs.chmodSync(file, 0o600);
  } catch {
    // a folder on a share that refuses chmod still opens
  }
}

export function migrate(db: Db, dataDir: string, migrations: readonly Migration[], now: () => Date, opts: { backupFirst?: boolean } = {}): void {
  assertRising(migrations);
  const target = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > target) {
    throw new DataFolderError(
      `这个数据文件由更新版本的党建台账创建（数据版本 ${current}，本程序支持到 ${target}）。为避免损坏数据，本程序不会打开它，请安装新版本后再使用。`,
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  const copy = current > 0 && opts.backupFirst !== false ? backupBeforeMigration(db, dataDir, current, now()) : null;
  try {
    db.transaction(() => {
      for (const m of pending) {
        db.exec(m.up);
        db.pragma(`user_version = ${m.version}`);
      }
    })();
  } catch (e) {
    // Rolled back: the data is as the copy holds it, and each later attempt must not add another.
    if (copy) fs.rmSync(copy, { force: true });
    throw e;
  }
}

function assertRising(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

function backupBeforeMigration(db: Db, dataDir: string, fromVersion: number, at: Date): string {
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const target = path.join(dir, `升级前-v${fromVersion}-${stamp(at)}.sqlite3`);
  fs.rmSync(target, { force: true });
  // VACUUM INTO writes a consistent, compact copy synchronously (the online backup API is async).
  db.prepare('VACUUM INTO ?').run(target);
  if (process.platform !== 'win32') fs.chmodSync(target, 0o600);
  return target;
}

export { SCHEMA_VERSION };
