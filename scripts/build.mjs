#!/usr/bin/env node
// Builds the web app (Vite) and the local server bundle (esbuild).
//   node scripts/build.mjs            build both
//   node scripts/build.mjs --if-stale only what is missing or older than its sources
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = join(root, 'apps/web/dist');
export const SERVER_BUNDLE = join(root, 'services/api/dist/server.mjs');

/** Newest modification time of the files under the given paths. */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path))
        if (name !== 'node_modules' && name !== 'dist') visit(join(path, name));
    } else {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return latest;
}

function stale(output, sources) {
  return (
    !existsSync(output) ||
    statSync(output).mtimeMs < newest(sources.map((source) => join(root, source)))
  );
}

/**
 * Builds the web app's two pages into `outDir`, one Vite build each: the reader's (index.html)
 * and the operators' insights (insights.html). Separate builds, so the reader's page stays one
 * script with nothing shared to fetch first, and the insights' chart library never reaches it.
 */
export async function buildWebPages({ outDir = WEB_DIST, logLevel = 'warn', mode } = {}) {
  const { build } = await import('vite');
  const common = {
    root: join(root, 'apps/web'),
    logLevel,
    ...(mode === undefined ? {} : { mode }),
  };
  await build({ ...common, build: { outDir, emptyOutDir: true } });
  await build({
    ...common,
    // The reader's build copied public/ already.
    publicDir: false,
    build: { outDir, emptyOutDir: false, rollupOptions: { input: 'insights.html' } },
  });
}

export async function buildWeb({ ifStale = false } = {}) {
  const sources = [
    'apps/web/src',
    'apps/web/public',
    'apps/web/index.html',
    'apps/web/insights.html',
    'apps/web/vite.config.ts',
  ];
  if (ifStale && !stale(join(WEB_DIST, 'insights.html'), sources)) return false;
  await buildWebPages();
  return true;
}

export async function buildServer({ ifStale = false } = {}) {
  const sources = ['services/api/src', 'packages'];
  if (ifStale && !stale(SERVER_BUNDLE, sources)) return false;
  const { build } = await import('esbuild');
  // Chunks are named by their content, so an older build's stay beside the new ones: a server
  // still running from that build loads its own on demand (and tests run servers while others
  // build). They are small; `rm -rf services/api/dist` clears them.
  await build({
    entryPoints: { server: join(root, 'services/api/src/node/server.ts') },
    outdir: dirname(SERVER_BUNDLE),
    outExtension: { '.js': '.mjs' },
    // Code splitting: a provider's SDK loads when the configuration names it, not at start.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    // ES module builds where a package has one: only what is used, no CommonJS wrappers.
    mainFields: ['module', 'main'],
    target: 'node20',
    format: 'esm',
    // A native addon: loaded from node_modules at run time.
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  const web = await buildWeb({ ifStale });
  const server = await buildServer({ ifStale });
  console.log(`web: ${web ? 'built' : 'up to date'}; server: ${server ? 'built' : 'up to date'}`);
}
