/**
 * In-memory journey store, for unit tests. Copies records in and out (via JSON, as a real
 * store would serialise them) so callers cannot mutate what is stored.
 */
import type {
  EventQuery,
  JourneyEvent,
  JourneyRecord,
  JourneyStore,
  JourneySummary,
} from './journey-store';
import { JourneyExistsError, JourneyNotFoundError, summarise } from './journey-store';
import { createMemoryTranslationCache } from '@liminal/translation';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createMemoryStore(): JourneyStore {
  const journeys = new Map<string, JourneyRecord>();
  const events: JourneyEvent[] = [];
  return {
    translations: createMemoryTranslationCache(),
    createJourney(record, newEvents) {
      if (journeys.has(record.id)) return Promise.reject(new JourneyExistsError(record.id));
      journeys.set(record.id, copy(record));
      events.push(...copy(newEvents));
      return Promise.resolve();
    },
    getJourney(id) {
      const record = journeys.get(id);
      return Promise.resolve(record === undefined ? null : copy(record));
    },
    appendTurn(record, expectedTurn, newEvents) {
      const stored = journeys.get(record.id);
      if (stored === undefined) return Promise.reject(new JourneyNotFoundError(record.id));
      if (stored.state.beats.length !== expectedTurn) return Promise.resolve(false);
      journeys.set(record.id, copy(record));
      events.push(...copy(newEvents));
      return Promise.resolve(true);
    },
    listJourneys(visitor, limit) {
      const list: JourneySummary[] = [...journeys.values()]
        .filter((record) => record.visitor === visitor)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id))
        .slice(0, limit)
        .map(summarise);
      return Promise.resolve(list);
    },
    listEvents(query: EventQuery = {}) {
      const found = events.filter(
        (event) =>
          (query.journeyId === undefined || event.journeyId === query.journeyId) &&
          (query.type === undefined || event.type === query.type),
      );
      return Promise.resolve(copy(found.slice(0, query.limit ?? found.length)));
    },
    close() {
      return Promise.resolve();
    },
  };
}
