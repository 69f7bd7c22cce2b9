// Portable backup files (.djbak: a zip with a manifest, the database and every attached file the
// data names), optionally encrypted with a password (backupCrypto.ts); and reading any backup a
// clerk may hand to restore — a .djbak, an old bare .sqlite3 backup or a compressed .sqlite3.gz
// from backups/ — into a staging folder, with limits on the bytes actually inflated.
import type JSZip from 'jszip';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, Writable, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { BackupError, enqueue } from './backup';
import { decrypt, encrypt, isEncrypted } from './backupCrypto';
import { referencedHashes } from './fileStore';
import { DB_FILE, type Db } from './open';

/** jszip loads when a backup file is written or read, not at every start of the app. */
const loadJSZip = () => import('jszip').then((m) => m.default);

const MANIFEST = 'dangjian-backup.json';
const ATTACHMENT = /^files\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** One file with the database and the attachments, for a USB stick; queued with the folder's other backups. */
export function writeBackupFile(db: Db, dataDir: string, target: string, now: Date, password?: string): Promise<{ size: number; files: number }> {
  return enqueue(dataDir, async () => {
    const copy = path.join(dataDir, 'backups', `导出-${process.pid}-${crypto.randomBytes(4).toString('hex')}.partial-db`);
    fs.mkdirSync(path.dirname(copy), { recursive: true, mode: 0o700 });
    try {
      await db.backup(copy);
      const zip = new (await loadJSZip())();
      zip.file(MANIFEST, JSON.stringify({ app: '党建台账', schemaVersion: Number(db.pragma('user_version', { simple: true })), createdAt: now.toISOString() }));
      zip.file(DB_FILE, fs.createReadStream(copy));
      let files = 0;
      for (const sha of referencedHashes(db)) {
        const f = path.join(dataDir, 'files', sha.slice(0, 2), sha);
        if (!fs.existsSync(f)) continue; // `check` reports it; the rest of the data still deserves a backup
        zip.file(`files/${sha.slice(0, 2)}/${sha}`, fs.readFileSync(f));
        files++;
      }
      const plain = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
      const bytes = password ? encrypt(plain, password) : plain;
      const partial = `${target}.partial-${process.pid}`;
      fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      fs.writeFileSync(partial, bytes, { mode: 0o600 });
      fs.renameSync(partial, target);
      return { size: bytes.length, files };
    } finally {
      fs.rmSync(copy, { force: true });
    }
  });
}

/** A backup unpacked into `dir`: its database file, and its attached files by hash (read on demand: only those the data names are ever inflated). */
export type Unpacked = { dbFile: string; attachment: (sha256: string) => Promise<Buffer | null> };

export const MAX_ATTACHMENT = 100 * 1024 * 1024;
const MAX_RATIO = 200; // a database compresses well, but not 200-fold: more is a bomb

export async function unpackBackup(file: string, dir: string, password?: string): Promise<Unpacked> {
  if (!fs.existsSync(file)) throw new BackupError(`找不到文件：${file}`);
  const dbFile = path.join(dir, DB_FILE);
  const none = async () => null;
  const head = readHead(file);
  if (isEncrypted(head)) {
    if (!password) throw new BackupError('这个备份文件设置了密码，请输入备份密码后再恢复');
    return unpackZip(decrypt(fs.readFileSync(file), password), dbFile);
  }
  if (head.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') {
    fs.copyFileSync(file, dbFile);
    return { dbFile, attachment: none };
  }
  if (head[0] === 0x1f && head[1] === 0x8b) {
    await inflateTo(fs.createReadStream(file).pipe(zlib.createGunzip()), dbFile, Math.max(64 * 1024 * 1024, fs.statSync(file).size * MAX_RATIO));
    return { dbFile, attachment: none };
  }
  return unpackZip(fs.readFileSync(file), dbFile);
}

function readHead(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(16);
    return b.subarray(0, fs.readSync(fd, b, 0, 16, 0));
  } finally {
    fs.closeSync(fd);
  }
}

async function unpackZip(bytes: Buffer, dbFile: string): Promise<Unpacked> {
  let zip: JSZip;
  try {
    zip = await (await loadJSZip()).loadAsync(bytes);
  } catch {
    throw new BackupError('这不是党建台账的备份文件（既不是备份压缩包，也不是数据库文件）');
  }
  const inner = zip.file(DB_FILE);
  if (!zip.file(MANIFEST) || !inner) throw new BackupError('这不是党建台账的备份文件（缺少备份说明或数据库）');
  await inflateTo(inner.nodeStream('nodebuffer'), dbFile, Math.max(64 * 1024 * 1024, bytes.length * MAX_RATIO));
  return {
    dbFile,
    attachment: async (sha) => {
      const entry = zip.file(`files/${sha.slice(0, 2)}/${sha}`);
      if (!entry || !ATTACHMENT.test(entry.name)) return null;
      const chunks: Buffer[] = [];
      await inflateTo(entry.nodeStream('nodebuffer'), null, MAX_ATTACHMENT, (c) => chunks.push(c));
      return Buffer.concat(chunks);
    },
  };
}

/** Streams inflated bytes to a file (or a sink), refusing once more than `limit` bytes come out. */
async function inflateTo(source: Readable | NodeJS.ReadableStream, to: string | null, limit: number, sink?: (c: Buffer) => void): Promise<void> {
  let n = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      n += chunk.length;
      if (n > limit) return cb(new BackupError(`备份中的内容解压后超过 ${Math.round(limit / 1024 / 1024)} MB，不像是正常的备份，已停止`));
      cb(null, chunk);
    },
  });
  const out = to
    ? fs.createWriteStream(to, { mode: 0o600 })
    : new Writable({
        write(chunk: Buffer, _enc, cb) {
          sink?.(chunk);
          cb();
        },
      });
  try {
    await pipeline(source, guard, out);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError(`备份文件已损坏，无法解压（${(e as Error).message}）`);
  }
}
