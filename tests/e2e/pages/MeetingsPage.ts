import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class MeetingsPage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  /** The compliance cell of a branch for the period in column `period` (e.g. "11月"). */
  async matrixCell(branch: string, period: string): Promise<Locator> {
    await this.page.getByRole('tab', { name: '落实情况' }).click();
    const table = this.page.locator('.ant-tabs-tabpane-active .ant-table').first();
    const headers = await table.locator('thead th').allTextContents();
    const col = headers.findIndex((h) => h.trim() === period);
    return table.locator('tbody tr', { hasText: branch }).first().locator('td').nth(col).locator('[data-status]');
  }

  async record(m: { branch: string; topic: string; leave?: { name: string; reason: string }; absent?: string; expectRoster?: (dialog: Locator) => Promise<void> }): Promise<void> {
    await this.page.getByRole('tab', { name: '会议记录' }).click();
    await this.page.getByRole('button', { name: '记录会议' }).click();
    const d = this.shell.dialog('记录会议');
    await this.shell.choose(d.getByLabel('党组织'), m.branch);
    await d.getByLabel('会议主题').fill(m.topic);
    await d.getByText(/应到 [1-9]/).waitFor();
    if (m.expectRoster) await m.expectRoster(d);
    const row = (name: string) => d.locator('.ant-table-tbody tr', { hasText: name });
    if (m.leave) {
      await row(m.leave.name).getByText('请假', { exact: true }).click();
      await row(m.leave.name).getByPlaceholder('必填').fill(m.leave.reason);
    }
    if (m.absent) await row(m.absent).getByText('缺席', { exact: true }).click();
    await d.getByRole('button', { name: '保存' }).click();
    await d.waitFor({ state: 'hidden' });
    await this.page.locator('.ant-drawer-title', { hasText: m.branch }).waitFor();
  }
}
