import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

export class RosterPage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  rows(): Locator {
    return this.page.locator('main .ant-table-tbody tr.ant-table-row');
  }

  async total(): Promise<string> {
    return (await this.page.locator('.ant-pagination-total-text').textContent()) ?? '';
  }

  async addMember(m: { name: string; idNumber: string; branch: string; phone?: string }): Promise<void> {
    await this.page.getByRole('button', { name: '新增党员' }).click();
    const d = this.shell.dialog('新增党员');
    await d.getByLabel('姓名').fill(m.name);
    await d.getByLabel('公民身份号码').fill(m.idNumber);
    await d.getByLabel('公民身份号码').blur();
    if (m.phone) await d.getByLabel('联系电话').fill(m.phone);
    await this.shell.choose(d.getByLabel('所在支部'), m.branch);
    await d.getByRole('button', { name: '保存' }).click();
    await d.waitFor({ state: 'hidden' });
    // The new member's card opens; the clerk closes it to go on.
    await this.page.locator('.ant-drawer-title', { hasText: m.name }).waitFor();
    await this.page.locator('.ant-drawer-close').dispatchEvent('click'); // a toast may cover the button
    await this.page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
  }

  /** Chooses a file and waits for the import preview. */
  async previewImport(file: string): Promise<Locator> {
    await this.page.getByRole('button', { name: '导入花名册' }).click();
    const d = this.shell.dialog('导入花名册');
    await d.locator('input[type=file]').setInputFiles(file);
    await d.getByText(/表头在第 \d+ 行/).waitFor();
    return d;
  }

  async search(q: string): Promise<void> {
    const box = this.page.getByPlaceholder('姓名、拼音首字母或身份证号');
    await box.fill(q);
    await box.press('Enter');
  }

  async openMember(name: string): Promise<Locator> {
    await this.rows().filter({ hasText: name }).first().click();
    const drawer = this.page.locator('.ant-drawer-content');
    await drawer.locator('.ant-drawer-title', { hasText: name }).waitFor();
    return drawer;
  }

  async changeStatus(name: string, status: string, reason: string): Promise<void> {
    const drawer = await this.openMember(name);
    await drawer.getByRole('button', { name: '变更状态' }).click();
    const d = this.shell.dialog(`变更 ${name} 的状态`);
    await this.shell.choose(d.getByLabel('新状态'), status);
    await d.getByLabel('原因').fill(reason);
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
    await drawer.locator('.ant-tag', { hasText: status }).first().waitFor();
    await this.page.locator('.ant-drawer-close').dispatchEvent('click'); // a toast may cover the button
  }
}
