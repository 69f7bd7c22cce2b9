// The bench's UI cases: what a clerk waits for in the window. Playwright drives Debian's Chromium
// against the bundled browser host (dist/electron/web.js, started as its own process the way
// Electron starts main.js), once on the seeded data and once on the baseline: the same app on a data
// folder holding only the committee (the root of the org tree) and its settings, so every page draws
// its shell, its filters and an empty table. Both hosts run side by side; app and baseline runs alternate.
//
// One measurement: the clerk's click (a capture listener notes its time in the page) to idle, where
// idle is: no API request in flight, no spinner, the page's own marker visible (its table, tree or
// cards), and neither a request nor a change in the page's content area for QUIET_MS; the time is
// that of the last such request or change. The longest main-thread task is the longest 'longtask'
// entry from the click to the end of the quiet window. Memory: the renderer's JS heap (CDP
// Performance.getMetrics, sampled while waiting) and the host process's peak RSS (VmHWM, reset
// before each measurement where Linux allows it).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const TARGET_MS = 1_500;
export const TARGET_LONG_TASK_MS = 200;
const QUIET_MS = 500;
const CONTENT = '.ant-layout-content';

const root = path.resolve(__dirname, '..', '..');
const webHost = path.join(root, 'dist', 'electron', 'web.js');

export type UiCase = {
  name: string;
  what: string;
  /** The menu item the clerk clicks; for a tab or a switch, the page it is on. */
  menu: string;
  /** The page's own ready marker inside the content area (a selector list). */
  marker: string;
  /** After the page is ready: the clerk's further action, measured instead of the menu click. */
  then?: (page: Page) => Promise<void>;
};

const clickTab = (name: string) => async (page: Page) => {
  await page.getByRole('tab', { name }).click();
};

export const UI_CASES: UiCase[] = [
  { name: 'ui-dashboard', what: '打开工作台（统计卡片、待办、提醒、图表）', menu: '工作台', marker: '.ant-statistic' },
  { name: 'ui-orgs', what: '打开组织架构（组织树）', menu: '组织架构', marker: '.ant-tree, .ant-table-tbody' },
  { name: 'ui-roster', what: '打开党员花名册（第一页）', menu: '党员花名册', marker: '.ant-table-tbody' },
  { name: 'ui-compliance', what: '三会一课 → 落实情况（全部支部本年的落实矩阵）', menu: '三会一课', marker: '.ant-table-tbody', then: clickTab('落实情况') },
  {
    name: 'ui-compliance-rule',
    what: '落实情况中切换检查项目（换一项规则）',
    menu: '三会一课',
    marker: '.ant-table-tbody',
    then: async (page) => {
      await clickTab('落实情况')(page);
      await waitIdle(page, '.ant-table-tbody', 0);
      await page.getByLabel('检查项目').locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]').click();
      const other = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option:not(.ant-select-item-option-selected)').first();
      await other.click();
    },
  },
  { name: 'ui-hours', what: '打开学时管理（本年合计第一页）', menu: '学时管理', marker: '.ant-table-tbody' },
  { name: 'ui-dues', what: '打开党费管理（收缴情况）', menu: '党费管理', marker: '.ant-table-tbody, .ant-card' },
];

/** Where the clerk starts each measurement from: a light page, fully loaded. */
const NEUTRAL = '回收站';

