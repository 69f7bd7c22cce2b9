// How backups in the data folder's backups/ are named: the kind in Chinese, then the local date
// and time the clerk would read off the office clock, e.g. 每日-20261127-083012.sqlite3.gz.
// Older versions wrote daily-/monthly- and uncompressed .sqlite3; those are still listed and restored.
import fs from 'node:fs';
import path from 'node:path';

export const BACKUP_DIR = 'backups';
export const AUTO_KINDS = ['每日', '每周', '每月'] as const;
export const EVENT_KINDS = ['手动', '导入前', '恢复前', '升级前'] as const;
export type BackupKind = (typeof AUTO_KINDS)[number] | (typeof EVENT_KINDS)[number];

const LEGACY: Record<string, BackupKind> = { daily: '每日', monthly: '每月' };
/** A finished backup: kind, optional schema version (升级前-v3-…), date, time, optional counter; plain or gzip. */
const NAME = /^([\u4e00-\u9fa5]{2,3}|daily|monthly)-(?:v\d{1,4}-)?(\d{6,8})(?:-(\d{6}))?(?:-\d{1,3})?\.sqlite3(\.gz)?$/;

export type ParsedName = { kind: BackupKind; day: string; compressed: boolean };

export function parseBackupName(name: string): ParsedName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const kind = LEGACY[m[1]!] ?? m[1]!;
  if (!(AUTO_KINDS as readonly string[]).includes(kind) && !(EVENT_KINDS as readonly string[]).includes(kind)) return null;
  return { kind: kind as BackupKind, day: m[2]!, compressed: m[4] === '.gz' };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** 20261127-083012 in local time. */
export function stamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

/** A name no other backup has (two in the same second get -2, -3 …); `taken` holds names being written. */
export function uniqueBackupName(dir: string, kind: string, now: Date, ext: '.sqlite3' | '.sqlite3.gz', taken: ReadonlySet<string> = new Set()): string {
  const base = `${kind}-${stamp(now)}`;
  for (let n = 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}${ext}`;
    const clash = [name, `${base}${n === 1 ? '' : `-${n}`}.sqlite3`, `${base}${n === 1 ? '' : `-${n}`}.sqlite3.gz`].some((x) => taken.has(x) || fs.existsSync(path.join(dir, x)));
    if (!clash) return name;
  }
}

/** Leftovers of copies that never finished (a killed process, a power cut): never a backup. */
export function isLeftover(name: string): boolean {
  return name.includes('.partial') || name.endsWith('-wal') || name.endsWith('-shm') || name.endsWith('-journal');
}
