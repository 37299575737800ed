/**
 * Property-based: thousands of random bodies thrown at the answer route over real HTTP.
 * Whatever arrives, the server answers below 500 and stored journeys stay valid.
 */
import fc from 'fast-check';
import { loadStory } from '@liminal/story';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './node/test-server';
import { startTestServer } from './node/test-server';
import { READER_COOKIE } from './testing/reader';

let server: TestServer;
const journeys: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (let index = 0; index < 5; index++) {
    const response = await fetch(`${server.url}/api/journeys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...READER_COOKIE },
      body: JSON.stringify({ seed: `property ${index}` }),
    });
    journeys.push(((await response.json()) as { journey: { id: string } }).journey.id);
  }
});
afterAll(async () => {
  await server.close();
});

const nearlyValid = fc.record(
  {
    turn: fc.oneof(fc.integer({ min: -5, max: 25 }), fc.double(), fc.string(), fc.constant(null)),
    answer: fc.oneof(fc.constantFrom('yes', 'no', 'YES', 'maybe', ''), fc.string(), fc.integer()),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

const wellFormed = fc.record({
  turn: fc.integer({ min: 1, max: 22 }),
  answer: fc.constantFrom('yes', 'no'),
});

const body = fc.oneof(
  wellFormed.map((value) => JSON.stringify(value)),
  nearlyValid.map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant('x'.repeat(5000)),
);

describe('the answer route under random input', () => {
  it('never answers 5xx and keeps every stored journey valid', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...journeys, 'not-a-uuid', '00000000-0000-4000-8000-000000000000'),
        body,
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'),
        async (id, text, type) => {
          const response = await fetch(`${server.url}/api/journeys/${id}/turns`, {
            method: 'POST',
            headers: { 'content-type': type, ...READER_COOKIE },
            body: text,
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 2500, seed: 42 },
    );
    // Some random bodies are valid turns: the run must have exercised success too.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(409) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
    for (const id of journeys) {
      const stored = await server.app.store.getJourney(id);
      expect(stored).not.toBeNull();
      const state = loadStory(JSON.stringify(stored?.state));
      expect(state.answers).toHaveLength(state.beats.length - 1);
      state.beats.forEach((beat, index) => {
        expect(beat.turn).toBe(index + 1);
      });
    }
  }, 60_000);
});
