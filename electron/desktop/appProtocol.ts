// The pages come from app://dangjian/…, served from the built renderer folder only, instead of
// file:// (which would let a page read any file the clerk can, and which the
// grantFileProtocolExtraPrivileges fuse switches off).
import fs from 'node:fs';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dangjian';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const INDEX_URL = `${APP_ORIGIN}/index.html`;

/** For protocol.registerSchemesAsPrivileged: a standard, secure origin so CSP 'self' and fetch work. */
export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The file an app:// URL names inside `rootDir`, or null (another host, a way out of the folder, a type we do not serve). */
export function appFile(url: string, rootDir: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${path.posix.normalize(rel === '/' ? '/index.html' : rel)}`);
  const inside = path.relative(root, file);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return MIME[path.extname(file).toLowerCase()] ? file : null;
}

/** The protocol handler's answer: the file with its type, or 404 for anything else. */
export async function appResponse(url: string, rootDir: string): Promise<Response> {
  const file = appFile(url, rootDir);
  if (!file) return new Response('not found', { status: 404 });
  try {
    const bytes = await fs.promises.readFile(file);
    return new Response(bytes, { status: 200, headers: { 'content-type': MIME[path.extname(file).toLowerCase()]!, 'x-content-type-options': 'nosniff' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}
