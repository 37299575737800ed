/**
 * Load benchmark: concurrent clients answer turns against the real server (production bundle,
 * SQLite) and against a bare `node:http` server that answers every request with a captured turn
 * response, the two interleaved in rounds of one run, so the ratio survives a noisy machine.
 * Prints turns/s and p50/p99 for both at 100 and at 10 clients, each round's ratios, their
 * median and the load average. Targets (issue 13): app/bare at least 0.25x at both client
 * counts, p99 at 100 clients at most 3x the bare server's. The two take turns going first (one
 * round app first, the next baseline first), so whatever the machine does after one arm (the
 * previous server's WAL checkpoint, a neighbour's job) falls on both alike. Beside throughput,
 * each server's CPU time per request (from /proc, Linux only): what a request costs the server,
 * which a busy machine disturbs far less than requests per second.
 *
 * With `--journeys N`, N journeys are stored first and the clients answer turns of random
 * existing ones (spread over the clients so none answers another's), as a server that has been
 * up a while does: most turns then miss the journey cache.
 *
 * With `--rollups-baseline`, the baseline is the same app keeping no rollups (INSIGHTS_ROLLUPS=false)
 * instead of the bare server: what the insights rollups cost a turn (issue 15: at least 0.9x).
 *
 *   npm run bench:api [-- --clients 100 --light-clients 10 --seconds 5 --rounds 3 --journeys 100000]
 *   npm run bench:api -- --rollups-baseline
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startStory } from '../packages/story/src/index';
import { SERVER_BUNDLE, buildServer } from '../scripts/build.mjs';
import { DATABASE_FILE } from '../services/api/src/node/create-node-app';
import { createSqliteStore } from '../services/api/src/store/sqlite-store';
import { READER_COOKIE } from '../services/api/src/testing/reader';
import { startAppServer, startProcess } from './server-process';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    'light-clients': { type: 'string', default: '10' },
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    journeys: { type: 'string', default: '0' },
    'rollups-baseline': { type: 'boolean', default: false },
  },
});
const heavyClients = Number(values.clients);
const lightClients = Number(values['light-clients']);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const rounds = Number(values.rounds);
const stored = Number(values.journeys);
// The baseline: a bare server, or with --rollups-baseline the same app keeping no rollups.
const rollupsBaseline = values['rollups-baseline'];
const visitor = READER_COOKIE.cookie.split('=')[1] ?? '';

interface Reply {
  status: number;
  body: string;
}

function post(agent: Agent, url: URL, path: string, body: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path,
        // One reader's cookie throughout: answering needs the visitor who began the journey.
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...READER_COOKIE,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, body: text });
        });
      },
    );
    call.on('error', reject);
    call.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Result {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU time (user and system, all threads) per request, ms; NaN off Linux. */
  cpuMs: number;
}

/** A process's CPU time so far (user + system, all its threads) in ms, from /proc; NaN off Linux. */
function cpuTimeMs(pid: number | undefined): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
/** USER_HZ: 100 on every Linux Node supports. */
const CLOCK_TICKS = 100;

/** The time `call` took, in milliseconds, and what it returned. */
async function timed<T>(call: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await call();
  return { ms: performance.now() - started, value };
}

/**
 * Runs `clients` loops of `step` for warmup + seconds; only the measured window counts. A step
 * returns the milliseconds of its timed request (a journey begun on the way is not a turn), or
 * null when the request failed.
 */
async function drive(
  clients: number,
  pid: number | undefined,
  step: (client: number) => Promise<number | null>,
): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  const loop = async (client: number) => {
    while (!stop) {
      const ms = await step(client).catch(() => null);
      if (!measuring) continue;
      if (ms !== null) latencies.push(ms);
      else errors++;
    }
  };
  const loops = Array.from({ length: clients }, (_, client) => loop(client));
  await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
  measuring = true;
  const began = performance.now();
  const cpuBefore = cpuTimeMs(pid);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const cpuAfter = cpuTimeMs(pid);
  const elapsed = (performance.now() - began) / 1000;
  stop = true;
  await Promise.all(loops);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    cpuMs: (cpuAfter - cpuBefore) / Math.max(1, latencies.length + errors),
  };
}

