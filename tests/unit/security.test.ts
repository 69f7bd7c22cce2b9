import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isTrustedSender, rendererUrl } from '../../electron/security';

describe('Electron window and IPC security', () => {
  it('accepts IPC only from our own index.html', () => {
    const dir = path.resolve('/opt/dangjian/dist/renderer');
    assert.ok(isTrustedSender(rendererUrl(dir), dir));
    assert.ok(isTrustedSender(`${rendererUrl(dir)}#/roster`, dir));
    assert.ok(!isTrustedSender('https://evil.example/index.html', dir));
    assert.ok(!isTrustedSender('file:///tmp/index.html', dir));
    assert.ok(!isTrustedSender(undefined, dir));
    assert.ok(!isTrustedSender('not a url', dir));
  });

  it('main.ts isolates the renderer (context isolation, sandbox, no Node), refuses permissions, blocks navigation and new windows', () => {
    const main = fs.readFileSync(path.join(__dirname, '../../electron/main.ts'), 'utf8');
    for (const option of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webviewTag: false', "disableBlinkFeatures: 'Auxclick'"]) assert.ok(main.includes(option), option);
    assert.match(main, /webPreferences: typedWebPreferences\(\{/);
    assert.match(main, /setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/);
    assert.match(main, /will-navigate', \(e\) => e\.preventDefault\(\)/);
    assert.match(main, /setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    assert.match(main, /isTrustedSender\(event\.senderFrame/);
  });

  it('the renderer page carries a Content Security Policy without inline scripts', () => {
    const html = fs.readFileSync(path.join(__dirname, '../../renderer/index.html'), 'utf8');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval/);
  });
});
