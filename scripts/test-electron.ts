// npm run test:electron — the Electron smoke test (tests/electron, Playwright's _electron).
// Against a packaged app when DANGJIAN_ELECTRON_APP names its executable (CI: the unpacked
// Linux build); else against this checkout with the downloaded Electron runtime; where there is
// neither (as on machines that reach only the npm registry) it says so in one line and passes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildAll } from './build';
import { electronBinary, electronNativeBinding } from './electronRuntime';

const root = path.resolve(__dirname, '..');

/** How the smoke test starts the app, passed to it in the environment. */
type Launch = { executable: string; args: string[]; nativeBinding?: string };

async function launchTarget(): Promise<Launch | string> {
  const packaged = process.env.DANGJIAN_ELECTRON_APP;
  if (packaged) {
    // Named explicitly: missing is a failure, not a reason to skip.
    if (!fs.existsSync(packaged)) throw new Error(`DANGJIAN_ELECTRON_APP 指向的程序不存在：${packaged}`);
    return { executable: path.resolve(packaged), args: [] };
  }
  const bin = electronBinary();
  if (!bin) return '跳过 Electron 冒烟测试：本机没有 Electron 运行时（electron 包未能下载其可执行文件），请在能下载 Electron 的机器上运行，或用 DANGJIAN_ELECTRON_APP 指定打包好的程序';
  const nativeBinding = electronNativeBinding();
  if (!nativeBinding) return '跳过 Electron 冒烟测试：未能取得适用于 Electron 的 better-sqlite3（prebuild-install 下载失败）';
  await buildAll({ quiet: true });
  return { executable: bin, args: [root], nativeBinding };
}

async function main(): Promise<void> {
  const target = await launchTarget();
  if (typeof target === 'string') {
    console.log(target);
    return;
  }
  const r = spawnSync(process.execPath, [require.resolve('@playwright/test/cli'), 'test', '-c', 'playwright.electron.config.ts', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DANGJIAN_SMOKE_LAUNCH: JSON.stringify(target) },
  });
  process.exitCode = r.status ?? 1;
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
