// npm start: the Electron app where its runtime is installed; otherwise, said plainly, the same
// app in the browser host.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildAll } from './build';
import { serveWeb } from './web';

/** Resolving the electron package downloads its runtime on first use; it fails without network. */
function electronBinary(): string | null {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: path.resolve(__dirname, '..'),
    encoding: 'utf8',
    timeout: 180_000,
  });
  return r.status === 0 && r.stdout ? r.stdout.trim() : null;
}

async function main(): Promise<void> {
  await buildAll({ quiet: true });
  const bin = electronBinary();
  if (!bin) {
    console.log('未能取得 Electron 运行时（本机无法下载），改用浏览器模式运行同一个程序：');
    await serveWeb(['--no-build', ...process.argv.slice(2)]);
    return;
  }
  const child = spawn(bin, ['.'], { cwd: path.resolve(__dirname, '..'), stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
