/**
 * Router overhead: the same streamed OpenAI SDK call to a local fake upstream, made directly
 * (the vendor SDK, through the provider module that wraps it) and through the narrator router
 * (prompt building, breaker, budget, beat validation, the first-sentence gate). Each arm makes the
 * same number of calls per round, in alternating rounds of one run, at 1 and at 10 concurrent
 * callers. Prints time to the first word and total time, p50 and p99, and what the router adds.
 * Target: at most 1 ms p50 and 3 ms p99 added.
 *
 * Then fallback: the first narrator answers 503 and a second is configured; the routed call is
 * timed against calling the second directly. Target: within 2x at p50.
 *
 *   npm run ai:benchmark [-- --calls 500 --rounds 3 --concurrency 1,10]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createNarratorRouter } from '../packages/narrators/src/index';
import { createOpenAIProvider } from '../packages/narrators/src/providers/openai-provider';
import { buildPrompt, planNextBeat, startStory } from '../packages/story/src/index';
import { startProcess } from './server-process';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '1,10' },
  },
});
const callsPerRound = Number(values.calls);
const rounds = Number(values.rounds);
const concurrencies = values.concurrency.split(',').map(Number);

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

/** A streamed call that reports each piece of text to `onDelta`. */
type Call = (onDelta: () => void) => Promise<unknown>;

interface Timings {
  first: number[];
  total: number[];
}

/** `calls` calls of `call`, `concurrency` at a time: time to the first delta, and in all. */
async function measure(call: Call, calls: number, concurrency: number): Promise<Timings> {
  const timings: Timings = { first: [], total: [] };
  let left = calls;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left > 0) {
        left--;
        const started = performance.now();
        let first: number | undefined;
        await call(() => {
          first ??= performance.now();
        });
        const done = performance.now();
        timings.total.push(done - started);
        timings.first.push((first ?? done) - started);
      }
    }),
  );
  return timings;
}

/** Both calls warmed up (and the connection pool), then the same number of each, in turn. */
async function alternate(a: Call, b: Call, concurrency: number): Promise<[Timings, Timings]> {
  await measure(a, callsPerRound / 5, concurrency);
  await measure(b, callsPerRound / 5, concurrency);
  const timed: [Timings, Timings] = [
    { first: [], total: [] },
    { first: [], total: [] },
  ];
  for (let round = 0; round < rounds; round++) {
    for (const [index, call] of [a, b].entries()) {
      const { first, total } = await measure(call, callsPerRound, concurrency);
      timed[index]?.first.push(...first);
      timed[index]?.total.push(...total);
    }
  }
  return timed;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${value.toFixed(3)} ms`;
const line = (name: string, timings: Timings) => {
  console.log(
    `  ${name.padEnd(9)} ${timings.total.length.toString().padStart(6)} calls   first word p50 ${ms(percentile(timings.first, 50))} p99 ${ms(percentile(timings.first, 99))}   total p50 ${ms(percentile(timings.total, 50))} p99 ${ms(percentile(timings.total, 99))}`,
  );
};

const direct: Call = (onDelta) => provider.stream(request, { onDelta });
const routed: Call = (onDelta) => router.narrate(state, plan, { onDelta });

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
const fallback: Call = (onDelta) => fallbackRouter.narrate(state, plan, { onDelta });

console.log(
  `router overhead: streamed OpenAI SDK calls to a loopback fake, ${callsPerRound} calls per arm in each of ${rounds} alternating rounds`,
);
try {
  for (const concurrency of concurrencies) {
    console.log(`${concurrency} concurrent caller${concurrency === 1 ? '' : 's'}:`);
    const [directTimes, routedTimes] = await alternate(direct, routed, concurrency);
    line('direct', directTimes);
    line('router', routedTimes);
    const added = (p: number) =>
      percentile(routedTimes.total, p) - percentile(directTimes.total, p);
    console.log(
      `  added by the router: total p50 ${ms(added(50))} (target <= 1), p99 ${ms(added(99))} (target <= 3)`,
    );
    const [secondTimes, fallbackTimes] = await alternate(direct, fallback, concurrency);
    line('second', secondTimes);
    line('fallback', fallbackTimes);
    const ratio = (p: number) =>
      (percentile(fallbackTimes.total, p) / percentile(secondTimes.total, p)).toFixed(2);
    console.log(
      `  fallback after a 503 / the second narrator called directly: total p50 ${ratio(50)}x (target <= 2), p99 ${ratio(99)}x`,
    );
  }
} finally {
  await down.stop();
  await upstream.stop();
}

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
console.log(
  `router's own time per call (no network): p50 ${ms(percentile(own, 50))}, p99 ${ms(percentile(own, 99))}`,
);
