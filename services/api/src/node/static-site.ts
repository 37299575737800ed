/**
 * Serves the built web app from memory: files are read and compressed (brotli and gzip) once at
 * start-up. Fingerprinted assets are cached for a year; index.html is always revalidated; any
 * other GET falls back to index.html so client-side links work (the SPA fallback), except the
 * operators' page, /insights, which is its own HTML file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  br?: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
  cacheControl: string;
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile());
}

function load(root: string, path: string): StaticFile {
  const body = new Uint8Array(readFileSync(path));
  const extension = extname(path);
  const url = `/${relative(root, path).split(sep).join('/')}`;
  const file: StaticFile = {
    body,
    type: TYPES[extension] ?? 'application/octet-stream',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    // Vite puts content-hashed files under /assets/; everything else may change in place.
    cacheControl: url.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
  };
  if (COMPRESSIBLE.has(extension) && body.length > 512) {
    const quality = { [constants.BROTLI_PARAM_QUALITY]: 11 };
    file.br = new Uint8Array(brotliCompressSync(body, { params: quality }));
    file.gzip = new Uint8Array(gzipSync(body, { level: 9 }));
  }
  return file;
}

/** Loads every file under `root` and returns a middleware serving them, or null if none. */
export function createStaticSite(root: string): MiddlewareHandler | null {
  let paths: string[];
  try {
    paths = listFiles(root);
  } catch {
    return null;
  }
  const files = new Map(
    paths.map((path) => [`/${relative(root, path).split(sep).join('/')}`, load(root, path)]),
  );
  const index = files.get('/index.html');
  if (index === undefined) return null;
  // Pages with their own HTML (the same rewrite as terraform/modules/cloudfront/spa-routes.js).
  const pages = new Map([['/insights', files.get('/insights.html')]]);

  return async (context, next) => {
    const method = context.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const path = context.req.path;
    const file = files.get(path) ?? pages.get(path) ?? (extname(path) === '' ? index : undefined);
    if (file === undefined) return next();
    const headers: Record<string, string> = {
      'Content-Type': file.type,
      'Cache-Control': file.cacheControl,
      ETag: file.etag,
      Vary: 'Accept-Encoding',
    };
    if (context.req.header('if-none-match') === file.etag) {
      return context.body(null, 304, headers);
    }
    const accepted = context.req.header('accept-encoding') ?? '';
    let body = file.body;
    if (file.br !== undefined && /\bbr\b/u.test(accepted)) {
      body = file.br;
      headers['Content-Encoding'] = 'br';
    } else if (file.gzip !== undefined && /\bgzip\b/u.test(accepted)) {
      body = file.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    return method === 'HEAD' ? context.body(null, 200, headers) : context.body(body, 200, headers);
  };
}
