// A clerk's day on the usual office laptop (1366×768): dates typed as clerks write them, a
// restore that asks first, a meeting refused in Chinese naming the member, dialogs whose 保存
// is in view, and the roster in pinyin order.
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApi } from '../../electron/api';
import { zhCollator } from '../../electron/domain/pinyin';
import { validId } from '../helpers/ids';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { RosterPage } from './pages/RosterPage';

test.use({ viewport: { width: 1366, height: 768 } });

async function branchWith(data: OpenApi, names: string[]): Promise<number> {
  const api = data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  const branch = (await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' })).id;
  // Each serves on the branch committee, so a 支委会 (the form's first type) expects them all.
  const roles = ['书记', '组织委员', '宣传委员'] as const;
  for (const [i, name] of names.entries()) {
    const { id } = await api.call('members.save', { name, idNumber: validId('19850101', i * 2 + 1), memberType: '正式党员', orgId: branch, joinedOn: '2010-07-01' });
    await api.call('orgs.saveRole', { orgId: branch, role: roles[i % roles.length]!, memberId: id, personName: name, termStart: '2020-01-01' });
  }
  return branch;
}

test('a date typed in any of the ways clerks write it replaces the default and is kept; an unreadable one is kept and refused', async ({ page, app }) => {
  await branchWith(app.data, ['张伟']);
  const year = new Date().getFullYear();
  const shell = new AppShell(page);
  await page.reload();
  await shell.open('学时管理');
  await page.locator('.ant-tabs-tabpane-active .ant-table tbody tr', { hasText: '张伟' }).first().click();
  const drawer = page.locator('.ant-drawer-content', { hasText: '张伟 ' });
  const typed: [string, string][] = [
    [`${year}-3-5`, `${year}-03-05`],
    [`${year}.4.6`, `${year}-04-06`],
    [`${year}/5/7`, `${year}-05-07`],
    [`${year}0608`, `${year}-06-08`],
    [`${year}年7月9日`, `${year}-07-09`],
  ];
  for (const [text, iso] of typed) {
    await drawer.getByRole('button', { name: '登记学时' }).click();
    const d = shell.dialog('为 张伟 登记学时');
    const date = d.getByLabel('日期');
    await expect(date).not.toHaveValue(''); // today, pre-filled
    await date.click(); // a click selects the whole default …
    await page.keyboard.type(text); // … so typing replaces it instead of appending
    await page.keyboard.press('Tab');
    await expect(date).toHaveValue(iso);
    await d.getByLabel('学时').fill('2');
    await d.getByLabel('学习内容').fill(`自学 ${text}`);
    await d.getByRole('button', { name: '确定' }).click();
    await shell.expectMessage('已保存');
    await expect(d).toBeHidden();
    await expect(drawer.locator('tr', { hasText: `自学 ${text}` })).toContainText(iso);
  }

  await drawer.getByRole('button', { name: '登记学时' }).click();
  const d = shell.dialog('为 张伟 登记学时');
  const date = d.getByLabel('日期');
  await date.click();
  await page.keyboard.type(`${year}-2-30`);
  await page.keyboard.press('Tab');
  await expect(date).toHaveValue(`${year}-2-30`); // kept as typed, not reverted to today
  await expect(d.getByRole('alert')).toContainText(`日期“${year}-2-30”不存在`);
  await d.getByLabel('学时').fill('2');
  await d.getByLabel('学习内容').fill('不该保存');
  await d.getByRole('button', { name: '确定' }).click();
  await shell.expectMessage(/日期/);
  await expect(d).toBeVisible();
  const entries = await app.data.api.call('hours.entries', { memberId: 1, year });
  expect(entries.map((e) => e.onDate).sort()).toEqual(typed.map(([, iso]) => iso));
});

test('从备份文件恢复… names the file and waits for the clerk before replacing anything', async ({ page, app }) => {
  await branchWith(app.data, ['张伟']);
  const file = await app.data.api.call('backups.export', {});
  const saved = path.join(app.workDir, file.fileName);
  fs.writeFileSync(saved, Buffer.from(file.base64, 'base64'));
  await app.data.api.call('members.save', { name: '新来的', idNumber: validId('19900101', 3), memberType: '正式党员', orgId: 2 });

  const shell = new AppShell(page);
  await page.reload();
  await shell.open('备份与恢复');
  const choose = async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '从备份文件恢复…' }).click()]);
    await chooser.setFiles(saved);
    const ask = page.getByRole('dialog', { name: `用备份文件“${file.fileName}”替换现在的全部数据？` });
    await expect(ask).toBeVisible();
    return ask;
  };
  const ask = await choose();
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toBeHidden();
  expect((await app.data.api.call('members.list', { filter: {} })).total).toBe(2);

  const again = await choose();
  await again.getByRole('button', { name: '恢复' }).click();
  await shell.expectMessage('已恢复');
  await expect.poll(async () => (await app.data.api.call('members.list', { filter: {} })).total).toBe(1);
});

