/**
 * Rollups kept incrementally equal a recount from the journeys themselves, for random journeys
 * whose events arrive in any order, some of them twice (a stream redelivers records).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InsightEvent, Rollups } from './rollups';
import {
  LATENCY_BOUNDS,
  applyEvent,
  emptyRollups,
  fromRows,
  latencyPercentile,
  toRows,
} from './rollups';

interface Journey {
  id: string;
  day: string;
  variant: 'whole' | 'streamed';
  /** The narrator of each beat, the opening first. */
  narrators: ('storyteller' | 'openai')[];
  /** The answer before each beat after the opening. */
  answers: ('yes' | 'no')[];
  ending: 'arrived' | 'missed-stop' | null;
  /** The visitor's first journey. */
  first: boolean;
}

const journeyArbitrary = (index: number) =>
  fc
    .record({
      day: fc.constantFrom('2026-11-24', '2026-11-25', '2026-11-26'),
      variant: fc.constantFrom('whole' as const, 'streamed' as const),
      length: fc.integer({ min: 1, max: 12 }),
      narrators: fc.array(fc.constantFrom('storyteller' as const, 'openai' as const), {
        minLength: 12,
        maxLength: 12,
      }),
      answers: fc.array(fc.constantFrom('yes' as const, 'no' as const), {
        minLength: 11,
        maxLength: 11,
      }),
      ending: fc.constantFrom('arrived' as const, 'missed-stop' as const, null),
      first: fc.boolean(),
    })
    .map((drawn): Journey => ({
      id: `j${index}`,
      day: drawn.day,
      variant: drawn.variant,
      narrators: drawn.narrators.slice(0, drawn.length),
      answers: drawn.answers.slice(0, drawn.length - 1),
      ending: drawn.ending,
      first: drawn.first,
    }));

/** The rows the API stores for a journey: one per turn, the last with its ending. */
function eventsOf(journey: Journey): { key: string; event: InsightEvent }[] {
  return journey.narrators.map((narrator, index) => {
    const turn = index + 1;
    const last = turn === journey.narrators.length;
    return {
      key: `${journey.id}/${String(turn)}`,
      event: {
        type: turn === 1 ? 'journey-started' : 'beat-served',
        journeyId: journey.id,
        at: `${journey.day}T12:00:00.000Z`,
        variants: { 'beat-reveal': journey.variant },
        data: {
          turn,
          narrator,
          latencyMs: turn * 7,
          fallback: narrator === 'storyteller' && turn % 3 === 0,
          costUsd: narrator === 'openai' ? 0.001 : 0,
          // A moderated AI beat's cost, as a turn's row carries it (only when there was one).
          ...(narrator === 'openai' ? { moderationCostUsd: 0.0006 } : {}),
          ending: last ? journey.ending : null,
          ...(turn === 1
            ? { firstJourney: journey.first }
            : {
                answer: journey.answers[index - 1] ?? null,
                // Beat b asked question q<b mod 3>; this beat answers the one before.
                answeredQuestion: `q${String((turn - 1) % 3)}`,
              }),
        },
      },
    };
  });
}

