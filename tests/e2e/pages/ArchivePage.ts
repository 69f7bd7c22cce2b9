import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** 档案管理 as a clerk operates it: the search box, the results, the 归档文件目录 tab. */
export class ArchivePage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async search(q: string): Promise<void> {
    await this.page.getByRole('tab', { name: '档案检索' }).click();
    const box = this.page.getByLabel('搜索档案');
    await box.fill(q);
    await box.press('Enter');
  }

  /** The result row whose title contains `title`. */
  result(title: string): Locator {
    return this.page.locator('.ant-tabs-tabpane-active .ant-table-tbody tr', { hasText: title });
  }

  /** The highlighted words of a result's snippet. */
  marks(title: string): Locator {
    return this.result(title).locator('.archive-snippet mark');
  }

  async openCatalog(): Promise<Locator> {
    await this.page.getByRole('tab', { name: '归档文件目录' }).click();
    return this.page.locator('.ant-tabs-tabpane-active');
  }

  exportCatalog(dir: string): Promise<string> {
    return this.shell.download('导出归档文件目录', dir);
  }
}
