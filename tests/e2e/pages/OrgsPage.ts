import type { Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class OrgsPage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async createCommittee(name: string): Promise<void> {
    await this.page.getByRole('button', { name: '建立党委' }).click();
    const d = this.shell.dialog('建立党委');
    await d.getByLabel('名称').fill(name);
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
    await this.page.locator('.ant-tree').getByText(name, { exact: true }).waitFor();
  }

  async select(name: string): Promise<void> {
    await this.page.locator('.ant-tree').getByText(name, { exact: true }).click();
    await this.page.locator('.ant-card-head-title').getByText(name, { exact: true }).waitFor();
  }

  async createChild(parent: string, kind: string, name: string, category?: string): Promise<void> {
    await this.select(parent);
    await this.page.getByRole('button', { name: '新建下级组织' }).click();
    const d = this.shell.dialog(`在“${parent}”下新建组织`);
    await this.shell.choose(d.getByLabel('类型'), kind);
    await d.getByLabel('名称').fill(name);
    if (category) await this.shell.choose(d.getByLabel('支部类别'), category);
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
    await this.page.locator('.ant-tree').getByText(name, { exact: true }).waitFor();
  }
}
