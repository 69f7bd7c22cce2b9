// The renderer's one door to the API, whichever host serves it (Electron IPC or loopback HTTP).
import type { ApiErrorBody, ApiResponse, FileOut, Input, Method, Output } from '../electron/api/contract';
import type { DangjianBridge, SaveResult } from '../electron/api/contract/bridge';

declare global {
  interface Window {
    dangjian?: DangjianBridge;
  }
}

/** Fired when the API answers that the app is locked (idle too long elsewhere); the gate shows the lock screen. */
export const LOCKED_EVENT = 'dangjian:locked';
/** Fired after the password or idle time changed, so the gate reads them again. */
export const LOCK_CHANGED_EVENT = 'dangjian:lock-changed';

export class ApiCallError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
  }
}

const SESSION_KEY = 'dj_api_session';
let session: Promise<string> | null = null;

/**
 * This tab's API session with the browser host. The first load's address carries the start-up
 * token: it is taken out of the address bar (and so out of history) at once and exchanged for
 * a session id, kept in sessionStorage, which is per origin (so per port) and survives a reload.
 * The token is never stored and never becomes a cookie.
 */
export function browserSession(): Promise<string> {
  session ??= (async () => {
    const url = new URL(window.location.href);
    const token = url.searchParams.get('token');
    if (token === null) return sessionStorage.getItem(SESSION_KEY) ?? '';
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    try {
      const res = await fetch('/session', { method: 'POST', headers: { 'X-Api-Token': token } });
      const body = (await res.json()) as ApiResponse<{ session: string }>;
      if (body.ok) sessionStorage.setItem(SESSION_KEY, body.result.session);
    } catch {
      // The first API call says the host cannot be reached.
    }
    return sessionStorage.getItem(SESSION_KEY) ?? '';
  })();
  return session;
}

async function invoke(method: string, input: unknown): Promise<ApiResponse<unknown>> {
  if (window.dangjian) return window.dangjian.invoke(method, input);
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Session': await browserSession() },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: '无法连接到党建台账服务，请确认程序仍在运行' } };
  }
  return (await res.json()) as ApiResponse<unknown>;
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const r = await invoke(method, input);
  if (!r.ok && r.error.code === 'locked') window.dispatchEvent(new Event(LOCKED_EVENT));
  // Damage found by the start-up check after the page loaded: the gate reads the health again.
  if (!r.ok && r.error.code === 'damaged') window.dispatchEvent(new Event(LOCK_CHANGED_EVENT));
  if (!r.ok) throw new ApiCallError(r.error);
  return r.result as Output<M>;
}

/** Saves an exported file: a save dialog in Electron, a download in the browser. */
export async function saveFile(file: FileOut): Promise<boolean> {
  if (window.dangjian) return savedOrThrow(await window.dangjian.saveFile(file));
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** Saves several files into one new folder chosen in a dialog (desktop app only; the browser downloads a .zip instead). */
export async function saveFolder(pack: { folder: string; files: FileOut[] }): Promise<boolean> {
  if (!window.dangjian) throw new Error('浏览器模式请下载 .zip 文件');
  return savedOrThrow(await window.dangjian.saveFolder(pack.folder, pack.files));
}

function savedOrThrow(r: SaveResult): boolean {
  if (r.error) throw new Error(r.error);
  return r.saved;
}

/** The system's folder dialog in the desktop app; null in the browser (the clerk types the path) or when cancelled. */
export async function chooseFolder(title: string): Promise<string | null> {
  return window.dangjian ? window.dangjian.chooseFolder(title) : null;
}

export const isDesktop = (): boolean => window.dangjian !== undefined;

/** The file's bytes for an API call; a file over the API's 60 MB limit is refused before it is read. */
export async function fileToBase64(file: File): Promise<string> {
  if (file.size > 60 * 1024 * 1024) throw new Error(`“${file.name}”超过 60 MB，请检查是否选错了文件`);
  const buf = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return btoa(s);
}
