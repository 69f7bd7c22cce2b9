// A clerk's round of 整改 and 报送: adds an item already past its deadline and sees it flagged on the
// page and on 工作台, closes it with evidence, records a branch's submission with its file, and
// exports both ledgers, which the test reads back.
import ExcelJS from 'exceljs';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { RectificationPage } from './pages/RectificationPage';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const fillOf = (c: ExcelJS.Cell) => (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb ?? null;

test('整改与报送: an overdue item flagged and closed with evidence, a submission with its file, both ledgers exported', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' })).id;
  await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '机关党支部', category: '机关' });
  await api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: branch });
  const year = new Date().getFullYear();
  const shell = new AppShell(page);
  const rect = new RectificationPage(page);
  const problem = '组织生活会批评与自我批评不够深入';
  await page.reload();

  await shell.open('整改与报送');
  await rect.addItem({ branch: '软件教工党支部', source: '民主评议', problem, measures: '会前逐一谈心谈话，会上点人点事', responsible: '张伟', deadline: day(-10) });
  await expect(rect.row(problem)).toContainText('逾期10天');
  await expect(rect.row(problem).locator('.ant-tag-red')).toHaveText('逾期10天');

  await shell.open('工作台');
  const overdueCard = page.locator('[data-card="overdue"]');
  await expect(overdueCard).toContainText(problem);
  await expect(overdueCard).toContainText('逾期10天');

  await shell.open('整改与报送');
  await rect.complete(problem, '已开展谈心谈话12人次，组织生活会重新召开', { name: '谈心谈话记录.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') });
  await expect(rect.row(problem)).toContainText('已完成');
  await expect(rect.row(problem)).not.toContainText('逾期');

  // A task already due three days ago: one branch hands in on time with its file, the other has not.
  await rect.addTask({ title: '支部年度工作计划', dueOn: day(-3) });
  await rect.submit('软件教工党支部', day(-4), { name: '软件教工党支部年度计划.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 年度计划') });
  const drawer = page.locator('.ant-drawer-content');
  await expect(drawer.locator('tr', { hasText: '软件教工党支部' })).toContainText('已报送');
  await expect(drawer.locator('tr', { hasText: '软件教工党支部' })).toContainText('软件教工党支部年度计划.pdf');
  await expect(drawer.locator('tr', { hasText: '机关党支部' })).toContainText('未报送（逾期） 3天');
  await page.locator('.ant-drawer-close').dispatchEvent('click');
  await expect(rect.row('支部年度工作计划')).toContainText('1/2');
  await expect(rect.row('支部年度工作计划')).toContainText('1 个支部未报送');

  await shell.open('工作台');
  await expect(overdueCard).not.toContainText(problem);
  await expect(overdueCard).toContainText('支部年度工作计划');
  await expect(overdueCard).toContainText('未报送：机关党支部');

  await shell.open('整改与报送');
  const itemsFile = await rect.download('导出整改台账', app.workDir);
  await page.getByRole('tab', { name: '工作任务' }).click();
  const tasksFile = await rect.download('导出材料报送情况', app.workDir);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(itemsFile);
  const ws = wb.getWorksheet('整改台账')!;
  expect(ws.getCell('A1').value).toBe(`示范学院党委${year}年度整改台账`);
  const cells = (w: ExcelJS.Worksheet, r: number, n: number) => Array.from({ length: n }, (_, i) => w.getRow(r).getCell(i + 1).value ?? null);
  expect(cells(ws, 4, 10)).toEqual([1, '软件教工党支部', '民主评议', problem, '会前逐一谈心谈话，会上点人点事', '张伟', day(-10), '已完成', day(0), '已开展谈心谈话12人次，组织生活会重新召开\n佐证材料：谈心谈话记录.png']);
  expect(fillOf(ws.getCell('G4'))).toBeNull();

  const tb = new ExcelJS.Workbook();
  await tb.xlsx.readFile(tasksFile);
  const ts = tb.getWorksheet('材料报送情况')!;
  expect(ts.getCell('A1').value).toBe(`示范学院党委${year}年度材料报送情况`);
  expect(cells(ts, 4, 9)).toEqual([1, '支部年度工作计划', '院党委组织部', day(-3), '软件教工党支部', day(-4), '已报送', null, '软件教工党支部年度计划.pdf']);
  expect(cells(ts, 5, 8)).toEqual([2, '支部年度工作计划', '院党委组织部', day(-3), '机关党支部', null, '未报送（逾期）', 3]);
  expect([fillOf(ts.getCell('G4')), fillOf(ts.getCell('G5'))]).toEqual([null, 'FFFFC7CE']);
});
