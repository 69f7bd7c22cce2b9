// A 党小组 meets its own members (issue 14): the clerk puts two members of the branch in the
// group on its page, records a 党小组会 held by the group, and sees those two as 应到.
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { OrgsPage } from './pages/OrgsPage';

test('党小组会: chosen as the meeting’s organisation, the group’s members are 应到', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件学生党支部', category: '学生' })).id;
  await api.call('orgs.create', { parentId: branch, kind: 'group', name: '第一党小组' });
  for (const [i, name] of ['张伟', '李娜', '王强', '赵敏'].entries()) {
    await api.call('members.save', { name, idNumber: validId('20000101', i * 2 + 1), memberType: '正式党员', orgId: branch, joinedOn: '2020-07-01' });
  }
  const shell = new AppShell(page);
  const orgs = new OrgsPage(page);
  await page.reload();

  await shell.open('组织架构');
  await orgs.select('第一党小组');
  const card = page.locator('.ant-card', { hasText: '党小组成员' });
  await card.locator('.ant-select').click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  for (const name of ['王强', '赵敏']) await dropdown.locator(`[title="${name}（正式党员）"]`).click();
  await page.keyboard.press('Escape'); // a multiple select stays open over the button
  await card.getByRole('button', { name: /保存成员（2 人）/ }).click();
  await shell.expectMessage('已保存党小组成员');

  await shell.open('三会一课');
  await page.getByRole('tab', { name: '会议记录' }).click();
  await page.getByRole('button', { name: '记录会议' }).click();
  const d = shell.dialog('记录会议');
  await shell.choose(d.getByLabel('党组织'), '第一党小组');
  await expect(d.getByLabel('会议类型').locator('xpath=ancestor::div[contains(@class, "ant-select")][1]')).toContainText('党小组会');
  await expect(d.getByText('应到 2（党小组党员）')).toBeVisible();
  await expect(d.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(2);
  await expect(d.locator('.ant-table-tbody tr.ant-table-row', { hasText: '张伟' })).toHaveCount(0);
  await d.getByLabel('会议主题').fill('交流学习心得');
  await d.getByRole('button', { name: '保存' }).click();
  await d.waitFor({ state: 'hidden' });
  const drawer = page.locator('.ant-drawer-content');
  await expect(drawer).toContainText('第一党小组 党小组会');
  await expect(drawer).toContainText('应到 2（党小组党员）');
  await expect(drawer).toContainText('王强、赵敏');
});
