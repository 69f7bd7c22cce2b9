// Each test gets its own data folder and its own browser host on a random loopback port.
import { test as base } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApi, type OpenApi } from '../../electron/api';
import { openDataFolder } from '../../electron/db/open';
import { startHost, type RunningHost } from '../../electron/host/server';
import { seed } from '../../electron/seed/seed';

type App = {
  host: RunningHost;
  data: OpenApi;
  dataDir: string;
  workDir: string;
  /**
   * Fills the folder with the demo through a connection of its own, as the CLI's `seed` does: the
   * host's cached reads (工作台) see another connection's commit, while a write on the host's own
   * connection outside the API is invisible to them (a 工作台 asked for before the seed stayed empty).
   */
  seedDemo: () => void;
};
type Fixtures = { app: App };

export const test = base.extend<Fixtures>({
  app: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-e2e-'));
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-e2e-files-'));
    const data = openApi(dataDir, { log: () => undefined, lockable: true });
    const host = await startHost({ api: data.api, staticDir: path.resolve(__dirname, '../../dist/renderer') });
    await page.goto(host.url);
    const seedDemo = () => {
      const db = openDataFolder(dataDir);
      try {
        seed(db, 'demo');
      } finally {
        db.close();
      }
    };
    await use({ host, data, dataDir, workDir, seedDemo });
    await page.close();
    await host.close();
    data.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(workDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