// Installed before any script of the page: counts API requests in flight (until their body is
// read), keeps long tasks, the time of the last click and of the last change in the content area.
const INIT = `(() => {
  const CONTENT = ${JSON.stringify(CONTENT)};
  const QUIET = ${QUIET_MS};
  const b = { inflight: 0, lastNet: 0, lastChange: 0, longtasks: [], clickAt: 0 };
  window.__bench = b;
  const orig = window.fetch.bind(window);
  window.fetch = async (...args) => {
    b.inflight++; b.lastNet = performance.now();
    try {
      const res = await orig(...args);
      const body = await res.clone().arrayBuffer().catch(() => null);
      void body;
      return res;
    } finally { b.inflight--; b.lastNet = performance.now(); }
  };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('click', () => { b.clickAt = performance.now(); }, true);
  const watch = () => new MutationObserver((ms) => {
    for (const m of ms) {
      const el = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      if (el && el.closest && el.closest(CONTENT)) { b.lastChange = performance.now(); return; }
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch);
  const visible = (sel) => [...document.querySelectorAll(CONTENT + ' :is(' + sel + ')')].some((e) => e.getClientRects().length > 0);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  window.__benchWait = async ({ marker, since, timeoutMs }) => {
    const t0 = since ?? b.clickAt;
    const start = performance.now();
    for (;;) {
      await frame();
      const now = performance.now();
      if (now - start > timeoutMs) throw new Error('页面在 ' + Math.round(timeoutMs / 1000) + ' 秒内没有就绪（标记 ' + marker + '）');
      const err = document.querySelector('.ant-message-error, .ant-result-error');
      if (err) throw new Error('页面报错：' + err.textContent);
      const ok = b.inflight === 0 && !document.querySelector(CONTENT + ' .ant-spin-spinning, .ant-spin-fullscreen') && visible(marker);
      const last = Math.max(b.lastNet, b.lastChange, t0);
      if (ok && now - last >= QUIET) {
        const longest = b.longtasks.filter(([s, d]) => s + d >= t0 && s <= now).reduce((m, [, d]) => Math.max(m, d), 0);
        return { ms: last - t0, readyAtEpoch: performance.timeOrigin + last, longTaskMs: longest };
      }
    }
  };
})();`;

type Idle = { ms: number; readyAtEpoch: number; longTaskMs: number };

/**
 * Waits in the page until it is idle (see the header; the loop is __benchWait in INIT); returns the time
 * from `since` (page clock; null = the last click) to the last request or change, and the longest task in between.
 */
async function waitIdle(page: Page, marker: string, since: number | null, timeoutMs = 120_000): Promise<Idle> {
  return (await page.evaluate(`window.__benchWait(${JSON.stringify({ marker, since, timeoutMs })})`)) as Idle;
}

// ---- hosts --------------------------------------------------------------------------------------

export type HostProc = { url: string; origin: string; token: string; proc: ChildProcess; spawnedAt: number; listeningAt: number; backgroundDone: Promise<number>; stop(): Promise<void> };

/** Starts the bundled browser host on a folder; resolves once it prints its address. */
export function startHostProcess(dataDir: string): Promise<HostProc> {
  const spawnedAt = performance.now();
  const proc = spawn(process.execPath, [webHost, '--data', dataDir, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    let buf = '';
    let doneAt: (ms: number) => void = () => undefined;
    const backgroundDone = new Promise<number>((r) => (doneAt = r));
    proc.once('exit', (code) => reject(new Error(`浏览器模式服务退出（${code}）：${err.trim()}`)));
    proc.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const line = JSON.parse(buf.slice(0, i)) as { url?: string; backgroundDoneMs?: number };
        buf = buf.slice(i + 1);
        if (line.backgroundDoneMs !== undefined) doneAt(performance.now() - spawnedAt);
        if (line.url) {
          const u = new URL(line.url);
          resolve({
            url: line.url,
            origin: u.origin,
            token: u.searchParams.get('token') ?? '',
            proc,
            spawnedAt,
            listeningAt: performance.now(),
            backgroundDone,
            stop: () =>
              new Promise((r) => {
                proc.removeAllListeners('exit');
                if (proc.exitCode !== null) return r();
                proc.once('exit', () => r());
                proc.kill('SIGTERM');
              }),
          });
        }
      }
    });
  });
}

