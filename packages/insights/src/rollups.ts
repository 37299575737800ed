/**
 * Daily rollups of the stored events, kept up to date as events are written, so the insights
 * page reads a row per day and dimension instead of every event. The same code runs wherever
 * events are written: locally in the turn's own SQLite transaction, on AWS from the journeys
 * table's stream. Every counter is a sum, so the order events arrive in does not matter; each
 * event carries a key (its stored id), and an event whose key was applied already is skipped,
 * so a redelivered stream record counts once.
 */

/** What rollups read of an event: the shape the stores keep (see JourneyEvent in the API). */
export interface InsightEvent {
  type: string;
  journeyId: string;
  at: string;
  variants: Readonly<Record<string, string>>;
  data: Readonly<Record<string, string | number | boolean | null>>;
}

/** Upper bounds of the latency histogram, in ms: percentiles are read from it. */
export const LATENCY_BOUNDS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000];

export interface StoryCounters {
  started: number;
  completed: number;
  /** Beats served, the opening included. */
  beats: number;
  /** Completed journeys by ending kind. */
  endings: Record<string, number>;
  /** What moderating AI beats cost, USD (apart from narration). */
  moderationCostUsd: number;
}

export interface VariantCounters {
  /** Visitors whose first journey was in this arm (each counted once, on that journey). */
  visitors: number;
  journeys: number;
  completed: number;
  beats: number;
  /**
   * The sum of each journey's length squared, for the interval of the mean: a journey's square
   * grows by 2L - 1 as it reaches beat L, so each beat adds that and no event need know the end.
   */
  beatsSquared: number;
}

export interface NarratorCounters {
  beats: number;
  fallbacks: number;
  costUsd: number;
  /** Beats by latency: index i counts those up to LATENCY_BOUNDS[i], the last any slower. */
  latency: number[];
}

export interface TurnCounters {
  /** Beats served at this turn. */
  reached: number;
  yes: number;
  no: number;
  /** Journeys that ended at this turn. */
  ended: number;
}

/** Answers given to one question, or at one arc position. */
export interface AnswerCounters {
  yes: number;
  no: number;
}

export interface AttemptCounters {
  attempts: number;
  failures: number;
}

/** One day's counters, by dimension. */
export interface DayRollup {
  stories: StoryCounters;
  /** By "experiment=variant". */
  variants: Record<string, VariantCounters>;
  /** By narrator name. */
  narrators: Record<string, NarratorCounters>;
  /** By turn number. */
  turns: Record<string, TurnCounters>;
  /**
   * Provider attempts when AI narrators were tried, by "provider:reason": "ok" when it served,
   * "repaired (...)" when it served after a repair, "skipped (...)" when the budget or the
   * circuit breaker kept it out, else the failure's reason.
   */
  attempts: Record<string, AttemptCounters>;
  /** Answers by the storyteller's question (its storylet id) they answered. */
  questions: Record<string, AnswerCounters>;
  /** Answers by the arc position of the beat they answered. */
  arcs: Record<string, AnswerCounters>;
}

export interface Rollups {
  /** By day, "2026-11-26" (UTC, from the event's time). */
  days: Record<string, DayRollup>;
  /** Keys of the events applied. */
  applied: Set<string>;
}

export function emptyRollups(): Rollups {
  return { days: {}, applied: new Set() };
}

function emptyDay(): DayRollup {
  return {
    stories: { started: 0, completed: 0, beats: 0, endings: {}, moderationCostUsd: 0 },
    variants: {},
    narrators: {},
    turns: {},
    attempts: {},
    questions: {},
    arcs: {},
  };
}

function counter<T>(table: Record<string, T>, key: string, make: () => T): T {
  let found = table[key];
  if (found === undefined) {
    found = make();
    table[key] = found;
  }
  return found;
}

const newNarrator = (): NarratorCounters => ({
  beats: 0,
  fallbacks: 0,
  costUsd: 0,
  latency: Array.from({ length: LATENCY_BOUNDS.length + 1 }, () => 0),
});
const newTurn = (): TurnCounters => ({ reached: 0, yes: 0, no: 0, ended: 0 });
const newAnswers = (): AnswerCounters => ({ yes: 0, no: 0 });
const newArm = (): VariantCounters => ({
  visitors: 0,
  journeys: 0,
  completed: 0,
  beats: 0,
  beatsSquared: 0,
});

function latencyBucket(ms: number): number {
  const index = LATENCY_BOUNDS.findIndex((bound) => ms <= bound);
  return index === -1 ? LATENCY_BOUNDS.length : index;
}

