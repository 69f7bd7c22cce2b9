// The app password: a slow salted hash in settings, and whether this running app is locked.
// The lock is enforced in the API registry (not only on screen), so a locked app answers nothing
// but the unlock call, whichever host asks.
import crypto from 'node:crypto';
import { getSetting } from '../db/settings';
import type { Db } from '../db/open';
import type { LockStatus } from './contract';

export type StoredPassword = { salt: string; hash: string; n: number; idleMinutes: number };

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const MAX_TRIES = 5;
const COOL_DOWN_MS = 60_000;

export function hashPassword(password: string, idleMinutes: number): StoredPassword {
  const salt = crypto.randomBytes(16).toString('hex');
  return { salt, hash: derive(password, salt, SCRYPT.N), n: SCRYPT.N, idleMinutes };
}

function derive(password: string, salt: string, n: number): string {
  return crypto.scryptSync(password.normalize('NFC'), salt, 32, { ...SCRYPT, N: n }).toString('hex');
}

export function passwordMatches(stored: StoredPassword, password: string): boolean {
  return crypto.timingSafeEqual(Buffer.from(derive(password, stored.salt, stored.n), 'hex'), Buffer.from(stored.hash, 'hex'));
}

export function readPassword(db: Db): StoredPassword | null {
  try {
    return getSetting<StoredPassword | null>(db, 'password', null);
  } catch {
    return null; // the placeholder while the data file is damaged has no settings
  }
}

export type LockState = ReturnType<typeof createLockState>;

/** Locked at start when a password is set; locks again after idleMinutes without a call. */
export function createLockState(db: () => Db, now: () => Date, enforce: boolean) {
  const stored = () => (enforce ? readPassword(db()) : null);
  let locked = stored() !== null;
  let lastActivity = now().getTime();
  let failures = 0;
  let coolUntil = 0;
  return {
    status(): LockStatus {
      const p = stored();
      return { passwordSet: p !== null, locked: enforce && p !== null && locked, idleMinutes: p?.idleMinutes ?? 10 };
    },
    /** Called before every other method: true when it must be refused. */
    isLocked(): boolean {
      const p = stored();
      if (!enforce || p === null) return false;
      const t = now().getTime();
      if (t - lastActivity > p.idleMinutes * 60_000) locked = true;
      if (!locked) lastActivity = t;
      return locked;
    },
    lock(): void {
      locked = true;
    },
    /** null when unlocked, else why not (wrong password or too many tries). */
    unlock(password: string): string | null {
      const p = stored();
      const t = now().getTime();
      if (p === null) return null;
      if (t < coolUntil) return `密码连续输错${MAX_TRIES}次，请 ${Math.ceil((coolUntil - t) / 1000)} 秒后再试`;
      if (!passwordMatches(p, password)) {
        failures++;
        if (failures >= MAX_TRIES) {
          coolUntil = t + COOL_DOWN_MS;
          failures = 0;
        }
        return '密码不正确';
      }
      failures = 0;
      locked = false;
      lastActivity = t;
      return null;
    },
    /** After a restore: the restored data's password applies from now on. */
    reset(): void {
      locked = stored() !== null;
    },
    /** After the password was set or changed here: this session stays open. */
    touch(): void {
      locked = false;
      lastActivity = now().getTime();
    },
  };
}