/** The same counts, taken from the journeys directly rather than from events. */
function recount(journeys: readonly Journey[]) {
  const days = new Map<string, Journey[]>();
  for (const journey of journeys)
    days.set(journey.day, [...(days.get(journey.day) ?? []), journey]);
  return Object.fromEntries(
    [...days].map(([day, list]) => {
      const ended = list.filter((journey) => journey.ending !== null);
      const turns: Record<string, { reached: number; yes: number; no: number; ended: number }> = {};
      for (let turn = 1; turn <= 12; turn++) {
        const reached = list.filter((journey) => journey.narrators.length >= turn);
        const answered = list.filter((journey) => journey.answers.length >= turn);
        if (reached.length === 0 && answered.length === 0) continue;
        turns[String(turn)] = {
          reached: reached.length,
          yes: answered.filter((journey) => journey.answers[turn - 1] === 'yes').length,
          no: answered.filter((journey) => journey.answers[turn - 1] === 'no').length,
          ended: ended.filter((journey) => journey.narrators.length === turn).length,
        };
      }
      const questions: Record<string, { yes: number; no: number }> = {};
      for (const journey of list) {
        journey.answers.forEach((answer, index) => {
          const question = `q${String((index + 1) % 3)}`;
          questions[question] ??= { yes: 0, no: 0 };
          questions[question][answer] += 1;
        });
      }
      const beatsBy = (narrator: string) =>
        list.reduce(
          (sum, journey) => sum + journey.narrators.filter((name) => name === narrator).length,
          0,
        );
      return [
        day,
        {
          started: list.length,
          completed: ended.length,
          beats: list.reduce((sum, journey) => sum + journey.narrators.length, 0),
          arrived: ended.filter((journey) => journey.ending === 'arrived').length,
          turns,
          questions,
          storytellerBeats: beatsBy('storyteller'),
          openaiBeats: beatsBy('openai'),
          wholeJourneys: list.filter((journey) => journey.variant === 'whole').length,
          wholeVisitors: list.filter((journey) => journey.variant === 'whole' && journey.first)
            .length,
          // Each journey's length squared: what the interval of mean beats is computed from.
          wholeBeatsSquared: list
            .filter((journey) => journey.variant === 'whole')
            .reduce((sum, journey) => sum + journey.narrators.length ** 2, 0),
          wholeCompleted: ended.filter((journey) => journey.variant === 'whole').length,
        },
      ];
    }),
  );
}

function summary(rollups: Rollups) {
  return Object.fromEntries(
    Object.entries(rollups.days).map(([day, rollup]) => [
      day,
      {
        started: rollup.stories.started,
        completed: rollup.stories.completed,
        beats: rollup.stories.beats,
        arrived: rollup.stories.endings['arrived'] ?? 0,
        turns: rollup.turns,
        questions: rollup.questions,
        storytellerBeats: rollup.narrators['storyteller']?.beats ?? 0,
        openaiBeats: rollup.narrators['openai']?.beats ?? 0,
        wholeJourneys: rollup.variants['beat-reveal=whole']?.journeys ?? 0,
        wholeVisitors: rollup.variants['beat-reveal=whole']?.visitors ?? 0,
        wholeBeatsSquared: rollup.variants['beat-reveal=whole']?.beatsSquared ?? 0,
        wholeCompleted: rollup.variants['beat-reveal=whole']?.completed ?? 0,
      },
    ]),
  );
}

