/**
 * The journey use cases: start, answer, read, list, and the stateless opening and replay.
 * It ties the story domain, a narrator and a store together; HTTP lives elsewhere.
 */
import type { Answer, Beat, StoryState } from '@liminal/story';
import {
  StoryError,
  appendBeat,
  createStory,
  decodeReplay,
  planNextBeat,
  replayStory,
  startStory,
} from '@liminal/story';
import { HttpError } from '../http/http-error';
import type { JourneyEvent, JourneyRecord, JourneyStore, Variants } from '../store/journey-store';
import type { BeatNarrator, NarrateOptions } from './beat-narrator';

export interface JourneyServiceOptions {
  store: JourneyStore;
  narrator: BeatNarrator;
  now: () => Date;
  newId: () => string;
  newSeed: () => string;
  /** Milliseconds since some fixed point, for latency. */
  clock?: () => number;
}

export interface Visit {
  visitor: string;
  variants: Variants;
}

export interface TurnResult {
  record: JourneyRecord;
  beat: Beat;
  /** True when this turn had already been answered the same way and was returned as stored. */
  repeated: boolean;
}

function storyErrorToHttp(error: unknown): never {
  if (error instanceof StoryError) {
    if (error.code === 'invalid-seed') throw new HttpError(400, 'invalid-seed', error.message);
    if (error.code === 'invalid-replay') throw new HttpError(400, 'invalid-replay', error.message);
  }
  throw error;
}

