// npm run web [-- --data <dir>] [--port N]: the app in the browser host on 127.0.0.1 (electron/host/main.ts,
// which the build also bundles as dist/electron/web.js).
import fs from 'node:fs';
import path from 'node:path';
import { serveWeb as serveHost } from '../electron/host/main';
import { buildAll } from './build';

export async function serveWeb(argv: string[]): Promise<void> {
  const staticDir = path.resolve(__dirname, '..', 'dist', 'renderer');
  if (!argv.includes('--no-build') || !fs.existsSync(path.join(staticDir, 'index.html'))) await buildAll({ quiet: true });
  await serveHost(argv, staticDir);
}

if (require.main === module) {
  serveWeb(process.argv.slice(2)).catch((e: unknown) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
