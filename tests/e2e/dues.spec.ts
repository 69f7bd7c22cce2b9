// A clerk records a 补交 and sees the arrears clear, exports the 党费收缴台账 and reads it back;
// records a 换届 and sees the term warning clear on the branch and on 工作台.
import ExcelJS from 'exceljs';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { DuesPage } from './pages/DuesPage';
import { OrgsPage } from './pages/OrgsPage';

const pad = (n: number) => String(n).padStart(2, '0');
const today = new Date();
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthsBack = (n: number) => {
  const d = new Date(today.getFullYear(), today.getMonth() - n, 1);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
};

test('党费 and 换届: a 补交 clears the arrears, the ledger reads back, a 换届 clears the warning', async ({ page, app }) => {
  const api = app.data.api;
  // The year shown holds the three months before this one (last year's when it is early in the year).
  const early = today.getMonth() < 3;
  const year = early ? today.getFullYear() - 1 : today.getFullYear();
  const last = early ? `${year}-12` : monthsBack(1);
  const owing = early ? [`${year}-10`, `${year}-11`, `${year}-12`] : [monthsBack(3), monthsBack(2), monthsBack(1)];
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '信息工程系教工党支部', category: '教职工' })).id;
  const zhang = (await api.call('members.save', { name: '张伟', idNumber: validId('19800101', 1), memberType: '正式党员', orgId: branch, joinedOn: '2005-07-01' })).id;
  await api.call('dues.saveBase', { memberId: zhang, fromMonth: `${year}-01`, kind: '在职', baseFen: 450_000 });
  if (owing[0]! > `${year}-01`) {
    const paidTo = `${year}-${pad(Number(owing[0]!.slice(5)) - 1)}`;
    await api.call('dues.recordPayment', { memberId: zhang, paidOn: `${owing[0]}-05`, fromMonth: `${year}-01`, toMonth: paidTo, amountFen: 4500 * Number(paidTo.slice(5)) });
  }
  // The committee's term ends within three months.
  const start = new Date(today.getFullYear() - 3, today.getMonth() + 2, 1);
  await api.call('orgs.saveRole', { orgId: branch, role: '书记', memberId: zhang, personName: '张伟', termStart: iso(start), termEnd: iso(new Date(start.getFullYear() + 3, start.getMonth(), 1)) });
  await api.call('meetings.save', { orgId: branch, type: '支部党员大会', heldOn: iso(today), topic: '换届选举大会', hours: 2, attendance: [{ memberId: zhang, status: '出席' }] });

  const shell = new AppShell(page);
  const dues = new DuesPage(page);
  await page.reload();
  await expect(page.getByText('支部换届提醒')).toBeVisible();
  await expect(page.getByText(/信息工程系教工党支部：本届任期将于.*届满/)).toBeVisible();

  await shell.open('党费管理');
  await dues.showYear(year);
  await expect(dues.arrears('张伟')).toHaveText('135.00');
  await dues.recordPayment('张伟', { from: owing[0]!, to: last, yuan: '135', paidOn: iso(today) });
  await expect(dues.arrears('张伟')).toHaveText('0.00');

  const file = await shell.download('导出党费收缴台账', app.workDir);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const lastMonth = Number(last.slice(5));
  const ws = wb.getWorksheet(lastMonth <= 6 ? '党费收缴（上半年）' : '党费收缴（下半年）')!;
  const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
  const cell = (h: string) => ws.getRow(4).getCell(header.indexOf(h) + 1).value;
  // Totals count the months due (January to the last ended month); the running month is apart.
  const span = `1—${lastMonth}月`;
  expect([cell('姓名'), cell('缴纳基数（元）'), cell(`${lastMonth}月应交`), cell(`${lastMonth}月实交`), cell(`欠交（${span}）`), cell(`实交（${span}）`)]).toEqual(['张伟', '在职 4500.00', 45, 45, 0, 45 * lastMonth]);

  await shell.open('组织架构');
  await new OrgsPage(page).select('信息工程系教工党支部');
  await expect(page.locator('.ant-alert', { hasText: '即将到期' })).toBeVisible();
  await dues.recordElection('信息工程系教工党支部', { on: iso(today), meeting: `${iso(today)} 换届选举大会`, secretary: '张伟' });
  await expect(page.locator('.ant-alert', { hasText: '正常' })).toContainText(`自${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日起`);
  expect(await api.call('terms.warnings', {})).toEqual([]);
  await shell.open('工作台');
  await expect(page.getByText('在册党员').first()).toBeVisible();
  await expect(page.getByText(/信息工程系教工党支部：本届任期将于/)).toHaveCount(0);
});
