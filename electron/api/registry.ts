// The one API registry: validates input at the boundary, runs writes in a transaction that must
// leave an audit row, and turns every failure into a typed error with a Chinese message.
import os from 'node:os';
import { z } from 'zod';
import { insertAudit, type AuditEntry } from '../db/audit';
import type { Db } from '../db/open';
import { todayIso } from '../domain/dates';
import { areaOf, type Area } from './contract/define';
import { contract, isMethod, type ApiResponse, type Health, type Method, type MovedData, type Output, type ParsedInput, type RestoreResult } from './contract';
import { ApiError, fromZodError } from './errors';
import { createLockState, type LockState } from './lockState';

z.config(z.locales.zhCN());
// zod's Chinese messages still name types in English ("期望 string"): say what the clerk should give.
const TYPE_WORDS: Record<string, string> = { string: '文字', number: '数字', int: '整数', boolean: '是或否', array: '列表', object: '一组内容', date: '日期' };
z.config({
  customError: (iss) => {
    const missing = iss.input === undefined || iss.input === null;
    if (iss.code === 'invalid_type') return missing ? '请填写' : `应为${TYPE_WORDS[iss.expected] ?? '正确的内容'}`;
    if (iss.code === 'invalid_value' && missing) return '请选择';
    return undefined;
  },
});

export type WriteTx = {
  db: Db;
  /** ISO timestamp of this write. */
  now: string;
  /** Who makes it: the Windows user the app runs as. */
  actor: string;
  audit(entry: AuditEntry): void;
};

export type Ctx = {
  db: Db;
  dataDir: string;
  now: () => Date;
  /** Today's date (YYYY-MM-DD, local time) by the same clock as now. */
  today: () => string;
  appVersion: string;
  /** Who is working: the Windows user the app runs as (writes record it; so does the export log). */
  actor: string;
  /** Replaces the data folder's database with a checked backup (hosts that own the data only). */
  restore?: (file: string, password?: string) => Promise<RestoreResult>;
  /** Moves the whole data folder (with its backups) and goes on working there (hosts that own the data only). */
  moveData?: (target: string) => Promise<MovedData>;
  /** The data file's state as checked when it was opened. */
  health: () => Health;
  lock: LockState;
  /**
   * Changes whenever the data may have changed (a write here, or a commit by another process): a
   * cache key for read models. Writes that audited only tables in `unaffected` do not change it.
   */
  dataStamp(unaffected?: readonly string[]): string;
  /** Runs fn in one transaction; only write methods may call it, and fn must audit. */
  write<T>(fn: (tx: WriteTx) => T): T;
};

export type Handler<M extends Method> = (ctx: Ctx, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in Method]: Handler<M> };

