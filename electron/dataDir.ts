// Where the clerk's data lives when no --data is given: the same folder for Electron and the
// browser host, so switching between them never shows an empty app. By default
// %APPDATA%\党建台账\data; after the clerk moves it (系统设置), a small note in the app folder
// says where it went.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

export const APP_FOLDER = '党建台账';
const LOCATION_FILE = 'location.json';

/** %APPDATA%\党建台账 (Windows), or the platform's equivalent: the app's own settings folder. */
export function appFolder(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, APP_FOLDER);
}

/** The data folder before any move. */
export function standardDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return path.join(appFolder(env, platform), 'data');
}

const locationSchema = z.object({ dataDir: z.string().min(1).max(1000).refine((p) => path.isAbsolute(p)) });

export class DataLocationError extends Error {}

/** The moved data folder the note names, or null when the data was never moved. */
function movedDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  const file = path.join(appFolder(env, platform), LOCATION_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let raw: unknown = null;
  try {
    raw = JSON.parse(text);
  } catch {
    // reported below with the file's name
  }
  const parsed = locationSchema.safeParse(raw);
  if (!parsed.success) throw new DataLocationError(`记录数据文件夹位置的文件已损坏：${file}。请删除它（数据将从默认位置打开）或改正其中的路径。`);
  // An empty new folder here would look like lost data: a removable or network drive that is
  // not connected is said as such, and nothing is created.
  if (!fs.existsSync(parsed.data.dataDir)) throw new DataLocationError(`找不到数据文件夹：${parsed.data.dataDir}。如果它在移动硬盘或网络驱动器上，请先连接后再打开党建台账。`);
  return parsed.data.dataDir;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DANGJIAN_DATA) return env.DANGJIAN_DATA;
  return movedDataDir(env, platform) ?? standardDataDir(env, platform);
}

/** Remembers where the data now lives; back at the standard place, the note is removed. */
export function rememberDataDir(dir: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): void {
  const folder = appFolder(env, platform);
  const file = path.join(folder, LOCATION_FILE);
  if (path.resolve(dir) === path.resolve(standardDataDir(env, platform))) {
    fs.rmSync(file, { force: true });
    return;
  }
  fs.mkdirSync(folder, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify({ dataDir: path.resolve(dir) }, null, 2));
  fs.renameSync(tmp, file);
}
