import type { Locator, Page } from '@playwright/test';
import path from 'node:path';
import { AppShell } from './AppShell';

/** 整改与报送, operated as a clerk would: the 整改台账 tab and the 工作任务 tab with its drawer. */
export class RectificationPage {
  private readonly shell: AppShell;
  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  /** Types a date and moves on with Tab (Enter would also submit the form once it is complete). */
  async date(scope: Locator, label: string, iso: string): Promise<void> {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(iso);
    await input.press('Tab');
  }

  row(text: string): Locator {
    return this.page.locator('.ant-tabs-tabpane-active .ant-table-tbody tr', { hasText: text }).first();
  }

  async addItem(i: { branch: string; source: string; problem: string; measures: string; responsible: string; deadline: string }): Promise<void> {
    await this.page.getByRole('tab', { name: '整改台账' }).click();
    await this.page.getByRole('button', { name: '新增整改事项' }).click();
    const d = this.shell.dialog('新增整改事项');
    await this.shell.choose(d.getByLabel('党支部'), i.branch);
    await this.shell.choose(d.getByLabel('问题来源'), i.source);
    await d.getByLabel('存在问题').fill(i.problem);
    await d.getByLabel('整改措施').fill(i.measures);
    await d.getByLabel('责任人', { exact: true }).fill(i.responsible);
    await this.date(d, '完成时限', i.deadline);
    await d.getByRole('button', { name: '保存' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  /** Marks an item 已完成: first refused without evidence, then saved with the evidence text and a file. */
  async complete(problem: string, evidence: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.row(problem).getByText('编辑').click();
    const d = this.shell.dialog('编辑整改事项');
    await this.shell.choose(d.getByLabel('整改状态'), '已完成');
    await d.getByRole('button', { name: '保存' }).click();
    await d.getByText('已完成的整改事项请填写完成情况或上传佐证材料').waitFor();
    await d.getByLabel('完成情况').fill(evidence);
    await d.locator('input[type=file]').setInputFiles(file);
    await d.locator('.ant-tag', { hasText: file.name }).waitFor();
    await d.getByRole('button', { name: '保存' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  async addTask(t: { title: string; dueOn: string }): Promise<void> {
    await this.page.getByRole('tab', { name: '工作任务' }).click();
    await this.page.getByRole('button', { name: '新建工作任务' }).click();
    const d = this.shell.dialog('新建工作任务');
    await d.getByLabel('任务名称').fill(t.title);
    await this.date(d, '截止日期', t.dueOn);
    await d.getByRole('button', { name: '保存' }).click();
    await d.waitFor({ state: 'hidden' });
    await this.page.locator('.ant-drawer-title', { hasText: t.title }).waitFor();
  }

  /** In the open task drawer: records a branch's submission with a date and a file. */
  async submit(branch: string, on: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const drawer = this.page.locator('.ant-drawer-content');
    await drawer.locator('.ant-table-tbody tr', { hasText: branch }).getByText('登记报送').click();
    const d = this.shell.dialog(`登记报送：${branch}`);
    await this.date(d, '报送日期', on);
    await d.locator('input[type=file]').setInputFiles(file);
    await d.locator('.ant-tag', { hasText: file.name }).waitFor();
    await d.getByRole('button', { name: '保存' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  async download(button: string, dir: string): Promise<string> {
    const [d] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    const file = path.join(dir, d.suggestedFilename());
    await d.saveAs(file);
    return file;
  }
}
