// Reads entries of a .zip (an .xlsx) with Node's own zlib: JSZip inflates in JavaScript, several
// times slower on the tens of megabytes of sheet XML a 30,000-row ledger holds.
import zlib from 'node:zlib';

export type ZipEntries = Map<string, () => Buffer>;

/** Entry names and a reader for each, from the central directory at the end of the archive. */
export function zipEntries(zip: Buffer): ZipEntries {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('不是有效的 zip 文件');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out: ZipEntries = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip 目录已损坏');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLen);
    out.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data);
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
