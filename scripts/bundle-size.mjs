#!/usr/bin/env node
// Sizes of the built web app: `npm run bundle:size` checks the initial JS+CSS against the
// 30 KB gzip budget; `npm run bundle:analyze` lists every file raw, gzip and brotli.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const dist = join(root, 'apps/web/dist');
const BUDGET = 30 * 1024;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('No web build in apps/web/dist: run npm run build first.');
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
if (total > BUDGET) {
  console.error('Over budget.');
  process.exit(1);
}
