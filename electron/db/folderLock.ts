// One host per data folder. A second app (Electron beside the browser host) is refused, and no
// process restores underneath another: the other would go on writing into a deleted file. The
// lock is a file naming its holder (pid and computer), taken with O_EXCL, so two starting
// processes cannot both win. Within one process the folder may be opened several times. The
// command line may share a folder a host holds (`share`): SQLite's own locking keeps their writes
// apart, but only the holder may replace the data file (restore) or clear what crashes left.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const LOCK_FILE = 'dangjian.lock';

export class FolderBusyError extends Error {
  constructor(
    message: string,
    /** 电脑 X，进程 N: who holds the folder. */
    readonly holder = '另一个程序',
  ) {
    super(message);
  }
}

const holderSchema = z.object({ pid: z.number().int(), host: z.string(), since: z.string() });
type Holder = z.infer<typeof holderSchema>;

// Per process: how many opens hold each folder's lock.
const held = new Map<string, number>();

export type FolderLock = {
  release(): void;
  /** true when this open took the lock fresh (no other open in this process holds it). */
  first: boolean;
  /** Who holds the folder when this open only shares it, else null. */
  sharedWith: string | null;
};

/** Takes the data folder's lock, or throws FolderBusyError naming who holds it (with `share`, opens beside the holder instead). */
export function lockFolder(dataDir: string, opts: { share?: boolean } = {}): FolderLock {
  const file = path.join(path.resolve(dataDir), LOCK_FILE);
  const count = held.get(file) ?? 0;
  if (count === 0) {
    try {
      take(file);
    } catch (e) {
      if (!(e instanceof FolderBusyError) || !opts.share) throw e;
      return { first: false, sharedWith: e.holder, release: () => undefined };
    }
  }
  held.set(file, count + 1);
  let released = false;
  return {
    first: count === 0,
    sharedWith: null,
    release() {
      if (released) return;
      released = true;
      const n = (held.get(file) ?? 1) - 1;
      if (n > 0) return void held.set(file, n);
      held.delete(file);
      if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
    },
  };
}

function take(file: string): void {
  const me: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const other = readHolder(file);
    if (other && other.pid === process.pid && other.host === me.host) return; // ours, left by an open in this process
    if (!other && isFresh(file)) throw new FolderBusyError('无法锁定数据文件夹：另一个程序正在同时打开它，请稍后重试。');
    if (other && !isStale(other, me.host)) {
      const holder = `电脑 ${other.host}，进程 ${other.pid}，自 ${other.since.slice(0, 16).replace('T', ' ')} 起`;
      throw new FolderBusyError(`这个数据文件夹正由另一个党建台账程序使用（${holder}）。同一个数据文件夹同时只能由一个程序打开，请先关闭另一个程序，再重试。`, holder);
    }
    // A holder that died (power cut, killed) on this computer, or an unreadable lock: take it over.
    fs.rmSync(file, { force: true });
  }
  throw new FolderBusyError('无法锁定数据文件夹：另一个程序正在同时打开它，请稍后重试。');
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A lock file just created may not hold its holder's name yet. */
function isFresh(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 5000;
  } catch {
    return false;
  }
}

/** A lock is stale when its holder ran on this computer and is no longer running. Another computer's lock (a shared folder) is never taken over. */
function isStale(h: Holder, thisHost: string): boolean {
  if (h.host !== thisHost) return false;
  try {
    process.kill(h.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
