// Attached files live in the data folder under files/<first two hex>/<sha256>, never referenced
// where the clerk picked them, so moving or deleting the original loses nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function storeFile(dataDir: string, bytes: Buffer): { sha256: string; size: number } {
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const file = filePath(dataDir, sha256);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file); // atomic: a crash never leaves half a file under the real name
  }
  return { sha256, size: bytes.length };
}

export function readStoredFile(dataDir: string, sha256: string): Buffer {
  return fs.readFileSync(filePath(dataDir, sha256));
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
