/**
 * Moderation in the router: a beat the moderator blocks is treated like an invalid one (the
 * router moves on, the storyteller last) and no word of it reaches the reader, streamed or not.
 * The local moderator and Comprehend (official SDK, fake on loopback) as configured in use.
 */
import { comprehendCostUsd, createLocalModerator, createModeration } from '@liminal/moderation';
import { createComprehendModerator } from '@liminal/moderation/comprehend';
import type { FakeComprehend } from '@liminal/moderation/testing';
import { startFakeComprehend } from '@liminal/moderation/testing';
import type { BeatPlan, StoryState } from '@liminal/story';
import { planNextBeat, startStory } from '@liminal/story';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnthropicProvider } from '../providers/anthropic-provider';
import { createOpenAIProvider } from '../providers/openai-provider';
import { startFakeAnthropic } from '../testing/fake-anthropic';
import { startFakeOpenAI } from '../testing/fake-openai';
import type { FakeUpstream } from '../testing/fake-upstream';
import { DEFAULT_BEAT } from '../testing/fake-upstream';
import type { BeatModeration, RouterOptions } from './narrator-router';
import { createNarratorRouter } from './narrator-router';

let openai: FakeUpstream;
let anthropic: FakeUpstream;
let comprehend: FakeComprehend;
let state: StoryState;
let plan: BeatPlan;
const local = createLocalModerator();

beforeAll(async () => {
  openai = await startFakeOpenAI();
  anthropic = await startFakeAnthropic();
  comprehend = await startFakeComprehend();
  state = startStory('router moderation');
  plan = planNextBeat(state, 'yes');
});
afterAll(async () => {
  await Promise.all([openai.close(), anthropic.close(), comprehend.close()]);
});
beforeEach(() => {
  openai.reset();
  anthropic.reset();
});

const offline = createModeration({
  moderators: [{ moderator: local, timeoutMs: 1000 }],
  fallback: local,
});
const withComprehend = () =>
  createModeration({
    moderators: [
      { moderator: local, timeoutMs: 1000 },
      {
        moderator: createComprehendModerator({
          region: 'eu-west-1',
          endpoint: comprehend.url,
          credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
        }),
        timeoutMs: 1000,
      },
    ],
    fallback: local,
  });

function optionsFor(moderation: BeatModeration): RouterOptions {
  return {
    entries: [
      {
        provider: createOpenAIProvider({
          apiKey: 'sk-test',
          baseURL: `${openai.url}/v1`,
          model: 'gpt-4o-mini',
        }),
        timeoutMs: 5000,
        maxRetries: 0,
      },
      {
        provider: createAnthropicProvider({
          apiKey: 'sk-ant',
          baseURL: anthropic.url,
          model: 'claude-3-haiku-20240307',
        }),
        timeoutMs: 5000,
        maxRetries: 0,
      },
    ],
    moderation,
    sleep: () => Promise.resolve(),
  };
}

const router = (moderation: BeatModeration) => createNarratorRouter(optionsFor(moderation));

async function narrate(moderation: BeatModeration, streamed = true) {
  const deltas: string[] = [];
  const beat = await router(moderation).narrate(
    state,
    plan,
    streamed ? { onDelta: (text) => deltas.push(text) } : {},
  );
  const outcomes = beat.attempts.map((attempt) =>
    [attempt.provider, attempt.outcome, attempt.reason].filter(Boolean).join(':'),
  );
  return { beat, shown: deltas.join(''), outcomes };
}

const opening = 'You feel the bus shudder over the bridge, and Mara looks up from her book.';

describe('the router with moderation', () => {
  it('pays for moderation from the journey budget', async () => {
    // A moderator that costs a dollar a beat and blocks it: the next narrator would overrun a
    // half-dollar journey budget, so the storyteller speaks.
    const costly: BeatModeration = {
      allLocal: false,
      checkNow: () => null,
      check: () =>
        Promise.resolve({
          blocked: true,
          categories: ['insult'],
          moderator: 'stub',
          failures: [],
          outage: false,
          costUsd: 1,
        }),
    };
    const budgeted = createNarratorRouter({
      ...optionsFor(costly),
      budgets: { perJourneyUsd: 0.5 },
    });
    const beat = await budgeted.narrate(state, plan);
    expect(
      beat.attempts.map(
        (attempt) => `${attempt.provider}:${attempt.outcome}:${attempt.reason ?? ''}`,
      ),
    ).toEqual([
      'openai:blocked:moderation: insult (stub)',
      'anthropic:skipped:budget',
      'storyteller:ok:',
    ]);
    expect(beat.moderationCostUsd).toBe(1);
  });

  it('moves on from a beat the local moderator blocks', async () => {
    openai.script({ text: `${opening} Do you ask her what the shit is going on?` });
    const { beat, outcomes } = await narrate(offline, false);
    expect(beat.narration).toMatchObject({ text: DEFAULT_BEAT, narrator: 'anthropic' });
    expect(outcomes).toEqual(['openai:blocked:moderation: profanity (local)', 'anthropic:ok']);
  });

  it('does not show a streamed first sentence that the moderator blocks', async () => {
    openai.script({
      text: 'You feel the shit bus shudder over the bridge. Do you stay?',
      chunkDelayMs: 5,
    });
    const { shown, outcomes } = await narrate(offline);
    expect(shown).toBe(DEFAULT_BEAT);
    expect(shown).not.toContain('shit');
    expect(outcomes[0]).toBe('openai:blocked:moderation: profanity (local)');
  });

  it('keeps a clean first sentence already shown, and has the next narrator continue it', async () => {
    openai.script({
      text: `${opening} Do you ask her what the shit is going on?`,
      chunkDelayMs: 5,
    });
    anthropic.script({ text: 'Do you ask her where she is going?' });
    const { beat, shown } = await narrate(offline);
    expect(beat.narration.text).toBe(`${opening} Do you ask her where she is going?`);
    expect(shown).toBe(beat.narration.text);
    expect(JSON.stringify(anthropic.requests.at(-1)?.body)).toContain('already read its first');
  });

  it('blocks what only Comprehend finds, and shows nothing before the whole beat has passed', async () => {
    openai.script({ text: `${opening} Do you call her an imbecile?`, chunkDelayMs: 5 });
    const { beat, shown, outcomes } = await narrate(withComprehend());
    expect(beat.narration.narrator).toBe('anthropic');
    expect(shown).toBe(DEFAULT_BEAT);
    expect(outcomes[0]).toBe('openai:blocked:moderation: toxicity,insult (comprehend)');
    // Both beats were sent to Comprehend, and paid for, apart from narration's cost.
    expect(beat.moderationCostUsd).toBeCloseTo(
      comprehendCostUsd(`${opening} Do you call her an imbecile?`) +
        comprehendCostUsd(DEFAULT_BEAT),
      10,
    );
  });

  it('treats a beat Comprehend could not judge as blocked, and asks no other narrator', async () => {
    comprehend.script(
      ...Array.from({ length: 2 }, () => ({
        error: { type: 'InternalServerException', status: 500 },
      })),
    );
    const askedBefore = anthropic.requests.length;
    const { beat, outcomes } = await narrate(withComprehend());
    expect(beat.narration.narrator).toBe('storyteller');
    // Anthropic is not paid for a beat the moderator could not have judged either.
    expect(outcomes).toEqual([
      'openai:blocked:moderation unavailable: comprehend: unavailable',
      'storyteller:ok',
    ]);
    expect(anthropic.requests).toHaveLength(askedBefore);
  });
});
