import fs from 'node:fs';
import path from 'node:path';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

test('备份与恢复: a manual backup, the retention budget with sizes, and a backup file with a password restored', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' })).id;
  await api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: branch });
  const shell = new AppShell(page);
  await page.reload();
  await shell.open('备份与恢复');

  const policy = page.locator('.ant-card-small', { hasText: '保留规则' });
  await expect(policy).toContainText('现有备份0 份');
  await page.getByRole('button', { name: '立即备份' }).click();
  await shell.expectMessage('已备份');
  const row = page.locator('.ant-table-tbody tr', { hasText: '手动' });
  await expect(row).toContainText(/手动-\d{8}-\d{6}\.sqlite3\.gz/);
  await expect(policy).toContainText('现有备份1 份');

  await policy.getByLabel('每日').fill('5');
  await policy.getByRole('button', { name: '保存保留规则' }).click();
  await shell.expectMessage('保留规则已保存');
  expect((await api.call('backups.summary', {})).policy.daily).toBe(5);

  // A backup file with a password, downloaded, then restored from the upload with the password.
  await page.getByRole('button', { name: '备份到文件…' }).click();
  const dialog = page.getByRole('dialog', { name: '备份到文件' });
  await dialog.getByLabel('备份密码（可不填）').fill('办公室密码2026');
  await dialog.getByLabel('再输入一次').fill('办公室密码2026');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '生成备份文件' }).click();
  const file = path.join(app.workDir, 'backup.djbak');
  await (await download).saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 8).toString('latin1')).toBe('DJBAKENC');

  await api.call('members.save', { name: '李娜', idNumber: validId('19860101', 3), memberType: '正式党员', orgId: branch });
  await page.locator('input[type=file]').setInputFiles(file);
  const restore = page.getByRole('dialog', { name: /用备份文件.*替换现在的全部数据/ });
  await restore.getByLabel(/备份密码/).fill('不对的密码123');
  await restore.getByRole('button', { name: '恢复', exact: true }).click();
  await shell.expectMessage('备份密码不正确');
  await restore.getByLabel(/备份密码/).fill('办公室密码2026');
  await restore.getByRole('button', { name: '恢复', exact: true }).click();
  await expect.poll(async () => (await api.call('members.list', { filter: {} })).total).toBe(1);
});
