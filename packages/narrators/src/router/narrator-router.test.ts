/**
 * The fault matrix: the router against fake vendor servers. Every case ends in a valid beat and
 * an attempt trail that shows what happened; the breaker opens and recovers; costs match the
 * usage the servers reported; budgets move narration to cheaper providers, then the storyteller.
 */
import type { BeatPlan, StoryState } from '@liminal/story';
import { planNextBeat, startStory, validateBeat } from '@liminal/story';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { costOf } from '../pricing';
import { createAnthropicProvider } from '../providers/anthropic-provider';
import { createOpenAIProvider } from '../providers/openai-provider';
import { startFakeAnthropic } from '../testing/fake-anthropic';
import { startFakeOpenAI } from '../testing/fake-openai';
import type { FakeUpstream } from '../testing/fake-upstream';
import { DEFAULT_BEAT } from '../testing/fake-upstream';
import type { RouterOptions } from './narrator-router';
import { createNarratorRouter } from './narrator-router';

let openai: FakeUpstream;
let anthropic: FakeUpstream;
let state: StoryState;
let plan: BeatPlan;

beforeAll(async () => {
  openai = await startFakeOpenAI();
  anthropic = await startFakeAnthropic();
  state = startStory('router faults');
  plan = planNextBeat(state, 'yes');
});
afterAll(async () => {
  await openai.close();
  await anthropic.close();
});
beforeEach(() => {
  // A case whose provider was not called as often as scripted leaves nothing for the next.
  openai.reset();
  anthropic.reset();
});

const gpt = () =>
  createOpenAIProvider({ apiKey: 'sk-test', baseURL: `${openai.url}/v1`, model: 'gpt-4o-mini' });
const claude = () =>
  createAnthropicProvider({
    apiKey: 'sk-ant',
    baseURL: anthropic.url,
    model: 'claude-3-haiku-20240307',
  });

function router(overrides: Partial<RouterOptions> = {}, sleeps: number[] = []) {
  return createNarratorRouter({
    entries: [
      { provider: gpt(), timeoutMs: 400, maxRetries: 1 },
      { provider: claude(), timeoutMs: 400, maxRetries: 0 },
    ],
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...overrides,
  });
}

function outcomes(attempts: { provider: string; outcome: string; reason?: string }[]): string[] {
  return attempts.map(
    (attempt) =>
      `${attempt.provider}:${attempt.outcome}${attempt.reason ? `:${attempt.reason}` : ''}`,
  );
}

/** OpenAI as the only narrator: the last one, so it makes all its tries at once. */
const alone = (): Partial<RouterOptions> => ({
  entries: [{ provider: gpt(), timeoutMs: 400, maxRetries: 1 }],
});

async function narrate(routerInstance: ReturnType<typeof router>) {
  const deltas: string[] = [];
  const beat = await routerInstance.narrate(state, plan, { onDelta: (text) => deltas.push(text) });
  expect(validateBeat(beat.narration.text, plan.kind).reasons).toEqual([]);
  // The reader sees exactly the accepted beat, once: never a broken or doubled one.
  expect(deltas.join('')).toBe(beat.narration.text);
  return beat;
}

