/**
 * The HTTP API over real HTTP on loopback, against SQLite: every route and every error.
 */
import { assignAll } from '@liminal/experiments';
import {
  MAX_SEED_LENGTH,
  continueStory,
  decodeReplay,
  replayStory,
  startStory,
} from '@liminal/story';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@liminal/contract';
import type { JourneyView } from '@liminal/contract';
import type { TestServer } from './node/test-server';
import { startTestServer } from './node/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface TurnBody {
  beat: { turn: number; text: string; narrator: string; ending: string | null };
  repeated: boolean;
  journey: JourneyView;
}

/** A client with its own cookie jar (one visitor). */
function client() {
  let cookie = '';
  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit = { method, headers: { ...headers, ...(cookie ? { cookie } : {}) } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${server.url}${path}`, init);
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    const text = await response.text();
    let json: unknown = undefined;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }
  return {
    call,
    cookie: () => cookie,
    async start(seed?: string) {
      const response = await call('POST', '/api/journeys', seed === undefined ? {} : { seed });
      expect(response.status).toBe(201);
      return response.json as TurnBody;
    },
    async answer(id: string, turn: number, answer: string) {
      return call('POST', `/api/journeys/${id}/turns`, { turn, answer });
    },
  };
}

function errorCode(response: { json: unknown }): string | undefined {
  return (response.json as ErrorBody | undefined)?.error.code;
}

describe('health and headers', () => {
  it('answers health with the store in use', async () => {
    const response = await client().call('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ status: 'ok', store: 'sqlite' });
  });

  it('answers HEAD where it answers GET, as the Allow header of a 405 says', async () => {
    expect((await client().call('HEAD', '/api/health')).status).toBe(200);
  });

  it('sends the security headers on every response, errors included', async () => {
    for (const path of ['/api/health', '/api/nowhere', '/']) {
      const { headers } = await client().call('GET', path);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('starting and reading journeys', () => {
  it('starts a journey from a seed with the same opening as the story engine', async () => {
    const body = await client().start('night owl');
    expect(body.beat).toEqual({
      turn: 1,
      text: startStory('night owl').beats[0]?.text,
      language: 'en',
      narrator: 'storyteller',
      ending: null,
    });
    expect(body.journey).toMatchObject({ seed: 'night owl', turn: 1, ending: null, answers: [] });
  });

  it('assigns the visitor to each experiment as the edge would, and records it with events', async () => {
    const reader = client();
    const first = await reader.start('experiments');
    const second = await reader.start('experiments again');
    const visitorId = reader.cookie().split('=')[1] ?? '';
    expect(first.journey.variants).toEqual(assignAll(visitorId));
    expect(second.journey.variants).toEqual(first.journey.variants);
    const events = await server.app.store.listEvents({ journeyId: first.journey.id });
    expect(
      events.every(
        (event) => event.variants['beat-reveal'] === first.journey.variants['beat-reveal'],
      ),
    ).toBe(true);
  });

  it('starts a journey with a fresh random seed when none is given', async () => {
    const first = await client().start();
    const second = await client().start();
    expect(first.journey.seed).toMatch(/^[a-z]+-[a-z]+-\d{4}$/u);
    expect(first.journey.seed).not.toBe(second.journey.seed);
  });

  it('sets a visitor cookie and lists only that visitor’s journeys', async () => {
    const reader = client();
    const other = client();
    const a = await reader.start('list a');
    const b = await reader.start('list b');
    await other.start('someone else');
    const list = await reader.call('GET', '/api/journeys');
    const ids = (list.json as { journeys: { id: string }[] }).journeys.map((j) => j.id);
    expect(ids).toEqual([b.journey.id, a.journey.id]);
  });

  it('reads a journey by id, and 404s for unknown or malformed ids', async () => {
    const reader = client();
    const started = await reader.start('read me');
    const read = await reader.call('GET', `/api/journeys/${started.journey.id}`);
    expect((read.json as { journey: JourneyView }).journey).toEqual(started.journey);
    const missing = await reader.call('GET', '/api/journeys/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('journey-not-found');
    const malformed = await reader.call('GET', '/api/journeys/..%2F..%2Fetc');
    expect(malformed.status).toBe(404);
  });

  it('starts from a replay token with the identical transcript', async () => {
    const seed = 'replayed';
    let story = startStory(seed);
    for (const answer of ['yes', 'no', 'no'] as const) story = continueStory(story, answer);
    const token = (
      await client().call(
        'GET',
        `/api/replays/${encodeURIComponent(tokenFor(seed, story.answers))}`,
      )
    ).json as {
      story: { replay: string };
    };
    const started = (await client().call('POST', '/api/journeys', { replay: token.story.replay }))
      .json as TurnBody;
    expect(started.journey.beats.map((beat) => beat.text)).toEqual(
      story.beats.map((beat) => beat.text),
    );
    expect(started.journey.answers).toEqual(['yes', 'no', 'no']);
  });
});

describe('share links', () => {
  it('show a journey in its stored words, up to the turn the link was made at', async () => {
    const reader = client();
    const { journey } = await reader.start('shared as stored');
    const second = (await reader.answer(journey.id, 2, 'no')).json as TurnBody;
    const link = second.journey.replay;
    await reader.answer(journey.id, 3, 'yes');
    const friend = client();
    const shared = await friend.call(
      'GET',
      `/api/journeys/${journey.id}/story?replay=${encodeURIComponent(link)}`,
    );
    expect(shared.status).toBe(200);
    const { story } = shared.json as {
      story: { beats: { text: string }[]; answers: string[]; replay: string };
    };
    const stored = (await reader.call('GET', `/api/journeys/${journey.id}`)).json as {
      journey: { beats: { text: string }[] };
    };
    expect(story.beats.map((beat) => beat.text)).toEqual(
      stored.journey.beats.slice(0, 2).map((beat) => beat.text),
    );
    expect(story.answers).toEqual(['no']);
    expect(story.replay).toBe(link);
  });

  it('find nothing for a link of another journey, and refuse a malformed one', async () => {
    const reader = client();
    const { journey } = await reader.start('one journey');
    const other = encodeURIComponent(tokenFor('another journey', ['yes']));
    const mismatched = await reader.call(
      'GET',
      `/api/journeys/${journey.id}/story?replay=${other}`,
    );
    expect(mismatched.status).toBe(404);
    expect(errorCode(mismatched)).toBe('journey-not-found');
    const malformed = await reader.call('GET', `/api/journeys/${journey.id}/story?replay=nope`);
    expect(malformed.status).toBe(400);
    expect(errorCode(malformed)).toBe('invalid-replay');
    const missing = await reader.call('GET', `/api/journeys/${journey.id}/story`);
    expect(errorCode(missing)).toBe('invalid-request');
  });
});

function tokenFor(seed: string, answers: readonly ('yes' | 'no')[]): string {
  const letters = answers.map((answer) => answer[0]).join('');
  const base = Buffer.from(seed).toString('base64url');
  return `1.${base}.${letters}`;
}

describe('answering turns', () => {
  it('answers a turn with the next beat, and the same answer again returns the same beat', async () => {
    const reader = client();
    const { journey } = await reader.start('idempotent');
    const first = await reader.answer(journey.id, 2, 'yes');
    expect(first.status).toBe(200);
    const body = first.json as TurnBody;
    expect(body.beat.turn).toBe(2);
    expect(body.beat.text).toBe(continueStory(startStory('idempotent'), 'yes').beats[1]?.text);
    const again = await reader.answer(journey.id, 2, 'yes');
    expect(again.status).toBe(200);
    expect((again.json as TurnBody).beat).toEqual(body.beat);
    expect((again.json as TurnBody).repeated).toBe(true);
    expect((again.json as TurnBody).journey.turn).toBe(2);
  });

  it.each([
    ['a different answer to the answered turn', 2, 'no', 'answer-conflict'],
    ['a stale turn', 1, 'yes', 'stale-turn'],
    ['a future turn', 5, 'yes', 'future-turn'],
  ])('refuses %s with 409 and the current turn', async (_name, turn, answer, code) => {
    const reader = client();
    const { journey } = await reader.start(`conflict ${code}`);
    await reader.answer(journey.id, 2, 'yes');
    const response = await reader.answer(journey.id, turn, answer);
    expect(response.status).toBe(409);
    expect(errorCode(response)).toBe(code);
    expect((response.json as ErrorBody).error.details).toMatchObject({ currentTurn: 2 });
  });

  it('lets only the visitor who began a journey answer or read it whole; anyone else gets 403 or 404', async () => {
    const owner = client();
    const { journey } = await owner.start('one reader only');
    const stranger = client();
    const refused = await stranger.answer(journey.id, 2, 'yes');
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe('not-your-journey');
    expect(refused.text).toContain('share link');
    // Nor read it whole: a stranger reads a journey only through a share link.
    expect((await stranger.call('GET', `/api/journeys/${journey.id}`)).status).toBe(404);
    expect((await owner.answer(journey.id, 2, 'yes')).status).toBe(200);
    // A retry of the owner's answer stays the owner's: the stranger cannot replay it either.
    expect((await stranger.answer(journey.id, 2, 'yes')).status).toBe(403);
  });

  it('plays a journey to its ending, then refuses further turns', async () => {
    const reader = client();
    const { journey } = await reader.start('to the end');
    let body: TurnBody | undefined;
    for (let turn = 2; body?.beat.ending == null; turn++) {
      const response = await reader.answer(journey.id, turn, turn % 3 === 0 ? 'no' : 'yes');
      expect(response.status).toBe(200);
      body = response.json as TurnBody;
    }
    expect(body.journey.ending).toBe(body.beat.ending);
    const after = await reader.answer(journey.id, body.journey.turn + 1, 'yes');
    expect(after.status).toBe(409);
    expect(errorCode(after)).toBe('journey-ended');

    // One event row per turn: the start, then each beat with the answer it follows; the last
    // row says how the story ended.
    const events = await server.app.store.listEvents({ journeyId: journey.id });
    expect(events.map((event) => event.type)).toEqual([
      'journey-started',
      ...Array.from({ length: body.journey.turn - 1 }, () => 'beat-served'),
    ]);
    expect(events.map((event) => event.data['turn'])).toEqual(
      Array.from({ length: body.journey.turn }, (_, index) => index + 1),
    );
    expect(events.slice(1).map((event) => event.data['answer'])).toEqual(
      Array.from({ length: body.journey.turn - 1 }, (_, index) =>
        (index + 2) % 3 === 0 ? 'no' : 'yes',
      ),
    );
    expect(events.slice(0, -1).every((event) => event.data['ending'] === null)).toBe(true);
    expect(events.at(-1)?.data['ending']).toBe(body.beat.ending);
    expect(events[0]?.data).toMatchObject({
      seed: 'to the end',
      narrator: 'storyteller',
      fallback: false,
    });
    expect(typeof events[1]?.data['latencyMs']).toBe('number');
  });

  it('turns concurrent answers to the same turn into one beat', async () => {
    const reader = client();
    const { journey } = await reader.start('racing clicks');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => reader.answer(journey.id, 2, 'no')),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const beats = new Set(responses.map((response) => (response.json as TurnBody).beat.text));
    expect(beats.size).toBe(1);
    const stored = await server.app.store.getJourney(journey.id);
    expect(stored?.state.beats).toHaveLength(2);
    const served = await server.app.store.listEvents({ journeyId: journey.id });
    expect(served.map((event) => event.type)).toEqual(['journey-started', 'beat-served']);
  });

  it('gives a new visitor their cookie with a streamed first beat, so they can answer it', async () => {
    const reader = client();
    const started = await reader.call(
      'POST',
      '/api/journeys',
      { seed: 'streamed start' },
      { accept: 'text/event-stream' },
    );
    expect(started.headers.get('content-type')).toContain('text/event-stream');
    expect(started.headers.get('set-cookie')).toMatch(/^lt_visitor=/u);
    const id = /"id":"([0-9a-f-]{36})"/u.exec(started.text)?.[1] ?? '';
    expect((await reader.answer(id, 2, 'yes')).status).toBe(200);
  });

  it('streams a beat as server-sent events when asked', async () => {
    const reader = client();
    const { journey } = await reader.start('streaming');
    const response = await reader.call(
      'POST',
      `/api/journeys/${journey.id}/turns`,
      { turn: 2, answer: 'yes' },
      { accept: 'text/event-stream' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = response.text
      .trim()
      .split('\n\n')
      .map((block) => {
        const [eventLine, dataLine] = block.split('\n');
        return {
          event: eventLine?.replace('event: ', ''),
          data: JSON.parse(dataLine?.replace('data: ', '') ?? 'null') as unknown,
        };
      });
    const deltas = events.filter((event) => event.event === 'delta');
    expect(deltas.length).toBeGreaterThan(3);
    const final = events.at(-1);
    expect(final?.event).toBe('beat');
    const text = (final?.data as TurnBody).beat.text;
    expect(deltas.map((event) => (event.data as { text: string }).text).join('')).toBe(text);
  });

  it('answers a stream request that fails early with a plain JSON error', async () => {
    const response = await client().call(
      'POST',
      '/api/journeys/00000000-0000-4000-8000-000000000000/turns',
      { turn: 2, answer: 'yes' },
      { accept: 'text/event-stream' },
    );
    expect(response.status).toBe(404);
    expect(errorCode(response)).toBe('journey-not-found');
  });
});

describe('cacheable GETs', () => {
  it('serves the opening beat of a seed with a public cache policy', async () => {
    const response = await client().call('GET', '/api/openings?seed=night%20owl');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/u);
    expect((response.json as { beat: { text: string } }).beat.text).toBe(
      startStory('night owl').beats[0]?.text,
    );
  });

  it('serves a replayed story from its token', async () => {
    const story = replayStory('shared', ['yes', 'no']);
    const response = await client().call(
      'GET',
      `/api/replays/${tokenFor('shared', ['yes', 'no'])}`,
    );
    expect(response.status).toBe(200);
    const body = response.json as { story: { beats: { text: string }[]; replay: string } };
    expect(body.story.beats.map((beat) => beat.text)).toEqual(story.beats.map((beat) => beat.text));
    expect(decodeReplay(body.story.replay)).toEqual({
      seed: 'shared',
      answers: ['yes', 'no'],
      current: true,
    });
  });
});

describe('bad input gets a clear JSON error and never a stack trace', () => {
  const longSeed = 'x'.repeat(MAX_SEED_LENGTH + 1);
  it.each([
    ['malformed JSON', 'POST', '/api/journeys', '{"seed": ', 400, 'malformed-json'],
    ['a seed of the wrong type', 'POST', '/api/journeys', { seed: 42 }, 400, 'invalid-request'],
    [
      'an unknown field',
      'POST',
      '/api/journeys',
      { seed: 'a', colour: 'red' },
      400,
      'invalid-request',
    ],
    ['an over-long seed', 'POST', '/api/journeys', { seed: longSeed }, 400, 'invalid-seed'],
    [
      'a far too long seed',
      'POST',
      '/api/journeys',
      { seed: 'x'.repeat(500) },
      400,
      'invalid-request',
    ],
    ['a non-printable seed', 'POST', '/api/journeys', { seed: 'a\u0000b' }, 400, 'invalid-seed'],
    [
      'both a seed and a replay',
      'POST',
      '/api/journeys',
      { seed: 'a', replay: '1.YQ.' },
      400,
      'invalid-request',
    ],
    [
      'a bad replay token',
      'POST',
      '/api/journeys',
      { replay: 'not-a-token' },
      400,
      'invalid-replay',
    ],
    [
      'a body over the size limit',
      'POST',
      '/api/journeys',
      { seed: 'a', pad: 'x'.repeat(5000) },
      413,
      'payload-too-large',
    ],
    ['an opening without a seed', 'GET', '/api/openings', undefined, 400, 'invalid-request'],
    [
      'an opening with an over-long seed',
      'GET',
      `/api/openings?seed=${longSeed}`,
      undefined,
      400,
      'invalid-seed',
    ],
    [
      'an opening with extra parameters',
      'GET',
      '/api/openings?seed=a&x=1',
      undefined,
      400,
      'invalid-request',
    ],
    ['a bad replay path', 'GET', '/api/replays/garbage', undefined, 400, 'invalid-replay'],
    ['an unknown API path', 'GET', '/api/nothing-here', undefined, 404, 'not-found'],
    ['the wrong method', 'DELETE', '/api/journeys', undefined, 405, 'method-not-allowed'],
  ])('%s', async (_name, method, path, body, status, code) => {
    const response = await client().call(method, path, body);
    expect(response.status).toBe(status);
    expect(errorCode(response)).toBe(code);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.text).not.toMatch(/\bat .*\.(ts|js):\d+/u);
    if (status === 405) expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
  });

  it.each([
    ['malformed JSON', '{"turn": 2,', 400, 'malformed-json'],
    ['a turn of the wrong type', { turn: '2', answer: 'yes' }, 400, 'invalid-request'],
    ['an answer other than yes or no', { turn: 2, answer: 'maybe' }, 400, 'invalid-request'],
    ['a missing answer', { turn: 2 }, 400, 'invalid-request'],
    ['an unknown field', { turn: 2, answer: 'yes', extra: true }, 400, 'invalid-request'],
    ['a negative turn', { turn: -1, answer: 'yes' }, 400, 'invalid-request'],
    ['an array body', [2, 'yes'], 400, 'invalid-request'],
    ['an empty body', '', 415, 'unsupported-media-type'],
  ])('refuses a turn with %s', async (_name, body, status, code) => {
    const reader = client();
    const { journey } = await reader.start(`bad turn ${_name}`);
    const headers = body === '' ? { 'content-type': 'text/plain' } : {};
    const response = await reader.call('POST', `/api/journeys/${journey.id}/turns`, body, headers);
    expect(response.status).toBe(status);
    expect(errorCode(response)).toBe(code);
    const stored = await server.app.store.getJourney(journey.id);
    expect(stored?.state.beats).toHaveLength(1);
  });

  it.each([
    'application/x-www-form-urlencoded',
    'application/json-patch+json',
    'application/json; charset=utf-16',
    'text/json',
  ])('refuses a body sent as %s with 415', async (type) => {
    const response = await client().call('POST', '/api/journeys', '{"seed":"a"}', {
      'content-type': type,
    });
    expect(response.status).toBe(415);
    expect(errorCode(response)).toBe('unsupported-media-type');
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON; charset="UTF-8"',
  ])('takes a body sent as %s', async (type) => {
    const response = await client().call('POST', '/api/journeys', '{"seed":"a"}', {
      'content-type': type,
    });
    expect(response.status).toBe(201);
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client exceeds its burst', async () => {
    const limited = await startTestServer({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '5' });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      let body = '';
      for (let index = 0; index < 8; index++) {
        const response = await fetch(`${limited.url}/api/health`);
        statuses.push(response.status);
        if (response.status === 429) {
          retryAfter = response.headers.get('retry-after');
          body = await response.text();
        }
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      expect((JSON.parse(body) as ErrorBody).error.code).toBe('rate-limited');
    } finally {
      await limited.close();
    }
  });
});
