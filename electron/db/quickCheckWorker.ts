// quick_check in a worker thread: on a large data file it takes seconds (5.8 s on the
// 2-million-entry stress seed), which must not freeze the window.
import { parentPort, workerData } from 'node:worker_threads';
import { runQuickCheck } from './quickCheck';

const { file, nativeBinding } = workerData as { file: string; nativeBinding?: string };
parentPort?.postMessage({ problem: runQuickCheck(file, nativeBinding) });
