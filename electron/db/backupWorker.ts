// backupCopy.ts in a worker thread: progress and the result go back as messages.
import { parentPort, workerData } from 'node:worker_threads';
import { copyToBackup, type CopyJob } from './backupCopy';

copyToBackup(workerData as CopyJob, (phase, percent) => parentPort?.postMessage({ type: 'progress', phase, percent })).then(
  (result) => parentPort?.postMessage({ type: 'done', result }),
  (e: unknown) => parentPort?.postMessage({ type: 'failed', message: (e as Error).message }),
);
