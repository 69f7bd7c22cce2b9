// The file worker: reads uploaded workbooks and filed documents off the thread that answers
// requests, so a hostile file can only slow or fail its own request (fileJobs.ts starts it).
import { parentPort } from 'node:worker_threads';
import type { FileJob, JobReply } from './fileJobs';
import { readFileText } from './fileText';
import { WORKBOOK_PARSERS } from './parsers';
import { ImportFileError, loadWorkbook } from './workbook';

async function run(job: FileJob): Promise<JobReply> {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  try {
    if (job.kind === 'text') return { ok: true, value: await readFileText(job.fileName, bytes) };
    return { ok: true, value: WORKBOOK_PARSERS[job.parser](await loadWorkbook(bytes, job.fileName), job.choice) };
  } catch (e) {
    return { ok: false, fileError: e instanceof ImportFileError ? e.message : null, message: e instanceof Error ? e.message : String(e) };
  }
}

function reply(r: JobReply): void {
  try {
    parentPort?.postMessage(r);
  } catch (e) {
    parentPort?.postMessage({ ok: false, fileError: null, message: `reply not sent: ${(e as Error).message}` });
  }
}

parentPort?.on('message', (job: FileJob) => {
  void run(job).then(reply);
});
