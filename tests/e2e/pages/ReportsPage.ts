import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** 报表中心, operated as a clerk would: pick the scope, export one entry or the year's pack. */
export class ReportsPage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  async open(): Promise<void> {
    await this.shell.open('报表中心');
  }

  row(title: string): Locator {
    return this.page.locator('.ant-table-tbody tr', { has: this.page.getByText(title, { exact: true }) }).first();
  }

  /** Clicks 导出 on a catalog row and keeps the download in `dir`. */
  exportEntry(title: string, dir: string): Promise<string> {
    return this.shell.download(this.row(title).getByRole('button', { name: `导出${title}` }), dir);
  }

  /** Picks the paper ('A4横向' or 'A3横向（全年一张表）') a wide ledger is exported on. */
  choosePaper(title: string, option: string): Promise<void> {
    return this.shell.choose(this.page.getByRole('combobox', { name: `${title}纸张` }), option);
  }

  /** 一键导出台账: the pack runs with progress shown, then the .zip downloads. */
  exportPack(year: number, dir: string): Promise<string> {
    return this.shell.download(`一键导出${year}年度台账`, dir);
  }
}