describe('the narrator router under faults', () => {
  it('uses the first provider when it is healthy', async () => {
    const beat = await narrate(router());
    expect(beat.narration).toMatchObject({ text: DEFAULT_BEAT, narrator: 'openai' });
    expect(beat.fallback).toBe(false);
    expect(outcomes(beat.attempts)).toEqual(['openai:ok']);
  });

  it('retries after a timeout, then succeeds', async () => {
    openai.script({ delayMs: 1000 });
    const beat = await narrate(router(alone()));
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:timeout', 'openai:ok']);
  });

  it('waits at least as long as Retry-After on 429, then succeeds', async () => {
    const sleeps: number[] = [];
    openai.script({ status: 429, retryAfter: '1' });
    const beat = await narrate(router(alone(), sleeps));
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:rate-limited', 'openai:ok']);
    expect(sleeps).toEqual([1000]);
  });

  it('moves on at once when Retry-After is longer than a reader should wait', async () => {
    const sleeps: number[] = [];
    openai.script({ status: 429, retryAfter: '30' });
    const routerInstance = router({}, sleeps);
    const beat = await narrate(routerInstance);
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:rate-limited', 'anthropic:ok']);
    expect(sleeps).toEqual([]);
    expect(routerInstance.breakerState('openai')).toBe('open');
  });

  it.each([500, 503])('retries a %i with jittered backoff', async (status) => {
    const sleeps: number[] = [];
    openai.script({ status });
    const beat = await narrate(router(alone(), sleeps));
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:server-error', 'openai:ok']);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeLessThanOrEqual(200);
  });

  it('moves on to the next narrator at once after a failure a retry could help', async () => {
    const sleeps: number[] = [];
    openai.script({ status: 503 });
    const beat = await narrate(router({}, sleeps));
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:server-error', 'anthropic:ok']);
    // No backoff waited out: the next narrator was asked straight after the failure.
    expect(sleeps).toEqual([]);
    expect(beat.fallback).toBe(true);
  });

  it('retries a narrator only once the next one has failed too', async () => {
    const sleeps: number[] = [];
    openai.script({ status: 503 });
    anthropic.script({ status: 503 });
    const beat = await narrate(router({}, sleeps));
    expect(outcomes(beat.attempts)).toEqual([
      'openai:failed:server-error',
      'anthropic:failed:server-error',
      'openai:ok',
    ]);
    // At most what is left of OpenAI's backoff (random 0.5 of 200 ms) after Anthropic's try.
    expect(sleeps.length).toBeLessThanOrEqual(1);
    expect(sleeps.every((ms) => ms > 0 && ms <= 100)).toBe(true);
    expect(beat.narration.narrator).toBe('openai');
  });

  it('retries a reset connection', async () => {
    openai.script({ reset: true });
    const beat = await narrate(router(alone()));
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:network', 'openai:ok']);
  });

  it('retries a malformed response', async () => {
    openai.script({ malformed: true });
    const beat = await narrate(router(alone()));
    expect(beat.attempts[0]?.outcome).toBe('failed');
    expect(beat.attempts.at(-1)).toMatchObject({ provider: 'openai', outcome: 'ok' });
  });

  it('replaces a provider whose stream is cut after the first tokens, showing nothing of it', async () => {
    openai.script({ cutAfter: 3 });
    anthropic.script({ text: 'The ferry horn sounds twice across the water. Do you step aboard?' });
    const beat = await narrate(router());
    expect(beat.narration).toMatchObject({
      narrator: 'anthropic',
      text: 'The ferry horn sounds twice across the water. Do you step aboard?',
    });
    expect(beat.fallback).toBe(true);
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:network', 'anthropic:ok']);
  });

  it('trims an answer with three sentences down to a valid beat', async () => {
    openai.script({
      text: 'The bus stops. The lights fade to amber. Do you step off into the rain?',
    });
    const beat = await narrate(router());
    expect(beat.narration.text).toBe('The lights fade to amber. Do you step off into the rain?');
    expect(beat.attempts[0]).toMatchObject({
      outcome: 'repaired',
      reason: 'trimmed: too-many-sentences',
    });
  });

  it('trims emoji and markup away', async () => {
    openai.script({ text: '**You smile \u{1F600}.** Do you wave at Mara?' });
    const beat = await narrate(router());
    expect(beat.narration.text).toBe('You smile. Do you wave at Mara?');
  });

  it('re-asks once when trimming cannot help, naming the broken rule', async () => {
    openai.script({ text: 'You ride on through the night without a word.' }, {});
    const before = openai.requests.length;
    const beat = await narrate(router());
    expect(outcomes(beat.attempts)).toEqual([
      'openai:invalid:no-question',
      'openai:repaired:re-asked',
    ]);
    const reask = JSON.stringify(openai.requests[before + 1]?.body);
    expect(reask).toContain('did not end with a yes/no question');
  });

  it('moves to the next provider when the repair fails too', async () => {
    openai.script({ text: 'You ride on.' }, { text: 'Still no question here.' });
    const beat = await narrate(router());
    expect(outcomes(beat.attempts)).toEqual([
      'openai:invalid:no-question',
      'openai:invalid:not-second-person,no-question',
      'anthropic:ok',
    ]);
    expect(beat.narration.narrator).toBe('anthropic');
  });

  it('does not retry a refusal, and moves on', async () => {
    openai.script({ refusal: true });
    const beat = await narrate(router());
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:refusal', 'anthropic:ok']);
  });

  it('falls back to the built-in storyteller when every provider is down', async () => {
    openai.setDefault({ status: 503 });
    anthropic.setDefault({ status: 500 });
    const beat = await narrate(router());
    expect(beat.narration.narrator).toBe('storyteller');
    expect(beat.fallback).toBe(true);
    // Each once, then OpenAI's retry (Anthropic has none), then the last resort.
    expect(outcomes(beat.attempts)).toEqual([
      'openai:failed:server-error',
      'anthropic:failed:server-error',
      'openai:failed:server-error',
      'storyteller:ok',
    ]);
  });

  it('opens the breaker after repeated failures, skips the provider, then recovers through a probe', async () => {
    let clock = 1_000_000;
    const routerInstance = createNarratorRouter({
      entries: [{ provider: gpt(), timeoutMs: 400, maxRetries: 0 }],
      breaker: { failureThreshold: 2, cooldownMs: 5000 },
      now: () => clock,
    });
    openai.setDefault({ status: 500 });
    await narrate(routerInstance);
    expect(routerInstance.breakerState('openai')).toBe('closed');
    await narrate(routerInstance);
    expect(routerInstance.breakerState('openai')).toBe('open');

    const calls = openai.requests.length;
    const skipped = await narrate(routerInstance);
    expect(outcomes(skipped.attempts)).toEqual(['openai:skipped:circuit-open', 'storyteller:ok']);
    expect(openai.requests.length).toBe(calls);

    clock += 5001;
    expect(routerInstance.breakerState('openai')).toBe('half-open');
    openai.setDefault({});
    const probe = await narrate(routerInstance);
    expect(outcomes(probe.attempts)).toEqual(['openai:ok']);
    expect(routerInstance.breakerState('openai')).toBe('closed');
  });
});

