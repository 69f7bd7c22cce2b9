// Backups as db/backup.ts lists and summarises them.
export type BackupListing = { name: string; kind: string; size: number; at: string; counts: { orgs: number; members: number; meetings: number } | null };

/** How many backups are kept: the newest N of each automatic kind and of each event kind, then a cap on their total size. */
export type BackupPolicy = { daily: number; weekly: number; monthly: number; event: number; capMb: number };
/** A backup being made in the background. */
export type BackupProgress = { kind: string; phase: '复制' | '校验' | '压缩'; percent: number | null; startedAt: string };
export type BackupSummary = {
  policy: BackupPolicy;
  count: number;
  totalSize: number;
  /** The live data file, to compare with. */
  dataSize: number;
  running: BackupProgress | null;
  lastError: { at: string; message: string } | null;
};
