// npm run web [-- --data <dir>] [--port N]: the app in the browser host on 127.0.0.1.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openApi } from '../electron/api';
import { defaultDataDir, rememberDataDir } from '../electron/dataDir';
import { startHost } from '../electron/host/server';
import { buildAll } from './build';

export async function serveWeb(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, port: { type: 'string' }, 'no-build': { type: 'boolean', default: false } }, strict: true });
  const staticDir = path.resolve(__dirname, '..', 'dist', 'renderer');
  if (!values['no-build'] || !fs.existsSync(path.join(staticDir, 'index.html'))) await buildAll({ quiet: true });
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  // Only the folder the app chose itself can be moved from 系统设置 (the note is shared with the desktop app).
  const relocate = values.data || process.env.DANGJIAN_DATA ? undefined : (dir: string) => rememberDataDir(dir);
  const opened = openApi(dataDir, { appVersion: readVersion(), lockable: true, relocate });
  // quick_check and the day's backup run in the background (a worker); the address is usable at once.
  void opened.startup().catch((e: unknown) => console.error(`今日自动备份没有完成：${(e as Error).message}`));
  const host = await startHost({ api: opened.api, staticDir, port: values.port ? Number(values.port) : undefined });
  console.log(`党建台账已在浏览器模式下运行，数据文件夹：${dataDir}`);
  console.log(`请在浏览器中打开：${host.url}`);
  const stop = () => {
    void host.close().then(() => {
      opened.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function readVersion(): string {
  return (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

if (require.main === module) {
  serveWeb(process.argv.slice(2)).catch((e: unknown) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
