// A clerk's first day: builds the tree, adds a member, imports the old Excel roster,
// fixes nothing but imports the good rows, finds people, records a transfer-out, exports.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { MESSY, messyRosterXlsx } from '../helpers/messyRoster';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { OrgsPage } from './pages/OrgsPage';
import { RosterPage } from './pages/RosterPage';

test('a clerk builds the tree, keeps the roster, imports, finds, changes status and exports', async ({ page, app }) => {
  const shell = new AppShell(page);
  const orgs = new OrgsPage(page);
  const roster = new RosterPage(page);

  // A fresh install greets the clerk with the first step.
  await expect(page.getByText('欢迎使用党建台账')).toBeVisible();
  await shell.open('组织架构');
  await orgs.createCommittee('示范学院党委');
  await orgs.createChild('示范学院党委', '党总支', '信息工程系党总支');
  await orgs.createChild('信息工程系党总支', '党支部', '网络技术教工党支部', '教职工');
  await orgs.select('网络技术教工党支部');
  await expect(page.locator('.ant-descriptions')).toContainText('教职工');
  // No 成立日期 was given, so 沿革 records no founding (today would be a false date).
  await expect(page.locator('.ant-card', { hasText: '沿革' })).toContainText('建立时未填写成立日期');

  // Add one member by hand; gender and birth date come from the ID number.
  await shell.open('党员花名册');
  const zhangId = validId('19870412', 35);
  await roster.addMember({ name: '张伟', idNumber: zhangId, branch: '网络技术教工党支部', phone: '13900001111' });
  await expect(roster.rows()).toHaveCount(1);
  await expect(roster.rows().first()).toContainText('1987-04-12');
  await expect(roster.rows().first()).toContainText('男');

  // Import the messy roster: the preview lists every bad row, nothing is written yet.
  const file = path.join(app.workDir, '信息工程系党员花名册.xlsx');
  fs.writeFileSync(file, await messyRosterXlsx());
  const dialog = await roster.previewImport(file);
  await expect(dialog).toContainText('共 9 行数据：可新增 4 人，更新 0 人；5 行有错误（5 处）');
  await expect(dialog).toContainText('将新建组织：软件技术教工党支部、学生第一党支部');
  const errorRows = dialog.locator('.ant-tabs-tabpane-active .ant-table-tbody tr');
  await expect(errorRows).toHaveCount(5);
  await expect(errorRows.nth(0)).toContainText(`${MESSY.errorRows.badCheckDigit}公民身份号码`);
  await expect(errorRows.nth(1)).toContainText('被 Excel 存成了数字');
  await expect(errorRows.nth(2)).toContainText('缺少姓名');
  await expect(errorRows.nth(3)).toContainText('与第 5 行重复');
  await expect(errorRows.nth(4)).toContainText('“2012.02.30”不存在');
  await expect(dialog.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await expect(roster.rows()).toHaveCount(1);
  await dialog.getByRole('button', { name: '仅导入无误的 4 行' }).click();
  await expect(page.getByText('新增 4 人，更新 0 人；新建组织：软件技术教工党支部、学生第一党支部；有错误的 5 行未导入。')).toBeVisible();
  await page.getByRole('button', { name: '知道了' }).or(page.getByRole('button', { name: 'OK' })).or(page.getByRole('button', { name: '确定' })).first().click();
  await expect.poll(() => roster.total()).toBe('共 5 人');

  // Find 李建国 by his pinyin initials and by part of his ID number.
  await roster.search('ljg');
  await expect(roster.rows()).toHaveCount(1);
  await expect(roster.rows().first()).toContainText('李建国');
  await expect(roster.rows().first()).toContainText('软件技术教工党支部');
  await roster.search(MESSY.good[1]!.id.slice(6, 14));
  await expect(roster.rows()).toHaveCount(1);
  await expect(roster.rows().first()).toContainText('王芳');
  await roster.search('');

  // 王芳 transfers out: a status change with a reason, not a deletion.
  await roster.changeStatus('王芳', '转出', '组织关系转往湖南大学党委');
  await expect.poll(() => roster.total()).toBe('共 4 人');
  await shell.choose(page.getByLabel('状态'), '转出');
  await expect(roster.rows()).toHaveCount(1);
  await expect(roster.rows().first()).toContainText('王芳');
  await page.getByLabel('状态').locator('..').locator('..').locator('.ant-select-clear').click({ force: true });
  await expect.poll(() => roster.total()).toBe('共 5 人');

  // Export the whole roster and read the file back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出花名册' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^示范学院党委党员花名册-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const saved = path.join(app.workDir, download.suggestedFilename());
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const ws = wb.worksheets[0]!;
  expect(ws.getCell('A1').value).toBe('示范学院党委党员花名册');
  const header = (ws.getRow(3).values as unknown[]).slice(1);
  const col = (h: string) => header.indexOf(h) + 1;
  const people = [4, 5, 6, 7, 8].map((r) => ws.getRow(r));
  const names = people.map((r) => r.getCell(col('姓名')).value);
  expect(names.sort()).toEqual(['张伟', '李建国', '王芳', '赵小红', '陈志明'].sort());
  expect(people.map((r) => r.getCell(1).value)).toEqual([1, 2, 3, 4, 5]);
  const zhang = people.find((r) => r.getCell(col('姓名')).value === '张伟')!;
  // 导出时隐藏身份证号中间位 is on by default: the ledger leaves the office without whole ID numbers.
  const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;
  expect(zhang.getCell(col('公民身份号码')).value).toBe(masked(zhangId));
  expect(zhang.getCell(col('所在支部')).value).toBe('网络技术教工党支部');
  expect(zhang.getCell(col('联系电话')).value).toBe('139****1111');
  const wang = people.find((r) => r.getCell(col('姓名')).value === '王芳')!;
  expect(wang.getCell(col('状态')).value).toMatch(/^转出（\d{4}-\d{2}-\d{2}）$/);
  expect(wang.getCell(col('公民身份号码')).value).toBe(masked(MESSY.good[1]!.id));
});