/** A beat's counters: the row every turn writes (`journey-started` or `beat-served`). */
function countBeat(day: DayRollup, event: InsightEvent): void {
  const { data } = event;
  const turn = Number(data['turn']);
  const ending = typeof data['ending'] === 'string' ? data['ending'] : null;
  day.stories.beats += 1;
  day.stories.moderationCostUsd += Number(data['moderationCostUsd'] ?? 0);
  if (ending !== null) {
    day.stories.completed += 1;
    day.stories.endings[ending] = (day.stories.endings[ending] ?? 0) + 1;
  }
  const narrator = counter(day.narrators, String(data['narrator']), newNarrator);
  narrator.beats += 1;
  if (data['fallback'] === true) narrator.fallbacks += 1;
  narrator.costUsd += Number(data['costUsd'] ?? 0);
  const bucket = latencyBucket(Number(data['latencyMs'] ?? 0));
  narrator.latency[bucket] = (narrator.latency[bucket] ?? 0) + 1;
  const atTurn = counter(day.turns, String(turn), newTurn);
  atTurn.reached += 1;
  if (ending !== null) atTurn.ended += 1;
  // The answer that led to this beat was given at the turn before.
  const answer = data['answer'];
  if (answer === 'yes' || answer === 'no') {
    counter(day.turns, String(turn - 1), newTurn)[answer] += 1;
    const { answeredQuestion: question, answeredArc: arc } = data;
    if (typeof question === 'string') counter(day.questions, question, newAnswers)[answer] += 1;
    if (typeof arc === 'string') counter(day.arcs, arc, newAnswers)[answer] += 1;
  }
  countArms(day, event, {
    started: event.type === 'journey-started',
    completed: ending !== null,
    beatAt: turn,
  });
}

/** An event's share of each experiment arm its reader was in. */
function countArms(
  day: DayRollup,
  event: InsightEvent,
  counts: { started?: boolean; completed?: boolean; beatAt?: number },
): void {
  for (const [experiment, variant] of Object.entries(event.variants)) {
    const arm = counter(day.variants, `${experiment}=${variant}`, newArm);
    if (counts.started === true && event.data['firstJourney'] === true) arm.visitors += 1;
    if (counts.beatAt !== undefined) {
      arm.beats += 1;
      arm.beatsSquared += 2 * counts.beatAt - 1;
    }
    if (counts.started === true) arm.journeys += 1;
    if (counts.completed === true) arm.completed += 1;
  }
}

/**
 * Adds one event to the rollups, unless its key was applied already. Returns whether it counted.
 * Rows written before one row per turn (a `journey-started` without a beat, `answer-given`,
 * `journey-completed`) count as what they said, so an older store's events roll up alike.
 */
export function applyEvent(rollups: Rollups, key: string, event: InsightEvent): boolean {
  if (rollups.applied.has(key)) return false;
  rollups.applied.add(key);
  const day = counter(rollups.days, event.at.slice(0, 10), emptyDay);
  switch (event.type) {
    case 'journey-started':
      day.stories.started += 1;
      // Rows from before one row per turn carry no beat: their opening came as a beat-served.
      if (event.data['turn'] === undefined) countArms(day, event, { started: true });
      else countBeat(day, event);
      break;
    case 'beat-served':
      countBeat(day, event);
      break;
    // Written only before one row per turn (never beside the rows that now carry the same facts).
    case 'answer-given': {
      const answer = event.data['answer'];
      if (answer === 'yes' || answer === 'no')
        counter(day.turns, String(event.data['turn']), newTurn)[answer] += 1;
      break;
    }
    case 'journey-completed': {
      const ending = String(event.data['ending']);
      day.stories.completed += 1;
      day.stories.endings[ending] = (day.stories.endings[ending] ?? 0) + 1;
      counter(day.turns, String(event.data['length']), newTurn).ended += 1;
      countArms(day, event, { completed: true });
      break;
    }
    case 'narration-attempted': {
      const outcome = String(event.data['outcome']);
      const reason = String(event.data['reason'] ?? outcome);
      const served = outcome === 'ok' || outcome === 'repaired';
      const label =
        outcome === 'ok'
          ? 'ok'
          : outcome === 'repaired' || outcome === 'skipped'
            ? `${outcome} (${reason})`
            : reason;
      const attempts = counter(day.attempts, `${String(event.data['provider'])}:${label}`, () => ({
        attempts: 0,
        failures: 0,
      }));
      attempts.attempts += 1;
      if (!served && outcome !== 'skipped') attempts.failures += 1;
      break;
    }
    default:
      break;
  }
  return true;
}

/** The latency at percentile `p` (0-100) from a histogram: the upper bound of its bucket. */
export function latencyPercentile(latency: readonly number[], p: number): number {
  const total = latency.reduce((sum, count) => sum + count, 0);
  if (total === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * total));
  let seen = 0;
  for (const [index, count] of latency.entries()) {
    seen += count;
    if (seen >= rank) return LATENCY_BOUNDS[index] ?? Infinity;
  }
  return Infinity;
}

