// Assembles the registry from each area's handlers over one open data folder.
import fs from 'node:fs';
import path from 'node:path';
import { autoBackup, checkBackupFile, dailyBackupDue } from '../db/backup';
import { DB_FILE, openDataFolder, type Db } from '../db/open';
import { complianceHandlers } from './compliance';
import { hoursHandlers } from './hours';
import { meetingHandlers } from './meetings';
import { memberHandlers } from './members';
import { orgHandlers } from './orgs';
import { createApi, type Api, type ApiDeps, type Handlers } from './registry';
import { recycleHandlers } from './recycle';
import { reportHandlers } from './reports';
import { rosterHandlers } from './roster';
import { safetyHandlers } from './safety';
import { systemHandlers } from './system';

export const handlers: Handlers = {
  ...orgHandlers,
  ...memberHandlers,
  ...rosterHandlers,
  ...systemHandlers,
  ...meetingHandlers,
  ...complianceHandlers,
  ...hoursHandlers,
  ...reportHandlers,
  ...safetyHandlers,
  ...recycleHandlers,
};

export type OpenApi = {
  api: Api;
  readonly db: Db;
  dataDir: string;
  close(): void;
  /** Once per start of a host: today's daily backup if it is not there yet. */
  startup(): Promise<void>;
  /** Replaces the data with a checked backup; the current data is backed up first. */
  restore(file: string): Promise<{ schemaVersion: number; attachments: number; safetyCopy: string }>;
};

export type OpenApiOptions = { now?: () => Date; appVersion?: string; log?: (e: unknown) => void; nativeBinding?: string; actor?: string };

export function openApi(dataDir: string, opts: OpenApiOptions = {}): OpenApi {
  const open = () => openDataFolder(dataDir, { nativeBinding: opts.nativeBinding });
  const now = opts.now ?? (() => new Date());
  const deps: ApiDeps = { db: open(), dataDir, ...opts };
  const api = createApi(handlers, deps);
  const opened: OpenApi = {
    api,
    get db() {
      return deps.db;
    },
    dataDir,
    close: () => deps.db.close(),
    async startup() {
      if (dailyBackupDue(dataDir, now())) await autoBackup(deps.db, dataDir, 'daily', now());
    },
    async restore(file) {
      const checked = await checkBackupFile(file);
      try {
        const safetyCopy = await autoBackup(deps.db, dataDir, '恢复前', now());
        const target = path.join(dataDir, DB_FILE);
        // Staged beside the live file, then swapped in by rename: a failure midway leaves the old data.
        fs.copyFileSync(checked.dbFile, `${target}.restoring`);
        deps.db.close();
        try {
          for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
          fs.renameSync(`${target}.restoring`, target);
        } finally {
          deps.db = open();
        }
        // Attachments are only added: a file the current data still names is never removed.
        for (const a of checked.attachments) {
          const dest = path.join(dataDir, a.rel);
          if (!fs.existsSync(dest)) {
            fs.mkdirSync(path.dirname(dest), { recursive: true });
            fs.writeFileSync(dest, a.bytes);
          }
        }
        return { schemaVersion: checked.schemaVersion, attachments: checked.attachments.length, safetyCopy: path.basename(safetyCopy) };
      } finally {
        checked.cleanup();
      }
    },
  };
  deps.restore = (file) => opened.restore(file);
  return opened;
}
