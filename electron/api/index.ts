// Assembles the registry from each area's handlers over one open data folder.
import fs from 'node:fs';
import path from 'node:path';
import { autoBackup, backupNow, cleanLeftovers, dailyBackupDue, enqueue } from '../db/backup';
import { FolderBusyError, lockFolder } from '../db/folderLock';
import { discardStaged, recoverRestore, stageRestore, switchToStaged } from '../db/restore';
import { useNativeBinding } from '../db/workers';
import type { RestoreResult } from './contract';
import { isDamagedFileError, newestGoodBackup, quickCheckProblem, setAsideDamaged } from '../db/health';
import { copyDataFolder, removeOldFolder } from '../db/moveFolder';
import { DB_FILE, openDataFolder, openPlaceholder, type Db } from '../db/open';
import { combineAreas } from './contract/define';
import { ApiError } from './errors';
import { createApi, type Api, type ApiDeps, type Handlers } from './registry';
import { archiveHandlers } from './archive/handlers';
import { attachmentsHandlers } from './attachments/handlers';
import { auditHandlers } from './audit/handlers';
import { awardsHandlers } from './awards/handlers';
import { backupsHandlers } from './backups/handlers';
import { campaignsHandlers } from './campaigns/handlers';
import { commentsHandlers } from './comments/handlers';
import { commitmentsHandlers } from './commitments/handlers';
import { complianceHandlers } from './compliance/handlers';
import { cycleExportsHandlers } from './cycleExports/handlers';
import { cycleRulesHandlers } from './cycleRules/handlers';
import { deadlinesHandlers } from './deadlines/handlers';
import { duesHandlers } from './dues/handlers';
import { duesRulesHandlers } from './duesRules/handlers';
import { evaluationsHandlers } from './evaluations/handlers';
import { exportsHandlers } from './exports/handlers';
import { gradingHandlers } from './grading/handlers';
import { hoursHandlers } from './hours/handlers';
import { lockHandlers } from './lock/handlers';
import { meetingsHandlers } from './meetings/handlers';
import { membersHandlers } from './members/handlers';
import { orgsHandlers } from './orgs/handlers';
import { recruitmentRulesHandlers } from './recruitmentRules/handlers';
import { recruitsHandlers } from './recruits/handlers';
import { rectificationsHandlers } from './rectifications/handlers';
import { recycleHandlers } from './recycle/handlers';
import { reportsHandlers } from './reports/handlers';
import { rosterHandlers } from './roster/handlers';
import { rulesHandlers } from './rules/handlers';
import { satisfactionHandlers } from './satisfaction/handlers';
import { settingsHandlers } from './settings/handlers';
import { systemHandlers } from './system/handlers';
import { tasksHandlers } from './tasks/handlers';
import { termsHandlers } from './terms/handlers';
import { trainingsHandlers } from './trainings/handlers';
import { withExportLog } from './exportLog';

const unlogged: Handlers = combineAreas(
  orgsHandlers,
  membersHandlers,
  rosterHandlers,
  systemHandlers,
  settingsHandlers,
  meetingsHandlers,
  attachmentsHandlers,
  complianceHandlers,
  rulesHandlers,
  trainingsHandlers,
  hoursHandlers,
  exportsHandlers,
  backupsHandlers,
  auditHandlers,
  recycleHandlers,
  rectificationsHandlers,
  tasksHandlers,
  deadlinesHandlers,
  lockHandlers,
  campaignsHandlers,
  commitmentsHandlers,
  commentsHandlers,
  evaluationsHandlers,
  satisfactionHandlers,
  cycleRulesHandlers,
  gradingHandlers,
  awardsHandlers,
  cycleExportsHandlers,
  recruitmentRulesHandlers,
  recruitsHandlers,
  duesHandlers,
  duesRulesHandlers,
  termsHandlers,
  archiveHandlers,
  // 报表中心 runs other methods by name: a single export as any page would, the pack's without logging each.
  reportsHandlers({ logged: () => handlers, unlogged: () => unlogged }),
);

