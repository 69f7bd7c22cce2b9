import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openApi } from '../../electron/api';
import { startHost, type RunningHost } from '../../electron/host/server';
import { tempApi, tempDir } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let host: RunningHost;
let staticDir: { dir: string; cleanup: () => void };

before(async () => {
  t = tempApi();
  staticDir = tempDir('dj-static-');
  fs.writeFileSync(path.join(staticDir.dir, 'index.html'), '<title>党建台账</title><script src="app.js"></script>');
  fs.writeFileSync(path.join(staticDir.dir, 'app.js'), 'console.log(1)');
  host = await startHost({ api: t.api, staticDir: staticDir.dir });
});
after(async () => {
  await host.close();
  t.cleanup();
  staticDir.cleanup();
});

/** Raw HTTP, so the Host and Origin headers can be forged the way an attacker would. */
function request(p: string, opts: { method?: string; headers?: Record<string, string>; body?: string; to?: RunningHost } = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const to = opts.to ?? host;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: to.port, path: p, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${to.port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The page cookie a response sets, as a browser would send it back. */
function pageCookie(headers: http.IncomingHttpHeaders): string {
  return String(headers['set-cookie']).split(';')[0]!;
}

const apiCall = (headers: Record<string, string>) =>
  request('/api/settings.get', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

describe('browser host', () => {
  it('listens on loopback only', () => {
    assert.match(host.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('serves the app to a request with the token, then to its page cookie; refuses one with neither', async () => {
    const ok = await request(`/?token=${host.token}`);
    assert.equal(ok.status, 200);
    assert.doesNotMatch(ok.body, new RegExp(host.token), 'the token is not written into the page');
    const cookie = pageCookie(ok.headers);
    assert.equal((await request('/')).status, 401);
    assert.equal((await request('/app.js')).status, 401);
    assert.equal((await request('/app.js', { headers: { cookie } })).status, 200);
    assert.equal((await request('/', { headers: { cookie } })).status, 200, 'a reload without the token in the address');
    assert.equal((await request('/app.js', { headers: { cookie: `dj_page_${host.port}=${host.token}` } })).status, 401, 'the token is no cookie');
    assert.equal((await request('/app.js', { headers: { cookie: `dj_token=${host.token}` } })).status, 401);
    assert.equal((await request(`/..%2f..%2fetc%2fpasswd?token=${host.token}`)).status, 404);
  });

  it('never puts the token in a cookie: the cookie is a random id named for the port, HttpOnly, SameSite=Strict', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const r = await request(`/?token=${host.token}`);
      const set = String(r.headers['set-cookie']);
      assert.ok(!set.includes(host.token), set);
      assert.match(set, new RegExp(`^dj_page_${host.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
      seen.add(set);
    }
    assert.equal(seen.size, 3, 'a new random id for each load');
    const session = await request('/session', { method: 'POST', headers: { 'x-api-token': host.token } });
    assert.equal(session.headers['set-cookie'], undefined);
  });

  it('a page cookie opens no API call, and a cookie from another port is refused', async () => {
    const cookie = pageCookie((await request(`/?token=${host.token}`)).headers);
    assert.equal((await apiCall({ cookie })).status, 403);
    const other = await startHost({ api: t.api, staticDir: staticDir.dir });
    try {
      const foreign = pageCookie((await request(`/?token=${other.token}`, { to: other })).headers);
      assert.equal((await request('/app.js', { headers: { cookie: foreign } })).status, 401, "the other port's cookie");
      const sameValue = `dj_page_${host.port}=${foreign.split('=')[1]}`;
      assert.equal((await request('/app.js', { headers: { cookie: sameValue } })).status, 401, "the other port's id under this port's name");
      assert.equal((await request('/app.js', { to: other, headers: { cookie } })).status, 401, "this port's cookie at the other port");
    } finally {
      await other.close();
    }
  });

  it('exchanges the token for an API session held in memory; a session from another port is refused', async () => {
    const r = await request('/session', { method: 'POST', headers: { 'x-api-token': host.token, origin: `http://127.0.0.1:${host.port}` } });
    assert.equal(r.status, 200);
    const session = (JSON.parse(r.body) as { result: { session: string } }).result.session;
    assert.notEqual(session, host.token);
    assert.equal((await apiCall({ 'x-api-session': session })).status, 200);
    assert.equal((await apiCall({ 'x-api-session': 'guess' })).status, 403);
    assert.equal((await request('/session', { method: 'POST', headers: { 'x-api-token': 'guess' } })).status, 403);
    assert.equal((await request('/session', { method: 'POST', headers: { 'x-api-token': host.token, origin: 'http://127.0.0.1:1' } })).status, 403);
    assert.equal((await request('/session', { headers: { 'x-api-token': host.token } })).status, 405);
    const other = await startHost({ api: t.api, staticDir: staticDir.dir });
    try {
      assert.equal((await request('/api/settings.get', { to: other, method: 'POST', headers: { 'x-api-session': session }, body: '{}' })).status, 403);
    } finally {
      await other.close();
    }
  });

  it('answers a malformed API address with a Chinese JSON error, not a crash', async () => {
    const r = await request('/api/%E0%A4%A', { method: 'POST', headers: { 'x-api-token': host.token }, body: '{}' });
    assert.equal(r.status, 400);
    assert.match(String(r.headers['content-type']), /application\/json/);
    assert.deepEqual(JSON.parse(r.body), { ok: false, error: { code: 'invalid', message: '请求的地址无效' } });
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

describe('a locked app', () => {
  it('does not name its data folder', async () => {
    const dir = tempDir();
    const o = openApi(dir.dir, { log: () => undefined, lockable: true, actor: '测试员' });
    try {
      assert.equal((await o.api.call('system.info', {})).dataDir, dir.dir);
      await o.api.call('lock.setPassword', { next: '党建2026', idleMinutes: 5 });
      await o.api.call('lock.lock', {});
      const r = await o.api.invoke('system.info', {});
      assert.deepEqual(r.ok ? 'answered' : r.error.code, 'locked');
      assert.ok(!JSON.stringify(r).includes(dir.dir));
    } finally {
      o.close();
      dir.cleanup();
    }
  });
});
