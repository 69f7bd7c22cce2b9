import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** 创先争优, operated as a clerk would: tabs, forms and the drawers of grading and awards. */
export class CyclePage {
  readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async tab(name: '承诺践诺' | '民主评议' | '满意度测评' | '分类定级' | '评选表彰'): Promise<Locator> {
    await this.page.getByRole('tab', { name }).click();
    return this.page.locator('.ant-tabs-tabpane-active');
  }

  async commitBranch(branch: string, content: string): Promise<void> {
    const pane = await this.tab('承诺践诺');
    await pane.getByRole('button', { name: '登记承诺' }).click();
    const d = this.shell.dialog('登记承诺');
    await this.shell.choose(d.getByLabel('党支部'), branch);
    await d.getByText('支部', { exact: true }).click();
    await d.getByLabel('承诺内容').fill(content);
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  async rate(content: string, rating: string): Promise<void> {
    const pane = this.page.locator('.ant-tabs-tabpane-active');
    await pane.locator('tr', { hasText: content }).getByText('评诺').click();
    const d = this.shell.dialog(/^评诺/);
    await d.getByLabel('评诺结果').click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator(`[title="${rating}"]`).click();
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  async setGrade(name: string, grade: string): Promise<void> {
    await this.page.locator(`.ant-select[aria-label="${name}评议等次"]`).click();
    await this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator(`[title="${grade}"]`).click();
  }

  /** Opens a branch's score sheet and fills every item with the same self and superior scores. */
  async scoreSheet(branch: string, self: number, superior: number): Promise<Locator> {
    const pane = await this.tab('分类定级');
    await pane.locator('tr', { hasText: branch }).click();
    const drawer = this.page.locator('.ant-drawer-content', { hasText: `分类定级：${branch}` });
    for (const input of await drawer.getByLabel(/^自评/).all()) await input.fill(String(self));
    for (const input of await drawer.getByLabel(/^上级评分/).all()) await input.fill(String(superior));
    return drawer;
  }
}
