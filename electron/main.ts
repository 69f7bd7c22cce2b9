// Electron main process: one window, the API registry over IPC, native dialogs. Kept thin: what
// the desktop does is in electron/desktop/ (unit-tested with fakes of the Electron parts).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import path from 'node:path';
import { openApi } from './api';
import type { OpenApi } from './api';
import type { FileOut } from './api/contract';
import { appFolder, defaultDataDir, rememberDataDir } from './dataDir';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from './desktop/appProtocol';
import { chooseFolder, dialogShell, saveFolderWithDialog, saveWithDialog } from './desktop/saveDialog';
import type { SaveShell } from './desktop/saveDialog';
import { claimSingleInstance } from './desktop/singleInstance';
import { loadWindowState, trackWindowState, windowOptions } from './desktop/windowState';
import { isTrustedSender, rendererUrl, typedWebPreferences } from './security';

const rendererDir = path.join(__dirname, '..', 'renderer');
const windowStateFile = path.join(appFolder(), 'window.json');
let opened: OpenApi | null = null;

// Before ready: app:// is a standard, secure origin (CSP 'self', fetch); pages never load from the file protocol.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function createWindow(): BrowserWindow {
  const state = loadWindowState(windowStateFile, { workAreas: () => screen.getAllDisplays().map((d) => d.workArea) });
  const win = new BrowserWindow({
    ...windowOptions(state),
    title: '党建台账',
    icon: path.join(__dirname, '..', '..', 'resources', 'icon.png'),
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
  trackWindowState(win, windowStateFile, state, (e) => console.error(e));
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl);
  return win;
}

function saveShell(event: Electron.IpcMainInvokeEvent): SaveShell {
  const win = BrowserWindow.fromWebContents(event.sender);
  return dialogShell(process.env, {
    showSaveDialog: (o) => (win ? dialog.showSaveDialog(win, o) : dialog.showSaveDialog(o)),
    showOpenDialog: (o) => (win ? dialog.showOpenDialog(win, o) : dialog.showOpenDialog(o)),
    reveal: (file) => shell.showItemInFolder(file),
  });
}

function registerIpc(api: OpenApi['api']): void {
  ipcMain.handle('api', (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url) || typeof method !== 'string') {
      return { ok: false, error: { code: 'forbidden', message: '拒绝访问' } };
    }
    return api.invoke(method, input);
  });
  ipcMain.handle('save-file', (event, file: FileOut) => {
    if (!isTrustedSender(event.senderFrame?.url)) return { saved: false };
    return saveWithDialog(saveShell(event), app.getPath('documents'), file);
  });
  // 一键导出台账: the clerk picks where; the files go into a new folder named for the scope and year.
  ipcMain.handle('save-folder', (event, folder: string, files: FileOut[]) => {
    if (!isTrustedSender(event.senderFrame?.url) || !Array.isArray(files)) return { saved: false };
    return saveFolderWithDialog(saveShell(event), app.getPath('documents'), folder, files);
  });
  ipcMain.handle('choose-folder', (event, title: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) return null;
    return chooseFolder(saveShell(event), String(title).slice(0, 40), app.getPath('documents'));
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

function openData(): OpenApi {
  // A folder named by DANGJIAN_DATA is the caller's choice: the app does not move it.
  const relocate = process.env.DANGJIAN_DATA ? undefined : (dir: string) => rememberDataDir(dir);
  return openApi(defaultDataDir(), { appVersion: app.getVersion(), nativeBinding: process.env.DANGJIAN_NATIVE_BINDING, lockable: true, relocate });
}

// A second start focuses the first window and quits before touching the data.
if (!claimSingleInstance(app, () => BrowserWindow.getAllWindows()[0])) {
  app.quit();
} else {
  app.whenReady().then(() => {
    // The app needs no camera, microphone, notifications or location: every request and check is refused.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    protocol.handle(APP_SCHEME, (request) => appResponse(request.url, rendererDir));
    try {
      opened = openData();
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
