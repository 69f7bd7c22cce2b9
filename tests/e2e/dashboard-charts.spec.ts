// 工作台's charts as a clerk sees them: on the demo seed each is drawn wide enough that its 15 px
// labels (in a 640-wide drawing) stay 12 px or more; a new folder with nothing to chart shows
// sentences, not empty axes.
import { expect, test } from './fixtures';

test('工作台 on the demo seed: three charts, each at least 540 px wide, so no label under 12 px', async ({ page, app }) => {
  app.seedDemo();
  await page.reload();
  const charts = page.locator('img[data-chart]');
  await expect(charts).toHaveCount(3);
  for (const width of await charts.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width))) {
    expect(width * (15 / 640)).toBeGreaterThanOrEqual(12);
  }
  await expect(page.getByTestId('chart-notes')).toHaveCount(0);
});

test('工作台 of a new committee: sentences instead of charts with nothing to show', async ({ page, app }) => {
  const api = app.data.api;
  const committee = (await api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' })).id;
  await api.call('orgs.create', { parentId: committee, kind: 'branch', name: '软件教工党支部', category: '教职工' });
  await page.reload();
  const notes = page.getByTestId('chart-notes');
  await expect(notes).toContainText('尚未召开会议，暂无各月会议图。');
  await expect(notes).toContainText('尚未开展党支部分类定级。');
  await expect(page.locator('img[data-chart]')).toHaveCount(0);
});
