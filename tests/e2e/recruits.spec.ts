// A clerk moves a 发展对象 to 预备党员: a short vote is a finding; the approval clears it and the
// person appears on the roster with the admission date.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('发展党员: a short vote is flagged, the approval puts the person on the roster', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '学生第一党支部', category: '学生' })).id;
  const a = (await api.call('members.save', { name: '张伟', idNumber: validId('19800101', 1), memberType: '正式党员', orgId: branch, joinedOn: '2005-07-01', confirmedOn: '2006-07-01' })).id;
  const b = (await api.call('members.save', { name: '李娜', idNumber: validId('19810101', 2), memberType: '正式党员', orgId: branch, joinedOn: '2006-07-01', confirmedOn: '2007-07-01' })).id;
  await api.call('recruits.save', {
    name: '刘思远', idNumber: validId('20040310', 11), orgId: branch, appliedOn: day(-800), talkOn: day(-790), activistOn: day(-700),
    reviews: [day(-530), day(-360)], candidateOn: day(-330), trainingDays: 3, trainingHours: 24,
    introducers: [{ memberId: a }, { memberId: b }], publicityFrom: day(-60), publicityTo: day(-54),
  });
  const shell = new AppShell(page);
  await page.reload();
  await shell.open('发展党员');
  await page.getByRole('cell', { name: '刘思远' }).click();
  const drawer = page.locator('.ant-drawer-content', { hasText: '刘思远' });
  await expect(drawer.getByText('各环节符合规定')).toBeVisible();
  await shell.fillDate(drawer, '支部大会', day(-30));
  await drawer.getByLabel('应到会有表决权的正式党员').first().fill('20');
  await drawer.getByLabel('赞成票').first().fill('10');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.locator('.ant-alert-error')).toContainText('赞成10票，未超过应到会有表决权的正式党员20人的半数');
  await expect(drawer.locator('.ant-tag', { hasText: '预备党员' })).toBeVisible();

  await drawer.getByLabel('赞成票').first().fill('15');
  await shell.fillDate(drawer, '上级党委审批', day(-10));
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText('各环节符合规定')).toBeVisible();
  const member = (await api.call('members.list', { filter: { q: '刘思远' } })).rows[0];
  expect([member?.memberType, member?.joinedOn]).toEqual(['预备党员', day(-30)]);

  // The ledger and a 公示, read back.
  await page.locator('.ant-drawer-close').dispatchEvent('click');
  const ledger = await shell.download('导出发展党员台账', app.workDir);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(ledger);
  const ws = wb.getWorksheet('发展党员台账')!;
  const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
  expect([ws.getRow(4).getCell(header.indexOf('姓名') + 1).value, ws.getRow(4).getCell(header.indexOf('赞成/应到') + 1).value, ws.getRow(4).getCell(header.indexOf('阶段') + 1).value]).toEqual(['刘思远', '15/20', '预备党员']);
  await api.call('recruits.save', { name: '周宁', idNumber: validId('20050101', 21), orgId: branch, appliedOn: day(-800), talkOn: day(-790), activistOn: day(-700), reviews: [day(-530), day(-360)], candidateOn: day(-10) });
  await page.getByRole('button', { name: '生成公示' }).click();
  const d = shell.dialog('生成公示');
  await shell.choose(d.getByLabel('党支部'), '学生第一党支部');
  await shell.fillDate(d, '公示开始', day(1));
  await shell.fillDate(d, '公示结束', day(7));
  const notice = await shell.download(d.getByRole('button', { name: '导出' }), app.workDir);
  const xml = await (await JSZip.loadAsync(fs.readFileSync(notice))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('关于学生第一党支部发展对象的公示');
  expect(text).toContain('周宁');
  expect(text).not.toContain('刘思远');
});

test('发展党员台账 import: the bad row is named, the rest imported and checked at once', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '学生第一党支部', category: '学生' })).id;
  await api.call('members.save', { name: '张伟', idNumber: validId('19800101', 1), memberType: '正式党员', orgId: branch, joinedOn: '2005-07-01', confirmedOn: '2006-07-01' });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['姓名', '身份证号', '所在支部', '申请入党日期', '谈话日期', '确定为入党积极分子日期', '入党介绍人']);
  ws.addRow(['刘思远', validId('20040310', 11), '学生第一党支部', '2025-01-05', '2025-03-20', '2025-06-01', '张伟']);
  ws.addRow(['周宁', validId('20050101', 21), '学生第三党支部', '2025-01-05']);
  const file = `${app.workDir}/发展党员台账.xlsx`;
  await wb.xlsx.writeFile(file);

  const shell = new AppShell(page);
  await page.reload();
  await shell.open('发展党员');
  await page.getByRole('button', { name: '导入发展党员台账' }).click();
  const d = shell.dialog('导入发展党员台账');
  await d.locator('input[type=file]').setInputFiles(file);
  await expect(d.getByText(/表头在第 1 行，共 2 行数据/)).toBeVisible();
  await expect(d.getByRole('row', { name: /3 所在支部 没有名为“学生第三党支部”的党支部/ })).toBeVisible();
  await d.getByRole('button', { name: '仅导入无误的 1 行' }).click();
  const done = page.locator('.ant-modal-confirm', { hasText: '导入完成' });
  await expect(done).toContainText(/新增 1 人.*逐人检查发现 \d+ 项问题/);
  await done.getByRole('button').click();
  // Filtered to the people with findings: the talk came more than a month after the application.
  await page.getByRole('cell', { name: '刘思远' }).click();
  await expect(page.locator('.ant-drawer-content').locator('.ant-alert-error')).toContainText('超过1个月');
  expect((await api.call('recruits.list', {})).map((r) => r.name)).toEqual(['刘思远']);
});
