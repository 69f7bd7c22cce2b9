// The browser host: the built renderer and the API registry over loopback HTTP, for Chromium
// (tests, and machines without the Electron runtime). Every request must name our own Host (no
// DNS rebinding); API calls must also come from our own Origin.
// The token printed at start-up is never a cookie: cookies ignore ports, so any other server on
// 127.0.0.1 the browser visits would receive it. The page exchanges the token from its address
// for an API session (POST /session), keeps that in the tab's sessionStorage (per origin, so per
// port) and sends it as a header; the token leaves the address bar at once. The only cookie is a
// separate random id, named for this port, that lets the page load its own scripts and reload:
// it opens no API call, so a leaked cookie reads nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Api } from '../api/registry';

export type HostOptions = { api: Api; staticDir: string; port?: number; token?: string };
export type RunningHost = { url: string; port: number; token: string; close(): Promise<void> };

const MAX_BODY = 90 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Random ids this host issued, kept in memory only (the oldest dropped past a bound). */
function idSet(max = 1000): { issue(): string; has(id: string | undefined): boolean } {
  const ids = new Set<string>();
  return {
    issue() {
      const id = crypto.randomBytes(32).toString('base64url');
      ids.add(id);
      for (const oldest of ids) {
        if (ids.size <= max) break;
        ids.delete(oldest);
      }
      return id;
    },
    has: (id) => id !== undefined && ids.has(id),
  };
}

export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;
  const sessions = idSet();
  const cookies = idSet();
  const server = http.createServer((req, res) => {
    handle(req, res, { ...opts, token, port, sessions, cookies }).catch(() => sendJson(res, 500, { ok: false, error: { code: 'internal', message: '服务出错' } }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise((r) => {
            server.close(() => r());
            // A browser keeps connections open; without this, close() waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}

type Ctx = HostOptions & { token: string; port: number; sessions: ReturnType<typeof idSet>; cookies: ReturnType<typeof idSet> };

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extra);
}

function sameToken(a: string | undefined | null, token: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(token);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** The cookie this host sets is named for its port: another host's cookie is not even looked at. */
const cookieName = (port: number) => `dj_page_${port}`;

function cookieValue(req: http.IncomingMessage, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** Host must be our loopback address and port: a rebinding attack's Host names its own domain. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: Ctx): Promise<void> {
  if (!hostAllowed(req.headers.host, ctx.port)) return send(res, 403, 'text/plain; charset=utf-8', '拒绝访问：Host 不符');
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);
  if (url.pathname.startsWith('/api/')) return api(req, res, ctx, url.pathname.slice(5));
  if (url.pathname === '/session') return exchange(req, res, ctx);
  if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求');
  const withToken = sameToken(url.searchParams.get('token'), ctx.token);
  if (!withToken && !ctx.cookies.has(cookieValue(req, cookieName(ctx.port)))) {
    return send(res, 401, 'text/plain; charset=utf-8', '拒绝访问：请使用启动时显示的完整地址（含 token）打开');
  }
  const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  const file = path.resolve(ctx.staticDir, rel);
  if (!file.startsWith(path.resolve(ctx.staticDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(res, 404, 'text/plain; charset=utf-8', '找不到该页面');
  }
  const cookie: Record<string, string> = withToken ? { 'Set-Cookie': `${cookieName(ctx.port)}=${ctx.cookies.issue()}; HttpOnly; SameSite=Strict; Path=/` } : {};
  send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file), cookie);
}

const sameOrigin = (req: http.IncomingMessage, port: number) => {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
};

/** The page's token (from its address) for an API session id, which only this page's tab keeps. */
function exchange(req: http.IncomingMessage, res: http.ServerResponse, ctx: Ctx): void {
  const deny = (message: string) => sendJson(res, 403, { ok: false, error: { code: 'forbidden', message } });
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: '只接受 POST' } });
  if (!sameToken(header(req, 'x-api-token'), ctx.token)) return deny('拒绝访问：缺少或错误的令牌');
  if (!sameOrigin(req, ctx.port)) return deny('拒绝访问：来源不符');
  sendJson(res, 200, { ok: true, result: { session: ctx.sessions.issue() } });
}

/** An API call carries this page's session id, or (scripts, tests) the token itself, in a header: never a cookie. */
async function api(req: http.IncomingMessage, res: http.ServerResponse, ctx: Ctx, rawMethod: string): Promise<void> {
  const fail = (status: number, code: string, message: string) => sendJson(res, status, { ok: false, error: { code, message } });
  if (req.method !== 'POST') return fail(405, 'forbidden', '只接受 POST');
  if (!ctx.sessions.has(header(req, 'x-api-session')) && !sameToken(header(req, 'x-api-token'), ctx.token)) return fail(403, 'forbidden', '拒绝访问：缺少或错误的令牌，请使用启动时显示的完整地址（含 token）打开');
  if (!sameOrigin(req, ctx.port)) return fail(403, 'forbidden', '拒绝访问：来源不符');
  let method: string;
  try {
    method = decodeURIComponent(rawMethod);
  } catch {
    return fail(400, 'invalid', '请求的地址无效');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) return fail(413, 'invalid', '提交的内容太大');
    chunks.push(c as Buffer);
  }
  let input: unknown;
  try {
    input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
  } catch {
    return fail(400, 'invalid', '请求内容不是有效的 JSON');
  }
  sendJson(res, 200, await ctx.api.invoke(method, input));
}
