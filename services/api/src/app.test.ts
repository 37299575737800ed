/**
 * Unit tests of the app with an in-memory store, for failures that are hard to cause over HTTP.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { ErrorBody } from '@liminal/contract';
import { createNarratorRouter } from '@liminal/narrators';
import { createJourneyService } from './journeys/journey-service';
import type { JourneyStore } from './store/journey-store';
import { createMemoryStore } from './store/memory-store';
import { READER_COOKIE } from './testing/reader';

function appWith(store: JourneyStore, logged: unknown[] = []) {
  const service = createJourneyService({
    store,
    narrator: createNarratorRouter({ entries: [] }),
    now: () => new Date('2026-01-01T00:00:00Z'),
    newId: randomUUID,
    newSeed: () => 'fixed seed',
  });
  return createApp({
    service,
    newId: randomUUID,
    rateLimit: { perMinute: 0, burst: 1 },
    logError: (error) => logged.push(error),
  });
}

describe('unexpected failures', () => {
  it('answer 500 with a generic message, log the error, and leak nothing', async () => {
    const broken: JourneyStore = {
      ...createMemoryStore(),
      getJourney: () => Promise.reject(new Error('database password is hunter2')),
    };
    const logged: unknown[] = [];
    const response = await appWith(broken, logged).request(
      '/api/journeys/00000000-0000-4000-8000-000000000000',
    );
    expect(response.status).toBe(500);
    const text = await response.text();
    expect((JSON.parse(text) as ErrorBody).error.code).toBe('internal-error');
    expect(text).not.toContain('hunter2');
    expect(text).not.toMatch(/\.ts:\d+/u);
    expect(logged).toHaveLength(1);
  });

  it('leaves the stored journey untouched when the write fails midway', async () => {
    const store = createMemoryStore();
    const app = appWith(store);
    const started = await app.request('/api/journeys', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...READER_COOKIE },
      body: '{}',
    });
    const { journey } = (await started.json()) as { journey: { id: string } };
    const failing: JourneyStore = {
      ...store,
      appendTurn: () => Promise.reject(new Error('disk full')),
    };
    const response = await appWith(failing).request(`/api/journeys/${journey.id}/turns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...READER_COOKIE },
      body: JSON.stringify({ turn: 2, answer: 'yes' }),
    });
    expect(response.status).toBe(500);
    const stored = await store.getJourney(journey.id);
    expect(stored?.state.beats).toHaveLength(1);
    expect(stored?.state.answers).toEqual([]);
    expect(await store.listEvents({ type: 'beat-served' })).toEqual([]);
  });
});
