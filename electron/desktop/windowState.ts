// The window comes back where the clerk left it: size, position and maximized state, kept in a
// small file beside the data folder. A remembered place that no screen shows any more (the
// projector or second monitor is gone) is not used.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = Rect & { maximized: boolean };

/** At 1366×768 the app fills the screen; larger screens get this size, centred by the system. */
export const DEFAULT_SIZE = { width: 1360, height: 860 } as const;
/** Smaller than this the menu and tables no longer fit. */
export const MIN_SIZE = { width: 1024, height: 640 } as const;

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean(),
});

/** The part of a BrowserWindow whose state is remembered. */
export type TrackedWindow = {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  maximize(): void;
  on(event: 'close', listener: () => void): unknown;
};

/** Where a window may go: the work areas of the connected screens. */
export type Screens = { workAreas(): Rect[] };

/** Enough of the title bar on some screen to grab the window with the mouse. */
function reachable(r: Rect, areas: Rect[]): boolean {
  const grab = { x: r.x + 40, y: r.y + 10, width: Math.max(1, r.width - 80), height: 20 };
  return areas.some(
    (a) => grab.x < a.x + a.width && grab.x + grab.width > a.x && grab.y >= a.y && grab.y < a.y + a.height,
  );
}

/** The remembered state if the file is sound and the window would be on a screen, else null (the default). */
export function loadWindowState(file: string, screens: Screens): WindowState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null; // none yet, or unreadable: the default size is fine
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return null;
  const s = parsed.data;
  const areas = screens.workAreas();
  if (!reachable(s, areas)) return null;
  // A window taller or wider than every screen (a lower resolution since) is shrunk to fit.
  const widest = Math.max(...areas.map((a) => a.width));
  const tallest = Math.max(...areas.map((a) => a.height));
  return { ...s, width: Math.max(MIN_SIZE.width, Math.min(s.width, widest)), height: Math.max(MIN_SIZE.height, Math.min(s.height, tallest)) };
}

/** Written by rename, so a power cut while saving leaves the old file, never half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}

/** The options a new window opens with: the remembered place, or the default size. */
export function windowOptions(state: WindowState | null): Partial<Rect> & { minWidth: number; minHeight: number } {
  const base = { minWidth: MIN_SIZE.width, minHeight: MIN_SIZE.height };
  return state ? { ...base, x: state.x, y: state.y, width: state.width, height: state.height } : { ...base, ...DEFAULT_SIZE };
}

/** Maximizes if it was, and remembers the state when the window closes. */
export function trackWindowState(win: TrackedWindow, file: string, state: WindowState | null, log: (e: unknown) => void = () => undefined): void {
  if (state?.maximized) win.maximize();
  win.on('close', () => {
    try {
      // Normal bounds: a maximized window remembers the size it returns to.
      const b = win.getNormalBounds();
      saveWindowState(file, { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized() });
    } catch (e) {
      log(e); // a read-only profile must not stop the window from closing
    }
  });
}
