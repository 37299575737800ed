/**
 * A made-up history of readers for the insights page's browser test and benchmark: journeys
 * spread over days, some completed and some abandoned, answered Yes or No, narrated mostly by
 * the built-in storyteller and sometimes by an AI narrator that fails now and then. Written
 * through the SQLite store as the journey service writes them (the journey, then one event per
 * beat and one per provider attempt), so the store keeps its rollups as it would in use.
 * Deterministic: the same options write the same history.
 */
import { assignAll } from '@liminal/experiments';
import { ARC_POSITIONS, ENDING_KINDS, startStory } from '@liminal/story';
import type { JourneyEvent } from '../store/journey-store';
import { createSqliteStore } from '../store/sqlite-store';

export interface HistoryOptions {
  /** The database file; the store's own (DATABASE_FILE in the data directory) for a server. */
  path: string;
  journeys: number;
  /** Days the journeys spread over, ending with `lastDay` ("2026-11-26"). */
  days: number;
  lastDay: string;
  /** How much more often beat-reveal's variant arm (whole) completes than control, 0.06 = 6 points. */
  variantLift?: number;
}

/** Mulberry32: a small seeded generator, enough for made-up readers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY_MS = 86_400_000;
const QUESTIONS = [
  'night-bus.bell',
  'night-bus.driver',
  'ferry.rope',
  'ferry.lantern',
  'airport-gate.desk',
  'lighthouse.keeper',
];

/** Writes the history; resolves once every journey is stored. */
export async function writeHistory(options: HistoryOptions): Promise<void> {
  const next = random(20_261_126);
  const store = createSqliteStore({ path: options.path, cacheSize: 0 });
  const firstDay = Date.parse(`${options.lastDay}T00:00:00Z`) - (options.days - 1) * DAY_MS;
  try {
    for (let from = 0; from < options.journeys; from += 500) {
      const writes: Promise<void>[] = [];
      for (let index = from; index < Math.min(options.journeys, from + 500); index++) {
        const id = `history-${String(index).padStart(8, '0')}`;
        const visitor = `v${String(index).padStart(23, '0')}`;
        const variants = assignAll(visitor);
        const start = firstDay + Math.floor(next() * options.days) * DAY_MS + next() * DAY_MS * 0.9;
        const lift = variants['beat-reveal'] === 'whole' ? (options.variantLift ?? 0.06) : 0;
        const completes = next() < 0.46 + lift;
        const length = completes ? 10 + Math.floor(next() * 7) : 1 + Math.floor(next() * 9);
        const ending = ENDING_KINDS[Math.floor(next() * ENDING_KINDS.length)] ?? 'arrival';
        const ai = next() < 0.2;
        const events: JourneyEvent[] = [];
        let cost = 0;
        for (let turn = 1; turn <= length; turn++) {
          const at = new Date(start + turn * 20_000).toISOString();
          const base = { journeyId: id, visitor, at, variants };
          const failed = ai && next() < 0.08;
          const narrator = ai && !failed ? 'openai' : 'storyteller';
          const costUsd = narrator === 'openai' ? 0.0004 : 0;
          cost += costUsd;
          if (ai) {
            events.push({
              ...base,
              type: 'narration-attempted',
              data: {
                turn,
                provider: 'openai',
                outcome: failed ? 'failed' : 'ok',
                reason: failed ? (next() < 0.5 ? 'timeout' : 'server-error') : null,
                latencyMs: failed ? 4000 : 400 + next() * 900,
                costUsd,
              },
            });
          }
          events.push({
            ...base,
            type: turn === 1 ? 'journey-started' : 'beat-served',
            data: {
              turn,
              // Each made-up reader plays one journey.
              ...(turn === 1 ? { firstJourney: true } : {}),
              narrator,
              latencyMs: narrator === 'openai' ? 400 + next() * 900 : next() * 3,
              fallback: failed,
              costUsd,
              ending: completes && turn === length ? ending : null,
              // Yes more often early in a story, less often as it closes.
              ...(turn > 1
                ? {
                    answer: next() < 0.62 - turn * 0.015 ? 'yes' : 'no',
                    answeredArc:
                      ARC_POSITIONS[Math.min(3, Math.floor(((turn - 1) / length) * 4))] ?? null,
                    answeredQuestion: QUESTIONS[Math.floor(next() * QUESTIONS.length)] ?? null,
                  }
                : {}),
            },
          });
        }
        const createdAt = new Date(start).toISOString();
        const updatedAt = events.at(-1)?.at ?? createdAt;
        writes.push(
          store.createJourney(
            {
              id,
              visitor,
              // The journey row itself is only the story's opening: the insights read events.
              state: startStory(`history ${String(index)}`),
              variants,
              costUsd: cost,
              createdAt,
              updatedAt,
            },
            events,
          ),
        );
      }
      await Promise.all(writes);
    }
  } finally {
    await store.close();
  }
}
