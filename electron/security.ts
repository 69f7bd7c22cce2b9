// Window and IPC security settings, kept free of Electron imports so they are unit-tested.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

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
};

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

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
