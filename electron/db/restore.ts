// Restoring a backup as one act. Everything is checked in a staging folder inside the data folder
// first (the database's integrity, that it is ours and holds only the schema objects the app
// creates, every attached file's bytes against its hash name, the migration to this version run
// on the staged copy); only then is it switched in:
//   1. the staged attachments are moved into files/ (content-addressed: the old data never names
//      a file by a hash it does not hold, so adding files leaves the old data whole);
//   2. a journal naming the staging folder is written;
//   3. the live connection is closed (which checkpoints and removes the WAL), a damaged file set aside;
//   4. the staged database is renamed over the live one (one atomic rename);
//   5. the journal and the staging folder are removed.
// A crash at any point is settled at the next open by recoverRestore: with the journal present, a
// staged database still waiting means the rename did not happen — the old data stands (or, if a
// damaged file was already set aside, the staged one goes in); once the rename happened the new
// data stands. Either way the folder holds one whole set of data and opens.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup';
import { integrityProblem } from './backupCopy';
import { unpackBackup, type Unpacked } from './backupFile';
import { filePath, referencedHashes, sha256Of, storedFileIntact } from './fileStore';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { DB_FILE, migrate, registerFunctions } from './open';

const JOURNAL = 'restore-journal.json';
const STAGING = '.restore-';

export type Staged = { dir: string; dbFile: string; schemaVersion: number; attachments: number; missing: number };

/** Unpacks and checks a backup in a staging folder inside dataDir; throws BackupError (and leaves nothing) when anything is wrong. */
export async function stageRestore(dataDir: string, file: string, password?: string, migrations: readonly Migration[] = MIGRATIONS): Promise<Staged> {
  const dir = path.join(dataDir, `${STAGING}${crypto.randomBytes(6).toString('hex')}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  try {
    const unpacked = await unpackBackup(file, dir, password);
    const schemaVersion = checkDatabase(unpacked.dbFile, migrations);
    const { attachments, missing } = await stageAttachments(dataDir, dir, unpacked);
    const db = new Database(unpacked.dbFile);
    registerFunctions(db);
    try {
      // The migration runs here, on the copy: if it fails, the live data was never touched.
      migrate(db, dir, migrations, () => new Date(), { backupFirst: false });
      db.pragma('journal_mode = DELETE'); // one self-contained file to rename into place
    } catch (e) {
      throw new BackupError(`备份中的数据无法升级到本程序的版本（${(e as Error).message}），没有恢复任何数据`);
    } finally {
      db.close();
    }
    return { dir, dbFile: unpacked.dbFile, schemaVersion, attachments, missing };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

export function discardStaged(s: Staged): void {
  fs.rmSync(s.dir, { recursive: true, force: true });
}

function checkDatabase(dbFile: string, migrations: readonly Migration[]): number {
  const problem = integrityProblem(dbFile);
  if (problem) throw new BackupError(`备份中的数据库已损坏，不能用于恢复（${problem}）`);
  const db = new Database(dbFile, { readonly: true });
  try {
    const version = Number(db.pragma('user_version', { simple: true }));
    const ours = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('orgs', 'members', 'audit_log')`).get() as { n: number };
    if (ours.n !== 3 || version < 1) throw new BackupError('这个数据库不是党建台账的数据，不能用于恢复');
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) throw new BackupError(`这个备份来自更新版本的党建台账（数据版本 ${version}，本程序支持到 ${latest}），请先升级程序再恢复`);
    const foreign = foreignObjects(db, version, migrations);
    if (foreign.length) throw new BackupError(`备份中的数据库含有本程序不会创建的内容（${foreign.slice(0, 3).join('、')}），可能被改动过，不能用于恢复`);
    return version;
  } finally {
    db.close();
  }
}

const schemaRow = (r: { type: string; name: string; sql: string | null }) => `${r.type} ${r.name} ${r.sql ?? ''}`;

