import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isTrustedSender, rendererUrl } from '../../electron/security';

describe('Electron window and IPC security', () => {
  it('accepts IPC only from our own index.html on the app:// origin', () => {
    assert.equal(rendererUrl, 'app://dangjian/index.html');
    assert.ok(isTrustedSender(rendererUrl));
    assert.ok(isTrustedSender(`${rendererUrl}#/roster`));
    assert.ok(!isTrustedSender('https://evil.example/index.html'));
    assert.ok(!isTrustedSender('file:///opt/dangjian/dist/renderer/index.html'), 'pages no longer come from file://');
    assert.ok(!isTrustedSender('app://other/index.html'));
    assert.ok(!isTrustedSender('app://dangjian/other.html'));
    assert.ok(!isTrustedSender('app://user@dangjian/index.html'));
    assert.ok(!isTrustedSender(undefined));
    assert.ok(!isTrustedSender('not a url'));
  });

  it('main.ts isolates the renderer (context isolation, sandbox, no Node), refuses permissions, blocks navigation and new windows', () => {
    const main = fs.readFileSync(path.join(__dirname, '../../electron/main.ts'), 'utf8');
    for (const option of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webviewTag: false', "disableBlinkFeatures: 'Auxclick'"]) assert.ok(main.includes(option), option);
    assert.match(main, /webPreferences: typedWebPreferences\(\{/);
    assert.match(main, /setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/);
    assert.match(main, /setPermissionCheckHandler\(\(\) => false\)/);
    assert.match(main, /protocol\.handle\(APP_SCHEME, /);
    assert.match(main, /loadURL\(rendererUrl\)/);
    assert.doesNotMatch(main, /loadFile|file:\/\//);
    assert.match(main, /will-navigate', \(e\) => e\.preventDefault\(\)/);
    assert.match(main, /setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    assert.match(main, /isTrustedSender\(event\.senderFrame/);
    assert.equal(main.match(/ipcMain\.handle\(/g)?.length, main.match(/if \(!isTrustedSender\(event\.senderFrame\?\.url\)/g)?.length, 'every IPC channel checks its sender');
  });

  it('the renderer page carries a Content Security Policy without inline scripts', () => {
    const html = fs.readFileSync(path.join(__dirname, '../../renderer/index.html'), 'utf8');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval/);
  });
});
