// A clerk imports a campus sign-in list keyed by 学号: one 学号 is written against another
// student's name, so that row waits until she confirms it is the same person.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { OpenApi } from '../../electron/api';
import { validId } from '../helpers/ids';
import { workbook } from '../helpers/realTemplates';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

/** Two students in the roster; the sign-in list chosen in 导入学时, its second row under a misspelt name. */
async function previewSignInList(page: Page, app: { data: OpenApi; workDir: string }): Promise<Locator> {
  const api = app.data.api;
  const committee = await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' });
  const branch = await api.call('orgs.create', { parentId: committee.id, kind: 'branch', name: '学生第一党支部', category: '学生' });
  for (const [name, id, no] of [
    ['赵小红', validId('20030510', 36), '2023010101'],
    ['钱多多', validId('20040211', 17), '2024010102'],
  ] as const) {
    await api.call('members.save', { name, idNumber: id, memberType: '正式党员', orgId: branch.id, personCategory: '学生', studentNo: no });
  }
  await page.reload();
  const shell = new AppShell(page);
  await shell.open('学时管理');

  const file = path.join(app.workDir, '专题党课签到表.xlsx');
  fs.writeFileSync(
    file,
    await workbook([
      ['序号', '学号', '姓名', '班级', '签到时间', '活动名称', '活动类型', '认定学时'],
      [1, '2023010101', '赵小红', '软件2301', '2026-10-28 14:30', '学习二十届四中全会精神', '专题党课', 2],
      [2, '2024010102', '钱朵朵', '软件2401', '2026-10-28 14:31', '学习二十届四中全会精神', '专题党课', 2],
    ]),
  );
  await page.getByRole('button', { name: '导入学时' }).click();
  const dialog = shell.dialog('导入学时');
  await dialog.locator('input[type=file]').setInputFiles(file);
  await expect(dialog).toContainText('共 2 行数据：可新增 1 条；1 行有错误');
  return dialog;
}

test('a 学时 sign-in list by 学号: a row under another name is imported only once confirmed', async ({ page, app }) => {
  const dialog = await previewSignInList(page, app);
  await expect(dialog).toContainText('学号 2024010102 在花名册中是“钱多多”（学生第一党支部），表中这一行却是“钱朵朵”');
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();

  await dialog.getByRole('tab', { name: '待确认（1）' }).click();
  // The box is ticked once the check has run again with the row confirmed.
  await dialog.getByRole('checkbox', { name: '确认第 3 行' }).click();
  await expect(dialog.getByRole('checkbox', { name: '确认第 3 行' })).toBeChecked();
  await expect(dialog).toContainText('共 2 行数据：可新增 2 条，没有发现错误');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('导入学时记录 2 条。')).toBeVisible();
});

// The spinner shown while the list is checked again must go with the check, not with the end of a
// CSS transition: antd's own spinner stayed in the button (invisible, still named "loading") whenever
// its leave transition never ended, which a re-check answered within a frame or two caused now and
// then in the full e2e run. With transitions off here, no transition ever ends.
test('after a re-check the import button is named 导入 again, whether or not its animation ends', async ({ page, app }) => {
  const dialog = await previewSignInList(page, app);
  await page.addStyleTag({ content: '.ant-btn, .ant-btn * { transition: none !important; }' });
  const box = dialog.getByRole('checkbox', { name: '确认第 3 行' });
  await dialog.getByRole('tab', { name: '待确认（1）' }).click();
  for (const confirmed of [true, false, true]) {
    await box.click();
    await expect(box).toBeChecked({ checked: confirmed });
    await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeEnabled({ enabled: confirmed });
    await expect(dialog.getByRole('button', { name: /loading/ })).toHaveCount(0);
  }
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByText('导入学时记录 2 条。')).toBeVisible();
});