test('a meeting with a 请假 and no reason is refused in Chinese, naming the member and outlining the box; 保存 is in view at 768 px', async ({ page, app }) => {
  await branchWith(app.data, ['张伟', '李娜', '王强']);
  const shell = new AppShell(page);
  await page.reload();
  await shell.open('三会一课');
  await page.getByRole('tab', { name: '会议记录' }).click();
  await page.getByRole('button', { name: '记录会议' }).click();
  const d = shell.dialog('记录会议');
  await expect(d.getByRole('button', { name: '保存' })).toBeInViewport();
  await shell.choose(d.getByLabel('党组织'), '软件教工党支部');
  await d.getByLabel('会议主题').fill('研究本月工作');
  await d.getByText('应到 3').waitFor();
  await d.locator('.ant-table-tbody tr', { hasText: '王强' }).getByText('请假', { exact: true }).click();
  await expect(d.getByRole('button', { name: '保存' })).toBeInViewport();
  await d.getByRole('button', { name: '保存' }).click();
  await shell.expectMessage('出席情况：王强请假，请填写请假原因');
  await expect(page.locator('.ant-message')).not.toContainText(/[a-z]{4,}/);
  await expect(d.getByLabel('王强的请假原因')).toHaveClass(/ant-input-status-error/);
  await expect(d).toBeVisible();
  expect((await app.data.api.call('meetings.list', { filter: {} })).total).toBe(0);

  await d.getByLabel('王强的请假原因').fill('外出培训');
  await d.getByRole('button', { name: '保存' }).click();
  await shell.expectMessage('已保存');
  await expect(d).toBeHidden();
});

test('the roster is in pinyin order and opens from the keyboard; 新增党员 focuses 姓名 and shows 保存 without scrolling', async ({ page, app }) => {
  const names = ['廖超春', '姜然阳', '叶敏', '付鸣艳', '刘宁', '李娜', '张伟', '安琪'];
  await branchWith(app.data, names);
  const shell = new AppShell(page);
  const roster = new RosterPage(page);
  await page.reload();
  await shell.open('党员花名册');
  await expect(roster.rows()).toHaveCount(names.length);
  const shown = (await roster.rows().locator('td:first-child').allTextContents()).map((s) => s.trim());
  expect(shown).toEqual([...names].sort(zhCollator.compare));
  expect(shown.slice(0, 4)).toEqual(['安琪', '付鸣艳', '姜然阳', '李娜']);

  // A row opens from the keyboard as well as by a click.
  await roster.rows().first().focus();
  await page.keyboard.press('Enter');
  await page.locator('.ant-drawer-title', { hasText: '安琪' }).waitFor();
  await page.locator('.ant-drawer-close').dispatchEvent('click');
  await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: '新增党员' }).click();
  const d = shell.dialog('新增党员');
  await expect(d.getByLabel('姓名')).toBeFocused();
  await expect(d.getByRole('button', { name: '保存' })).toBeInViewport();
});
