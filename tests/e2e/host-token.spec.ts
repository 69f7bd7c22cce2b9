// The browser host's start-up token: used once, then gone from the address bar and history, never
// a cookie; the tab keeps working across reloads with its own session.
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

test('the token leaves the address bar after load, is no cookie, and the app keeps working after a reload', async ({ page, app }) => {
  await app.data.api.call('orgs.create', { parentId: null, kind: 'committee', name: '示范学院党委' });
  const shell = new AppShell(page);
  await expect(page).not.toHaveURL(/token=/);
  expect(page.url()).not.toContain(app.host.token);
  expect(await page.evaluate<number>('history.length')).toBeLessThanOrEqual(2); // about:blank, then the app
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).toEqual([`dj_page_${app.host.port}`]);
  for (const c of cookies) {
    expect(c.value).not.toContain(app.host.token);
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
  }

  await page.reload();
  await expect(page).not.toHaveURL(/token=/);
  await shell.open('组织架构');
  await expect(page.getByText('示范学院党委').first()).toBeVisible();
});

test('a page opened without the token gets no data', async ({ page, app }) => {
  const fresh = await page.context().newPage();
  const res = await fresh.goto(`http://127.0.0.1:${app.host.port}/`);
  // The page cookie lets it load the page, but its tab has no API session.
  expect(res?.status()).toBe(200);
  const answer = await fresh.evaluate(async () => (await fetch('/api/orgs.tree', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status);
  expect(answer).toBe(403);
  await fresh.close();
});
