/**
 * The journey use cases: start, answer, read, list, and the stateless opening and replay.
 * It ties the story domain, a narrator and a store together. It throws the story's errors and
 * its own (`JourneyError`); the app turns both into HTTP answers.
 */
import type { Moderation, Verdict } from '@liminal/moderation';
import type { Answer, Beat, Language, StoryState } from '@liminal/story';
import {
  STORYTELLER_NAME,
  appendBeat,
  createStory,
  decodeReplay,
  planNextBeat,
  questionOf,
  replayToken,
  startStory,
} from '@liminal/story';
import type { JourneyEvent, JourneyRecord, JourneyStore, Variants } from '../store/journey-store';
import type { BeatNarrator, NarratedBeat, NarrateOptions } from './beat-narrator';
import type { BeatTranslator, TranslationFacts } from './beat-translation';
import { createBeatTranslation } from './beat-translation';
import { createReadingLanguages } from './reading-languages';
import { JourneyError } from './journey-error';

export interface JourneyServiceOptions {
  store: JourneyStore;
  narrator: BeatNarrator;
  now: () => Date;
  newId: () => string;
  newSeed: () => string;
  /** Milliseconds since some fixed point, for latency. */
  clock?: () => number;
  /** Told of every event once it is stored (metrics on AWS). */
  onEvents?: (events: readonly JourneyEvent[]) => void;
  /**
   * Checks the seeds readers give (starting a journey, opening an opening, a replay or a share
   * link); without it, none is checked.
   */
  seeds?: SeedModeration;
  /** Told of every verdict on a seed (metrics, logs); never given the seed. */
  onSeedVerdict?: (verdict: SeedVerdict) => void;
  /**
   * Carries the storyteller's English beats into the language a story is read in, each checked by
   * `moderation` as an AI beat is; without it, such beats are read in English.
   */
  translation?: { translator: BeatTranslator; moderation?: Pick<Moderation, 'check'> };
}

/** A verdict on a seed, as `@liminal/moderation` gives it. */
export type SeedVerdict = Verdict;

/** What the service needs of moderation for readers' seeds. */
export type SeedModeration = Pick<Moderation, 'check'>;

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

