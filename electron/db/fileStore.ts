// Attached files live in the data folder under files/<first two hex>/<sha256>, never referenced
// where the clerk picked them, so moving or deleting the original loses nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './open';

/** An attached file the data names but the folder lacks, or holds with other bytes. */
export class MissingFileError extends Error {}

export function storeFile(dataDir: string, bytes: Buffer): { sha256: string; size: number } {
  const sha256 = sha256Of(bytes);
  const file = filePath(dataDir, sha256);
  if (!storedFileIntact(dataDir, sha256)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, bytes, { mode: 0o600 });
    fs.renameSync(tmp, file); // atomic: a crash never leaves half a file under the real name
  }
  return { sha256, size: bytes.length };
}

/** The stored bytes, checked against their name; a missing or altered file is a MissingFileError with a Chinese message. */
export function readStoredFile(dataDir: string, sha256: string, label = '附件'): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath(dataDir, sha256));
  } catch {
    throw new MissingFileError(`${label}的文件在数据文件夹中找不到（可能被删除或移动过）。请从含有它的备份恢复，或删除后重新上传。`);
  }
  if (sha256Of(bytes) !== sha256) throw new MissingFileError(`${label}的文件已损坏（内容与保存时不同）。请从含有它的备份恢复，或删除后重新上传。`);
  return bytes;
}

export const sha256Of = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Every file the data names (meeting attachments and archive files share the attachments table). */
export function referencedHashes(db: Db): string[] {
  const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'`).get();
  if (!has) return [];
  return (db.prepare('SELECT DISTINCT sha256 FROM attachments ORDER BY sha256').all() as { sha256: string }[]).map((r) => r.sha256);
}

/** Whether the folder holds the file under its hash with exactly those bytes. */
export function storedFileIntact(dataDir: string, sha256: string): boolean {
  try {
    return sha256Of(fs.readFileSync(filePath(dataDir, sha256))) === sha256;
  } catch {
    return false;
  }
}

export function filePath(dataDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('bad hash');
  return path.join(dataDir, 'files', sha256.slice(0, 2), sha256);
}

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The type of an allowed attachment by its extension, or null when it is not allowed. */
export function attachmentMime(fileName: string): string | null {
  return MIME[path.extname(fileName).toLowerCase()] ?? null;
}
