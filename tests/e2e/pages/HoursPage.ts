import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class HoursPage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  /** The status marker of a member's hours in the column for `period` (e.g. "第三季度"). */
  async cell(name: string, period: string): Promise<Locator> {
    const table = this.page.locator('.ant-tabs-tabpane-active .ant-table').first();
    const headers = await table.locator('thead th').allTextContents();
    const col = headers.findIndex((h) => h.trim() === period);
    return table.locator('tbody tr', { hasText: name }).first().locator('td').nth(col).locator('[data-status]');
  }

  async addHours(name: string, onDate: string, hours: number, title: string): Promise<void> {
    await this.page.locator('.ant-tabs-tabpane-active .ant-table tbody tr', { hasText: name }).first().click();
    const drawer = this.page.locator('.ant-drawer-content', { hasText: `${name} ` });
    await drawer.getByRole('button', { name: '登记学时' }).click();
    const d = this.shell.dialog(`为 ${name} 登记学时`);
    const date = d.getByLabel('日期');
    await date.click();
    await date.fill(onDate);
    await date.press('Enter');
    await d.getByLabel('学时').fill(String(hours));
    await d.getByLabel('学习内容').fill(title);
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
    await drawer.getByText(title).waitFor();
    await this.page.locator('.ant-drawer-close').dispatchEvent('click'); // a toast may cover the button
  }
}
