/**
 * The API with an AI narrator configured (a fake OpenAI-compatible server on loopback): the
 * narrator's name reaches the reader, costs and attempts are recorded, a failing provider falls
 * back to the storyteller, and the key never leaves the server.
 */
import type { FakeUpstream } from '@liminal/narrators/testing';
import { DEFAULT_BEAT, startFakeOpenAI } from '@liminal/narrators/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from './node/test-server';
import { fakeNarratorConfig } from './testing/fake-narrator';
import { startTestServer } from './node/test-server';
import { READER_COOKIE } from './testing/reader';

const SECRET = 'sk-test-secret-do-not-leak';
let upstream: FakeUpstream;
let server: TestServer;

beforeAll(async () => {
  upstream = await startFakeOpenAI();
  server = await startTestServer({
    CUSTOM_API_KEY: SECRET,
    AI_PROVIDER_CONFIG: fakeNarratorConfig(upstream.url, {
      timeoutMs: 1000,
      apiKeyEnv: 'CUSTOM_API_KEY',
    }),
  });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.setDefault({});
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...READER_COOKIE, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('narration by a configured AI provider', () => {
  it('narrates with the provider, names it, and records usage and cost', async () => {
    upstream.script({ usage: { input: 600, output: 30 } });
    const started = await post('/api/journeys', { seed: 'ai narrated' });
    expect(started.status).toBe(201);
    const body = JSON.parse(started.text) as {
      beat: { text: string; narrator: string };
      journey: { id: string };
    };
    expect(body.beat).toMatchObject({ text: DEFAULT_BEAT, narrator: 'local-llama' });
    expect(started.text).not.toContain(SECRET);
    expect(upstream.requests.at(-1)?.headers.authorization).toBe(`Bearer ${SECRET}`);

    const served = await server.app.store.listEvents({
      journeyId: body.journey.id,
      type: 'journey-started',
    });
    expect(served[0]?.data).toMatchObject({
      narrator: 'local-llama',
      model: 'gpt-4o-mini',
      fallback: false,
      inputTokens: 600,
      outputTokens: 30,
    });
    const expected = (600 * 0.15 + 30 * 0.6) / 1e6;
    expect(served[0]?.data['costUsd']).toBeCloseTo(expected, 12);
    expect((await server.app.store.getJourney(body.journey.id))?.costUsd).toBeCloseTo(expected, 12);
  });

  it('shares an AI-narrated journey in the words the AI wrote, not a retelling', async () => {
    const started = JSON.parse((await post('/api/journeys', { seed: 'shared ai story' })).text) as {
      journey: { id: string; replay: string };
    };
    const token = encodeURIComponent(started.journey.replay);
    const get = async (path: string) =>
      JSON.parse(await (await fetch(`${server.url}${path}`)).text()) as {
        story: { beats: { text: string; narrator: string }[] };
      };
    const shared = await get(`/api/journeys/${started.journey.id}/story?replay=${token}`);
    expect(shared.story.beats).toEqual([
      expect.objectContaining({ text: DEFAULT_BEAT, narrator: 'local-llama' }),
    ]);
    // The token alone is a retelling by the built-in storyteller: not what the reader read.
    const retold = await get(`/api/replays/${token}`);
    expect(retold.story.beats[0]?.text).not.toBe(DEFAULT_BEAT);
  });

  it('falls back to the storyteller when the provider is down, and keeps the trail', async () => {
    const started = JSON.parse((await post('/api/journeys', { seed: 'provider down' })).text) as {
      journey: { id: string };
    };
    upstream.setDefault({ status: 503 });
    const turn = await post(`/api/journeys/${started.journey.id}/turns`, {
      turn: 2,
      answer: 'yes',
    });
    expect(turn.status).toBe(200);
    expect(JSON.parse(turn.text)).toMatchObject({ beat: { turn: 2, narrator: 'storyteller' } });
    const events = await server.app.store.listEvents({ journeyId: started.journey.id });
    const trail = events.filter(
      (event) => event.type === 'narration-attempted' && event.data['turn'] === 2,
    );
    expect(
      trail.map((event) => `${String(event.data['provider'])}:${String(event.data['outcome'])}`),
    ).toEqual(['local-llama:failed', 'storyteller:ok']);
    expect(trail[0]?.data).toMatchObject({ reason: 'server-error', statusCode: 503 });
    const served = events.find((event) => event.type === 'beat-served' && event.data['turn'] === 2);
    expect(served?.data).toMatchObject({ narrator: 'storyteller', fallback: true });
  });

  it('streams only the accepted beat when the provider breaks mid-stream', async () => {
    const started = JSON.parse((await post('/api/journeys', { seed: 'cut stream' })).text) as {
      journey: { id: string };
    };
    upstream.script({ cutAfter: 4 });
    const turn = await post(
      `/api/journeys/${started.journey.id}/turns`,
      { turn: 2, answer: 'no' },
      { accept: 'text/event-stream' },
    );
    const blocks = turn.text.trim().split('\n\n');
    const deltas = blocks
      .filter((block) => block.startsWith('event: delta'))
      .map(
        (block) => (JSON.parse(block.split('\n')[1]?.slice(6) ?? '{}') as { text: string }).text,
      );
    const final = JSON.parse(blocks.at(-1)?.split('\n')[1]?.slice(6) ?? '{}') as {
      beat: { text: string; narrator: string };
    };
    expect(final.beat.narrator).toBe('storyteller');
    expect(deltas.join('')).toBe(final.beat.text);
    expect(final.beat.text).not.toContain(DEFAULT_BEAT.split(' ').slice(0, 4).join(' '));
  });
});