describe('streaming to the reader', () => {
  const opening = 'You feel the bus shudder over the bridge, and Mara looks up from her book.';
  const streamed = `${opening} Do you ask her where she is going?`;
  // The fake streams a word per chunk: the opening is 15 chunks, and the 16th begins the question.
  const afterOpening = 17;

  it('shows the first sentence while the rest is still being written', async () => {
    openai.script({ text: streamed, chunkDelayMs: 40 });
    const seen: { text: string; at: number }[] = [];
    const patient = router({ entries: [{ provider: gpt(), timeoutMs: 5000, maxRetries: 0 }] });
    const beat = await patient.narrate(state, plan, {
      onDelta: (text) => seen.push({ text, at: performance.now() }),
    });
    const done = performance.now();
    expect(beat.narration.text).toBe(streamed);
    expect(seen.map((delta) => delta.text).join('')).toBe(streamed);
    const shown = seen.find((delta) => delta.text.includes('book.'))?.at ?? done;
    // The question's last six words were still on their way, 40 ms apart.
    expect(done - shown).toBeGreaterThan(150);
  });

  it('asks for the continuation of the shown sentence when the stream breaks after it', async () => {
    openai.script({ text: streamed, cutAfter: afterOpening }, { text: 'Do you follow her?' });
    const beat = await narrate(router(alone()));
    expect(beat.narration.text).toBe(`${opening} Do you follow her?`);
    expect(JSON.stringify(openai.requests.at(-1)?.body)).toContain('already read its first');
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:network', 'openai:ok']);
  });

  it('asks the next narrator for the continuation when the first breaks after its opening', async () => {
    openai.script({ text: streamed, cutAfter: afterOpening });
    anthropic.script({ text: 'Do you follow her?' });
    const beat = await narrate(router());
    expect(beat.narration).toMatchObject({
      text: `${opening} Do you follow her?`,
      narrator: 'anthropic',
    });
    expect(JSON.stringify(anthropic.requests.at(-1)?.body)).toContain('already read its first');
    expect(outcomes(beat.attempts)).toEqual(['openai:failed:network', 'anthropic:ok']);
  });

  it('lets the storyteller finish a beat whose narrators all fail after its first sentence', async () => {
    openai.script({ text: streamed, cutAfter: afterOpening }, { status: 503 });
    anthropic.script({ status: 503 });
    const beat = await narrate(router());
    expect(beat.narration.narrator).toBe('storyteller');
    expect(beat.narration.text.startsWith(`${opening} `)).toBe(true);
  });

  it('keeps the shown sentence when the reply has to be trimmed', async () => {
    openai.script({
      text: 'You wait by the door. The lights fade to amber. Do you step off into the rain?',
    });
    const beat = await narrate(router());
    expect(beat.narration.text).toBe('You wait by the door. Do you step off into the rain?');
    expect(beat.attempts[0]).toMatchObject({ outcome: 'repaired' });
  });
});

describe('cost accounting', () => {
  it.each([true, false])(
    'matches the usage the server reported exactly (streaming %s)',
    async (streaming) => {
      openai.script({ usage: { input: 512, output: 33 } });
      const routerInstance = createNarratorRouter({
        entries: [
          {
            provider: createOpenAIProvider({
              apiKey: 'k',
              baseURL: `${openai.url}/v1`,
              model: 'gpt-4o-mini',
              streaming,
            }),
            timeoutMs: 400,
            maxRetries: 0,
          },
        ],
      });
      const beat = await narrate(routerInstance);
      expect(beat.usage).toEqual({ inputTokens: 512, outputTokens: 33 });
      expect(beat.costUsd).toBeCloseTo(
        costOf('gpt-4o-mini', { inputTokens: 512, outputTokens: 33 }),
        12,
      );
      expect(beat.costUsd).toBeCloseTo((512 * 0.15 + 33 * 0.6) / 1e6, 12);
      expect(routerInstance.spentToday()).toBeCloseTo(beat.costUsd, 12);
    },
  );

  it('counts every call of a turn, repairs included', async () => {
    openai.script(
      { text: 'No question.', usage: { input: 100, output: 5 } },
      { usage: { input: 150, output: 20 } },
    );
    const beat = await narrate(router());
    expect(beat.usage).toEqual({ inputTokens: 250, outputTokens: 25 });
  });
});

