// The parts of an uploaded zip package (.xlsx, .docx) read as a hostile file would be: every
// size is the count of bytes actually inflated, checked as they come out of zlib, never the size
// the archive declares (a 1 MB file can declare 1,000 bytes and inflate to a gigabyte).
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';

/** Why a part could not be read: the caller names the file and says it in Chinese. */
export class ZipError extends Error {
  constructor(readonly reason: 'damaged' | 'too-large' | 'encrypted', readonly part: string) {
    super(`${part}: ${reason}`);
  }
}

export type ZipPart = { name: string; method: number; declaredSize: number; data: Buffer };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_PARTS = 20_000;
/** Inflated text is handed on in slices of this size, so a large part never sits in memory whole. */
const CHUNK = 256 * 1024;

function u16(b: Buffer, at: number): number {
  if (at < 0 || at + 2 > b.length) throw new ZipError('damaged', '');
  return b.readUInt16LE(at);
}

function u32(b: Buffer, at: number): number {
  if (at < 0 || at + 4 > b.length) throw new ZipError('damaged', '');
  return b.readUInt32LE(at);
}

/** The package's parts by name, from the central directory at the end of the archive (nothing inflated yet). */
export function zipParts(zip: Buffer): Map<string, ZipPart> {
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let at = zip.length - 22; at >= from; at--) {
    if (zip[at] === 0x50 && zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('damaged', '');
  const count = u16(zip, eocd + 10);
  if (count > MAX_PARTS) throw new ZipError('too-large', '');
  let at = u32(zip, eocd + 16);
  const parts = new Map<string, ZipPart>();
  for (let i = 0; i < count; i++) {
    if (u32(zip, at) !== CENTRAL) throw new ZipError('damaged', '');
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const compressedSize = u32(zip, at + 20);
    const declaredSize = u32(zip, at + 24);
    const nameLen = u16(zip, at + 28);
    const next = at + 46 + nameLen + u16(zip, at + 30) + u16(zip, at + 32);
    const local = u32(zip, at + 42);
    if (at + 46 + nameLen > zip.length) throw new ZipError('damaged', '');
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    if (flags & 1) throw new ZipError('encrypted', name);
    if (method !== 0 && method !== 8) throw new ZipError('damaged', name);
    if (u32(zip, local) !== LOCAL) throw new ZipError('damaged', name);
    const start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    if (start + compressedSize > zip.length) throw new ZipError('damaged', name);
    parts.set(name, { name, method, declaredSize, data: zip.subarray(start, start + compressedSize) });
    at = next;
  }
  return parts;
}

/** A part's bytes, refused when the archive declares more than `limit` or inflates to other than it declared. */
export function inflatePart(part: ZipPart, limit: number): Buffer {
  if (part.declaredSize > limit) throw new ZipError('too-large', part.name);
  let out: Buffer;
  try {
    // maxOutputLength stops zlib the moment the output passes what was declared.
    out = part.method === 0 ? Buffer.from(part.data) : zlib.inflateRawSync(part.data, { maxOutputLength: Math.max(1, part.declaredSize) });
  } catch {
    throw new ZipError('damaged', part.name);
  }
  if (out.length !== part.declaredSize) throw new ZipError('damaged', part.name);
  return out;
}

/**
 * A part's text handed to `onText` slice by slice as it inflates: memory stays at one slice
 * however large the part, and inflating stops at the first byte beyond `limit` or the declared
 * size. A declared size above `limit` is not refused up front: the parser may stop sooner
 * with a better reason (the row limit of a sheet).
 * `onText` may throw to stop early (a parser that has seen enough).
 */
export async function streamPart(part: ZipPart, limit: number, onText: (text: string) => void): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let total = 0;
  const take = (chunk: Buffer) => {
    total += chunk.length;
    if (total > limit) throw new ZipError('too-large', part.name);
    if (total > part.declaredSize) throw new ZipError('damaged', part.name);
    onText(decoder.write(chunk));
  };
  if (part.method === 0) {
    for (let at = 0; at < part.data.length; at += CHUNK) take(part.data.subarray(at, at + CHUNK));
  } else {
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    const done = new Promise<void>((resolve, reject) => {
      inflate.on('data', (chunk: Buffer) => {
        try {
          take(chunk);
        } catch (e) {
          inflate.destroy();
          reject(e instanceof Error ? e : new ZipError('damaged', part.name));
        }
      });
      inflate.on('error', () => reject(new ZipError('damaged', part.name)));
      inflate.on('end', resolve);
    });
    inflate.end(part.data);
    await done;
  }
  if (total !== part.declaredSize) throw new ZipError('damaged', part.name);
  onText(decoder.end());
}
