// The year's pack as a background job: packStart answers at once with a job id; the pack is made
// ledger by ledger between API calls, so packStatus shows progress and packCancel stops it.
import crypto from 'node:crypto';
import { buildPack, type CancelToken, type Pack } from './pack';
import type { FileRunner } from '../shared/catalog';
import type { LedgerMeta } from '../../exports/ledgerKit';
import type { PackStatus } from '../contract/reports';
import { conflict, invalid, notFound } from '../errors';

type Job = { status: PackStatus; token: CancelToken; pack: Pack | null; finishedAt: number | null };

const jobs = new Map<string, Job>();
const KEEP_MS = 60 * 60 * 1000; // a finished pack nobody fetched is dropped after an hour

function sweep(now: number): void {
  for (const [id, j] of jobs) if (j.finishedAt !== null && now - j.finishedAt > KEEP_MS) jobs.delete(id);
}

export function startPackJob(run: FileRunner, scope: { year: number; orgId?: number; name: string }, meta: LedgerMeta): string {
  sweep(Date.now());
  if ([...jobs.values()].some((j) => j.status.state === 'running')) throw conflict('已有一个一键导出正在进行，请等它完成或取消后再试');
  const jobId = crypto.randomBytes(12).toString('hex');
  const status: PackStatus = { jobId, state: 'running', done: 0, total: 1, current: null, files: [], skipped: [], error: null };
  const job: Job = { status, token: { cancelled: false }, pack: null, finishedAt: null };
  jobs.set(jobId, job);
  void buildPack(run, scope, meta, {
    token: job.token,
    onProgress: (p) => {
      Object.assign(status, { done: p.done, total: p.total, current: p.current });
      if (p.file) status.files.push({ fileName: p.file.fileName, sheets: p.file.sheets.length, rows: p.file.sheets.reduce((a, s) => a + s.rows, 0) });
      if (p.skipped) status.skipped.push(p.skipped);
    },
  }).then(
    (pack) => {
      job.pack = pack;
      status.state = pack.cancelled ? 'cancelled' : 'done';
      status.current = null;
      job.finishedAt = Date.now();
    },
    (e: unknown) => {
      console.error(e);
      status.state = 'failed';
      status.error = '导出没有完成：程序内部出错，请把这个情况告诉技术人员。';
      job.finishedAt = Date.now();
    },
  );
  return jobId;
}

function job(jobId: string): Job {
  const j = jobs.get(jobId);
  if (!j) throw notFound('导出任务');
  return j;
}

export const packStatus = (jobId: string): PackStatus => ({ ...job(jobId).status });

export function cancelPack(jobId: string): PackStatus {
  const j = job(jobId);
  if (j.status.state === 'running') j.token.cancelled = true;
  return { ...j.status };
}

/** The finished pack (for a folder); the job is forgotten once fetched. */
export function takePack(jobId: string): Pack {
  const j = job(jobId);
  if (j.status.state === 'running') throw invalid('导出还没有完成，请稍候');
  if (j.status.state !== 'done' || !j.pack) throw invalid(j.status.state === 'cancelled' ? '这次导出已取消' : '这次导出没有完成');
  jobs.delete(jobId);
  return j.pack;
}
