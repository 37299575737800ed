#!/usr/bin/env node
// Sizes of the web app's first load. `npm run bundle:size` checks the initial JS+CSS against the
// 30 KB gzip budget, then starts the built server and reports what it actually sends for a
// first visit (the page, its scripts, stylesheets, preloads, icon and Latin fonts) as bytes on the wire with
// no compression, gzip and brotli. `npm run bundle:analyze` also lists every built file.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const dist = join(root, 'apps/web/dist');
const server = join(root, 'services/api/dist/server.mjs');
const BUDGET = 30 * 1024;

if (!existsSync(join(dist, 'index.html')) || !existsSync(server)) {
  console.error('No build in apps/web/dist and services/api/dist: run npm run build first.');
  process.exit(1);
}
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .map((name) => join(dist, name))
  .filter((path) => statSync(path).isFile());

if (process.argv.includes('--detail')) {
  for (const path of files.sort()) {
    const body = readFileSync(path);
    console.log(
      `${relative(dist, path).padEnd(40)} ${kb(body.length).padStart(10)} raw ${kb(gzipSync(body).length).padStart(10)} gzip ${kb(brotliCompressSync(body).length).padStart(10)} br`,
    );
  }
}
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"]+\.(?:js|css))"/gu),
].map((match) => match[1]);
const total = initial.reduce(
  (sum, asset) => sum + gzipSync(readFileSync(join(dist, asset))).length,
  0,
);
console.log(
  `initial JS+CSS: ${kb(total)} gzip of the ${kb(BUDGET)} budget (${initial.join(', ')})`,
);

/** The server from the build, on a free port, with an empty data directory. */
function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'liminal-size-'));
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, WEB_ROOT: dist, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s/]+)/u.exec(output);
      if (match) resolve({ url: new URL(match[1]), stop });
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
}

/** The bytes the server sends for `path` when the browser accepts `encoding`, as sent. */
function bytesSent(url, path, encoding) {
  return new Promise((resolve, reject) => {
    const call = request(
      { host: url.hostname, port: url.port, path, headers: { 'accept-encoding': encoding } },
      (response) => {
        let bytes = 0;
        let body = '';
        response.on('data', (chunk) => {
          bytes += chunk.length;
          if (encoding === 'identity') body += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode, bytes, body }));
      },
    );
    call.on('error', reject);
    call.end();
  });
}

const { url, stop } = await startServer();
try {
  const page = await bytesSent(url, '/', 'identity');
  // Everything the page asks for up front: scripts, stylesheets, preloads and the icon.
  const wanted = [
    '/',
    ...new Set(
      [...page.body.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/[^"]+)"/gu)].map(
        (match) => match[1],
      ),
    ),
  ];
  // And the fonts an English page uses: the stylesheet's faces for the Latin range (the others
  // are fetched only when a page shows their scripts).
  for (const sheet of wanted.filter((path) => path.endsWith('.css'))) {
    const css = (await bytesSent(url, sheet, 'identity')).body;
    for (const face of css.match(/@font-face\{[^}]*\}/gu) ?? []) {
      const woff2 = /url\((\/assets\/[^)]+\.woff2)\)/u.exec(face)?.[1];
      if (woff2 !== undefined && /unicode-range:\s*U\+(?:0000-00FF|\?\?)[,;}]/iu.test(face))
        wanted.push(woff2);
    }
  }
  const encodings = ['identity', 'gzip', 'br'];
  const totals = encodings.map(() => 0);
  console.log(`first load as the server sends it (${url.origin}):`);
  console.log(`${'path'.padEnd(52)} ${encodings.map((name) => name.padStart(10)).join(' ')}`);
  for (const path of wanted) {
    const sizes = [];
    for (const [index, encoding] of encodings.entries()) {
      const sent = await bytesSent(url, path, encoding);
      if (sent.status !== 200) throw new Error(`${path} answered ${sent.status}`);
      sizes.push(sent.bytes);
      totals[index] += sent.bytes;
    }
    console.log(`${path.padEnd(52)} ${sizes.map((size) => kb(size).padStart(10)).join(' ')}`);
  }
  console.log(`${'total'.padEnd(52)} ${totals.map((size) => kb(size).padStart(10)).join(' ')}`);
} finally {
  stop();
}
if (total > BUDGET) {
  console.error('Over budget.');
  process.exit(1);
}
