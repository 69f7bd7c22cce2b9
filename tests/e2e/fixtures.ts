// Each test gets its own data folder and its own browser host on a random loopback port.
import { test as base } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApi, type OpenApi } from '../../electron/api';
import { startHost, type RunningHost } from '../../electron/host/server';

type Fixtures = { app: { host: RunningHost; data: OpenApi; dataDir: string; workDir: string } };

export const test = base.extend<Fixtures>({
  app: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-e2e-'));
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-e2e-files-'));
    const data = openApi(dataDir, { log: () => undefined, lockable: true });
    const host = await startHost({ api: data.api, staticDir: path.resolve(__dirname, '../../dist/renderer') });
    await page.goto(host.url);
    await use({ host, data, dataDir, workDir });
    await page.close();
    await host.close();
    data.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(workDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