export function createJourneyService(options: JourneyServiceOptions) {
  const { store, narrator } = options;
  const clock = options.clock ?? (() => performance.now());

  function event(
    type: JourneyEvent['type'],
    record: JourneyRecord,
    data: JourneyEvent['data'],
  ): JourneyEvent {
    return {
      type,
      journeyId: record.id,
      visitor: record.visitor,
      at: record.updatedAt,
      variants: record.variants,
      data,
    };
  }

  function completionEvents(record: JourneyRecord): JourneyEvent[] {
    const ending = record.state.ending;
    if (ending === null) return [];
    return [event('journey-completed', record, { ending, length: record.state.beats.length })];
  }

  async function loadJourney(id: string): Promise<JourneyRecord> {
    const record = await store.getJourney(id);
    if (record === null) throw new HttpError(404, 'journey-not-found', 'There is no such journey.');
    return record;
  }

  async function narrateNext(
    state: StoryState,
    answer: Answer | undefined,
    narrateOptions: NarrateOptions,
  ): Promise<{ state: StoryState; latencyMs: number; fallback: boolean; narrator: string }> {
    const plan = answer === undefined ? planNextBeat(state) : planNextBeat(state, answer);
    const started = clock();
    const { narration, fallback } = await narrator.narrate(state, plan, narrateOptions);
    const latencyMs = Math.round((clock() - started) * 1000) / 1000;
    return {
      state: appendBeat(state, plan, narration),
      latencyMs,
      fallback,
      narrator: narration.narrator,
    };
  }

  return {
    /** Starts a journey from a seed, a replay token, or a fresh random seed. */
    async start(
      visit: Visit,
      input: { seed?: string | undefined; replay?: string | undefined },
      narrateOptions: NarrateOptions = {},
    ): Promise<TurnResult> {
      const at = options.now().toISOString();
      const base = {
        id: options.newId(),
        visitor: visit.visitor,
        variants: visit.variants,
        createdAt: at,
        updatedAt: at,
      };
      let state: StoryState;
      let served: { latencyMs: number; fallback: boolean; narrator: string };
      try {
        if (input.replay !== undefined) {
          const replay = decodeReplay(input.replay);
          const started = clock();
          state = replayStory(replay.seed, replay.answers);
          served = { latencyMs: clock() - started, fallback: false, narrator: 'storyteller' };
        } else {
          const next = await narrateNext(
            createStory(input.seed ?? options.newSeed()),
            undefined,
            narrateOptions,
          );
          state = next.state;
          served = next;
        }
      } catch (error) {
        storyErrorToHttp(error);
      }
      const record: JourneyRecord = { ...base, state };
      const beat = state.beats[state.beats.length - 1] as Beat;
      await store.createJourney(record, [
        event('journey-started', record, {
          seed: state.world.seed,
          setting: state.world.setting,
          genre: state.world.genre,
          replayed: input.replay !== undefined,
        }),
        event('beat-served', record, {
          turn: beat.turn,
          narrator: served.narrator,
          latencyMs: served.latencyMs,
          fallback: served.fallback,
        }),
        ...completionEvents(record),
      ]);
      return { record, beat, repeated: false };
    },

    /**
     * Answers the newest beat: `turn` is the number of the beat the answer leads to. The same
     * turn and answer again return the stored beat; anything else out of step is a 409 that
     * says which turn is current.
     */
    async answer(
      id: string,
      turn: number,
      answer: Answer,
      narrateOptions: NarrateOptions = {},
    ): Promise<TurnResult> {
      const record = await loadJourney(id);
      const current = record.state.beats.length;
      const details = {
        currentTurn: current,
        nextTurn: record.state.ending === null ? current + 1 : null,
      };
      const existing = record.state.beats[turn - 1];
      if (turn === current && turn >= 2 && existing !== undefined) {
        if (record.state.answers[turn - 2] === answer)
          return { record, beat: existing, repeated: true };
        throw new HttpError(
          409,
          'answer-conflict',
          `Turn ${turn} was already answered differently.`,
          { details },
        );
      }
      if (turn <= current)
        throw new HttpError(
          409,
          'stale-turn',
          `Turn ${turn} is in the past; the journey is at turn ${current}.`,
          { details },
        );
      if (record.state.ending !== null)
        throw new HttpError(409, 'journey-ended', 'This journey has ended.', { details });
      if (turn > current + 1)
        throw new HttpError(
          409,
          'future-turn',
          `Turn ${turn} is ahead of the journey; the next turn is ${current + 1}.`,
          { details },
        );

      const next = await narrateNext(record.state, answer, narrateOptions);
      const updated: JourneyRecord = {
        ...record,
        state: next.state,
        updatedAt: options.now().toISOString(),
      };
      const beat = next.state.beats[next.state.beats.length - 1] as Beat;
      const written = await store.appendTurn(updated, current, [
        event('answer-given', updated, { turn: current, answer }),
        event('beat-served', updated, {
          turn: beat.turn,
          narrator: next.narrator,
          latencyMs: next.latencyMs,
          fallback: next.fallback,
        }),
        ...completionEvents(updated),
      ]);
      if (written) return { record: updated, beat, repeated: false };
      // Another request answered this turn first: its beat stands, if it gave the same answer.
      const winner = await loadJourney(id);
      const theirs = winner.state.beats[turn - 1];
      if (theirs !== undefined && winner.state.answers[turn - 2] === answer) {
        return { record: winner, beat: theirs, repeated: true };
      }
      throw new HttpError(
        409,
        'answer-conflict',
        `Turn ${turn} was answered differently at the same moment.`,
        {
          details: { currentTurn: winner.state.beats.length },
        },
      );
    },

    get: loadJourney,

    list(visitor: string, limit = 50) {
      return store.listJourneys(visitor, limit);
    },

    /** The opening beat of a seed, without storing anything: deterministic, so cacheable. */
    opening(seed: string): StoryState {
      try {
        return startStory(seed);
      } catch (error) {
        storyErrorToHttp(error);
      }
    },

    /** A whole story from a replay token, without storing anything. */
    replay(token: string): StoryState {
      try {
        const replay = decodeReplay(token);
        return replayStory(replay.seed, replay.answers);
      } catch (error) {
        storyErrorToHttp(error);
      }
    },
  };
}

export type JourneyService = ReturnType<typeof createJourneyService>;