interface Journey {
  id: string;
  turn: number;
  ended: boolean;
}

/** Stores `count` journeys, each just begun, in a fresh database for the server to open. */
async function storeJourneys(dataDir: string, count: number): Promise<Journey[]> {
  const store = createSqliteStore({ path: join(dataDir, DATABASE_FILE), cacheSize: 0 });
  const journeys: Journey[] = [];
  const at = new Date().toISOString();
  for (let from = 0; from < count; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, count - from) }, (_, index) => {
      const id = randomUUID();
      journeys.push({ id, turn: 1, ended: false });
      const state = startStory(`stored ${from + index}`);
      return store.createJourney(
        { id, visitor, state, variants: {}, costUsd: 0, createdAt: at, updatedAt: at },
        [{ type: 'journey-started', journeyId: id, visitor, at, variants: {}, data: {} }],
      );
    });
    await Promise.all(batch);
  }
  await store.close();
  return journeys;
}

/** The app server and a way to answer turns on it, keeping journeys between rounds. */
async function appUnderLoad(env: Record<string, string> = {}) {
  const existing: Journey[] = [];
  const server = await startAppServer(SERVER_BUNDLE, env, async (dataDir) => {
    if (stored > 0) existing.push(...(await storeJourneys(dataDir, stored)));
  });
  const url = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: heavyClients });
  let seedCounter = 0;
  const startJourney = async (): Promise<Journey> => {
    const reply = await post(
      agent,
      url,
      '/api/journeys',
      JSON.stringify({ seed: `load ${seedCounter++}` }),
    );
    const body = JSON.parse(reply.body) as { journey: { id: string } };
    return { id: body.journey.id, turn: 1, ended: false };
  };
  /** One answer; the reply's text, or null when it was not a 200. */
  const answer = async (journey: Journey): Promise<{ ms: number; body: string | null }> => {
    const turn = journey.turn + 1;
    const { ms, value: reply } = await timed(() =>
      post(
        agent,
        url,
        `/api/journeys/${journey.id}/turns`,
        JSON.stringify({ turn, answer: turn % 3 === 0 ? 'no' : 'yes' }),
      ),
    );
    if (reply.status !== 200) return { ms, body: null };
    journey.turn = turn;
    return { ms, body: reply.body };
  };
  const ended = (body: string) =>
    (JSON.parse(body) as { beat: { ending: string | null } }).beat.ending !== null;
  // Without stored journeys each client plays one journey to its end, then begins another;
  // with them, each client answers a random one of its share of the stored journeys.
  const current = new Map<number, Journey>();
  const shares = (clients: number): Journey[][] =>
    Array.from({ length: clients }, (_, client) =>
      existing.filter((journey, index) => !journey.ended && index % clients === client),
    );
  const load = (clients: number) => {
    const own = stored > 0 ? shares(clients) : [];
    return drive(clients, server.child.pid, async (client) => {
      let journey: Journey | undefined;
      if (stored > 0) {
        const mine = own[client] ?? [];
        // A client whose stored journeys have all ended begins another, and goes on.
        if (mine.length === 0) {
          const begun = await startJourney();
          mine.push(begun);
          existing.push(begun);
        }
        journey = mine[Math.floor(Math.random() * mine.length)];
        if (journey === undefined) return null;
      } else {
        journey = current.get(client) ?? (await startJourney());
        current.set(client, journey);
      }
      // Only the answer is timed: beginning a journey is not a turn.
      const { ms, body } = await answer(journey);
      if (body === null) return null;
      if (ended(body)) {
        journey.ended = true;
        if (stored > 0) {
          const mine = own[client] ?? [];
          mine.splice(mine.indexOf(journey), 1);
        } else current.delete(client);
      }
      return ms;
    });
  };
  return {
    load,
    /** A real turn's response, for the bare server to send. */
    capture: async () => (await answer(await startJourney())).body ?? '{}',
    stop: async () => {
      agent.destroy();
      await server.stop();
    },
  };
}

