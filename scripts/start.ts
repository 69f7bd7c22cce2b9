// npm start: the Electron app where its runtime can be had; otherwise, said plainly, the same
// app in the browser host.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildAll } from './build';
import { electronBinary, electronNativeBinding } from './electronRuntime';
import { serveWeb } from './web';

const root = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  await buildAll({ quiet: true });
  const bin = electronBinary();
  const binding = bin ? electronNativeBinding() : null;
  if (!bin || !binding) {
    console.log(`${bin ? '未能取得适用于 Electron 的数据库组件' : '未能取得 Electron 运行时（本机无法下载）'}，改用浏览器模式运行同一个程序：`);
    await serveWeb(['--no-build', ...process.argv.slice(2)]);
    return;
  }
  const child = spawn(bin, ['.'], { cwd: root, stdio: 'inherit', env: { ...process.env, DANGJIAN_NATIVE_BINDING: binding } });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
