// Builds the Electron main and preload (CommonJS for Node/Electron) and the renderer bundle.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

export async function buildAll(opts: { quiet?: boolean } = {}): Promise<void> {
  const t0 = Date.now();
  fs.rmSync(dist, { recursive: true, force: true });
  await Promise.all([
    build({
      entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts', quickCheckWorker: 'electron/db/quickCheckWorker.ts', backupWorker: 'electron/db/backupWorker.ts', fileWorker: 'electron/imports/fileWorker.ts', web: 'electron/host/main.ts' },
      absWorkingDir: root,
      outdir: path.join(dist, 'electron'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      // Native modules load from node_modules; so do the big file libraries, which the app requires only
      // when a file is written or read (exports/lazyLibs.ts): left in the bundle, V8 would still compile
      // their megabytes at every start.
      external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'exceljs', 'echarts', 'docx', 'jszip'],
      sourcemap: true,
      logLevel: 'warning',
    }),
    build({
      entryPoints: { app: 'renderer/main.tsx' },
      absWorkingDir: root,
      outdir: path.join(dist, 'renderer'),
      bundle: true,
      platform: 'browser',
      target: 'chrome120',
      format: 'iife',
      minify: true,
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    }),
  ]);
  fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(dist, 'renderer', 'index.html'));
  if (!opts.quiet) console.log(`构建完成（${((Date.now() - t0) / 1000).toFixed(1)} 秒）：dist/`);
}

if (require.main === module) {
  buildAll().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