export type Api = {
  invoke(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  /** Typed call for the CLI and tests; throws ApiError. */
  call<M extends Method>(method: M, input: z.input<(typeof contract)[M]['input']>): Promise<Output<M>>;
};

export type ApiDeps = {
  db: Db;
  dataDir: string;
  now?: () => Date;
  appVersion?: string;
  log?: (e: unknown) => void;
  restore?: Ctx['restore'];
  moveData?: Ctx['moveData'];
  actor?: string;
  /** A refusal for methods that may not run now (damaged data, locked app), else null. */
  gate?: (method: Method) => ApiError | null;
  /** Hosts a person sits at honour the app password; the CLI and tests do not. */
  lockable?: boolean;
  health?: () => Health;
};

/**
 * Reads 工作台 makes on every visit, each a pass over the whole roster or a year of meetings (0.3–1.5 s
 * at 30,000 members): answered again from memory until a write (or another process's commit) or a new day.
 */
const CACHED_READS: ReadonlySet<string> = new Set(['system.dashboard', 'compliance.todos', 'recruits.check', 'recruits.due', 'recruits.digest', 'recruits.studentGaps', 'terms.warnings']);

function osUser(): string {
  try {
    return os.userInfo().username || '本机用户';
  } catch {
    return '本机用户';
  }
}

// Nothing that names the data folder or holds records: a locked app tells a passer-by only that it is locked.
const USABLE_WHEN_LOCKED = new Set<Method>(['lock.status', 'lock.unlock', 'lock.lock', 'system.health']);

export function createApi(handlers: Handlers, deps: ApiDeps): Api {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? ((e: unknown) => console.error(e));
  const actor = deps.actor ?? osUser();
  const lock = createLockState(() => deps.db, now, deps.lockable ?? false);
  // Writes per audited table; a write whose transaction failed still counts (a needless
  // recompute is cheaper than a stale answer).
  const writes = new Map<string, number>();
  const stampOf = (unaffected: readonly string[] = []) => {
    let n = 0;
    for (const [table, count] of writes) if (!unaffected.includes(table)) n += count;
    return `${n}.${String(deps.db.pragma('data_version', { simple: true }))}`;
  };

  function ctxFor(method: Method): Ctx {
    const writable = contract[method].write;
    return {
      restore: deps.restore,
      moveData: deps.moveData,
      health: deps.health ?? (() => ({ ok: true, problem: null, newestGoodBackup: null })),
      lock,
      get db() {
        return deps.db; // after a restore, the new database
      },
      dataDir: deps.dataDir,
      now,
      today: () => todayIso(now()),
      appVersion: deps.appVersion ?? '0.0.0',
      actor,
      // data_version moves when another connection (the CLI, a second process) commits.
      dataStamp: stampOf,
      write<T>(fn: (tx: WriteTx) => T): T {
        if (!writable) throw new Error(`${method} is declared read-only but tried to write`);
        const at = now().toISOString();
        let audited = 0;
        const db = deps.db;
        const tx: WriteTx = {
          db,
          now: at,
          actor,
          audit(entry) {
            insertAudit(db, at, method, entry, actor);
            audited++;
            writes.set(entry.table, (writes.get(entry.table) ?? 0) + 1);
          },
        };
        return db.transaction(() => {
          const result = fn(tx);
          if (audited === 0) throw new Error(`${method} wrote without an audit row`);
          return result;
        })();
      },
    };
  }

  // Answers of CACHED_READS by method and input, kept while the data and the day stay the same.
  const memo = new Map<string, { stamp: string; value: unknown }>();
  const generations = new WeakMap<Db, number>();
  let generation = 0;
  const memoStamp = () => {
    // A restore or a moved folder opens a new connection: nothing read from the old one is reused.
    if (!generations.has(deps.db)) generations.set(deps.db, ++generation);
    return `${generations.get(deps.db)}:${stampOf()}:${todayIso(now())}`;
  };

  async function run(method: string, raw: unknown): Promise<unknown> {
    if (!isMethod(method)) throw new ApiError('unknown_method', `没有这个操作：${method.slice(0, 60)}`);
    const parsed = contract[method].input.safeParse(raw);
    if (!parsed.success) throw fromZodError(parsed.error);
    const refusal = deps.gate?.(method);
    if (refusal) throw refusal;
    if (!USABLE_WHEN_LOCKED.has(method) && lock.isLocked()) throw new ApiError('locked', '党建台账已锁定，请输入密码解锁');
    const handler = handlers[method] as (ctx: Ctx, input: unknown) => unknown;
    if (!CACHED_READS.has(method)) return await handler(ctxFor(method), parsed.data);
    const key = `${method} ${JSON.stringify(parsed.data)}`;
    const stamp = memoStamp();
    const hit = memo.get(key);
    if (hit?.stamp === stamp) return structuredClone(hit.value);
    const value = await handler(ctxFor(method), parsed.data);
    memo.set(key, { stamp, value });
    if (memo.size > 64) memo.delete(memo.keys().next().value!);
    // A copy each time: a caller in this process (the CLI, tests) may change what it was given.
    return structuredClone(value);
  }

  return {
    async invoke(method, input) {
      try {
        return { ok: true, result: await run(method, input) };
      } catch (e) {
        if (e instanceof ApiError) return { ok: false, error: e.toBody() };
        log(e);
        return { ok: false, error: { code: 'internal', message: '操作没有完成，数据未作改动。程序内部出错，请把这个情况告诉技术人员。' } };
      }
    },
    async call(method, input) {
      return (await run(method, input)) as Output<typeof method>;
    },
  };
}

/** Every method prefix of the contract ("orgs", "hours" …): one handler folder each. */
export type AreaName = Method extends `${infer P}.${string}` ? P : never;

/** The handlers of one area, e.g. AreaHandlers<'orgs'> for every "orgs.*" method. */
export type AreaHandlers<P extends AreaName> = Pick<Handlers, Extract<Method, `${P}.${string}`>>;

/** One area's handlers, typed from the contract: every method of the prefix, and nothing else. */
export function defineHandlers<P extends AreaName>(prefix: P, handlers: AreaHandlers<P>): Area<P, AreaHandlers<P>> {
  return areaOf(prefix, handlers);
}
