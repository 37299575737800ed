/**
 * Time to the first visible word of an AI-narrated beat: streamed (the first sentence released
 * as soon as it stands on its own) against buffered (the whole beat released once accepted, as
 * the router did before). Both are read from the same calls: the first delta is when a streamed
 * reader sees a word, and the call's end is when a buffered reader would, since the buffered
 * path released everything at acceptance. The fake OpenAI server paces its stream like a hosted
 * model: a delay before the first token, then a word every few milliseconds.
 *
 *   npm run bench:first-word [-- --calls 20 --first-token-ms 400 --word-ms 17]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createNarratorRouter } from '../packages/narrators/src/index';
import { createOpenAIProvider } from '../packages/narrators/src/providers/openai-provider';
import { startFakeOpenAI } from '../packages/narrators/src/testing/index';
import { planNextBeat, startStory } from '../packages/story/src/index';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '20' },
    'first-token-ms': { type: 'string', default: '400' },
    // About 75 tokens a second, a word being about 1.3 tokens.
    'word-ms': { type: 'string', default: '17' },
  },
});
const calls = Number(values.calls);
const firstTokenMs = Number(values['first-token-ms']);
const wordMs = Number(values['word-ms']);

const BEATS = {
  'second-person opening':
    'You feel the bus shudder over the bridge, and Mara looks up from her book with a tired smile. Do you ask her where she is going tonight?',
  // A first sentence without "you" does not stand alone, so nothing is shown early.
  'third-person opening':
    'The bus shudders over the bridge, and Mara looks up from her book with a tired smile. Do you ask her where she is going tonight?',
};

const upstream = await startFakeOpenAI();
const provider = createOpenAIProvider({
  apiKey: 'sk-bench',
  baseURL: `${upstream.url}/v1`,
  model: 'gpt-4o-mini',
});
const router = createNarratorRouter({ entries: [{ provider, timeoutMs: 10_000, maxRetries: 0 }] });
const state = startStory('first word');
const plan = planNextBeat(state, 'yes');

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

console.log(
  `time to first visible word, ${calls} calls each, first token after ${firstTokenMs} ms, a word every ${wordMs} ms`,
);
for (const [label, text] of Object.entries(BEATS)) {
  upstream.setDefault({ text, delayMs: firstTokenMs, chunkDelayMs: wordMs });
  const streamed: number[] = [];
  const buffered: number[] = [];
  for (let call = 0; call < calls; call++) {
    const started = performance.now();
    let first: number | undefined;
    await router.narrate(state, plan, {
      onDelta: () => {
        first ??= performance.now() - started;
      },
    });
    buffered.push(performance.now() - started);
    streamed.push(first ?? NaN);
  }
  const [now, then] = [median(streamed), median(buffered)];
  console.log(
    `${label.padEnd(24)} streamed ${now.toFixed(0).padStart(5)} ms, buffered ${then.toFixed(0).padStart(5)} ms: ${(now / then).toFixed(2)}x`,
  );
}
await upstream.close();
