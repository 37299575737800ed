#!/usr/bin/env node
// `npm run build:lambda`: bundles each function with esbuild and packs it into its zip,
// reproducibly (same sources, same bytes): sorted entries, fixed timestamps, no metadata.
//   api.zip            the API (API Gateway proxy integration)
//   edge-router.zip    Lambda@Edge viewer request: the A/B router
//   origin-signer.zip  Lambda@Edge origin request on /api/*: the SigV4 signer
//   insights-stream.zip  the journeys table's stream into the insights' daily rollups
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const FUNCTIONS = {
  api: 'services/api/src/lambda.ts',
  'edge-router': 'services/edge/src/handlers/viewer-request.ts',
  'origin-signer': 'services/edge/src/handlers/origin-request.ts',
  'insights-stream': 'services/api/src/insights-stream.ts',
};

// 1980-01-01, the earliest time a zip entry can hold: no build clock in the archive.
const FIXED_TIME = new Date('1980-01-01T00:00:00Z');

/** Builds every function into `outDir`; returns { name: { zip, bundleBytes, zipBytes } }. */
export async function buildLambdas(outDir = join(root, 'dist/lambda')) {
  const { build } = await import('esbuild');
  const { zipSync } = await import('fflate');
  mkdirSync(outDir, { recursive: true });
  const results = {};
  for (const [name, entry] of Object.entries(FUNCTIONS)) {
    // Code splitting: provider SDKs load on first use, not at cold start.
    const output = await build({
      entryPoints: { index: join(root, entry) },
      bundle: true,
      splitting: true,
      platform: 'node',
      // The ES module builds, where a package has one (the AWS SDK does): esbuild keeps only
      // what is used and skips the CommonJS wrappers, a fifth off the API's cold start.
      mainFields: ['module', 'main'],
      target: 'node22',
      format: 'esm',
      minify: true,
      legalComments: 'none',
      write: false,
      outdir: '/',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    const files = Object.fromEntries(
      output.outputFiles
        .map((file) => [file.path.replace(/^\//u, ''), file.contents])
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    const zip = zipSync(
      Object.fromEntries(
        Object.entries(files).map(([path, contents]) => [
          path,
          [contents, { mtime: FIXED_TIME, level: 9 }],
        ]),
      ),
    );
    const path = join(outDir, `${name}.zip`);
    writeFileSync(path, zip);
    // The unzipped bundle too, for the benchmarks and for inspection.
    const unpacked = join(outDir, name);
    for (const [file, contents] of Object.entries(files)) {
      mkdirSync(dirname(join(unpacked, file)), { recursive: true });
      writeFileSync(join(unpacked, file), contents);
    }
    const entryBytes = files['index.mjs']?.length ?? 0;
    const totalBytes = Object.values(files).reduce((sum, contents) => sum + contents.length, 0);
    results[name] = {
      zip: path,
      bundle: join(unpacked, 'index.mjs'),
      bundleBytes: totalBytes,
      entryBytes,
      zipBytes: zip.length,
    };
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await buildLambdas(process.argv[2]);
  for (const [name, result] of Object.entries(results)) {
    console.log(
      `${name.padEnd(12)} ${(result.entryBytes / 1024).toFixed(1)} KB at start, ${(result.bundleBytes / 1024).toFixed(1)} KB in all, zip ${(result.zipBytes / 1024).toFixed(1)} KB  ${result.zip}`,
    );
  }
}
