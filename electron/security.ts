// Window and IPC security settings, kept free of Electron imports so they are unit-tested.
import { APP_HOST, APP_SCHEME, INDEX_URL } from './desktop/appProtocol';

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

/** The page the window loads, served by the app:// protocol (electron/desktop/appProtocol.ts). */
export const rendererUrl = INDEX_URL;

/** The only page allowed to call the API: our own index.html on the app:// origin. */
export function isTrustedSender(senderUrl: string | undefined): boolean {
  if (!senderUrl) return false;
  try {
    const u = new URL(senderUrl);
    // Compared by parts: Node's URL gives a custom scheme the origin "null".
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.pathname === '/index.html' && !u.username && !u.password && !u.port;
  } catch {
    return false;
  }
}
