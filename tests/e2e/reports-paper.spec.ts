// 报表中心: a clerk whose office prints A3 picks A3横向 for the 党费收缴台账 and gets the whole year
// on one A3 sheet; the other ledgers offer no such choice and the default stays A4.
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { ReportsPage } from './pages/ReportsPage';

test('报表中心: 党费收缴台账 on A3 is one sheet for the year; A4 stays the default', async ({ page, app }) => {
  app.seedDemo();
  await page.reload();
  const reports = new ReportsPage(page);
  await reports.open();
  await expect(page.getByRole('combobox', { name: '三会一课台账纸张' })).toHaveCount(0);
  const a4 = await reports.exportEntry('党费收缴台账', app.workDir);
  await reports.choosePaper('党费收缴台账', 'A3横向（全年一张表）');
  const a3 = await reports.exportEntry('党费收缴台账', app.workDir);
  expect(a3).toMatch(/（A3）\.xlsx$/);
  const sheets = async (file: string) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb.worksheets.map((w) => `${w.name}:${w.pageSetup.paperSize}`);
  };
  expect(await sheets(a4)).toEqual(['党费收缴（上半年）:9', '党费收缴（下半年）:9', '支部汇总:9']);
  expect(await sheets(a3)).toEqual(['党费收缴（全年）:8', '支部汇总:9']);
});
