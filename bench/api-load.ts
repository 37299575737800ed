/**
 * Load benchmark: N concurrent clients answer turns against the real server (production bundle,
 * SQLite), then the same clients hit a bare Node HTTP server in the same run, for a ratio that
 * survives a noisy machine. Prints turns/s and p50/p99 latency for both.
 * Targets on a 2-core machine: at least 3,000 turns/s and p99 under 20 ms at 100 clients.
 *
 *   npm run bench:api [-- --clients 100 --seconds 10]
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SERVER_BUNDLE, buildServer } from '../scripts/build.mjs';
import { startAppServer, startProcess } from './server-process';
import { READER_COOKIE } from '../services/api/src/testing/reader';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '100' },
    'light-clients': { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
  },
});
let clients = Number(values.clients);
const lightClients = Number(values['light-clients']);
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);

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
}

/** Runs `clients` loops of `step` for warmup + seconds; only the measured window counts. */
async function drive(step: (client: number) => Promise<boolean>): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let stop = false;
  const loop = async (client: number) => {
    while (!stop) {
      const started = performance.now();
      const ok = await step(client).catch(() => false);
      if (!measuring) continue;
      if (ok) latencies.push(performance.now() - started);
      else errors++;
    }
  };
  const loops = Array.from({ length: clients }, (_, client) => loop(client));
  await new Promise((resolve) => setTimeout(resolve, warmup * 1000));
  measuring = true;
  const began = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  measuring = false;
  const elapsed = (performance.now() - began) / 1000;
  stop = true;
  await Promise.all(loops);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

async function benchApp(): Promise<Result> {
  const server = await startAppServer(SERVER_BUNDLE);
  const url = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const journeys = new Map<number, { id: string; turn: number }>();
  let seedCounter = 0;
  const startJourney = async (client: number) => {
    const reply = await post(
      agent,
      url,
      '/api/journeys',
      JSON.stringify({ seed: `load ${seedCounter++}` }),
    );
    const body = JSON.parse(reply.body) as { journey: { id: string } };
    journeys.set(client, { id: body.journey.id, turn: 1 });
  };
  try {
    const result = await drive(async (client) => {
      let journey = journeys.get(client);
      if (journey === undefined) {
        await startJourney(client);
        journey = journeys.get(client);
        if (journey === undefined) return false;
      }
      const turn = journey.turn + 1;
      // Only the answer itself is timed by `drive`; starts happen on the untimed path above.
      const reply = await post(
        agent,
        url,
        `/api/journeys/${journey.id}/turns`,
        JSON.stringify({ turn, answer: turn % 3 === 0 ? 'no' : 'yes' }),
      );
      if (reply.status !== 200) return false;
      const body = JSON.parse(reply.body) as { beat: { ending: string | null } };
      journey.turn = turn;
      if (body.beat.ending !== null) journeys.delete(client);
      return true;
    });
    return result;
  } finally {
    agent.destroy();
    await server.stop();
  }
}

const BARE_SERVER = `
const http = require('node:http');
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const payload = JSON.stringify({ ok: true, received: body.length });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    response.end(payload);
  });
});
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

async function benchBare(): Promise<Result> {
  const server = await startProcess(['-e', BARE_SERVER], {});
  const url = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  try {
    return await drive(async () => {
      const reply = await post(agent, url, '/turn', JSON.stringify({ turn: 2, answer: 'yes' }));
      return reply.status === 200;
    });
  } finally {
    agent.destroy();
    await server.stop();
  }
}

await buildServer({ ifStale: true });
console.log(
  `API load: ${clients} concurrent clients, ${warmup}s warm-up, ${seconds}s measured, node ${process.version}`,
);
const app = await benchApp();
const bare = await benchBare();
const heavy = clients;
clients = lightClients;
const light = await benchApp();
clients = heavy;
const line = (name: string, result: Result) => {
  console.log(
    `${name.padEnd(26)} ${Math.round(result.perSecond).toLocaleString('en-GB').padStart(8)} req/s   p50 ${result.p50.toFixed(2)} ms   p99 ${result.p99.toFixed(2)} ms   errors ${result.errors}`,
  );
};
line(`turns, ${heavy} clients`, app);
line(`bare node:http, ${heavy} clients`, bare);
line(`turns, ${lightClients} clients`, light);
console.log(
  `app/bare throughput ${(app.perSecond / bare.perSecond).toFixed(2)}; targets at ${heavy} clients: >= 3,000 turns/s (${(app.perSecond / 3000).toFixed(2)}x), p99 < 20 ms (${app.p99 < 20 ? 'met' : 'missed'})`,
);
// With N requests always in flight, mean latency is N / throughput (Little's law).
console.log(
  `Little's law floor at ${heavy} clients: mean latency >= ${((heavy / app.perSecond) * 1000).toFixed(1)} ms at this throughput`,
);
