/**
 * Content safety over real HTTP, with the default local moderator: a reader's seed it blocks is
 * refused with a stable code and a message that does not repeat it, wherever a seed enters (a
 * journey, an opening, a replay, a share link), and nothing is stored; an AI beat it blocks
 * (a fake OpenAI-compatible narrator) never reaches the reader, and the attempt is recorded by
 * moderator and category, without the text.
 */
import type { FakeUpstream } from '@liminal/narrators/testing';
import { startFakeOpenAI } from '@liminal/narrators/testing';
import { encodeReplay } from '@liminal/story';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './node/test-server';
import { fakeNarratorConfig } from './testing/fake-narrator';
import { startTestServer } from './node/test-server';
import { READER_COOKIE } from './testing/reader';

const BLOCKED_SEED = 'the sh1t tram';
let upstream: FakeUpstream;
let server: TestServer;

beforeAll(async () => {
  upstream = await startFakeOpenAI();
  server = await startTestServer({
    AI_PROVIDER_CONFIG: fakeNarratorConfig(upstream.url, { timeoutMs: 2000 }),
  });
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

async function call(path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...READER_COOKIE },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, text: await response.text() };
}

function expectRefused(reply: { status: number; text: string }) {
  expect(reply.status).toBe(400);
  const { error } = JSON.parse(reply.text) as { error: { code: string; message: string } };
  expect(error.code).toBe('seed-refused');
  expect(error.message).toMatch(/cannot begin a story/u);
  expect(reply.text.toLowerCase()).not.toContain('sh1t');
}

describe('a seed the moderator blocks', () => {
  it('is refused when a journey starts, and nothing is stored', async () => {
    const before = await server.app.store.listEvents();
    expectRefused(await call('/api/journeys', { seed: BLOCKED_SEED }));
    expect(await server.app.store.listEvents()).toEqual(before);
    expect(upstream.requests).toHaveLength(0);
  });

  it('is refused as an opening, a replay (read or begun) and a share link', async () => {
    const token = encodeReplay({ seed: BLOCKED_SEED, answers: ['yes'] });
    expectRefused(await call(`/api/openings?seed=${encodeURIComponent(BLOCKED_SEED)}`));
    expectRefused(await call(`/api/replays/${token}`));
    expectRefused(await call('/api/journeys', { replay: token }));
    expectRefused(
      await call(`/api/journeys/00000000-0000-4000-8000-000000000000/story?replay=${token}`),
    );
  });

  it('leaves a clean seed alone', async () => {
    const reply = await call(`/api/openings?seed=${encodeURIComponent('the night tram')}`);
    expect(reply.status).toBe(200);
  });
});

describe('an AI beat the moderator blocks', () => {
  it('never reaches the reader: the storyteller speaks, and the attempt says who blocked what', async () => {
    const profane =
      'You feel the bus shudder over the bridge. Do you ask the driver what the shit is going on?';
    upstream.script({ text: profane });
    const reply = await call('/api/journeys', { seed: 'a clean seed' });
    expect(reply.status).toBe(201);
    expect(reply.text).not.toContain('shit');
    const { beat, journey } = JSON.parse(reply.text) as {
      beat: { narrator: string };
      journey: { id: string };
    };
    expect(beat.narrator).toBe('storyteller');
    const attempts = await server.app.store.listEvents({
      journeyId: journey.id,
      type: 'narration-attempted',
    });
    expect(attempts[0]?.data).toMatchObject({
      provider: 'local-llama',
      outcome: 'blocked',
      moderator: 'local',
      categories: 'profanity',
    });
    expect(JSON.stringify(attempts)).not.toContain('shit');
  });
});
