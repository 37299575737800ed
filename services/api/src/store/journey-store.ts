/**
 * The storage contract: journeys and their events. Three implementations (memory, SQLite,
 * DynamoDB) pass one shared contract suite (`journey-store.contract.ts`). Types and errors only.
 */
import type { JourneySummaryView, Variants } from '@liminal/contract';
import type { StoryState } from '@liminal/story';
import type { TranslationCache } from '@liminal/translation';
import { ApiServiceError } from '../errors';

export type { Variants } from '@liminal/contract';

export interface JourneyRecord {
  id: string;
  /** The visitor who owns the journey (the stable visitor cookie). */
  visitor: string;
  state: StoryState;
  variants: Variants;
  /** USD spent on this journey so far: narration, and moderation of its AI beats. */
  costUsd: number;
  /** ISO-8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** A journey in a visitor's list: stores return it in the shape the API shows (the contract's). */
export type JourneySummary = JourneySummaryView;

/**
 * A turn writes one row: `journey-started` for the opening beat, `beat-served` (with the answer
 * it follows) for each later one, both with the beat's narration facts and the ending when there
 * is one; `narration-attempted` rows only when AI narrators were tried. The last two types were
 * written by versions before that, and are still read from stores that hold them.
 */
export const EVENT_TYPES = [
  'journey-started',
  'narration-attempted',
  'beat-served',
  'answer-given',
  'journey-completed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface JourneyEvent {
  type: EventType;
  journeyId: string;
  visitor: string;
  at: string;
  variants: Variants;
  /** Type-specific facts: narrator, latency, fallback, answer, ending, length. No reader text. */
  data: Readonly<Record<string, string | number | boolean | null>>;
}

export interface EventQuery {
  journeyId?: string;
  type?: EventType;
  limit?: number;
}

export interface JourneyStore {
  /** Stores a new journey and its events atomically. Throws `JourneyExistsError` on a taken id. */
  createJourney(record: JourneyRecord, events: readonly JourneyEvent[]): Promise<void>;
  getJourney(id: string): Promise<JourneyRecord | null>;
  /**
   * Replaces the journey's state with `record.state` and records the events, atomically, only if
   * the stored journey still has `expectedTurn` beats. Returns false (and writes nothing) when
   * another writer got there first; throws `JourneyNotFoundError` when there is no such journey.
   */
  appendTurn(
    record: JourneyRecord,
    expectedTurn: number,
    events: readonly JourneyEvent[],
  ): Promise<boolean>;
  /** The visitor's journeys, most recently updated first. */
  listJourneys(visitor: string, limit: number): Promise<JourneySummary[]>;
  /** Events in the order recorded (oldest first). */
  listEvents(query?: EventQuery): Promise<JourneyEvent[]>;
  /**
   * The storyteller's sentences as translated, per language: kept with the journeys so every
   * reader after the first is served them (SQLite locally, DynamoDB on AWS).
   */
  readonly translations: TranslationCache;
  close(): Promise<void>;
}

/** Base error of the storage layer. */
export class StoreError extends ApiServiceError {
  override readonly name: string = 'StoreError';
}

export class JourneyExistsError extends StoreError {
  override readonly name = 'JourneyExistsError';
  constructor(id: string) {
    super(`A journey with id ${id} already exists.`);
  }
}

export class JourneyNotFoundError extends StoreError {
  override readonly name = 'JourneyNotFoundError';
  constructor(id: string) {
    super(`No journey with id ${id}.`);
  }
}

/** Summary of a record, shared by the implementations. */
export function summarise(record: JourneyRecord): JourneySummary {
  return {
    id: record.id,
    seed: record.state.world.seed,
    turn: record.state.beats.length,
    ending: record.state.ending,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
