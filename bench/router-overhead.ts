/**
 * Router overhead: the same OpenAI SDK call to a local fake upstream, made directly and through
 * the narrator router (prompt building, breaker, budget, beat validation, the first-sentence gate), in
 * alternating rounds of one run under concurrency. Prints the p50 and p99 the router adds.
 * Target: at most 1 ms p50 and 3 ms p99 added.
 *
 * Then fallback: the first narrator answers 503 and a second is configured; the routed call is
 * timed against calling the second directly. Target: within 2x at p50.
 *
 *   npm run ai:benchmark [-- --concurrency 10 --seconds 3 --rounds 3]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createNarratorRouter } from '../packages/narrators/src/index';
import { createOpenAIProvider } from '../packages/narrators/src/providers/openai-provider';
import { buildPrompt, planNextBeat, startStory } from '../packages/story/src/index';
import { startProcess } from './server-process';

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
  },
});
const concurrency = Number(values.concurrency);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);

// The fake upstream runs in its own process (and so on the other core).
const upstream = await startProcess(['--import', 'tsx', 'bench/fake-upstream-process.ts'], {});
const provider = createOpenAIProvider({
  apiKey: 'sk-bench',
  baseURL: `${upstream.url}/v1`,
  model: 'gpt-4o-mini',
});
const router = createNarratorRouter({ entries: [{ provider, timeoutMs: 5000, maxRetries: 1 }] });
const state = startStory('router overhead');
const plan = planNextBeat(state, 'yes');
const prompt = buildPrompt(state, plan);
const request = { system: prompt.system, prompt: prompt.user, maxOutputTokens: 120 };

async function measure(call: () => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        await call();
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const direct = () => provider.stream(request, { onDelta: () => undefined });
const routed = () => router.narrate(state, plan, { onDelta: () => undefined });

/** Both calls warmed up (and the connection pool), then timed in alternating rounds. */
async function alternate(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number[], number[]]> {
  await measure(a);
  await measure(b);
  const timed: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    timed[0].push(...(await measure(a)));
    timed[1].push(...(await measure(b)));
  }
  return timed;
}

const [directAll, routedAll] = await alternate(direct, routed);

// Fallback: a narrator that answers 503 first in the chain, the healthy one second.
const down = await startProcess(['--import', 'tsx', 'bench/fake-upstream-process.ts'], {
  FAKE_STATUS: '503',
});
const failing = createOpenAIProvider({
  apiKey: 'sk-bench',
  baseURL: `${down.url}/v1`,
  model: 'gpt-4o-mini',
});
const fallbackRouter = createNarratorRouter({
  entries: [
    { provider: failing, timeoutMs: 5000, maxRetries: 2 },
    { provider, timeoutMs: 5000, maxRetries: 1 },
  ],
  // The failing narrator's breaker would open after five failures and hide the cost measured.
  breaker: { failureThreshold: Number.MAX_SAFE_INTEGER, cooldownMs: 30_000 },
});
const fallback = () => fallbackRouter.narrate(state, plan, { onDelta: () => undefined });
const [secondAll, fallbackAll] = await alternate(direct, fallback);
await down.stop();
await upstream.stop();

// The router's own cost, without any network: a provider that answers at once, called in turn.
const instantBeat = {
  text: 'You hear the bus sigh to a stop. Do you step down into the rain?',
  usage: { inputTokens: 400, outputTokens: 20 },
  model: 'gpt-4o-mini',
};
const instant = createNarratorRouter({
  entries: [
    {
      provider: {
        ...provider,
        name: 'instant',
        generate: () => Promise.resolve(instantBeat),
        stream: (_request, { onDelta }) => {
          for (const word of instantBeat.text.split(/(?<= )/u)) onDelta(word);
          return Promise.resolve(instantBeat);
        },
      },
      timeoutMs: 5000,
      maxRetries: 0,
    },
  ],
});
const own: number[] = [];
for (let index = 0; index < 20_000; index++) {
  const started = performance.now();
  await instant.narrate(state, plan, { onDelta: () => undefined });
  own.push(performance.now() - started);
}
own.sort((a, b) => a - b);

directAll.sort((a, b) => a - b);
routedAll.sort((a, b) => a - b);
const line = (name: string, sorted: number[]) => {
  console.log(
    `${name.padEnd(8)} ${sorted.length.toString().padStart(7)} calls   p50 ${percentile(sorted, 50).toFixed(3)} ms   p99 ${percentile(sorted, 99).toFixed(3)} ms`,
  );
};
console.log(
  `router overhead: ${concurrency} concurrent callers, ${rounds} alternating rounds of ${seconds}s, streamed OpenAI SDK calls to a loopback fake`,
);
line('direct', directAll);
line('router', routedAll);
const addedP50 = percentile(routedAll, 50) - percentile(directAll, 50);
const addedP99 = percentile(routedAll, 99) - percentile(directAll, 99);
console.log(
  `router's own time per call (no network): p50 ${percentile(own, 50).toFixed(3)} ms, p99 ${percentile(own, 99).toFixed(3)} ms`,
);
console.log(
  `fallback after a 503, against calling the second narrator directly (target p50 within 2x):`,
);
fallbackAll.sort((a, b) => a - b);
secondAll.sort((a, b) => a - b);
line('second', secondAll);
line('fallback', fallbackAll);
console.log(
  `fallback / direct: p50 ${(percentile(fallbackAll, 50) / percentile(secondAll, 50)).toFixed(2)}x, p99 ${(percentile(fallbackAll, 99) / percentile(secondAll, 99)).toFixed(2)}x`,
);
console.log(
  `added by the router: p50 ${addedP50.toFixed(3)} ms (target <= 1), p99 ${addedP99.toFixed(3)} ms (target <= 3); throughput ratio ${(routedAll.length / directAll.length).toFixed(3)}`,
);
