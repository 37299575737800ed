/**
 * Reading a story in another language, over real HTTP against SQLite: the storyteller's beats
 * carried into Spanish by Amazon Translate's official SDK talking to a fake that speaks its wire
 * protocol, cached in the journeys database for the next reader, and read in English, whole and
 * marked so, when the translator fails.
 */
import type { JourneyView, LanguagesResponse, StoryView } from '@liminal/contract';
import { validateBeatIn } from '@liminal/story';
import type { FakeService } from '@liminal/translation/testing';
import { startFakeTranslate } from '@liminal/translation/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestServer } from './node/test-server';
import { startTestServer } from './node/test-server';
import { stubAwsCredentials, translatingConfig } from './testing/fake-translation';
import { READER_COOKIE } from './testing/reader';

interface BeatBody {
  beat: { turn: number; text: string; language: string; ending: string | null };
  journey: JourneyView;
}

let translate: FakeService;
let translated: TestServer;
let englishOnly: TestServer;

beforeAll(async () => {
  stubAwsCredentials();
  translate = await startFakeTranslate();
  translated = await startTestServer({ AI_PROVIDER_CONFIG: translatingConfig(translate.url) });
  englishOnly = await startTestServer();
});
afterAll(async () => {
  await translated.close();
  await englishOnly.close();
  await translate.close();
  vi.unstubAllEnvs();
});

async function call(server: TestServer, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...READER_COOKIE, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as unknown };
}

/** Plays a journey to its ending, answering yes, no, yes, ...; every beat as the reader got it. */
async function play(server: TestServer, seed: string, language: string) {
  const started = await call(server, 'POST', '/api/journeys', { seed, language });
  expect(started.status).toBe(201);
  const first = started.json as BeatBody;
  const beats = [first.beat];
  let beat = first.beat;
  // The token a share link made at the ending would hold: the seed and every answer.
  let replay = first.journey.replay;
  while (beat.ending === null) {
    const next = await call(server, 'POST', `/api/journeys/${first.journey.id}/turns`, {
      turn: beat.turn + 1,
      answer: beat.turn % 2 === 0 ? 'no' : 'yes',
    });
    expect(next.status).toBe(200);
    beat = (next.json as BeatBody).beat;
    replay = (next.json as BeatBody).journey.replay;
    beats.push(beat);
  }
  return { journey: first.journey, beats, replay };
}