/** Every catalog export, from any page, the CLI or 报表中心, is written to the export log. */
export const handlers: Handlers = withExportLog(unlogged);

export type OpenApi = {
  api: Api;
  readonly db: Db;
  /** Where the data is now (changes when the clerk moves the folder). */
  readonly dataDir: string;
  close(): void;
  /** quick_check off the main thread; when it fails only backups and restore stay available. */
  checkHealth(): Promise<boolean>;
  /**
   * Once per start of a host: quick_check off the main thread, then today's automatic backup if it
   * is not there yet. Hosts do not wait for it: the clerk works while it runs (backups.summary shows it).
   * The backup starts once no API call has come for `quietMs` (2 s), at most `maxWaitMs` (30 s) after
   * the check, so the first screens do not share the machine with a compressed copy of the whole file.
   */
  startup(opts?: { quietMs?: number; maxWaitMs?: number }): Promise<void>;
  /** Replaces the data with a checked backup as one act (db/restore.ts); the current data is backed up first. */
  restore(file: string, password?: string): Promise<RestoreResult>;
};

export type OpenApiOptions = {
  now?: () => Date;
  appVersion?: string;
  log?: (e: unknown) => void;
  nativeBinding?: string;
  actor?: string;
  lockable?: boolean;
  /** The command line works beside a running app (SQLite keeps the writes apart) but may not restore there. */
  shareWithHost?: boolean;
  /** Hosts that chose the folder themselves remember its new place here; without it the folder cannot be moved. */
  relocate?: (dataDir: string) => void;
};

// While the data file is damaged only these run: the clerk can see what is wrong and restore.
const USABLE_WHEN_DAMAGED = new Set(['system.health', 'system.info', 'backups.list', 'backups.restore', 'backups.summary']);

