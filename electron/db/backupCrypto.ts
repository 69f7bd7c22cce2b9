// A backup file with a password (optional, chosen by the clerk when saving a .djbak to a USB stick).
// A standard construction from Node's crypto, nothing home-made:
//   key  = scrypt(password as UTF-8 NFC, salt, 32 bytes, N = 2^15, r = 8, p = 1)   (RFC 7914)
//   body = AES-256-GCM(key, iv, plaintext = the .djbak zip), AAD = the header below  (NIST SP 800-38D)
// File layout: "DJBAKENC" | version 1 | log2(N) | r | p | salt (16 random bytes) | iv (12 random bytes)
//              | ciphertext | GCM tag (16 bytes).
// A wrong password and a changed byte anywhere (header included, through the AAD) both fail the tag
// check, so nothing is restored from a file that is not exactly what was saved. A lost password
// cannot be recovered: there is no other key.
import crypto from 'node:crypto';

export const MAGIC = Buffer.from('DJBAKENC', 'latin1');
const HEADER = MAGIC.length + 4 + 16 + 12;
const TAG = 16;
const DEFAULT = { log2N: 15, r: 8, p: 1 };

export class WrongPasswordError extends Error {}

export const isEncrypted = (head: Buffer) => head.subarray(0, MAGIC.length).equals(MAGIC);

function key(password: string, salt: Buffer, log2N: number, r: number, p: number): Buffer {
  const N = 2 ** log2N;
  return crypto.scryptSync(password.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

export function encrypt(plain: Buffer, password: string): Buffer {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const header = Buffer.concat([MAGIC, Buffer.from([1, DEFAULT.log2N, DEFAULT.r, DEFAULT.p]), salt, iv]);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(password, salt, DEFAULT.log2N, DEFAULT.r, DEFAULT.p), iv);
  cipher.setAAD(header);
  return Buffer.concat([header, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

export function decrypt(file: Buffer, password: string): Buffer {
  if (file.length < HEADER + TAG) throw new WrongPasswordError('备份文件不完整，无法解密');
  const [version, log2N, r, p] = [file[8]!, file[9]!, file[10]!, file[11]!];
  // A hostile file must not make scrypt take gigabytes: only parameters this program writes, a little above.
  if (version !== 1 || log2N < 10 || log2N > 17 || r < 1 || r > 16 || p < 1 || p > 4) throw new WrongPasswordError('备份文件的加密参数不正确，无法解密');
  const header = file.subarray(0, HEADER);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(password, file.subarray(12, 28), log2N, r, p), file.subarray(28, HEADER));
  decipher.setAAD(header);
  decipher.setAuthTag(file.subarray(file.length - TAG));
  try {
    return Buffer.concat([decipher.update(file.subarray(HEADER, file.length - TAG)), decipher.final()]);
  } catch {
    throw new WrongPasswordError('备份密码不正确（或备份文件已被改动），没有恢复任何数据');
  }
}
