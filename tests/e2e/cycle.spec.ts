// The 创先争优 year as a clerk follows it: a branch's commitment and its rating, a fourth 优秀
// refused in a branch of nine, the branch graded with its evidence beside the sheet, an award
// round finalised once its publicity is recorded, and the 公示 and grading ledger read back.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { CyclePage } from './pages/CyclePage';

test('创先争优: commit, rate, the one-third limit, grading with evidence, award round to 公示', async ({ page, app }) => {
  const api = app.data.api;
  const year = new Date().getFullYear();
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' })).id;
  const names = ['张伟', '李娜', '王强', '赵敏', '刘洋', '陈静', '杨帆', '黄磊', '周婷'];
  const ids: number[] = [];
  for (const [i, name] of names.entries()) ids.push((await api.call('members.save', { name, idNumber: validId('19850101', i * 2 + 1), memberType: '正式党员', orgId: branch })).id);
  await api.call('campaigns.save', { year, title: `${year}年党员公开承诺活动`, commitDue: `${year}-03-15`, rateDue: `${year}-07-01` });
  const round = await api.call('awards.save', { year, title: '优秀共产党员', target: 'member', criteria: '坚持“五带头”', quota: 1, criteriaPublishedOn: `${year}-05-10` });
  await api.call('awards.saveNominee', { roundId: round.id, orgId: branch, memberId: ids[0]!, byOrg: true, byMasses: true, orgAssessment: '考核优秀', massRating: 96, leaderComment: '师德高尚，带头作用突出', shortlisted: true });

  const cycle = new CyclePage(page);
  const shell = cycle.shell;
  await page.reload();
  await shell.open('创先争优');

  // 承诺 and 评诺
  await cycle.commitBranch('软件教工党支部', '建设学习型党支部，每月开展一次主题党日');
  const commitments = page.locator('.ant-tabs-tabpane-active');
  await expect(commitments.locator('tr', { hasText: '建设学习型党支部' })).toContainText('支部');
  await expect(commitments).toContainText('尚未承诺：0 个支部，9 名党员');
  await cycle.rate('建设学习型党支部', '好');
  await expect(commitments.locator('tr', { hasText: '建设学习型党支部' }).locator('.ant-tag', { hasText: '好' })).toBeVisible();

  // 民主评议: three 优秀 of nine is the limit; a fourth is refused with the numbers.
  const evaluations = await cycle.tab('民主评议');
  await expect(evaluations.getByText('最多 3 名')).toBeVisible();
  for (const name of names.slice(0, 4)) await cycle.setGrade(name, '优秀');
  await evaluations.getByRole('button', { name: '保存评议结果' }).click();
  await expect(evaluations.locator('.ant-alert-error')).toContainText('软件教工党支部共有党员 9 名，评为优秀的不能超过三分之一（最多 3 名），现在是 4 名');
  await cycle.setGrade('赵敏', '合格');
  await evaluations.getByRole('button', { name: '保存评议结果' }).click();
  await shell.expectMessage('评议结果已保存');
  expect((await api.call('evaluations.branch', { year, orgId: branch })).excellent).toBe(3);

  // 分类定级 with the evidence beside the sheet
  const drawer = await cycle.scoreSheet('软件教工党支部', 19, 18);
  await expect(drawer.locator('.ant-descriptions')).toContainText('1 项，评诺：好1');
  await expect(drawer.locator('.ant-descriptions')).toContainText('优秀3名、合格1名');
  await expect(drawer.getByText('综合得分 92（自评×40% + 上级评分×60%），等次：先进')).toBeVisible();
  await drawer.getByRole('button', { name: '保存' }).click();
  await shell.expectMessage('定级结果已保存');
  await page.locator('.ant-drawer-close').dispatchEvent('click');
  const gradingPane = page.locator('.ant-tabs-tabpane-active');
  await expect(gradingPane.locator('tr', { hasText: '软件教工党支部' }).locator('.ant-tag', { hasText: '先进' })).toBeVisible();
  await expect(gradingPane.getByText(/已定级 1 个党支部，先进 1 个，占 100%/)).toBeVisible();
  const gradingLedger = await shell.download('导出分类定级汇总', app.workDir);

  // 评选表彰: refused while the publicity is missing, finalised once it is recorded.
  const awards = await cycle.tab('评选表彰');
  await awards.locator('tr', { hasText: '优秀共产党员' }).click();
  const roundDrawer = page.locator('.ant-drawer-content', { hasText: `${year}年度优秀共产党员` });
  await expect(roundDrawer.locator('.ant-alert-warning')).toContainText('尚未进行表彰前公示（两个公开）');
  await roundDrawer.getByRole('button', { name: '确定表彰结果' }).click();
  await shell.expectMessage(/还不能确定表彰结果：.*尚未进行表彰前公示/);
  await roundDrawer.getByRole('button', { name: '编辑评选信息' }).click();
  const d = shell.dialog('编辑评选：优秀共产党员');
  await shell.fillDate(d, '表彰前公示开始', `${year}-06-20`);
  await shell.fillDate(d, '公示结束', `${year}-06-26`);
  await shell.fillDate(d, '表彰决定日期', `${year}-06-28`);
  await d.getByLabel('意见反映联系方式').fill('院党委组织部，电话 0738-8312345');
  await d.getByRole('button', { name: '确定' }).click();
  await d.waitFor({ state: 'hidden' });
  await expect(roundDrawer.getByText('各环节已齐全，可以确定表彰结果')).toBeVisible();
  await roundDrawer.getByRole('button', { name: '确定表彰结果' }).click();
  await shell.expectMessage('表彰结果已确定');
  await expect(roundDrawer.locator('.ant-tag', { hasText: '表彰' })).toBeVisible();
  const notice = await shell.download(roundDrawer.getByRole('button', { name: '导出拟表彰对象公示' }), app.workDir);

  // The files, read back.
  const xml = await (await JSZip.loadAsync(await import('node:fs').then((fs) => fs.readFileSync(notice)))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(`关于${year}年度“优秀共产党员”拟表彰对象的公示`);
  expect(text).toContain('张伟');
  expect(text).toContain(`${year}年6月20日至${year}年6月26日`);
  expect(text).toContain('联系方式：院党委组织部，电话 0738-8312345');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(gradingLedger);
  const ws = wb.getWorksheet('分类定级汇总')!;
  expect(ws.getCell('A1').value).toBe(`示范学院党委${year}年度党支部分类定级汇总`);
  const header = (ws.getRow(3).values as unknown[]).slice(1).map(String);
  const row = ws.getRow(4);
  expect([row.getCell(header.indexOf('党支部') + 1).value, row.getCell(header.indexOf('综合得分') + 1).value, row.getCell(header.indexOf('等次') + 1).value]).toEqual(['软件教工党支部', 92, '先进']);
});