export function createJourneyService(options: JourneyServiceOptions) {
  const { store, narrator } = options;
  const clock = options.clock ?? (() => performance.now());
  const translation = createBeatTranslation(
    options.translation?.translator,
    options.translation?.moderation,
  );
  const reading = createReadingLanguages(options.translation?.translator, translation);

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

  /** Refuses a seed the moderation blocks, with a message that does not repeat it. */
  async function checkSeed(seed: string): Promise<void> {
    if (options.seeds === undefined) return;
    const verdict = await options.seeds.check(seed, 'seed');
    options.onSeedVerdict?.(verdict);
    if (verdict.blocked) {
      throw new JourneyError(
        'seed-refused',
        'Those words cannot begin a story here. Try different ones, or leave the seed empty for a surprise.',
      );
    }
  }

  /** What a turn cost the journey (its budget): narration and moderation. */
  function spentOn(narrated: NarratedBeat): number {
    return (narrated.costUsd ?? 0) + (narrated.moderationCostUsd ?? 0);
  }

  async function loadJourney(id: string): Promise<JourneyRecord> {
    const record = await store.getJourney(id);
    if (record === null) throw new JourneyError('journey-not-found', 'There is no such journey.');
    return record;
  }

  interface Served {
    state: StoryState;
    beat: Beat;
    latencyMs: number;
    narrated: NarratedBeat;
    /** How the beat came to be in the reader's language; null when it needed nothing. */
    translation: TranslationFacts | null;
  }

  async function narrateNext(
    state: StoryState,
    answer: Answer | undefined,
    narrateOptions: NarrateOptions,
  ): Promise<Served> {
    const plan = answer === undefined ? planNextBeat(state) : planNextBeat(state, answer);
    const started = clock();
    const narrated = await narrator.narrate(state, plan, narrateOptions);
    // The reader waits for the translation too: it is part of the turn's latency.
    const shown = await translation.translateNewest(appendBeat(state, plan, narrated.narration));
    const latencyMs = Math.round((clock() - started) * 1000) / 1000;
    const next = shown.state;
    return {
      state: next,
      beat: next.beats[next.beats.length - 1] as Beat,
      latencyMs,
      narrated,
      translation: shown.facts,
    };
  }

  /**
   * What every turn's one event row says of its beat: who narrated it, how long it took, whether
   * it fell back, its tokens and cost, and the ending when it ended the story (the story's length
   * is then `turn`). One row per turn, not one per fact: a turn's write stays small.
   */
  function beatFacts(served: Served) {
    const { narrated, beat } = served;
    return {
      turn: beat.turn,
      narrator: narrated.narration.narrator,
      model: narrated.model ?? narrated.narration.narrator,
      latencyMs: served.latencyMs,
      fallback: narrated.fallback,
      inputTokens: narrated.usage?.inputTokens ?? 0,
      outputTokens: narrated.usage?.outputTokens ?? 0,
      costUsd: narrated.costUsd ?? 0,
      // Only when something was paid for: most turns have no AI beat to moderate.
      ...((narrated.moderationCostUsd ?? 0) > 0
        ? { moderationCostUsd: narrated.moderationCostUsd ?? 0 }
        : {}),
      ending: served.state.ending,
      // Only for a story read in another language than its narrator wrote.
      ...(served.translation ?? {}),
    };
  }

  /** Every provider attempt, when AI narrators were tried; the storyteller alone leaves none. */
  function attemptEvents(record: JourneyRecord, served: Served): JourneyEvent[] {
    const attempts = served.narrated.attempts ?? [];
    if (attempts.length === 1 && attempts[0]?.provider === STORYTELLER_NAME) return [];
    return attempts.map((attempt) =>
      event('narration-attempted', record, {
        turn: served.beat.turn,
        provider: attempt.provider,
        model: attempt.model,
        outcome: attempt.outcome,
        reason: attempt.reason ?? null,
        statusCode: attempt.statusCode ?? null,
        // Who blocked a beat and for what, never its text.
        ...(attempt.moderation === undefined
          ? {}
          : {
              moderator: attempt.moderation.moderator,
              categories: attempt.moderation.categories.join(','),
            }),
        retry: attempt.retry,
        latencyMs: attempt.latencyMs,
        costUsd: attempt.costUsd,
      }),
    );
  }

  return {
    /** The languages a story can be read in here, and why not where it cannot. */
    languages: reading.options,

    /** Starts a journey from a seed, a replay token, or a fresh random seed. */
    async start(
      visit: Visit,
      input: {
        seed?: string | undefined;
        replay?: string | undefined;
        language?: Language | undefined;
      },
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
      // A bad seed or replay token throws the story's own error, which the app answers with 400.
      let served: Served;
      if (input.replay !== undefined) {
        const started = clock();
        const replayed = replayToken(input.replay).state;
        await checkSeed(replayed.world.seed);
        const state = await reading.replayIn(replayed, input.language);
        const beat = state.beats[state.beats.length - 1] as Beat;
        served = {
          state,
          beat,
          latencyMs: clock() - started,
          narrated: {
            narration: { text: beat.text, narrator: STORYTELLER_NAME },
            fallback: false,
          },
          translation: null,
        };
      } else {
        if (input.seed !== undefined) await checkSeed(input.seed);
        const seed = input.seed ?? options.newSeed();
        const language = await reading.readableIn(input.language);
        served = await narrateNext(createStory(seed, language), undefined, narrateOptions);
      }
      // A visitor's first journey counts them once among their experiment arms' visitors (the
      // insights' sample-ratio check is on visitors, as assignment is). One indexed read a start.
      const firstJourney = (await store.listJourneys(visit.visitor, 1)).length === 0;
      const { state, beat } = served;
      const record: JourneyRecord = { ...base, state, costUsd: spentOn(served.narrated) };
      const startEvents = [
        event('journey-started', record, {
          seed: state.world.seed,
          setting: state.world.setting,
          genre: state.world.genre,
          replayed: input.replay !== undefined,
          firstJourney,
          ...beatFacts(served),
        }),
        ...attemptEvents(record, served),
      ];
      await store.createJourney(record, startEvents);
      options.onEvents?.(startEvents);
      return { record, beat, repeated: false };
    },

    /**
     * Answers the newest beat for `visitor`, who must be the one who began the journey: `turn` is
     * the number of the beat the answer leads to. The same turn and answer again return the
     * stored beat; anything else out of step is a 409 that says which turn is current.
     */
    async answer(
      id: string,
      turn: number,
      answer: Answer,
      visitor: string,
      narrateOptions: NarrateOptions = {},
    ): Promise<TurnResult> {
      const record = await loadJourney(id);
      if (record.visitor !== visitor) {
        throw new JourneyError(
          'not-your-journey',
          'Only the reader who began this journey can answer it. Its share link shows the story so far.',
        );
      }
      const current = record.state.beats.length;
      const details = {
        currentTurn: current,
        nextTurn: record.state.ending === null ? current + 1 : null,
      };
      const existing = record.state.beats[turn - 1];
      if (turn === current && turn >= 2 && existing !== undefined) {
        if (record.state.answers[turn - 2] === answer)
          return { record, beat: existing, repeated: true };
        throw new JourneyError(
          'answer-conflict',
          `Turn ${turn} was already answered differently.`,
          details,
        );
      }
      if (turn <= current)
        throw new JourneyError(
          'stale-turn',
          `Turn ${turn} is in the past; the journey is at turn ${current}.`,
          details,
        );
      if (record.state.ending !== null)
        throw new JourneyError('journey-ended', 'This journey has ended.', details);
      if (turn > current + 1)
        throw new JourneyError(
          'future-turn',
          `Turn ${turn} is ahead of the journey; the next turn is ${current + 1}.`,
          details,
        );

      const next = await narrateNext(record.state, answer, {
        ...narrateOptions,
        journeySpentUsd: record.costUsd,
      });
      const updated: JourneyRecord = {
        ...record,
        state: next.state,
        costUsd: record.costUsd + spentOn(next.narrated),
        updatedAt: options.now().toISOString(),
      };
      const beat = next.beat;
      // The answer that led to this beat, with the beat: the turn's one row. What was answered
      // (the storyteller's question, where the story stood) goes with it, for the insights.
      const answered = record.state.beats[current - 1];
      const turnEvents = [
        event('beat-served', updated, {
          answer,
          answeredArc: answered?.arc ?? null,
          answeredQuestion: answered === undefined ? null : questionOf(answered),
          ...beatFacts(next),
        }),
        ...attemptEvents(updated, next),
      ];
      const written = await store.appendTurn(updated, current, turnEvents);
      if (written) {
        options.onEvents?.(turnEvents);
        return { record: updated, beat, repeated: false };
      }
      // Another request answered this turn first: its beat stands, if it gave the same answer.
      const winner = await loadJourney(id);
      const theirs = winner.state.beats[turn - 1];
      if (theirs !== undefined && winner.state.answers[turn - 2] === answer) {
        return { record: winner, beat: theirs, repeated: true };
      }
      throw new JourneyError(
        'answer-conflict',
        `Turn ${turn} was answered differently at the same moment.`,
        { currentTurn: winner.state.beats.length },
      );
    },

    /**
     * A journey, whole, for the visitor who began it. Anyone else is told it does not exist:
     * others read a journey only through a share link, and only up to the turn it was made at.
     */
    async get(id: string, visitor: string): Promise<JourneyRecord> {
      const record = await loadJourney(id);
      if (record.visitor !== visitor) {
        throw new JourneyError('journey-not-found', 'There is no such journey.');
      }
      return record;
    },

    list(visitor: string, limit = 50) {
      return store.listJourneys(visitor, limit);
    },

    /** The opening beat of a seed, without storing anything: deterministic, so cacheable. */
    async opening(seed: string): Promise<StoryState> {
      await checkSeed(seed);
      return startStory(seed);
    },

    /**
     * A whole story from a replay token, without storing anything; `retold` when the token came
     * from an earlier storyteller and the words have changed since.
     */
    async replay(
      token: string,
      language?: Language,
    ): Promise<{ state: StoryState; retold: boolean }> {
      const replayed = replayToken(token);
      await checkSeed(replayed.state.world.seed);
      return { ...replayed, state: await reading.replayIn(replayed.state, language) };
    },

    /**
     * A journey as a share link shows it: its stored words (whoever narrated them) up to the
     * turn the link was made at. The link's replay token must be this journey's seed and a
     * prefix of its answers; otherwise, or when the journey is gone, 'journey-not-found' (the
     * reader's screen then replays the token with the built-in storyteller).
     */
    async shared(id: string, token: string): Promise<StoryState> {
      const { seed, answers } = decodeReplay(token);
      await checkSeed(seed);
      const { state } = await loadJourney(id);
      const matches =
        seed === state.world.seed &&
        answers.length <= state.answers.length &&
        answers.every((answer, index) => state.answers[index] === answer);
      if (!matches) {
        throw new JourneyError('journey-not-found', 'No journey matches this share link.');
      }
      const beats = state.beats.slice(0, answers.length + 1);
      return { ...state, beats, answers, ending: beats.at(-1)?.ending ?? null };
    },
  };
}

export type JourneyService = ReturnType<typeof createJourneyService>;
