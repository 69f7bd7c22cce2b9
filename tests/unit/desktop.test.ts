// What only the desktop app does, with Electron's app, window, screen and dialog replaced by
// small fakes of the interfaces in electron/desktop/, on real files in temp folders.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { appFile, appResponse, INDEX_URL } from '../../electron/desktop/appProtocol';
import { chooseFolder, dialogShell, safeFileName, saveFolderWithDialog, saveWithDialog, TEST_DIALOG_ENV, type SaveShell } from '../../electron/desktop/saveDialog';
import { claimSingleInstance, type FocusableWindow, type InstanceApp } from '../../electron/desktop/singleInstance';
import { loadWindowState, trackWindowState, windowOptions, type Rect, type TrackedWindow } from '../../electron/desktop/windowState';
import { tempDir } from '../helpers/tmp';

class FakeApp implements InstanceApp {
  listeners: (() => void)[] = [];
  constructor(private readonly lockFree: boolean) {}
  requestSingleInstanceLock() {
    return this.lockFree;
  }
  on(_event: 'second-instance', listener: () => void) {
    this.listeners.push(listener);
  }
}

class FakeWindow implements FocusableWindow {
  calls: string[] = [];
  constructor(
    private minimized: boolean,
    private visible: boolean,
  ) {}
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
    this.calls.push('restore');
  }
  isVisible() {
    return this.visible;
  }
  show() {
    this.visible = true;
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
}

describe('single instance', () => {
  it('a second start quits at once; the first copy brings its minimized window back and focuses it', () => {
    const first = new FakeApp(true);
    const win = new FakeWindow(true, true);
    assert.equal(claimSingleInstance(first, () => win), true);
    const second = new FakeApp(false);
    assert.equal(claimSingleInstance(second, () => undefined), false, 'the second copy must not open a window or the data');
    assert.equal(second.listeners.length, 0);
    first.listeners.forEach((l) => l()); // Electron tells the first copy
    assert.deepEqual(win.calls, ['restore', 'focus']);
  });

  it('a hidden window is shown; a second start before the window exists does nothing', () => {
    const app = new FakeApp(true);
    let win: FakeWindow | undefined;
    claimSingleInstance(app, () => win);
    app.listeners.forEach((l) => l());
    win = new FakeWindow(false, false);
    app.listeners.forEach((l) => l());
    assert.deepEqual(win.calls, ['show', 'focus']);
  });
});

class FakeTrackedWindow implements TrackedWindow {
  private onClose: (() => void) | null = null;
  maximized = false;
  constructor(public bounds: Rect) {}
  getNormalBounds() {
    return this.bounds;
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  on(_event: 'close', listener: () => void) {
    this.onClose = listener;
  }
  close() {
    this.onClose?.();
  }
}

const oneScreen = { workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1040 }] };

describe('window size and position', () => {
  it('opens at the default size the first time, and where it was closed the next time (maximized too)', () => {
    const t = tempDir();
    try {
      const file = path.join(t.dir, '党建台账', 'window.json');
      const first = loadWindowState(file, oneScreen);
      assert.equal(first, null);
      assert.deepEqual(windowOptions(first), { minWidth: 1024, minHeight: 640, width: 1360, height: 860 });
      const w = new FakeTrackedWindow({ x: 200, y: 100, width: 1500, height: 900 });
      trackWindowState(w, file, first);
      w.maximized = true;
      w.close();
      const next = loadWindowState(file, oneScreen);
      assert.deepEqual(next, { x: 200, y: 100, width: 1500, height: 900, maximized: true });
      assert.deepEqual(windowOptions(next), { minWidth: 1024, minHeight: 640, x: 200, y: 100, width: 1500, height: 900 });
      const again = new FakeTrackedWindow({ x: 0, y: 0, width: 1360, height: 860 });
      trackWindowState(again, file, next);
      assert.equal(again.maximized, true, 'a window closed maximized opens maximized');
    } finally {
      t.cleanup();
    }
  });

  it('a place on a monitor that is gone, a damaged file or a window larger than the screen is not used as it was', () => {
    const t = tempDir();
    try {
      const file = path.join(t.dir, 'window.json');
      fs.writeFileSync(file, JSON.stringify({ x: 2100, y: 50, width: 1400, height: 900, maximized: false }));
      const twoScreens = { workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1040 }, { x: 1920, y: 0, width: 1920, height: 1040 }] };
      assert.deepEqual(loadWindowState(file, twoScreens), { x: 2100, y: 50, width: 1400, height: 900, maximized: false });
      assert.equal(loadWindowState(file, oneScreen), null, 'the second monitor was unplugged');
      fs.writeFileSync(file, '{"x":1,');
      assert.equal(loadWindowState(file, oneScreen), null);
      fs.writeFileSync(file, JSON.stringify({ x: 0, y: 0, width: 1900, height: 1000, maximized: false }));
      const laptop = { workAreas: () => [{ x: 0, y: 0, width: 1366, height: 728 }] };
      assert.deepEqual(loadWindowState(file, laptop), { x: 0, y: 0, width: 1366, height: 728, maximized: false });
    } finally {
      t.cleanup();
    }
  });
});

