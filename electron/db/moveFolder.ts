// Moving the whole data folder (database, attachments, backups) to a place the clerk chooses,
// say D:\ when C:\ is small or is wiped by the IT office. Copied first (a move across drives is
// a copy anyway), checked file by file and by SQLite's integrity_check, then switched; only
// then is the old folder removed. Any failure before the switch leaves everything as it was.
import fs from 'node:fs';
import path from 'node:path';
import { integrityProblem } from './backup';
import { DB_FILE } from './open';

export class MoveError extends Error {}

// Windows paths are compared without case: D:\Data and d:\data are one folder.
const norm = (p: string) => (process.platform === 'win32' ? path.resolve(p).toLowerCase() : path.resolve(p));

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Why the data folder cannot move to `to`, in the clerk's words, or null when it can. */
export function moveProblem(from: string, to: string): string | null {
  if (!path.isAbsolute(to)) return '请填写完整的文件夹路径（例如 D:\\党建台账数据）';
  const a = norm(from);
  const b = norm(to);
  if (a === b) return '新位置就是现在的数据文件夹';
  if (within(b, a)) return '新位置不能在现在的数据文件夹里面';
  if (fs.existsSync(to)) {
    if (!fs.statSync(to).isDirectory()) return '新位置已有一个同名文件';
    if (fs.readdirSync(to).length > 0) return '新位置的文件夹不是空的：请选择一个空文件夹，或在路径末尾写一个新文件夹名';
  }
  return null;
}

/** Every file under dir with its size, by path relative to dir. */
function listing(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.set(r, fs.statSync(path.join(dir, r)).size);
    }
  };
  walk('');
  return out;
}

export type CopiedFolder = { files: number; bytes: number };

/**
 * Copies the closed data folder to `to` and proves the copy whole. The copy is made under a
 * temporary name beside `to` and renamed at the end, so `to` is either absent or complete.
 * Asynchronous: gigabytes of attachments must not freeze the window while they copy.
 */
export async function copyDataFolder(from: string, to: string): Promise<CopiedFolder> {
  const problem = moveProblem(from, to);
  if (problem) throw new MoveError(problem);
  const target = path.resolve(to);
  const staging = `${target}.正在移动`;
  await fs.promises.rm(staging, { recursive: true, force: true }); // left by a move the power cut
  try {
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.cp(from, staging, { recursive: true, errorOnExist: true, force: false, preserveTimestamps: true });
    const before = listing(from);
    const after = listing(staging);
    for (const [rel, size] of before) {
      if (after.get(rel) !== size) throw new MoveError(`复制后的文件不完整：${rel}`);
    }
    if (fs.existsSync(path.join(staging, DB_FILE))) {
      const bad = integrityProblem(path.join(staging, DB_FILE));
      if (bad) throw new MoveError(`复制后的数据库未通过完整性检查：${bad}`);
    }
    if (fs.existsSync(target)) fs.rmdirSync(target); // checked empty above
    fs.renameSync(staging, target);
    return { files: before.size, bytes: [...before.values()].reduce((s, n) => s + n, 0) };
  } catch (e) {
    await fs.promises.rm(staging, { recursive: true, force: true });
    if (e instanceof MoveError) throw e;
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOSPC') throw new MoveError('新位置所在的磁盘空间不足，数据文件夹没有移动');
    if (code === 'EACCES' || code === 'EPERM') throw new MoveError('没有权限在新位置写入，数据文件夹没有移动');
    throw new MoveError(`数据文件夹没有移动：${(e as Error).message}`);
  }
}

/** Removes the old folder once the new one is in use; what could not be removed is named, not fatal. */
export function removeOldFolder(dir: string): string[] {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    return [];
  } catch {
    return fs.existsSync(dir) ? [dir] : [];
  }
}
