import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startHost, type RunningHost } from '../../electron/host/server';
import { tempApi, tempDir } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let host: RunningHost;
let staticDir: { dir: string; cleanup: () => void };

before(async () => {
  t = tempApi();
  staticDir = tempDir('dj-static-');
  fs.writeFileSync(path.join(staticDir.dir, 'index.html'), '<meta name="api-token" content="%API_TOKEN%">');
  fs.writeFileSync(path.join(staticDir.dir, 'app.js'), 'console.log(1)');
  host = await startHost({ api: t.api, staticDir: staticDir.dir });
});
after(async () => {
  await host.close();
  t.cleanup();
  staticDir.cleanup();
});

/** Raw HTTP, so the Host and Origin headers can be forged the way an attacker would. */
function request(p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: p, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const apiCall = (headers: Record<string, string>) =>
  request('/api/settings.get', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('browser host', () => {
  it('listens on loopback only', () => {
    assert.match(host.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('serves the app with the token to a request that has it, and refuses one without', async () => {
    const ok = await request(`/?token=${host.token}`);
    assert.equal(ok.status, 200);
    assert.match(ok.body, new RegExp(host.token));
    assert.match(String(ok.headers['set-cookie']), /HttpOnly; SameSite=Strict/);
    assert.equal((await request('/')).status, 401);
    assert.equal((await request('/app.js')).status, 401);
    assert.equal((await request('/app.js', { headers: { cookie: `dj_token=${host.token}` } })).status, 200);
    assert.equal((await request(`/..%2f..%2fetc%2fpasswd?token=${host.token}`)).status, 404);
  });

  it('answers an API call with the token from our own origin', async () => {
    const r = await apiCall({ 'x-api-token': host.token, origin: `http://127.0.0.1:${host.port}` });
    assert.equal(r.status, 200);
    assert.deepEqual(JSON.parse(r.body), { ok: true, result: { unitName: '', preparer: '', reviewer: '', maskPersonalInExports: true } });
  });

  it('refuses API calls without the token, with a wrong token, from a foreign origin or a rebinding Host', async () => {
    assert.equal((await apiCall({})).status, 403);
    assert.equal((await apiCall({ 'x-api-token': 'guess' })).status, 403);
    const foreign = await apiCall({ 'x-api-token': host.token, origin: 'http://evil.example' });
    assert.equal(foreign.status, 403);
    assert.match(JSON.parse(foreign.body).error.message, /来源不符/);
    const rebinding = await apiCall({ 'x-api-token': host.token, host: `evil.example:${host.port}` });
    assert.equal(rebinding.status, 403);
    assert.equal((await request(`/?token=${host.token}`, { headers: { host: 'attacker.test' } })).status, 403);
  });

  it('answers malformed bodies and unknown methods with Chinese errors', async () => {
    const bad = await request('/api/settings.get', { method: 'POST', headers: { 'x-api-token': host.token }, body: '{not json' });
    assert.equal(bad.status, 400);
    assert.match(JSON.parse(bad.body).error.message, /不是有效的 JSON/);
    const unknown = await request('/api/members.drop', { method: 'POST', headers: { 'x-api-token': host.token }, body: '{}' });
    assert.deepEqual(JSON.parse(unknown.body).error.code, 'unknown_method');
  });
});
