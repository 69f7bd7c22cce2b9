// Finding an Electron runtime for `npm start` and `npm run test:electron`: the electron package
// downloads its binary on install, which fails where only the npm registry is reachable.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

/** The downloaded Electron executable, or null (resolving the package throws when the download failed). */
export function electronBinary(): string | null {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  return r.status === 0 && r.stdout && fs.existsSync(r.stdout.trim()) ? r.stdout.trim() : null;
}

/**
 * better-sqlite3 in node_modules is built for Node (tests and the CLI use it). Electron needs
 * its own ABI: fetch that prebuilt once into a folder of its own and hand its path to main.
 */
export function electronNativeBinding(): string | null {
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const dir = path.join(root, 'node_modules', '.electron-native', `better-sqlite3-electron-${version}`);
  const file = path.join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), path.join(dir, 'package.json'));
  const r = spawnSync(process.execPath, [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version], { cwd: dir, stdio: 'inherit' });
  return r.status === 0 && fs.existsSync(file) ? file : null;
}
