// Where the clerk's data lives when no --data is given: the same folder for Electron and the
// browser host, so switching between them never shows an empty app.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = '党建台账';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.DANGJIAN_DATA) return env.DANGJIAN_DATA;
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, APP_FOLDER, 'data');
}