const BARE_SERVER = `
const http = require('node:http');
const payload = process.env.TURN_RESPONSE;
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    response.end(payload);
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

async function bareUnderLoad(response: string) {
  const server = await startProcess(['-e', BARE_SERVER], { TURN_RESPONSE: response });
  const url = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: heavyClients });
  return {
    load: (clients: number) =>
      drive(clients, server.child.pid, async () => {
        const { ms, value: reply } = await timed(() =>
          post(agent, url, '/turn', JSON.stringify({ turn: 2, answer: 'yes' })),
        );
        return reply.status === 200 ? ms : null;
      }),
    stop: async () => {
      agent.destroy();
      await server.stop();
    },
  };
}

await buildServer({ ifStale: true });
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log(
  `API load: ${heavyClients} and ${lightClients} clients, ${rounds} rounds of app and bare interleaved, ${warmup}s warm-up + ${seconds}s each, ${stored > 0 ? `turns on random ones of ${stored.toLocaleString('en-GB')} stored journeys` : 'each client playing journeys through'}, node ${process.version}, load average ${load()}`,
);
const app = await appUnderLoad();
const bare = rollupsBaseline
  ? await appUnderLoad({ INSIGHTS_ROLLUPS: 'false' })
  : await bareUnderLoad(await app.capture());
const baselineName = rollupsBaseline ? 'no rollups' : 'bare node:http';
const line = (name: string, result: Result) =>
  `${name.padEnd(16)} ${Math.round(result.perSecond).toLocaleString('en-GB').padStart(7)} req/s   p50 ${result.p50.toFixed(2).padStart(6)} ms   p99 ${result.p99.toFixed(2).padStart(6)} ms   CPU ${result.cpuMs.toFixed(3)} ms/request   errors ${result.errors}`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ratios = new Map<number, { throughput: number[]; p99: number[]; cpu: number[] }>();
try {
  for (let round = 1; round <= rounds; round++) {
    for (const clients of [heavyClients, lightClients]) {
      // Odd rounds the app first, even rounds the baseline first.
      const appFirst = round % 2 === 1;
      const ofFirst = await (appFirst ? app : bare).load(clients);
      const ofSecond = await (appFirst ? bare : app).load(clients);
      const [ofApp, ofBare] = appFirst ? [ofFirst, ofSecond] : [ofSecond, ofFirst];
      const kept = ratios.get(clients) ?? { throughput: [], p99: [], cpu: [] };
      kept.throughput.push(ofApp.perSecond / ofBare.perSecond);
      kept.p99.push(ofApp.p99 / ofBare.p99);
      kept.cpu.push(ofApp.cpuMs / ofBare.cpuMs);
      ratios.set(clients, kept);
      console.log(
        `round ${round}, ${clients} clients, ${appFirst ? 'app' : baselineName} first (load average ${load()})`,
      );
      console.log(`  ${line('turns', ofApp)}`);
      console.log(`  ${line(baselineName, ofBare)}`);
    }
  }
} finally {
  await app.stop();
  await bare.stop();
}
for (const [clients, kept] of ratios) {
  const targets = rollupsBaseline
    ? { throughput: '>= 0.9', p99: 'none' }
    : { throughput: '>= 0.25', p99: `<= 3 at ${heavyClients}` };
  console.log(
    `${clients} clients: app/${rollupsBaseline ? 'no rollups' : 'bare'} throughput median ${median(kept.throughput).toFixed(3)}x (${kept.throughput.map((r) => r.toFixed(3)).join(', ')}; target ${targets.throughput}), p99 median ${median(kept.p99).toFixed(2)}x (${kept.p99.map((r) => r.toFixed(2)).join(', ')}; target ${targets.p99}), CPU per request median ${median(kept.cpu).toFixed(3)}x (${kept.cpu.map((r) => r.toFixed(3)).join(', ')})`,
  );
}
