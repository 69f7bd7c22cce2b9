// The browser host as one bundled file (dist/electron/web.js), started the way Electron starts
// main.js: `node dist/electron/web.js --data DIR [--port N]`. npm run web builds and runs it; the bench
// launches it to time the start-up a clerk waits for.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openApi } from '../api';
import { defaultDataDir, rememberDataDir } from '../dataDir';
import { startHost } from './server';

export async function serveWeb(argv: string[], staticDir: string): Promise<void> {
  const t0 = performance.now();
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, port: { type: 'string' }, 'no-build': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } }, strict: true });
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  // Only the folder the app chose itself can be moved from 系统设置 (the note is shared with the desktop app).
  const relocate = values.data || process.env.DANGJIAN_DATA ? undefined : (dir: string) => rememberDataDir(dir);
  const opened = openApi(dataDir, { appVersion: readVersion(staticDir), lockable: true, relocate });
  const openedMs = performance.now() - t0;
  // quick_check and the day's backup run in the background (a worker); the address is usable at once.
  const background = opened.startup().catch((e: unknown) => console.error(`今日自动备份没有完成：${(e as Error).message}`));
  const host = await startHost({ api: opened.api, staticDir, port: values.port ? Number(values.port) : undefined });
  if (values.json) {
    // For the bench: where to connect, and how long opening took inside this process.
    console.log(JSON.stringify({ url: host.url, openedMs: Math.round(openedMs), listeningMs: Math.round(performance.now() - t0) }));
    void background.then(() => console.log(JSON.stringify({ backgroundDoneMs: Math.round(performance.now() - t0) })));
  } else {
    console.log(`党建台账已在浏览器模式下运行，数据文件夹：${dataDir}`);
    console.log(`请在浏览器中打开：${host.url}`);
  }
  const stop = () => {
    void host.close().then(() => {
      opened.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function readVersion(staticDir: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.resolve(staticDir, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

if (require.main === module) {
  serveWeb(process.argv.slice(2), path.join(__dirname, '..', 'renderer')).catch((e: unknown) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
