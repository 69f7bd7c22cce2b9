// 系统设置 → 数据文件夹, as a clerk moves the data to D盘: typed path (the browser host has no
// folder dialog), confirmation, the new place shown; a folder that is not empty is refused.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApi } from '../../electron/api';
import { defaultDataDir, rememberDataDir, standardDataDir } from '../../electron/dataDir';
import { startHost } from '../../electron/host/server';
import { AppShell } from './pages/AppShell';

test('系统设置: the data folder moves with its backups, and the next start opens it there', async ({ page }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-e2e-move-'));
  const env: NodeJS.ProcessEnv = { XDG_CONFIG_HOME: path.join(root, 'Roaming') };
  const data = openApi(standardDataDir(env, 'linux'), { log: () => undefined, lockable: true, relocate: (d) => rememberDataDir(d, env, 'linux') });
  const host = await startHost({ api: data.api, staticDir: path.resolve(__dirname, '../../dist/renderer') });
  try {
    const backup = await data.api.call('backups.create', {});
    await page.goto(host.url);
    const shell = new AppShell(page);
    await shell.open('系统设置');
    const card = page.locator('.ant-card', { has: page.getByText('数据文件夹', { exact: true }) });
    await expect(card.getByText(standardDataDir(env, 'linux'), { exact: true })).toBeVisible();

    const busy = path.join(root, '别的 文件');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, '个人文档.docx'), 'x');
    await card.getByLabel('新位置').fill(busy);
    await card.getByRole('button', { name: '移动数据文件夹' }).click();
    await page.getByRole('button', { name: '移动', exact: true }).click();
    await shell.expectMessage(/不是空的/);

    const target = path.join(root, 'D 盘', '党建台账 数据');
    await card.getByLabel('新位置').fill(target);
    await card.getByRole('button', { name: '移动数据文件夹' }).click();
    await page.getByRole('button', { name: '移动', exact: true }).click();
    await shell.expectMessage(`数据文件夹已移到 ${target}`);
    await expect(card.getByText(target, { exact: true })).toBeVisible();
    expect(fs.readdirSync(path.join(target, 'backups'))).toContain(backup.name);
    expect(fs.existsSync(standardDataDir(env, 'linux'))).toBe(false);
    expect(defaultDataDir(env, 'linux')).toBe(target);
  } finally {
    await host.close();
    data.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
