import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** 党费管理 and the 换届 card of a branch, as a clerk operates them. */
export class DuesPage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async showYear(year: number): Promise<void> {
    const input = this.page.getByLabel('年度');
    await input.fill(String(year));
    await input.press('Tab');
  }

  row(name: string): Locator {
    return this.page.locator('.ant-table-row', { hasText: name }).first();
  }

  /** The 欠交 figure of a member's row (the last column before 操作). */
  arrears(name: string): Locator {
    return this.row(name).locator('td').nth(-2);
  }

  async recordPayment(name: string, p: { from: string; to: string; yuan: string; paidOn: string }): Promise<void> {
    await this.row(name).getByText('登记缴费').click();
    const d = this.shell.dialog(`登记缴费：${name}`);
    await this.shell.fillDate(d, '起始月份', p.from);
    await this.shell.fillDate(d, '截止月份', p.to);
    await d.getByLabel('金额（元）').fill(p.yuan);
    await this.shell.fillDate(d, '缴费日期', p.paidOn);
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  /** Records a 换届 on the branch's card in 组织架构, picking the election meeting and the new 书记. */
  async recordElection(branch: string, e: { on: string; meeting: string; secretary: string }): Promise<void> {
    await this.page.getByRole('button', { name: '登记换届' }).click();
    const d = this.shell.dialog(`登记换届：${branch}`);
    await this.shell.fillDate(d, '换届日期', e.on);
    await this.shell.choose(d.getByLabel('选举大会（三会一课记录）'), e.meeting);
    const picker = d.getByLabel('当选人').first();
    await picker.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').click();
    await picker.fill(e.secretary);
    const option = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator(`[title="${e.secretary}（${branch}）"]`);
    await option.click();
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
  }
}
