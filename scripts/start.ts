// npm start: the Electron app where its runtime can be had; otherwise, said plainly, the same
// app in the browser host.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildAll } from './build';
import { serveWeb } from './web';

const root = path.resolve(__dirname, '..');

/** Resolving the electron package downloads its runtime on first use; that fails offline. */
function electronBinary(): string | null {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  return r.status === 0 && r.stdout && fs.existsSync(r.stdout.trim()) ? r.stdout.trim() : null;
}

/**
 * better-sqlite3 in node_modules is built for Node (tests and the CLI use it). Electron needs
 * its own ABI: fetch that prebuilt once into a folder of its own and hand its path to main.
 */
function electronNativeBinding(): string | null {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const dir = path.join(root, 'node_modules', '.electron-native', `better-sqlite3-electron-${version}`);
  const file = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), path.join(dir, 'package.json'));
  const r = spawnSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version], { cwd: dir, stdio: 'inherit' });
  return r.status === 0 && fs.existsSync(file) ? file : null;
}

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
