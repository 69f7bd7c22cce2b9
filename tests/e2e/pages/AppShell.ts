import type { Locator, Page } from '@playwright/test';
import path from 'node:path';

/** Helpers for antd widgets, written as a clerk would operate them. */
export class AppShell {
  constructor(readonly page: Page) {}

  async open(menu: '工作台' | '组织架构' | '党员花名册' | '三会一课' | '学时管理' | '整改与报送' | '创先争优' | '发展党员' | '党费管理' | '档案管理' | '报表中心' | '回收站' | '备份与恢复' | '系统设置'): Promise<void> {
    await this.page.getByRole('menuitem', { name: menu }).click();
    await this.page.getByRole('heading', { name: menu, level: 3 }).waitFor();
  }

  dialog(title: string | RegExp): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('.ant-modal-title', { hasText: title }) });
  }

  /** Picks an option in an antd Select or TreeSelect opened by clicking `field`. */
  async choose(field: Locator, option: string): Promise<void> {
    // The shown value covers the search input the label points at: click the whole widget.
    await field.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').click();
    const dropdown = this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
    await dropdown.locator(`[title="${option}"]`).first().click();
  }

  /** Types a date into an antd DatePicker found by its label; Tab (not Enter, which would submit the form) confirms it. */
  async fillDate(scope: Locator, label: string, iso: string): Promise<void> {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(iso);
    await input.press('Tab');
  }

  /** Clicks a button that saves a file and keeps the download in `dir`; returns its path. */
  async download(button: string | Locator, dir: string): Promise<string> {
    const target = typeof button === 'string' ? this.page.getByRole('button', { name: button }) : button;
    const [d] = await Promise.all([this.page.waitForEvent('download'), target.click()]);
    const file = path.join(dir, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  }

  async expectMessage(text: string | RegExp): Promise<void> {
    await this.page.locator('.ant-message').getByText(text).first().waitFor();
  }
}
