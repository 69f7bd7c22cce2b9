// Window and IPC security settings, kept free of Electron imports so they are unit-tested.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The only webPreferences main.ts may give a window: every value fixed to its secure setting. */
export type SecureWebPreferences = {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  /** Middle-click would open links in new windows. */
  disableBlinkFeatures: 'Auxclick';
};

/** Checks a window's options literal against SecureWebPreferences and returns it unchanged. */
export const typedWebPreferences = (p: SecureWebPreferences): SecureWebPreferences => p;

/** The only page allowed to call the API: our own index.html from the app folder. */
export function rendererUrl(rendererDir: string): string {
  return pathToFileURL(path.join(rendererDir, 'index.html')).href;
}

export function isTrustedSender(senderUrl: string | undefined, rendererDir: string): boolean {
  if (!senderUrl) return false;
  try {
    const u = new URL(senderUrl);
    return u.protocol === 'file:' && u.href.split('#')[0]!.split('?')[0] === rendererUrl(rendererDir);
  } catch {
    return false;
  }
}
