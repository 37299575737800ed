/**
 * The Lambda artifacts: reproducible (two builds, identical bytes), each exporting a handler,
 * and the viewer-request function within its size budget.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildLambdas } from './build-lambda.mjs';

const directories: string[] = [];
const fresh = () => {
  const directory = mkdtempSync(join(tmpdir(), 'liminal-artifacts-'));
  directories.push(directory);
  return directory;
};
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

describe('npm run build:lambda', () => {
  it('builds the same bytes from the same sources, and every bundle exports a handler', async () => {
    const first = await buildLambdas(fresh());
    const second = await buildLambdas(fresh());
    for (const name of ['api', 'edge-router', 'origin-signer'] as const) {
      expect(readFileSync(first[name].zip).equals(readFileSync(second[name].zip)), name).toBe(true);
      const module = (await import(pathToFileURL(first[name].bundle).href)) as {
        handler?: unknown;
      };
      expect(typeof module.handler, name).toBe('function');
    }
    expect(first['edge-router'].bundleBytes).toBeLessThanOrEqual(50 * 1024);
  }, 60_000);
});
