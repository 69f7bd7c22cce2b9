// A clerk files a meeting's 会议记录 into 档案 from the meeting itself, finds it again by a phrase
// from its text, sees the branch flagged for having no 制度, and exports the 归档文件目录, which
// the test reads back.
import ExcelJS from 'exceljs';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { ArchivePage } from './pages/ArchivePage';

test('档案管理: file a meeting’s minutes, find them by a phrase inside, export the 归档文件目录', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' })).id;
  const zhang = (await api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: branch, joinedOn: '2010-07-01' })).id;
  const year = new Date().getFullYear();
  const heldOn = `${year}-01-15`;
  await api.call('orgs.saveRole', { orgId: branch, role: '书记', memberId: zhang, personName: '张伟', termStart: `${year}-01-01` });
  await api.call('meetings.save', {
    orgId: branch, type: '支委会', heldOn, topic: '研究发展党员工作', host: '张伟', recorder: '张伟', hours: 2,
    minutes: '会议听取了培养联系人的汇报，同意将王芳同志列为发展对象，报党总支备案。', attendance: [{ memberId: zhang, status: '出席' }],
  });
  const shell = new AppShell(page);
  const archive = new ArchivePage(page);
  await page.reload();

  await shell.open('三会一课');
  await page.getByRole('tab', { name: '会议记录' }).click();
  await page.locator('.ant-table-tbody tr', { hasText: '研究发展党员工作' }).click();
  const drawer = page.locator('.ant-drawer-content');
  await drawer.getByRole('button', { name: '归档会议记录' }).click();
  await shell.expectMessage('已归档：软件教工党支部支委会会议记录（研究发展党员工作）');
  await expect(drawer.getByRole('button', { name: '归档会议记录（已归档）' })).toBeVisible();
  await page.locator('.ant-drawer-close').dispatchEvent('click');

  await shell.open('档案管理');
  await archive.search('列为发展对象');
  const title = '软件教工党支部支委会会议记录（研究发展党员工作）';
  await expect(archive.result(title)).toBeVisible();
  await expect(archive.marks(title)).toHaveText(['列为发展对象']);
  await expect(archive.result(title)).toContainText('同意将王芳同志列为发展对象');
  await expect(archive.result(title)).toContainText('来自三会一课');
  await archive.search('没有这句话的内容');
  await expect(archive.result(title)).toHaveCount(0);

  const catalog = await archive.openCatalog();
  await expect(catalog.locator('.ant-table-tbody tr', { hasText: title })).toContainText('永久');
  await expect(page.getByTestId('rules-missing')).toContainText('软件教工党支部');
  const file = await archive.exportCatalog(app.workDir);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('归档文件目录')!;
  expect(ws.getCell('A1').value).toBe(`示范学院党委${year}年度归档文件目录`);
  const row = Array.from({ length: 10 }, (_, i) => ws.getRow(4).getCell(i + 1).value ?? null);
  expect(row).toEqual([1, 1, '软件教工党支部', null, title, heldOn.replaceAll('-', ''), 1, '永久', '会议记录', null]);
  expect(wb.getWorksheet('未归档制度的支部')!.getCell('B4').value).toBe('软件教工党支部');
});