describe('budgets', () => {
  const expensiveThenCheap = (budgets: RouterOptions['budgets']) =>
    createNarratorRouter({
      entries: [
        {
          provider: createOpenAIProvider({
            name: 'premium',
            apiKey: 'k',
            baseURL: `${openai.url}/v1`,
            model: 'gpt-4o',
          }),
          timeoutMs: 400,
          maxRetries: 0,
        },
        {
          provider: createOpenAIProvider({
            name: 'thrifty',
            apiKey: 'k',
            baseURL: `${openai.url}/v1`,
            model: 'gpt-4o-mini',
          }),
          timeoutMs: 400,
          maxRetries: 0,
        },
      ],
      ...(budgets === undefined ? {} : { budgets }),
    });

  it('moves to a cheaper provider as the journey budget runs down, then to the storyteller', async () => {
    const routerInstance = expensiveThenCheap({ perJourneyUsd: 0.01 });
    expect(
      (await routerInstance.narrate(state, plan, { journeySpentUsd: 0 })).narration.narrator,
    ).toBe('premium');
    const cheaper = await routerInstance.narrate(state, plan, { journeySpentUsd: 0.0085 });
    expect(cheaper.narration.narrator).toBe('thrifty');
    expect(outcomes(cheaper.attempts)[0]).toBe('premium:skipped:budget');
    const spent = await routerInstance.narrate(state, plan, { journeySpentUsd: 0.01 });
    expect(outcomes(spent.attempts)).toEqual([
      'premium:skipped:budget',
      'thrifty:skipped:budget',
      'storyteller:ok',
    ]);
  });

  it('stops paid narration for the day once the day budget is spent', async () => {
    openai.setDefault({ usage: { input: 1000, output: 100 } });
    const routerInstance = expensiveThenCheap({ perDayUsd: 0.004 });
    const first = await routerInstance.narrate(state, plan);
    expect(first.narration.narrator).toBe('premium');
    const later = await routerInstance.narrate(state, plan);
    expect(later.narration.narrator).not.toBe('premium');
  });
});

describe('a story read in another language', () => {
  it('is told by the storyteller where moderation cannot read the language (the default)', async () => {
    const before = openai.requests.length;
    const story = { ...startStory('router sin moderación'), language: 'es' as const };
    const beat = await router(alone()).narrate(story, planNextBeat(story, 'yes'));
    expect(beat.narration.narrator).toBe('storyteller');
    expect(openai.requests.length).toBe(before);
  });

  const SPANISH =
    'El autobús se detiene bajo una farola que parpadea. ¿Bajas a mirar el horario pegado en la marquesina?';
  const spanish = () => {
    const story = startStory('router en español');
    return { ...story, language: 'es' as const };
  };

  it('takes an AI beat written in that language, marked with it, shown only once accepted', async () => {
    openai.script({ text: SPANISH });
    const story = spanish();
    const next = planNextBeat(story, 'yes');
    const deltas: string[] = [];
    const beat = await router({ ...alone(), aiLanguages: ['en', 'es'] }).narrate(story, next, {
      onDelta: (text) => deltas.push(text),
    });
    expect(beat.narration).toMatchObject({ text: SPANISH, narrator: 'openai', language: 'es' });
    expect(deltas.join('').trim()).toBe(SPANISH);
    // The prompt asked for Spanish.
    expect(JSON.stringify(openai.requests.at(-1)?.body)).toContain('Spanish');
  });

  it('refuses an English beat as the wrong language, and leaves the storyteller’s English unshown', async () => {
    openai.script({ text: DEFAULT_BEAT }, { text: DEFAULT_BEAT });
    const story = spanish();
    const next = planNextBeat(story, 'yes');
    const deltas: string[] = [];
    const beat = await router({ ...alone(), aiLanguages: ['en', 'es'] }).narrate(story, next, {
      onDelta: (text) => deltas.push(text),
    });
    expect(beat.narration.narrator).toBe('storyteller');
    expect(beat.narration.language).toBeUndefined();
    expect(outcomes(beat.attempts)[0]).toContain('wrong-language');
    // The caller translates the storyteller's beat; none of its English reached the reader.
    expect(deltas).toEqual([]);
  });
});