/** A dialog that answers as the clerk would: with `answer`, recording what it was asked. */
function fakeShell(answer: string | null): SaveShell & { asked: { title: string; defaultPath: string }[]; revealed: string[] } {
  const asked: { title: string; defaultPath: string }[] = [];
  const revealed: string[] = [];
  return {
    asked,
    revealed,
    showSaveDialog: (o) => (asked.push(o), Promise.resolve(answer ? { canceled: false, filePath: answer } : { canceled: true })),
    showOpenDialog: (o) => (asked.push(o), Promise.resolve(answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] })),
    reveal: (f) => revealed.push(f),
  };
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('save dialogs', () => {
  it('saves under a Chinese name into a folder whose path has spaces, suggesting the name in 文档', async () => {
    const t = tempDir();
    try {
      const docs = path.join(t.dir, 'My Documents');
      const folder = path.join(t.dir, '党建 台账', '2026 年 导出');
      fs.mkdirSync(folder, { recursive: true });
      const target = path.join(folder, '三会一课台账（信息工程系 教工党支部）.xlsx');
      const shell = fakeShell(target);
      const r = await saveWithDialog(shell, docs, { fileName: '三会一课台账（信息工程系 教工党支部）.xlsx', base64: b64('工作簿') });
      assert.deepEqual(r, { saved: true, path: target });
      assert.equal(fs.readFileSync(target, 'utf8'), '工作簿');
      assert.equal(shell.asked[0]!.defaultPath, path.join(docs, '三会一课台账（信息工程系 教工党支部）.xlsx'));
      assert.deepEqual(shell.revealed, [target]);
      assert.deepEqual(fs.readdirSync(folder), ['三会一课台账（信息工程系 教工党支部）.xlsx'], 'no temporary file is left beside it');
    } finally {
      t.cleanup();
    }
  });

  it('a name typed without its extension gets it; cancelling writes nothing', async () => {
    const t = tempDir();
    try {
      const r = await saveWithDialog(fakeShell(path.join(t.dir, '学时 报告')), t.dir, { fileName: '学时情况报告.docx', base64: b64('x') });
      assert.equal(r.path, path.join(t.dir, '学时 报告.docx'));
      assert.ok(fs.existsSync(path.join(t.dir, '学时 报告.docx')));
      assert.deepEqual(await saveWithDialog(fakeShell(null), t.dir, { fileName: 'a.xlsx', base64: b64('x') }), { saved: false });
      assert.deepEqual(fs.readdirSync(t.dir).sort(), ['学时 报告.docx']);
    } finally {
      t.cleanup();
    }
  });

  it('a file that cannot be written is answered in Chinese and the old file is kept', async () => {
    const t = tempDir();
    try {
      // A folder standing where the file should go fails the rename as a locked file would.
      const target = path.join(t.dir, '花名册.xlsx');
      fs.mkdirSync(target);
      fs.writeFileSync(path.join(target, 'keep'), 'old');
      const r = await saveWithDialog(fakeShell(target), t.dir, { fileName: '花名册.xlsx', base64: b64('new') });
      assert.equal(r.saved, false);
      assert.match(r.error ?? '', /花名册\.xlsx/);
      assert.equal(fs.readFileSync(path.join(target, 'keep'), 'utf8'), 'old');
      assert.deepEqual(fs.readdirSync(t.dir), ['花名册.xlsx'], 'no temporary file is left');
    } finally {
      t.cleanup();
    }
  });

  it('names are made legal on Windows but keep their Chinese, spaces and full-width punctuation', () => {
    assert.equal(safeFileName('党员花名册（2026年 11月）.xlsx'), '党员花名册（2026年 11月）.xlsx');
    assert.equal(safeFileName('会议记录：支部大会 2026/11/23?.docx'), '会议记录：支部大会 2026_11_23_.docx');
    assert.equal(safeFileName('a"b<c>d|e*.xlsx'), 'a_b_c_d_e_.xlsx');
    assert.equal(safeFileName('CON.xlsx'), '_CON.xlsx');
    assert.equal(safeFileName('报告. . '), '报告');
    assert.equal(safeFileName('.xlsx'), '导出文件.xlsx');
    assert.equal(safeFileName(`${'长'.repeat(300)}.xlsx`).length, 180);
  });

  it('一键导出台账 writes every file into a new folder named for the pack, inside the chosen folder', async () => {
    const t = tempDir();
    try {
      const parent = path.join(t.dir, '移动 硬盘');
      fs.mkdirSync(parent);
      const shell = fakeShell(parent);
      const r = await saveFolderWithDialog(shell, t.dir, '2026年度台账（测试学院党委）', [
        { fileName: '目录.xlsx', base64: b64('1') },
        { fileName: '党费收缴台账.xlsx', base64: b64('2') },
      ]);
      const dir = path.join(parent, '2026年度台账（测试学院党委）');
      assert.deepEqual(r, { saved: true, path: dir });
      assert.deepEqual(fs.readdirSync(dir).sort(), ['党费收缴台账.xlsx', '目录.xlsx']);
      assert.equal(await chooseFolder(fakeShell(null), '选择新位置', t.dir), null);
    } finally {
      t.cleanup();
    }
  });

  it('the test hook answers dialogs only when its environment variable names a folder', async () => {
    const t = tempDir();
    try {
      const real = fakeShell(null);
      assert.equal(dialogShell({}, real), real, 'without the variable the real dialog is used');
      assert.equal(dialogShell({ [TEST_DIALOG_ENV]: 'relative/dir' }, real), real);
      const hooked = dialogShell({ [TEST_DIALOG_ENV]: t.dir }, real);
      const r = await saveWithDialog(hooked, path.join(t.dir, 'docs'), { fileName: '发展党员台账.xlsx', base64: b64('x') });
      assert.deepEqual(r, { saved: true, path: path.join(t.dir, '发展党员台账.xlsx') });
      assert.equal(real.asked.length, 0);
    } finally {
      t.cleanup();
    }
  });
});

describe('pages from app://', () => {
  it('serves the built renderer files with their types and nothing outside that folder', async () => {
    const t = tempDir();
    try {
      const root = path.join(t.dir, 'dist', 'renderer');
      fs.mkdirSync(root, { recursive: true });
      fs.writeFileSync(path.join(root, 'index.html'), '<title>党建台账</title>');
      fs.writeFileSync(path.join(root, 'app.js'), 'void 0');
      fs.writeFileSync(path.join(t.dir, 'dist', 'secret.js'), 'secret');
      const page = await appResponse(INDEX_URL, root);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(await page.text(), '<title>党建台账</title>');
      assert.equal((await appResponse('app://dangjian/app.js?v=1', root)).headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal(appFile('app://dangjian/', root), path.join(root, 'index.html'));
      for (const bad of ['app://dangjian/../secret.js', 'app://dangjian/%2e%2e/secret.js', 'app://dangjian/..%2fsecret.js', 'app://dangjian/..%5csecret.js', 'app://other/index.html', 'file:///etc/passwd', 'app://dangjian/%E0%A4%A', 'app://dangjian/missing.js']) {
        assert.equal((await appResponse(bad, root)).status, 404, bad);
      }
    } finally {
      t.cleanup();
    }
  });
});
