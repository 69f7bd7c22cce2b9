// Long work on the data file (quick_check, backup copies) runs in a worker thread, so the window
// and the browser host keep answering. Built next to main.js as <name>.js; under tsx (tests, the
// CLI) the .ts source, loaded through tsx's require hook since workers do not inherit its loader.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export function startWorker(name: string, workerData: unknown): Worker {
  const built = path.join(__dirname, `${name}.js`);
  const source = path.join(__dirname, `${name}.ts`);
  return fs.existsSync(built)
    ? new Worker(built, { workerData })
    : new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true, workerData });
}

// better-sqlite3 built for Electron's ABI (see scripts/start.ts): one per process, so workers load the same build.
let binding: string | undefined;
export function useNativeBinding(file: string | undefined): void {
  if (file) binding = file;
}
export function nativeBinding(): string | undefined {
  return binding;
}
