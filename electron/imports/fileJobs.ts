// Reading files from outside in the file worker (fileWorker.ts), with a time limit and a heap
// ceiling: a hostile workbook or PDF can only fail its own request, while the browser host and
// the Electron main process keep answering. Workers are kept warm between requests and ended
// when they run over time or out of memory.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileText } from './fileText';
import { defaultChoice, type ParseChoice, type WorkbookParse, type WorkbookParser } from './parsers';
import { ImportFileError } from './workbook';

export type FileJob = { kind: 'workbook'; parser: WorkbookParser; fileName: string; bytes: Uint8Array; choice: ParseChoice } | { kind: 'text'; fileName: string; bytes: Uint8Array };
export type JobReply = { ok: true; value: WorkbookParse<WorkbookParser> | FileText } | { ok: false; fileError: string | null; message: string };

/** A real roster of 100,000 rows reads in well under this on a slow office PC. */
const WORKBOOK_TIMEOUT_MS = 180_000;
const TEXT_TIMEOUT_MS = 30_000;
/** Heap for one worker: a large real workbook needs a few hundred MB in exceljs; reading text far less. */
const WORKER_HEAP_MB: Record<FileJob['kind'], number> = { workbook: 2048, text: 384 };
/** Files read at once per kind; more requests wait their turn (each worker may take its heap ceiling). */
const MAX_BUSY = 2;
const MAX_IDLE = MAX_BUSY;

/** Warm workers by the kind of job they were started for (each kind has its own heap ceiling). */
const idle: Record<FileJob['kind'], Worker[]> = { workbook: [], text: [] };

function startWorker(kind: FileJob['kind']): Worker {
  // Built next to main.js as fileWorker.js; under tsx (tests, CLI) the .ts source, loaded
  // through tsx's require hook since workers do not inherit its loader.
  const built = path.join(__dirname, 'fileWorker.js');
  const source = path.join(__dirname, 'fileWorker.ts');
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB[kind] };
  const w = fs.existsSync(built)
    ? new Worker(built, { resourceLimits })
    : new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)});`, { eval: true, resourceLimits });
  w.once('exit', () => {
    const i = idle[kind].indexOf(w);
    if (i >= 0) idle[kind].splice(i, 1);
  });
  return w;
}

function park(w: Worker, kind: FileJob['kind']): void {
  if (idle[kind].length >= MAX_IDLE) {
    void w.terminate();
    return;
  }
  w.unref();
  idle[kind].push(w);
}

const busy: Record<FileJob['kind'], number> = { workbook: 0, text: 0 };
const waiting: Record<FileJob['kind'], (() => void)[]> = { workbook: [], text: [] };

/** Waits for a free worker slot of this kind; the returned function frees it. */
async function slot(kind: FileJob['kind']): Promise<() => void> {
  while (busy[kind] >= MAX_BUSY) await new Promise<void>((r) => waiting[kind].push(r));
  busy[kind]++;
  return () => {
    busy[kind]--;
    waiting[kind].shift()?.();
  };
}

type Failure = { why: 'timeout' | 'crashed'; fileError?: undefined; message?: undefined } | { why: 'refused'; fileError: string | null; message: string };

type Outcome = { value: JobReply & { ok: true } } | Failure;

/** The job's value, or why it has none, once a worker slot is free. */
async function run(job: FileJob, timeoutMs: number): Promise<Outcome> {
  const release = await slot(job.kind);
  try {
    return await runInWorker(job, timeoutMs);
  } finally {
    release();
  }
}

function runInWorker(job: FileJob, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let w: Worker;
    try {
      w = idle[job.kind].pop() ?? startWorker(job.kind);
    } catch {
      return resolve({ why: 'crashed' });
    }
    w.ref();
    const finish = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    const onMessage = (r: JobReply) => {
      finish();
      park(w, job.kind);
      resolve(r.ok ? { value: r } : { why: 'refused', fileError: r.fileError, message: r.message });
    };
    const onError = () => {
      finish();
      void w.terminate();
      resolve({ why: 'crashed' });
    };
    const onExit = () => {
      finish();
      resolve({ why: 'crashed' });
    };
    const timer = setTimeout(() => {
      finish();
      void w.terminate();
      resolve({ why: 'timeout' });
    }, timeoutMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage(job);
  });
}

/** An uploaded workbook read by the named import; a file that cannot be read safely is an ImportFileError in Chinese. */
export async function parseWorkbook<K extends WorkbookParser>(
  parser: K,
  fileName: string,
  bytes: Buffer,
  timeoutMs = WORKBOOK_TIMEOUT_MS,
  choice: ParseChoice = defaultChoice(),
): Promise<WorkbookParse<K>> {
  const r = await run({ kind: 'workbook', parser, fileName, bytes, choice }, timeoutMs);
  if ('value' in r) return r.value.value as WorkbookParse<K>;
  if (r.why === 'timeout') throw new ImportFileError(`“${fileName}”读取超过 ${Math.ceil(timeoutMs / 1000)} 秒仍未完成，文件结构可能异常；请在 Excel 中打开后另存一份再导入`);
  if (r.why === 'crashed') throw new ImportFileError(`“${fileName}”读取时占用的内存过多，文件结构可能异常；请只保留需要导入的表格后再试`);
  if (r.fileError) throw new ImportFileError(r.fileError);
  throw new Error(r.message);
}

/** The searchable text of a filed document; a file that cannot be read in time has none (it is still filed). */
export async function extractText(fileName: string, bytes: Buffer): Promise<FileText> {
  const r = await run({ kind: 'text', fileName, bytes }, TEXT_TIMEOUT_MS);
  return 'value' in r && 'text' in r.value.value ? r.value.value : { text: '', pages: null };
}