/**
 * One counter of one day as a row: what a store keeps, and adds to with each write (every
 * counter is a sum, so a store adds a batch's rows to its own without reading them first).
 */
export interface RollupRow {
  day: string;
  /** "started", "ending", "variant.journeys", "narrator.latency", "turn.yes", "attempt.failures"... */
  metric: string;
  /** The dimension's value: the ending kind, "beat-reveal=whole", "storyteller#3", the turn. */
  key: string;
  value: number;
}

/** The rollups' counters as rows, zeros left out. */
export function toRows(days: Readonly<Record<string, DayRollup>>): RollupRow[] {
  const rows: RollupRow[] = [];
  const add = (day: string, metric: string, key: string, value: number) => {
    if (value !== 0) rows.push({ day, metric, key, value });
  };
  for (const [day, rollup] of Object.entries(days)) {
    const { stories } = rollup;
    add(day, 'started', '', stories.started);
    add(day, 'completed', '', stories.completed);
    add(day, 'moderationCostUsd', '', stories.moderationCostUsd);
    // No 'beats' or 'narrator.beats' rows: every beat counts in its turn's `reached` and in its
    // narrator's latency histogram, which sum to them (see fromRows); two writes fewer a turn.
    for (const [ending, count] of Object.entries(stories.endings))
      add(day, 'ending', ending, count);
    for (const [narrator, counts] of Object.entries(rollup.narrators)) {
      add(day, 'narrator.fallbacks', narrator, counts.fallbacks);
      add(day, 'narrator.costUsd', narrator, counts.costUsd);
      counts.latency.forEach((count, bucket) => {
        add(day, 'narrator.latency', `${narrator}#${String(bucket)}`, count);
      });
    }
    // The plain tables: a row per key and counter, named "<group>.<counter>".
    const plain: [string, Record<string, object>][] = [
      ['variant', rollup.variants],
      ['turn', rollup.turns],
      ['attempt', rollup.attempts],
      ['question', rollup.questions],
      ['arc', rollup.arcs],
    ];
    for (const [group, table] of plain)
      for (const [key, counts] of Object.entries(table))
        for (const [field, value] of Object.entries(counts) as [string, number][])
          add(day, `${group}.${field}`, key, value);
  }
  return rows;
}

/** Rows back into days: the inverse of `toRows`, summing rows that share a counter. */
export function fromRows(rows: Iterable<RollupRow>): Record<string, DayRollup> {
  const days: Record<string, DayRollup> = {};
  for (const { day: date, metric, key, value } of rows) {
    const day = counter(days, date, emptyDay);
    const [group, field = ''] = metric.split('.');
    switch (group) {
      case 'started':
      case 'completed':
      case 'moderationCostUsd':
        day.stories[group] += value;
        break;
      case 'ending':
        day.stories.endings[key] = (day.stories.endings[key] ?? 0) + value;
        break;
      case 'variant': {
        counter(day.variants, key, newArm)[field as keyof VariantCounters] += value;
        break;
      }
      case 'narrator': {
        if (field === 'latency') {
          const hash = key.lastIndexOf('#');
          const counts = counter(day.narrators, key.slice(0, hash), newNarrator);
          const bucket = Number(key.slice(hash + 1));
          counts.latency[bucket] = (counts.latency[bucket] ?? 0) + value;
        } else if (field !== 'beats') {
          const counts = counter(day.narrators, key, newNarrator);
          counts[field as 'fallbacks' | 'costUsd'] += value;
        }
        break;
      }
      case 'turn':
        counter(day.turns, key, newTurn)[field as keyof TurnCounters] += value;
        break;
      case 'attempt': {
        const counts = counter(day.attempts, key, () => ({ attempts: 0, failures: 0 }));
        counts[field as keyof AttemptCounters] += value;
        break;
      }
      case 'question':
        counter(day.questions, key, newAnswers)[field as keyof AnswerCounters] += value;
        break;
      case 'arc':
        counter(day.arcs, key, newAnswers)[field as keyof AnswerCounters] += value;
        break;
      default:
        break;
    }
  }
  // Beats from the counters every beat adds to as well ('beats' rows of older stores, the same
  // figures, are passed over).
  for (const day of Object.values(days)) {
    day.stories.beats = Object.values(day.turns).reduce((sum, turn) => sum + turn.reached, 0);
    for (const narrator of Object.values(day.narrators))
      narrator.beats = narrator.latency.reduce((sum, count) => sum + count, 0);
  }
  return days;
}
