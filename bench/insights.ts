/**
 * The insights API at scale: a made-up history of N journeys over D days written through the
 * SQLite store (rollups kept as in use), then GET /api/insights for the whole range, timed
 * against the production server bundle in its own process. Target: p95 under 100 ms for 30 days
 * with 100,000 journeys stored. For scale, also timed: one scan of the range's raw events (a
 * count, not a report), the least a page without rollups would read.
 *
 *   npm run bench:insights [-- --journeys 100000 --days 30 --requests 200]
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { SERVER_BUNDLE, buildServer } from '../scripts/build.mjs';
import { DATABASE_FILE } from '../services/api/src/node/create-node-app';
import { writeHistory } from '../services/api/src/testing/insights-history';
import { startAppServer } from './server-process';

const { values } = parseArgs({
  options: {
    journeys: { type: 'string', default: '100000' },
    days: { type: 'string', default: '30' },
    requests: { type: 'string', default: '200' },
  },
});
const journeys = Number(values.journeys);
const days = Number(values.days);
const requests = Number(values.requests);
const lastDay = new Date().toISOString().slice(0, 10);
const firstDay = new Date(Date.parse(lastDay) - (days - 1) * 86_400_000).toISOString().slice(0, 10);

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const load = () => loadavg()[0]?.toFixed(2) ?? '?';

await buildServer({ ifStale: true });
let written = 0;
const server = await startAppServer(SERVER_BUNDLE, {}, async (dataDir) => {
  const started = performance.now();
  await writeHistory({ path: join(dataDir, DATABASE_FILE), journeys, days, lastDay });
  written = performance.now() - started;
});
try {
  const database = new Database(join(server.dataDir, DATABASE_FILE), { readonly: true });
  const count = (table: string) =>
    (database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  console.log(
    `insights: ${count('journeys').toLocaleString('en-GB')} journeys, ${count('events').toLocaleString('en-GB')} events, ${count('rollups').toLocaleString('en-GB')} rollup rows over ${String(days)} days (written in ${(written / 1000).toFixed(1)} s); node ${process.version}, load average ${load()}`,
  );
  const url = `${server.url}/api/insights?from=${firstDay}&to=${lastDay}`;
  const time = async (path: string) => {
    const started = performance.now();
    const response = await fetch(path);
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${String(response.status)}: ${body}`);
    return { ms: performance.now() - started, bytes: body.length };
  };
  for (let warm = 0; warm < 10; warm++) await time(url);
  const times: number[] = [];
  let bytes = 0;
  for (let index = 0; index < requests; index++) {
    const result = await time(url);
    times.push(result.ms);
    bytes = result.bytes;
  }
  times.sort((a, b) => a - b);
  console.log(
    `GET /api/insights, ${String(days)} days: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms over ${String(requests)} requests, ${(bytes / 1024).toFixed(1)} KB (target p95 < 100 ms; load average ${load()})`,
  );
  // What reading raw events would cost instead: one pass over the range's events, nothing more.
  const started = performance.now();
  const scanned = database
    .prepare(`SELECT count(*) AS n, sum(length(data)) AS size FROM events WHERE at >= ? AND at < ?`)
    .get(firstDay, `${lastDay}~`) as { n: number; size: number };
  console.log(
    `for comparison, one scan of the range's ${scanned.n.toLocaleString('en-GB')} raw events (no report built): ${(performance.now() - started).toFixed(0)} ms`,
  );
  database.close();
} finally {
  await server.stop();
}
