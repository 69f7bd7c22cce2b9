// The browser host: the built renderer and the API registry over loopback HTTP, for Chromium
// (tests, and machines without the Electron runtime). Every request needs the session token;
// API calls must also come from our own Origin and name our own Host (no DNS rebinding).
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

export function startHost(opts: HostOptions): Promise<RunningHost> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  let port = 0;
  const server = http.createServer((req, res) => {
    handle(req, res, { ...opts, token, port }).catch(() => send(res, 500, 'text/plain; charset=utf-8', '服务出错'));
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

type Ctx = HostOptions & { token: string; port: number };

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function sameToken(a: string | undefined | null, token: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(token);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  return /(?:^|;\s*)dj_token=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
}

/** Host must be our loopback address and port: a rebinding attack's Host names its own domain. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: Ctx): Promise<void> {
  if (!hostAllowed(req.headers.host, ctx.port)) return send(res, 403, 'text/plain; charset=utf-8', '拒绝访问：Host 不符');
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);
  if (url.pathname.startsWith('/api/')) return api(req, res, ctx, decodeURIComponent(url.pathname.slice(5)));
  if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', '不支持的请求');
  const queryToken = url.searchParams.get('token');
  if (!sameToken(queryToken, ctx.token) && !sameToken(cookieToken(req), ctx.token)) {
    return send(res, 401, 'text/plain; charset=utf-8', '拒绝访问：请使用启动时显示的完整地址（含 token）打开');
  }
  const rel = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  const file = path.resolve(ctx.staticDir, rel);
  if (!file.startsWith(path.resolve(ctx.staticDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(res, 404, 'text/plain; charset=utf-8', '找不到该页面');
  }
  let body: string | Buffer = fs.readFileSync(file);
  const ext = path.extname(file);
  if (rel === 'index.html') body = body.toString('utf8').replace('%API_TOKEN%', ctx.token);
  send(res, 200, TYPES[ext] ?? 'application/octet-stream', body, {
    'Set-Cookie': `dj_token=${ctx.token}; HttpOnly; SameSite=Strict; Path=/`,
  });
}

async function api(req: http.IncomingMessage, res: http.ServerResponse, ctx: Ctx, method: string): Promise<void> {
  const json = 'application/json; charset=utf-8';
  const deny = (message: string) => send(res, 403, json, JSON.stringify({ ok: false, error: { code: 'forbidden', message } }));
  if (req.method !== 'POST') return send(res, 405, json, JSON.stringify({ ok: false, error: { code: 'forbidden', message: '只接受 POST' } }));
  if (!sameToken(req.headers['x-api-token'] as string | undefined, ctx.token)) return deny('拒绝访问：缺少或错误的令牌');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${ctx.port}` && origin !== `http://localhost:${ctx.port}`) {
    return deny('拒绝访问：来源不符');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) return send(res, 413, json, JSON.stringify({ ok: false, error: { code: 'invalid', message: '提交的内容太大' } }));
    chunks.push(c as Buffer);
  }
  let input: unknown;
  try {
    input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
  } catch {
    return send(res, 400, json, JSON.stringify({ ok: false, error: { code: 'invalid', message: '请求内容不是有效的 JSON' } }));
  }
  send(res, 200, json, JSON.stringify(await ctx.api.invoke(method, input)));
}