/** Resets the process's peak RSS (Linux: clear_refs 5); false where that is not allowed. */
function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function peakRssMB(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Samples the page's used JS heap until stopped; resolves to the highest, in MB. */
function heapSampler(cdp: CDPSession): { stop(): Promise<number> } {
  let max = 0;
  let live = true;
  const loop = (async () => {
    while (live) {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      max = Math.max(max, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      live = false;
      await loop.catch(() => undefined);
      return Math.round(max / 1024 / 1024);
    },
  };
}

// ---- browser ------------------------------------------------------------------------------------

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

type Tab = { context: BrowserContext; page: Page; cdp: CDPSession; host: HostProc };

async function openTab(browser: Browser, host: HostProc): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(host.url);
  await waitIdle(page, '.ant-statistic, .ant-alert', 0);
  return { context, page, cdp, host };
}

async function gotoMenu(page: Page, menu: string): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
  await page.getByRole('heading', { name: menu, level: 3 }).waitFor();
}

export type UiSample = { ms: number; longTaskMs: number; heapMB: number; hostMB: number };

async function measureCase(tab: Tab, c: UiCase): Promise<UiSample> {
  const { page, cdp, host } = tab;
  await gotoMenu(page, NEUTRAL);
  await waitIdle(page, '.ant-table-tbody, .ant-empty', 0);
  await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
  const pid = host.proc.pid!;
  resetPeak(pid);
  const heap = heapSampler(cdp);
  try {
    let idle: Idle;
    if (c.then) {
      await gotoMenu(page, c.menu);
      await waitIdle(page, '.ant-tabs, .ant-table-tbody', null);
      await c.then(page);
      idle = await waitIdle(page, c.marker, null);
    } else {
      await page.getByRole('menuitem', { name: c.menu }).click();
      idle = await waitIdle(page, c.marker, null);
    }
    return { ms: idle.ms, longTaskMs: idle.longTaskMs, heapMB: await heap.stop(), hostMB: peakRssMB(pid) };
  } catch (e) {
    await heap.stop();
    throw new Error(`${c.name}：${(e as Error).message}`);
  }
}

export type UiResult = { case: UiCase; app: UiSample[]; base: UiSample[] };

/** Every UI case, `runs` times on each side, alternating app and baseline. */
export async function runUiCases(browser: Browser, folders: { full: string; shell: string }, runs: number, only: (name: string) => boolean, report: (r: UiResult) => void): Promise<void> {
  const cases = UI_CASES.filter((c) => only(c.name));
  if (cases.length === 0) return;
  const hosts = await Promise.all([startHostProcess(folders.full), startHostProcess(folders.shell)]);
  try {
    // The start-up check and backup of each folder run before anything is measured.
    await Promise.all(hosts.map((h) => h.backgroundDone));
    const [app, base] = await Promise.all(hosts.map((h) => openTab(browser, h)));
    for (const c of cases) {
      const r: UiResult = { case: c, app: [], base: [] };
      for (let i = 0; i < runs; i++) {
        r.app.push(await measureCase(app!, c));
        r.base.push(await measureCase(base!, c));
      }
      report(r);
    }
    await Promise.all([app!.context.close(), base!.context.close()]);
  } finally {
    await Promise.all(hosts.map((h) => h.stop()));
  }
}

// ---- start-up -----------------------------------------------------------------------------------

export type StartupSample = {
  /** From launching the host to: its address printed, the first 工作台 answer in the browser, the cards painted, the page idle. */
  listeningMs: number;
  firstAnswerMs: number;
  paintedMs: number;
  idleMs: number;
  /** The quick check and (first of the day) the daily backup, in the background. */
  backgroundMs: number;
  backupMade: boolean;
  hostMB: number;
  heapMB: number;
};

/**
 * Launches the host on `dir` and opens the app in a fresh tab at once, as the Electron window does.
 * `firstOfDay` clears the folder's backups first, so today's backup is due and runs in the background.
 */
export async function measureStartup(browser: Browser, dir: string, firstOfDay: boolean): Promise<StartupSample> {
  const backups = path.join(dir, 'backups');
  if (firstOfDay) fs.rmSync(backups, { recursive: true, force: true });
  const before = fs.existsSync(backups) ? fs.readdirSync(backups).length : 0;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = heapSampler(cdp);
  const host = await startHostProcess(dir);
  try {
    const since = (t: number) => Math.round(t - host.spawnedAt);
    let firstAnswer = 0;
    page.on('response', (r) => {
      if (!firstAnswer && r.url().endsWith('/api/system.dashboard')) void r.finished().then(() => (firstAnswer ||= performance.now()));
    });
    await page.goto(host.url);
    await page.locator(`${CONTENT} .ant-statistic`).first().waitFor({ timeout: 120_000 });
    const painted = performance.now();
    const idle = await waitIdle(page, '.ant-statistic', 0);
    const backgroundMs = await host.backgroundDone;
    const after = fs.existsSync(backups) ? fs.readdirSync(backups).length : 0;
    return {
      listeningMs: since(host.listeningAt),
      firstAnswerMs: since(firstAnswer),
      paintedMs: since(painted),
      idleMs: Math.round(idle.readyAtEpoch - (performance.timeOrigin + host.spawnedAt)),
      backgroundMs: Math.round(backgroundMs),
      backupMade: after > before,
      hostMB: peakRssMB(host.proc.pid!),
      heapMB: await heap.stop(),
    };
  } finally {
    await heap.stop();
    await context.close();
    await host.stop();
  }
}
