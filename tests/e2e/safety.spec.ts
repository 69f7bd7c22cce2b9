import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApi } from '../../electron/api';
import { startHost } from '../../electron/host/server';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

test('回收站: a deleted meeting waits there with who deleted it, and comes back', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' })).id;
  const member = (await api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: branch })).id;
  const heldOn = new Date().toISOString().slice(0, 10);
  await api.call('orgs.saveRole', { orgId: branch, role: '书记', memberId: member, personName: '张伟', termStart: '2020-01-01' });
  await api.call('meetings.save', { orgId: branch, type: '支委会', heldOn, topic: '研究年度评议工作', hours: 2, attendance: [{ memberId: member, status: '出席' }] });
  const shell = new AppShell(page);
  await page.reload();

  await shell.open('三会一课');
  await page.getByRole('tab', { name: '会议记录' }).click();
  await page.getByRole('cell', { name: '研究年度评议工作' }).click();
  await page.locator('.ant-drawer-content').getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click();
  await shell.expectMessage('已删除');

  await shell.open('回收站');
  const row = page.locator('.ant-table-tbody tr', { hasText: '研究年度评议工作' });
  await expect(row).toContainText('支委会：研究年度评议工作');
  await expect(row).toContainText('软件教工党支部');
  await expect(row.locator('td').last()).not.toHaveText('—'); // 删除人
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: '恢复所选' }).click();
  await shell.expectMessage('已恢复 1 条');
  await expect(page.getByText('回收站是空的')).toBeVisible();

  await shell.open('三会一课');
  await page.getByRole('tab', { name: '会议记录' }).click();
  await expect(page.getByRole('cell', { name: '研究年度评议工作' })).toBeVisible();
});

test('应用密码: set in 系统设置, lock now survives a reload, wrong password refused, a lock from the API shows at once', async ({ page, app }) => {
  const shell = new AppShell(page);
  await shell.open('系统设置');
  const card = page.locator('.ant-card', { hasText: '应用密码' });
  await card.getByLabel('密码', { exact: true }).fill('dj2026!');
  await card.getByLabel('再输一次').fill('dj2026');
  await card.getByRole('button', { name: '设置密码' }).click();
  await expect(card.getByText('两次输入的密码不一致')).toBeVisible();
  await card.getByLabel('再输一次').fill('dj2026!');
  await card.getByRole('button', { name: '设置密码' }).click();
  await shell.expectMessage('已设置密码');
  await expect(card).toContainText('已设置密码');

  // Locked now; the lock lives in the API, so reloading the page does not get past it.
  await card.getByRole('button', { name: '立即锁定' }).click();
  await expect(page.getByText('党建台账已锁定', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText('党建台账已锁定', { exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '党员花名册' })).toHaveCount(0);
  await page.getByLabel('密码').fill('wrong-one');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('密码不正确')).toBeVisible();
  await page.getByLabel('密码').fill('dj2026!');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('menuitem', { name: '党员花名册' })).toBeVisible();

  // Locked elsewhere (as the API does after idle minutes): the next call brings up the lock screen.
  await app.data.api.call('lock.lock', {});
  await shell.open('系统设置');
  await page.locator('.ant-card', { hasText: '台账落款' }).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('党建台账已锁定', { exact: true })).toBeVisible();
});

test('a damaged data file at start: the newest good backup is offered and restores the app', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-e2e-damaged-'));
  const first = openApi(dataDir, { log: () => undefined });
  const committee = (await first.api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await first.api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' })).id;
  for (let i = 0; i < 30; i++) await first.api.call('members.save', { name: `党员${i}`, idNumber: validId('19850101', i * 2 + 1), memberType: '正式党员', orgId: branch });
  await first.api.call('backups.create', {});
  first.close();
  // Noise over the second half of the file, as a failing disk leaves it.
  const file = path.join(dataDir, 'dangjian.sqlite3');
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  for (let p = Math.floor(bytes.length / pageSize / 2); p < bytes.length / pageSize; p++) bytes.fill(0x5a, p * pageSize, (p + 1) * pageSize);
  fs.writeFileSync(file, bytes);

  const data = openApi(dataDir, { log: () => undefined, lockable: true });
  await data.startup();
  const host = await startHost({ api: data.api, staticDir: path.resolve(__dirname, '../../dist/renderer') });
  try {
    await page.goto(host.url);
    await expect(page.getByText('数据文件已损坏')).toBeVisible();
    await expect(page.getByText(/最近的正常备份：.*（组织 2 个，党员 30 名，会议 0 次）/)).toBeVisible();
    await page.getByRole('button', { name: '从这份备份恢复' }).click();
    await page.locator('.ant-popconfirm').getByText(/替换损坏的数据？/).waitFor(); // it asks first
    await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复' }).click();
    await expect(page.getByRole('menuitem', { name: '党员花名册' })).toBeVisible();
    await page.getByRole('menuitem', { name: '党员花名册' }).click();
    await expect(page.getByText('共 30 人').first()).toBeVisible();
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('dangjian.sqlite3.damaged-'))).toBe(true);
  } finally {
    await page.close();
    await host.close();
    data.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