export function openApi(firstDataDir: string, opts: OpenApiOptions = {}): OpenApi {
  const now = opts.now ?? (() => new Date());
  let dataDir = firstDataDir;
  let target = path.join(dataDir, DB_FILE);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // One process per folder; the first open in this process settles what a crash left behind.
  let folderLock = lockFolder(dataDir, { share: opts.shareWithHost });
  useNativeBinding(opts.nativeBinding);
  let damage: string | null = null;
  // While the data folder is being copied the database is closed: every other call is refused.
  let moving = false;
  // When the last API call came in: the day's backup waits for a quiet moment (startup()).
  let lastCall = performance.now();
  const open = (): Db => {
    let db: Db;
    try {
      db = openDataFolder(dataDir, { nativeBinding: opts.nativeBinding });
    } catch (e) {
      if (!isDamagedFileError(e)) throw e;
      damage = (e as Error).message;
      return openPlaceholder(opts);
    }
    damage = null;
    return db;
  };
  // Which file the connection reads: when another process replaced it (a restore from the command
  // line in an older version, a copy by hand), this process reopens instead of writing into the deleted one.
  const identity = () => {
    try {
      const st = fs.statSync(target);
      return `${st.dev}:${st.ino}`;
    } catch {
      return null;
    }
  };
  let openedFile: string | null = null;
  const reopenIfReplaced = () => {
    const current = identity();
    if (current === null || current === openedFile || damage !== null) return;
    deps.db.close();
    deps.db = open();
    openedFile = identity();
  };
  let first: Db;
  try {
    if (folderLock.first) {
      recoverRestore(dataDir);
      cleanLeftovers(dataDir);
    }
    first = open();
    openedFile = identity();
  } catch (e) {
    folderLock.release();
    throw e;
  }
  const deps: ApiDeps = {
    db: first,
    dataDir,
    ...opts,
    gate: (method) => {
      lastCall = performance.now();
      if (moving) return new ApiError('conflict', '正在移动数据文件夹，请等移动完成后再操作');
      reopenIfReplaced();
      return damage !== null && !USABLE_WHEN_DAMAGED.has(method)
        ? new ApiError('damaged', '数据文件已损坏，为免损坏扩大，程序暂停了其他操作。请在“备份与恢复”中从最近的正常备份恢复。')
        : null;
    },
    health: () => ({ ok: damage === null, problem: damage, newestGoodBackup: damage === null ? null : newestGoodBackup(dataDir) }),
  };
  const api = createApi(handlers, deps);
  const opened: OpenApi = {
    api,
    get db() {
      return deps.db;
    },
    get dataDir() {
      return dataDir;
    },
    close: () => {
      deps.db.close();
      folderLock.release();
    },
    async checkHealth() {
      if (damage === null) damage = await quickCheckProblem(target, opts.nativeBinding);
      return damage === null;
    },
    async startup({ quietMs = 2_000, maxWaitMs = 30_000 } = {}) {
      // quick_check runs in a worker while the clerk already works; damage found closes the gate.
      await opened.checkHealth();
      // A damaged file is never backed up: its copies would push good ones out of the rotation.
      if (damage === null && dailyBackupDue(dataDir, now())) {
        const until = performance.now() + maxWaitMs;
        while (performance.now() - lastCall < quietMs && performance.now() < until) await new Promise((r) => setTimeout(r, 250));
        if (deps.db.open && !moving) await autoBackup(deps.db, dataDir, '自动', now());
      }
    },
    restore: (file, password) => {
      if (folderLock.sharedWith) {
        return Promise.reject(new FolderBusyError(`这个数据文件夹正由另一个党建台账程序使用（${folderLock.sharedWith}）。恢复会替换数据文件，请先关闭该程序再恢复（或在程序的“备份与恢复”中恢复）。`));
      }
      // In the backup queue: no copy reads the file while it is switched.
      return enqueue(dataDir, async () => {
        const staged = await stageRestore(dataDir, file, password);
        try {
          const wasDamaged = damage !== null;
          const safetyCopy = wasDamaged ? null : await backupNow(deps.db, dataDir, '恢复前', now());
          let aside: string | null = null;
          try {
            switchToStaged(dataDir, staged, () => deps.db.close(), wasDamaged ? () => void (aside = setAsideDamaged(target, now())) : undefined);
          } finally {
            if (!deps.db.open) deps.db = open(); // the new data, or the old if the switch was refused
            openedFile = identity();
          }
          return { schemaVersion: staged.schemaVersion, attachments: staged.attachments, missingAttachments: staged.missing, safetyCopy: path.basename(safetyCopy ?? aside ?? '') };
        } finally {
          discardStaged(staged);
        }
      });
    },
  };
  deps.restore = (file, password) => opened.restore(file, password);
  const relocate = opts.relocate;
  if (relocate) {
    deps.moveData = async (to) => {
      const from = dataDir;
      // Closed first: a copy of a database in use could miss its last writes.
      moving = true;
      deps.db.close();
      try {
        let copied: { files: number; bytes: number };
        try {
          copied = await copyDataFolder(from, to);
        } catch (e) {
          deps.db = open(); // nothing was copied under the new name; the old folder stays in use
          throw e;
        }
        try {
          relocate(path.resolve(to));
        } catch (e) {
          // The new place could not be remembered: the copy made just now goes, the old folder stays in use.
          fs.rmSync(path.resolve(to), { recursive: true, force: true });
          deps.db = open();
          throw e;
        }
        dataDir = path.resolve(to);
        target = path.join(dataDir, DB_FILE);
        // The lock moves with the folder (the copy holds this process's lock file, which it keeps).
        folderLock.release();
        folderLock = lockFolder(dataDir);
        deps.dataDir = dataDir;
        deps.db = open();
        openedFile = identity();
        return { dataDir, ...copied, leftovers: removeOldFolder(from) };
      } finally {
        moving = false;
      }
    };
  }
  return opened;
}
