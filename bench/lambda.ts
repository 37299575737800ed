/**
 * Lambda artifacts: bundle sizes, the API function's module initialisation in a fresh Node
 * process, and the edge handlers' time per request. Targets: viewer function at most 50 KB,
 * API initialisation at most 100 ms, viewer-request p99 under 0.2 ms.
 *
 *   npm run bench:lambda
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CloudFrontRequestEvent } from 'aws-lambda';
import { buildLambdas } from '../scripts/build-lambda.mjs';
import { signOriginRequest } from '../services/edge/src/origin-request-signer';
import { routeViewerRequest } from '../services/edge/src/viewer-request';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const outDir = mkdtempSync(join(tmpdir(), 'liminal-lambda-'));
try {
  const built = await buildLambdas(outDir);
  for (const [name, result] of Object.entries(built)) {
    console.log(
      `${name.padEnd(12)} bundle ${(result.bundleBytes / 1024).toFixed(1)} KB   zip ${(result.zipBytes / 1024).toFixed(1)} KB`,
    );
  }
  console.log(
    `edge-router bundle ${(built['edge-router'].bundleBytes / 1024).toFixed(1)} KB of the 50 KB target`,
  );

  // Module initialisation: a fresh process imports the bundle, as a Lambda cold start does.
  // Timed twice from the same runs: from before the process is spawned (Node's own start
  // included, as the runtime's init phase includes it) and from the import alone.
  const withStart: number[] = [];
  const importOnly: number[] = [];
  for (let run = 0; run < 9; run++) {
    const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(built.api.bundle).href)}); const now = performance.now(); console.log(performance.timeOrigin + now, now - t);`;
    const spawned = performance.timeOrigin + performance.now();
    const [done = NaN, imported = NaN] = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script],
      { env: { ...process.env, TABLE_NAME: 'bench' } },
    )
      .toString()
      .trim()
      .split(' ')
      .map(Number);
    withStart.push(done - spawned);
    importOnly.push(imported);
  }
  withStart.sort((a, b) => a - b);
  importOnly.sort((a, b) => a - b);
  console.log(
    `api initialisation with Node's start: median ${percentile(withStart, 50).toFixed(1)} ms, max ${withStart.at(-1)?.toFixed(1)} ms over ${withStart.length} fresh processes (target <= 100 ms)`,
  );
  console.log(
    `api module import alone:              median ${percentile(importOnly, 50).toFixed(1)} ms, max ${importOnly.at(-1)?.toFixed(1)} ms (load average ${loadavg()[0]?.toFixed(2)})`,
  );

  const fixture = (name: string) =>
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '../services/edge/src/__fixtures__', `${name}.json`),
        'utf8',
      ),
    ) as CloudFrontRequestEvent;
  const viewer = fixture('viewer-request');
  const times: number[] = [];
  for (let index = 0; index < 100_000; index++) {
    const request = structuredClone(viewer.Records[0]?.cf.request);
    if (request === undefined) throw new Error('fixture');
    if (index % 2 === 0)
      request.headers['cookie'] = [
        { key: 'Cookie', value: `lt_visitor=returning${String(index).padStart(12, '0')}` },
      ];
    const started = performance.now();
    routeViewerRequest(request, () => 'fresh-visitor-0001-0002');
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `viewer-request handler: p50 ${(percentile(times, 50) * 1000).toFixed(1)} us, p99 ${(percentile(times, 99) * 1000).toFixed(1)} us per request (target p99 < 200 us)`,
  );

  const origin = fixture('origin-request');
  const signs: number[] = [];
  const credentials = {
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    sessionToken: 'token',
  };
  for (let index = 0; index < 20_000; index++) {
    const request = structuredClone(origin.Records[0]?.cf.request);
    if (request === undefined) throw new Error('fixture');
    const started = performance.now();
    await signOriginRequest(request, credentials);
    signs.push(performance.now() - started);
  }
  signs.sort((a, b) => a - b);
  console.log(
    `origin-request signer: p50 ${(percentile(signs, 50) * 1000).toFixed(1)} us, p99 ${(percentile(signs, 99) * 1000).toFixed(1)} us per request`,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
