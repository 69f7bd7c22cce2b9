// A clerk at year end: opens 报表中心, exports the year's pack and the 年度党建工作总结, and the
// test reads both files back: the zip's entries against its 目录, the summary's figures against stats.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { ReportsPage } from './pages/ReportsPage';

const year = new Date().getFullYear();

test('报表中心: the year’s pack and the summary, read back', async ({ page, app }) => {
  app.seedDemo();
  const stats = await app.data.api.call('reports.stats', { year });
  await page.reload();
  const reports = new ReportsPage(page);
  await reports.open();
  await expect(reports.row('年度党建工作总结')).toContainText('未导出');

  const zipFile = await reports.exportPack(year, app.workDir);
  await expect(page.getByText(/已生成：.*党员花名册/)).toBeVisible();
  const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
  const entries = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const folder = `${stats.scope}${year}年度台账/`;
  expect(entries).toContain(`${folder}目录.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.file(`${folder}目录.xlsx`)!.async('nodebuffer')) as unknown as ArrayBuffer);
  const listed = new Map<string, number>();
  wb.getWorksheet('目录')!.eachRow((row, r) => {
    if (r > 3 && typeof row.getCell(1).value === 'number') listed.set(String(row.getCell(2).value), (listed.get(String(row.getCell(2).value)) ?? 0) + Number(row.getCell(4).value));
  });
  expect([...listed.keys()].map((f) => folder + f).sort()).toEqual(entries.filter((e) => e !== `${folder}目录.xlsx`).sort());
  const roster = [...listed].find(([f]) => f.includes('党员花名册'))!;
  expect(roster[1]).toBeGreaterThanOrEqual(stats.members);

  const docx = await reports.exportEntry('年度党建工作总结', app.workDir);
  const doc = await JSZip.loadAsync(fs.readFileSync(docx));
  const text = (await doc.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  for (const figure of [`党支部${stats.branches}个`, `党员${stats.members}名`, `全年共召开会议${stats.meetings.held}次`, `人均全年学时${stats.averageHours}学时`, `占已定级党支部的${stats.advancedShare}%`]) {
    expect(text).toContain(figure);
  }
  await expect(reports.row('年度党建工作总结')).not.toContainText('未导出');
});
