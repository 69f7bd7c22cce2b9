// The desktop app as a clerk first meets it, in a real Electron (npm run test:electron; CI runs
// it under xvfb against the unpacked build). Each launch gets a fresh %APPDATA% in a temp folder,
// and native save dialogs are answered by the test hook (DANGJIAN_TEST_DIALOG_DIR) with a
// folder whose path has Chinese and spaces.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import ExcelJS from 'exceljs';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppShell } from '../e2e/pages/AppShell';
import { OrgsPage } from '../e2e/pages/OrgsPage';
import { ReportsPage } from '../e2e/pages/ReportsPage';

const launchSchema = z.object({ executable: z.string(), args: z.array(z.string()), nativeBinding: z.string().optional() });
const target = launchSchema.parse(JSON.parse(process.env.DANGJIAN_SMOKE_LAUNCH ?? 'null'));
const packaged = target.args.length === 0;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-electron-'));
const appData = path.join(root, 'AppData', 'Roaming');
const saveDir = path.join(root, '导出 文件夹');
fs.mkdirSync(saveDir, { recursive: true });

/** The environment of a clerk's first start: a fresh %APPDATA% (XDG_CONFIG_HOME on Linux), no DANGJIAN_DATA. */
function env(): Record<string, string> {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DANGJIAN_DATA' && k !== 'DANGJIAN_SMOKE_LAUNCH') e[k] = v;
  return { ...e, APPDATA: appData, XDG_CONFIG_HOME: appData, DANGJIAN_TEST_DIALOG_DIR: saveDir, ...(target.nativeBinding ? { DANGJIAN_NATIVE_BINDING: target.nativeBinding } : {}) };
}

const launch = () => electron.launch({ executablePath: target.executable, args: target.args, env: env() });
const dataDir = path.join(appData, '党建台账', 'data');

test.describe.configure({ mode: 'serial' });
test.afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let app: ElectronApplication;

test('opens on 工作台 from app:// with a fresh data folder under %APPDATA%', async () => {
  app = await launch();
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: '工作台', level: 3 })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/dangjian\/index\.html/);
  expect(fs.existsSync(path.join(dataDir, 'dangjian.sqlite3'))).toBe(true);
});

test('建立党委, then a ledger saved through the save dialog under its Chinese name', async () => {
  const page = await app.firstWindow();
  const shell = new AppShell(page);
  await shell.open('组织架构');
  await new OrgsPage(page).createCommittee('测试学院党委');
  const reports = new ReportsPage(page);
  await reports.open();
  await reports.row('三会一课台账').getByRole('button', { name: '导出三会一课台账' }).click();
  await expect.poll(() => fs.readdirSync(saveDir).filter((f) => f.endsWith('.xlsx'))).toEqual([expect.stringContaining('三会一课台账')]);
  const saved = path.join(saveDir, fs.readdirSync(saveDir).find((f) => f.endsWith('.xlsx'))!);
  expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
});

test('the quick-check and file workers start from inside the app (app.asar when packaged)', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('花名册').getCell('A1').value = '信息工程系教工党支部';
  const xlsx = Array.from(new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = await app.evaluate(
    async ({ app: electronApp }, { file, xlsx }) => {
      const { Worker } = process.getBuiltinModule('node:worker_threads');
      const { join } = process.getBuiltinModule('node:path');
      const appPath = electronApp.getAppPath();
      const ask = (script: string, start: (w: InstanceType<typeof Worker>) => void, workerData?: unknown) =>
        new Promise<unknown>((resolve) => {
          const w = new Worker(join(appPath, 'dist', 'electron', script), { workerData });
          w.once('message', (m: unknown) => {
            resolve(m);
            void w.terminate();
          });
          w.once('error', (e) => resolve(`worker failed: ${String(e)}`));
          start(w);
        });
      const quickCheck = await ask('quickCheckWorker.js', () => undefined, { file, nativeBinding: process.env.DANGJIAN_NATIVE_BINDING });
      const fileText = await ask('fileWorker.js', (w) => w.postMessage({ kind: 'text', fileName: '花名册.xlsx', bytes: new Uint8Array(xlsx) }));
      return { appPath, quickCheck, fileText };
    },
    { file: path.join(dataDir, 'dangjian.sqlite3'), xlsx },
  );
  expect(r.quickCheck).toEqual({ problem: null });
  expect(JSON.stringify(r.fileText)).toContain('信息工程系教工党支部');
  if (packaged) expect(r.appPath).toMatch(/app\.asar$/);
});

test('a second start brings the first window back instead of opening the data again', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.hide());
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([false]);
  const second = spawn(target.executable, target.args, { env: env(), stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
  expect(code).toBe(0);
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([true]);
});

test('the window opens next time with the size it was closed at', async () => {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 40, y: 30, width: 1100, height: 700 }));
  await app.close();
  const remembered = JSON.parse(fs.readFileSync(path.join(appData, '党建台账', 'window.json'), 'utf8')) as { width: number; height: number };
  expect(remembered).toMatchObject({ width: 1100, height: 700 });
  app = await launch();
  await app.firstWindow();
  const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
  expect(bounds).toMatchObject({ width: 1100, height: 700 });
  await app.close();
});
