/**
 * Test helper: a production build of the web app into a temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebPages } from '../../../scripts/build.mjs';

export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWebApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'liminal-web-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle development builds of the
  // libraries; build exactly as production does.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await buildWebPages({ outDir, mode: 'production', logLevel: 'silent' });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}