/** Tables, indexes, triggers and views other than exactly those the migrations up to `version` create. */
function foreignObjects(db: Database.Database, version: number, migrations: readonly Migration[]): string[] {
  const reference = new Database(':memory:');
  registerFunctions(reference);
  try {
    for (const m of migrations.filter((x) => x.version <= version)) reference.exec(m.up);
    const expected = new Set((reference.prepare('SELECT type, name, sql FROM sqlite_master').all() as { type: string; name: string; sql: string | null }[]).map(schemaRow));
    const rows = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT IN ('sqlite_stat1', 'sqlite_stat4')`).all() as { type: string; name: string; sql: string | null }[];
    return rows.filter((r) => !expected.has(schemaRow(r))).map((r) => `${r.type === 'trigger' ? '触发器' : r.type === 'view' ? '视图' : r.type === 'index' ? '索引' : '表'} ${r.name}`);
  } finally {
    reference.close();
  }
}

/** Writes each file the restored data names into the staging folder, checked against its hash; a file the data folder already holds intact is not copied again. */
async function stageAttachments(dataDir: string, dir: string, unpacked: Unpacked): Promise<{ attachments: number; missing: number }> {
  const db = new Database(unpacked.dbFile, { readonly: true });
  let hashes: string[];
  try {
    hashes = referencedHashes(db);
  } finally {
    db.close();
  }
  let missing = 0;
  for (const sha of hashes) {
    const bytes = await unpacked.attachment(sha);
    if (bytes === null) {
      if (!storedFileIntact(dataDir, sha)) missing++; // `check` will name it after the restore
      continue;
    }
    if (sha256Of(bytes) !== sha) throw new BackupError(`备份中的附件 ${sha.slice(0, 12)}… 内容与名称不符，备份可能已损坏或被改动，没有恢复任何数据`);
    const to = filePath(dir, sha);
    fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    fs.writeFileSync(to, bytes, { mode: 0o600 });
  }
  return { attachments: hashes.length - missing, missing };
}

/** Switches the staged data in (steps 1–5 above). `closeLive` closes the live connection; `setAside` moves a damaged file out of the way. */
export function switchToStaged(dataDir: string, s: Staged, closeLive: () => void, setAside?: () => void): void {
  moveAttachments(s.dir, dataDir);
  writeDurably(path.join(dataDir, JOURNAL), JSON.stringify({ staging: path.basename(s.dir) }));
  closeLive();
  const live = path.join(dataDir, DB_FILE);
  const wal = `${live}-wal`;
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0 && !setAside) {
    // Another connection still holds uncommitted-to-file work: replacing the file now would lose it.
    fs.rmSync(path.join(dataDir, JOURNAL), { force: true });
    throw new BackupError('数据文件仍被另一个连接使用，没有恢复。请关闭其他打开此数据文件夹的程序后重试。');
  }
  setAside?.();
  fs.rmSync(wal, { force: true });
  fs.rmSync(`${live}-shm`, { force: true });
  try {
    fs.renameSync(s.dbFile, live);
  } catch (e) {
    // Windows refuses while another program has the file open: the old data stays, as it was.
    if (!setAside) fs.rmSync(path.join(dataDir, JOURNAL), { force: true });
    throw new BackupError(`无法替换数据文件（${(e as Error).message}），没有恢复。请关闭其他打开此数据文件夹的程序后重试。`);
  }
  syncDir(dataDir);
  fs.rmSync(path.join(dataDir, JOURNAL), { force: true });
  discardStaged(s);
}

function moveAttachments(from: string, dataDir: string): void {
  const files = path.join(from, 'files');
  if (!fs.existsSync(files)) return;
  for (const sub of fs.readdirSync(files)) {
    for (const name of fs.readdirSync(path.join(files, sub))) {
      if (storedFileIntact(dataDir, name)) continue;
      const to = filePath(dataDir, name);
      fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
      fs.renameSync(path.join(files, sub, name), to); // atomic: a file is there whole or not at all
    }
    syncDir(path.join(dataDir, 'files', sub));
  }
}

/** Settles a restore a crash interrupted, and removes staging folders no journal names. Run under the folder's lock, before opening the database. */
export function recoverRestore(dataDir: string): void {
  if (!fs.existsSync(dataDir)) return;
  const journal = path.join(dataDir, JOURNAL);
  let named: string | null = null;
  if (fs.existsSync(journal)) {
    try {
      named = (JSON.parse(fs.readFileSync(journal, 'utf8')) as { staging?: unknown }).staging as string;
    } catch {
      named = null; // written with tmp+rename, so a torn journal means the switch never began
    }
    const staged = named && !named.includes('/') && !named.includes('\\') ? path.join(dataDir, named, DB_FILE) : null;
    const live = path.join(dataDir, DB_FILE);
    if (staged && fs.existsSync(staged) && !fs.existsSync(live)) {
      // The damaged file was set aside and then the process died: the checked backup goes in.
      fs.rmSync(`${live}-wal`, { force: true });
      fs.rmSync(`${live}-shm`, { force: true });
      fs.renameSync(staged, live);
      syncDir(dataDir);
    }
    fs.rmSync(journal, { force: true });
  }
  for (const f of fs.readdirSync(dataDir)) {
    if (f.startsWith(STAGING)) fs.rmSync(path.join(dataDir, f), { recursive: true, force: true });
  }
  fs.rmSync(`${journal}.tmp`, { force: true });
}

function writeDurably(file: string, text: string): void {
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  syncDir(path.dirname(file));
}

/** Makes renames in a folder durable (POSIX); Windows cannot open a folder this way and commits renames itself. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported here
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
