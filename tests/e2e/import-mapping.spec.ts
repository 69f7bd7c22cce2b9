// A clerk imports a roster from another system whose branch column the app does not know: she
// maps it once in the preview, and the next file of the same layout imports without asking.
import fs from 'node:fs';
import path from 'node:path';
import { validId } from '../helpers/ids';
import { workbook } from '../helpers/realTemplates';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { RosterPage } from './pages/RosterPage';

test('an unknown branch header goes through the mapping step once', async ({ page, app }) => {
  const committee = await app.data.api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' });
  await app.data.api.call('orgs.create', { parentId: committee.id, kind: 'branch', name: '机关党支部', category: '机关' });
  await page.reload();
  const shell = new AppShell(page);
  const roster = new RosterPage(page);
  await shell.open('党员花名册');

  const layout = ['姓名', '身份证号', '支部全称', '入党时间', '工号'];
  const first = path.join(app.workDir, '组织部名单.xlsx');
  fs.writeFileSync(first, await workbook([layout, ['李明', validId('19800115', 13), '机关党支部', '2005-07-01', 'T01'], ['吴敏', validId('19900101', 24), '机关党支部', '2012-07-01', 'T02']]));
  const dialog = await roster.previewImport(first);
  await expect(dialog).toContainText('没有认出“所在支部”列');
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  // Every column is listed with what it feeds; the clerk names the branch column.
  await expect(dialog.getByRole('combobox', { name: '“姓名”导入为' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('姓名');
  await expect(dialog.getByRole('combobox', { name: '“工号”导入为' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('未使用');
  // The list of fields is long: the clerk types to find hers.
  await dialog.getByRole('combobox', { name: '“支部全称”导入为' }).fill('所在支部');
  await shell.choose(dialog.getByRole('combobox', { name: '“支部全称”导入为' }), '所在支部（必需）');
  await expect(dialog).toContainText('共 2 行数据：可新增 2 人，更新 0 人，没有发现错误');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('新增 2 人，更新 0 人。')).toBeVisible();
  await page.getByRole('button', { name: '知道了' }).or(page.getByRole('button', { name: 'OK' })).or(page.getByRole('button', { name: '确定' })).first().click();
  await expect.poll(() => roster.total()).toBe('共 2 人');

  // The next file of the same layout goes straight to the check.
  const second = path.join(app.workDir, '组织部名单-补充.xlsx');
  fs.writeFileSync(second, await workbook([layout, ['赵小红', validId('20020510', 36), '机关党支部', '2024-06-01', 'T03']]));
  const again = await roster.previewImport(second);
  await expect(again).toContainText('按上次为这种表格指定的列导入');
  await expect(again).toContainText('共 1 行数据：可新增 1 人，更新 0 人，没有发现错误');
  await expect(again).not.toContainText('没有认出');
  await again.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('新增 1 人，更新 0 人。')).toBeVisible();
});
