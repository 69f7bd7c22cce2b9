// Electron main process: one window, the API registry over IPC, native save dialogs. Kept thin.
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { openApi } from './api';
import type { OpenApi } from './api';
import type { FileOut } from './api/contract';
import { defaultDataDir } from './dataDir';
import { isTrustedSender, rendererUrl, typedWebPreferences } from './security';

const rendererDir = path.join(__dirname, '..', 'renderer');
let opened: OpenApi | null = null;


function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    title: '党建台账',
    show: false,
    // Spelled out here, where Electronegativity (npm test) reads them; the type makes a weaker value a compile error.
    webPreferences: typedWebPreferences({
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    }),
  });
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl(rendererDir));
  return win;
}

function registerIpc(api: OpenApi['api']): void {
  ipcMain.handle('api', (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, rendererDir) || typeof method !== 'string') {
      return { ok: false, error: { code: 'forbidden', message: '拒绝访问' } };
    }
    return api.invoke(method, input);
  });
  ipcMain.handle('save-file', async (event, file: FileOut) => {
    if (!isTrustedSender(event.senderFrame?.url, rendererDir)) return { saved: false };
    const win = BrowserWindow.fromWebContents(event.sender);
    const safeName = path.basename(String(file.fileName));
    const options = { defaultPath: path.join(app.getPath('documents'), safeName) };
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) return { saved: false };
    fs.writeFileSync(r.filePath, Buffer.from(file.base64, 'base64'));
    shell.showItemInFolder(r.filePath);
    return { saved: true, path: r.filePath };
  });
  // 一键导出台账: the clerk picks where; the files go into a new folder named for the scope and year.
  ipcMain.handle('save-folder', async (event, folder: string, files: FileOut[]) => {
    if (!isTrustedSender(event.senderFrame?.url, rendererDir) || !Array.isArray(files)) return { saved: false };
    const win = BrowserWindow.fromWebContents(event.sender);
    const options = { title: '选择保存位置', defaultPath: app.getPath('documents'), properties: ['openDirectory' as const, 'createDirectory' as const] };
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (r.canceled || !r.filePaths[0]) return { saved: false };
    const dir = path.join(r.filePaths[0], path.basename(String(folder)));
    fs.mkdirSync(dir, { recursive: true });
    for (const f of files) fs.writeFileSync(path.join(dir, path.basename(String(f.fileName))), Buffer.from(f.base64, 'base64'));
    void shell.openPath(dir);
    return { saved: true, path: dir };
  });
}

function buildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
      { label: '编辑', submenu: [{ role: 'undo', label: '撤销' }, { role: 'redo', label: '重做' }, { type: 'separator' }, { role: 'cut', label: '剪切' }, { role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' }, { role: 'selectAll', label: '全选' }] },
      { label: '视图', submenu: [{ role: 'reload', label: '刷新' }, { role: 'zoomIn', label: '放大' }, { role: 'zoomOut', label: '缩小' }, { role: 'resetZoom', label: '实际大小' }] },
    ]),
  );
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const w = BrowserWindow.getAllWindows()[0];
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    }
  });
  app.whenReady().then(() => {
    // The app needs no camera, microphone, notifications or location: every request is refused.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    try {
      opened = openApi(defaultDataDir(), { appVersion: app.getVersion(), nativeBinding: process.env.DANGJIAN_NATIVE_BINDING, lockable: true });
    } catch (e) {
      dialog.showErrorBox('党建台账无法打开数据', (e as Error).message);
      app.quit();
      return;
    }
    void opened.startup().catch((e: unknown) => dialog.showErrorBox('今日自动备份没有完成', (e as Error).message));
    registerIpc(opened.api);
    buildMenu();
    createWindow();
  });
  app.on('window-all-closed', () => {
    opened?.close();
    app.quit();
  });
}