describe('the language menu', () => {
  it('offers English alone where nothing can write another language, and says why', async () => {
    const { json } = await call(englishOnly, 'GET', '/api/languages');
    const languages = (json as LanguagesResponse).languages;
    expect(languages.map((language) => language.code)).toEqual(['en', 'es', 'fr', 'de', 'ja']);
    expect(languages.find((language) => language.code === 'en')?.available).toBe(true);
    for (const language of languages.filter((option) => option.code !== 'en')) {
      expect(language.available).toBe(false);
      expect(language.note).toMatch(/no translator/u);
    }
    expect(languages.find((language) => language.code === 'ja')?.name).toBe('日本語');
  });

  it('answers without making a visitor, so a first visit asking it meanwhile keeps its journey', async () => {
    const response = await fetch(`${englishOnly.url}/api/languages`);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('begins a story asked for in a language nothing here can write in English, and says so', async () => {
    const started = await call(englishOnly, 'POST', '/api/journeys', { language: 'ja' });
    expect(started.status).toBe(201);
    const { beat, journey } = started.json as BeatBody;
    expect(journey.language).toBe('en');
    expect(beat.language).toBe('en');
  });

  it('offers every language where a translator is configured', async () => {
    const { json } = await call(translated, 'GET', '/api/languages');
    expect((json as LanguagesResponse).languages.every((language) => language.available)).toBe(
      true,
    );
  });
});

describe('a story read in Spanish', () => {
  it('is told to its ending in Spanish, every beat by the Spanish rules, and says so', async () => {
    const { journey, beats } = await play(translated, 'lenguas del andén', 'es');
    expect(journey.language).toBe('es');
    for (const beat of beats) {
      expect(beat.language).toBe('es');
      const kind = beat.ending === null ? 'question' : 'ending';
      expect(validateBeatIn('es', beat.text, kind).reasons, beat.text).toEqual([]);
    }
    // The reader's own copy of the journey reads the same.
    const stored = await call(translated, 'GET', `/api/journeys/${journey.id}`);
    const view = (stored.json as { journey: JourneyView }).journey;
    expect(view.beats.map((beat) => beat.text)).toEqual(beats.map((beat) => beat.text));
  });

  it('serves a second reader of the same story from the cache, asking the translator nothing', async () => {
    await play(translated, 'la misma historia', 'es');
    const asked = translate.received.length;
    const again = await play(translated, 'la misma historia', 'es');
    expect(translate.received.length).toBe(asked);
    expect(again.beats.every((beat) => beat.language === 'es')).toBe(true);
  });

  it('shows a beat whole in English, marked English, when every translator fails', async () => {
    // One translator, asked once for the opening (its SDK makes one attempt).
    translate.script({ error: { type: 'ServiceUnavailableException', status: 503 } });
    const started = await call(translated, 'POST', '/api/journeys', {
      seed: 'un traductor caído',
      language: 'es',
    });
    expect(started.status).toBe(201);
    const { beat, journey } = started.json as BeatBody;
    expect(beat.language).toBe('en');
    expect(validateBeatIn('en', beat.text, 'question').ok).toBe(true);
    expect(journey.language).toBe('es');
  });

  it('replays a shared story in the language asked for, and refuses one it does not know', async () => {
    const { replay: token, beats } = await play(translated, 'compartida', 'es');
    const replay = await call(translated, 'GET', `/api/replays/${token}?lang=es`);
    expect(replay.status).toBe(200);
    const story = (replay.json as { story: StoryView }).story;
    expect(story.language).toBe('es');
    expect(story.beats.map((beat) => beat.text)).toEqual(beats.map((beat) => beat.text));
    expect(story.beats.every((beat) => beat.language === 'es')).toBe(true);
    const bad = await call(translated, 'GET', `/api/replays/${token}?lang=xx`);
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { code: 'invalid-request' } });
  });

  it('replays in English at once when the translator is down, and keeps that from shared caches', async () => {
    const { replay: token } = await play(translated, 'una repetición sin traductor', 'en');
    const before = translate.received.length;
    translate.script({ error: { type: 'ServiceUnavailableException', status: 503 } });
    const response = await fetch(`${translated.url}/api/replays/${token}?lang=es`);
    expect(response.status).toBe(200);
    const story = ((await response.json()) as { story: StoryView }).story;
    expect(story.beats.every((beat) => beat.language === 'en')).toBe(true);
    // The first beat tried (a call per piece of it), not every beat, each waiting out a timeout.
    expect(translate.received.length - before).toBeLessThanOrEqual(3);
    expect(story.beats.length).toBeGreaterThan(3);
    expect(response.headers.get('cache-control')).toContain('no-store');
    // Whole, it may be kept.
    const again = await fetch(`${translated.url}/api/replays/${token}?lang=es`);
    expect(again.headers.get('cache-control')).toContain('public');
  });

  it('carries on a shared story in Spanish, and goes on answering it', async () => {
    const begun = await call(translated, 'POST', '/api/journeys', { seed: 'seguir en español' });
    const { journey: english } = begun.json as BeatBody;
    const answered = await call(translated, 'POST', `/api/journeys/${english.id}/turns`, {
      turn: 2,
      answer: 'yes',
    });
    // A friend continues the shared story from its second beat, reading it in Spanish.
    const token = (answered.json as BeatBody).journey.replay;
    const started = await call(translated, 'POST', '/api/journeys', {
      replay: token,
      language: 'es',
    });
    expect(started.status).toBe(201);
    const { journey } = started.json as BeatBody;
    expect(journey.language).toBe('es');
    // The next answer loads the stored journey back: it must be a story the store can read.
    const next = await call(translated, 'POST', `/api/journeys/${journey.id}/turns`, {
      turn: 3,
      answer: 'no',
    });
    expect(next.status).toBe(200);
    expect((next.json as BeatBody).beat.language).toBe('es');
  });

  it('refuses a journey in a language it does not know, with a stable code', async () => {
    const response = await call(translated, 'POST', '/api/journeys', { language: 'klingon' });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { code: 'invalid-request' } });
  });
});
