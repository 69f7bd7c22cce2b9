// One running copy per Windows user: a second start (a double-click on the shortcut while the
// app is behind other windows) brings the first window forward instead of opening the same
// data file twice.

/** The part of Electron's `app` this needs (a fake in the unit test). */
export type InstanceApp = {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
};

/** The part of a BrowserWindow this needs. */
export type FocusableWindow = {
  isMinimized(): boolean;
  restore(): void;
  isVisible(): boolean;
  show(): void;
  focus(): void;
};

/** Brings a window to the front whatever state it was left in. */
export function bringToFront(win: FocusableWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}

/**
 * Takes the single-instance lock. false: another copy holds it (it has been told, and this one
 * must quit without opening anything); true: this is the first copy, and later starts focus
 * `firstWindow()`.
 */
export function claimSingleInstance(app: InstanceApp, firstWindow: () => FocusableWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const win = firstWindow();
    if (win) bringToFront(win);
  });
  return true;
}
