/**
 * The shared contract suite every JourneyStore implementation must pass (memory, SQLite,
 * DynamoDB). Call it from each implementation's test file.
 */
import { continueStory, startStory } from '@liminal/story';
import { translationCacheContract } from '@liminal/translation/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JourneyEvent, JourneyRecord, JourneyStore } from './journey-store';
import { JourneyExistsError, JourneyNotFoundError } from './journey-store';

function record(id: string, visitor = 'visitor-1', at = '2026-01-01T00:00:00.000Z'): JourneyRecord {
  return {
    id,
    visitor,
    state: startStory(`seed for ${id}`),
    variants: { pacing: 'brisk' },
    costUsd: 0,
    createdAt: at,
    updatedAt: at,
  };
}

function event(journey: JourneyRecord, type: JourneyEvent['type'], turn: number): JourneyEvent {
  return {
    type,
    journeyId: journey.id,
    visitor: journey.visitor,
    at: journey.updatedAt,
    variants: journey.variants,
    data: { turn, narrator: 'storyteller', fallback: false },
  };
}

function answered(journey: JourneyRecord, answer: 'yes' | 'no', at: string): JourneyRecord {
  return {
    ...journey,
    state: continueStory(journey.state, answer),
    costUsd: journey.costUsd + 0.000125,
    updatedAt: at,
  };
}

export function describeJourneyStoreContract(
  name: string,
  open: () => Promise<JourneyStore>,
): void {
  describe(`JourneyStore contract: ${name}`, () => {
    let store: JourneyStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    // The store's translation cache keeps the cache's own contract, on the store opened above.
    translationCacheContract(name, () => Promise.resolve(store.translations));

    it('stores a journey and reads it back unchanged', async () => {
      const journey = record('j-1');
      await store.createJourney(journey, [event(journey, 'journey-started', 1)]);
      expect(await store.getJourney('j-1')).toEqual(journey);
    });

    it('answers null for an unknown journey', async () => {
      expect(await store.getJourney('nope')).toBeNull();
    });

    it('refuses a second journey with the same id and keeps the first', async () => {
      const journey = record('j-dup');
      await store.createJourney(journey, []);
      await expect(store.createJourney(record('j-dup', 'someone-else'), [])).rejects.toBeInstanceOf(
        JourneyExistsError,
      );
      expect((await store.getJourney('j-dup'))?.visitor).toBe('visitor-1');
    });

    it('appends a turn only when the stored turn is the expected one', async () => {
      const journey = record('j-append');
      await store.createJourney(journey, []);
      const next = answered(journey, 'yes', '2026-01-01T00:01:00.000Z');
      expect(await store.appendTurn(next, 1, [event(next, 'beat-served', 2)])).toBe(true);
      const stale = answered(journey, 'no', '2026-01-01T00:02:00.000Z');
      expect(await store.appendTurn(stale, 1, [event(stale, 'beat-served', 2)])).toBe(false);
      expect(await store.getJourney('j-append')).toEqual(next);
      const served = await store.listEvents({ journeyId: 'j-append', type: 'beat-served' });
      expect(served).toHaveLength(1);
      expect(served[0]?.at).toBe('2026-01-01T00:01:00.000Z');
    });

    it('lets exactly one of many concurrent appends to the same turn win', async () => {
      const journey = record('j-race');
      await store.createJourney(journey, []);
      const attempts = Array.from({ length: 8 }, (_, index) => {
        const next = answered(
          journey,
          index % 2 === 0 ? 'yes' : 'no',
          `2026-01-01T00:0${index}:00.000Z`,
        );
        return store.appendTurn(next, 1, [event(next, 'beat-served', 2)]);
      });
      const results = await Promise.all(attempts);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.getJourney('j-race'))?.state.beats).toHaveLength(2);
      expect(await store.listEvents({ journeyId: 'j-race' })).toHaveLength(1);
    });

    it('refuses to append to a journey that does not exist', async () => {
      await expect(store.appendTurn(record('ghost'), 1, [])).rejects.toBeInstanceOf(
        JourneyNotFoundError,
      );
    });

    it("lists only the visitor's journeys, newest first, up to the limit", async () => {
      await store.createJourney(record('a', 'v1', '2026-01-01T00:00:00.000Z'), []);
      await store.createJourney(record('b', 'v1', '2026-01-03T00:00:00.000Z'), []);
      await store.createJourney(record('c', 'v2', '2026-01-02T00:00:00.000Z'), []);
      await store.createJourney(record('d', 'v1', '2026-01-02T00:00:00.000Z'), []);
      const list = await store.listJourneys('v1', 10);
      expect(list.map((summary) => summary.id)).toEqual(['b', 'd', 'a']);
      expect(list[0]).toMatchObject({ seed: 'seed for b', turn: 1, ending: null });
      expect(await store.listJourneys('v1', 2)).toHaveLength(2);
      expect(await store.listJourneys('nobody', 10)).toEqual([]);
    });

    it('reorders the list when a journey is answered', async () => {
      const older = record('older', 'v1', '2026-01-01T00:00:00.000Z');
      await store.createJourney(older, []);
      await store.createJourney(record('newer', 'v1', '2026-01-02T00:00:00.000Z'), []);
      await store.appendTurn(answered(older, 'yes', '2026-01-03T00:00:00.000Z'), 1, []);
      const list = await store.listJourneys('v1', 10);
      expect(list.map((summary) => summary.id)).toEqual(['older', 'newer']);
      expect(list[0]?.turn).toBe(2);
    });

    it('records events in order and filters them by journey and type', async () => {
      const first = record('e1');
      const second = record('e2');
      await store.createJourney(first, [
        event(first, 'journey-started', 1),
        event(first, 'beat-served', 1),
      ]);
      await store.createJourney(second, [event(second, 'journey-started', 1)]);
      const all = await store.listEvents();
      expect(all.map((e) => `${e.journeyId}:${e.type}`)).toEqual([
        'e1:journey-started',
        'e1:beat-served',
        'e2:journey-started',
      ]);
      expect(await store.listEvents({ type: 'journey-started' })).toHaveLength(2);
      expect(await store.listEvents({ journeyId: 'e1' })).toHaveLength(2);
      expect(await store.listEvents({ limit: 1 })).toHaveLength(1);
      expect(all[0]).toEqual(event(first, 'journey-started', 1));
    });
  });
}