describe('the insights rollups', () => {
  it('equal a recount, whatever the order of the events and however many arrive twice', () => {
    const scenario = fc
      .integer({ min: 1, max: 25 })
      .chain((count) =>
        fc.tuple(
          fc.tuple(...Array.from({ length: count }, (_, index) => journeyArbitrary(index))),
          fc.array(fc.nat(), { minLength: 400, maxLength: 400 }),
          fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }),
        ),
      );
    fc.assert(
      fc.property(scenario, ([journeys, order, twice]) => {
        const events = journeys.flatMap(eventsOf);
        // Some records delivered twice, then everything shuffled.
        const delivered = [...events, ...events.filter((_, index) => twice[index] === true)]
          .map((item, index) => ({ item, rank: order[index % order.length] ?? 0, index }))
          .sort((a, b) => a.rank - b.rank || a.index - b.index)
          .map(({ item }) => item);
        const rollups = emptyRollups();
        let counted = 0;
        for (const { key, event } of delivered) if (applyEvent(rollups, key, event)) counted++;
        expect(counted).toBe(events.length);
        expect(summary(rollups)).toEqual(recount(journeys));
        // As rows, the form stores keep: they read back whole, and two stores' worth of rows
        // (say, two batches) add up to the rows of all their events.
        expect(fromRows(toRows(rollups.days))).toEqual(rollups.days);
        const [first, second] = [emptyRollups(), emptyRollups()];
        events.forEach(({ key, event }, index) => {
          applyEvent(index % 2 === 0 ? first : second, key, event);
        });
        const summed = { days: fromRows([...toRows(first.days), ...toRows(second.days)]) };
        expect(summary({ ...rollups, ...summed })).toEqual(recount(journeys));
      }),
      { numRuns: 200 },
    );
  });

  it('counts provider attempts by reason', () => {
    const rollups = emptyRollups();
    const at = '2026-11-26T00:00:00.000Z';
    const attempt = (outcome: string, reason: string | null) => ({
      type: 'narration-attempted',
      journeyId: 'j',
      at,
      variants: {},
      data: { turn: 2, provider: 'openai', outcome, reason },
    });
    applyEvent(rollups, 'a1', attempt('failed', 'server-error'));
    applyEvent(rollups, 'a2', attempt('failed', 'server-error'));
    applyEvent(rollups, 'a3', attempt('ok', null));
    applyEvent(rollups, 'a4', attempt('skipped', 'circuit-open'));
    applyEvent(rollups, 'a5', attempt('repaired', 're-asked'));
    const day = rollups.days['2026-11-26'];
    // Skips (budget, breaker) and repairs are counted, neither as a failure.
    expect(day?.attempts).toEqual({
      'openai:server-error': { attempts: 2, failures: 2 },
      'openai:ok': { attempts: 1, failures: 0 },
      'openai:skipped (circuit-open)': { attempts: 1, failures: 0 },
      'openai:repaired (re-asked)': { attempts: 1, failures: 0 },
    });
    expect(day?.stories).toEqual({
      started: 0,
      completed: 0,
      beats: 0,
      endings: {},
      moderationCostUsd: 0,
    });
  });

  it('counts rows written before one row per turn as what they said', () => {
    const rollups = emptyRollups();
    const at = '2026-11-20T00:00:00.000Z';
    const row = (type: string, data: InsightEvent['data']): InsightEvent => ({
      type,
      journeyId: 'old',
      at,
      variants: { 'beat-reveal': 'whole' },
      data,
    });
    const beat = (turn: number) =>
      row('beat-served', { turn, narrator: 'storyteller', latencyMs: 1, fallback: false });
    [
      row('journey-started', { seed: 'old', setting: 'Night bus', genre: 'noir' }),
      beat(1),
      row('answer-given', { turn: 1, answer: 'yes' }),
      beat(2),
      row('answer-given', { turn: 2, answer: 'no' }),
      beat(3),
      row('journey-completed', { ending: 'arrival', length: 3 }),
    ].forEach((event, index) => applyEvent(rollups, String(index), event));
    const day = rollups.days['2026-11-20'];
    expect(day?.stories).toEqual({
      started: 1,
      completed: 1,
      beats: 3,
      endings: { arrival: 1 },
      moderationCostUsd: 0,
    });
    expect(day?.turns).toEqual({
      '1': { reached: 1, yes: 1, no: 0, ended: 0 },
      '2': { reached: 1, yes: 0, no: 1, ended: 0 },
      '3': { reached: 1, yes: 0, no: 0, ended: 1 },
    });
    expect(day?.variants).toEqual({
      'beat-reveal=whole': { visitors: 0, journeys: 1, completed: 1, beatsSquared: 9, beats: 3 },
    });
    expect(Object.keys(day?.narrators ?? {})).toEqual(['storyteller']);
  });

  it('reads latency percentiles from the histogram as bucket bounds', () => {
    const latency = Array.from({ length: LATENCY_BOUNDS.length + 1 }, () => 0);
    latency[0] = 50; // up to 5 ms
    latency[4] = 45; // up to 100 ms
    latency[7] = 5; // up to 1 s
    expect(latencyPercentile(latency, 50)).toBe(5);
    expect(latencyPercentile(latency, 95)).toBe(100);
    expect(latencyPercentile(latency, 99)).toBe(1000);
    expect(
      latencyPercentile(
        latency.map(() => 0),
        50,
      ),
    ).toBe(0);
  });
});
