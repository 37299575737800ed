/**
 * Story state: everything a journey needs to continue, as plain JSON. Saved state carries a
 * format version; `loadStory` accepts formats from OLDEST_FORMAT to FORMAT, migrating older ones,
 * and rejects the rest with a typed error that says why.
 */
import { InvalidStateError, UnsupportedFormatError } from './errors';
import type { Effect, Ledger } from './ledger/ledger';
import { createLedger } from './ledger/ledger';
import { findLedgerProblem, findPendingProblem } from './ledger/ledger-check';
import { migrateFormat1 } from './ledger/migrate';
import type { Language } from './languages/language';
import { DEFAULT_LANGUAGE, isLanguage } from './languages/language';
import type { World } from './world/world';
import { createWorld, findWorldProblem, startOf } from './world/world';

import type { Answer, ArcPosition, EndingKind, ThreadKind } from './vocabulary';
import {
  ARC_POSITIONS,
  START_CONTINUITY,
  isAnswer,
  isEndingKind,
  isThreadKind,
  MAX_CONTINUITY,
  MIN_CONTINUITY,
} from './vocabulary';

export type { Answer, ArcPosition, EndingKind, ThreadKind } from './vocabulary';
export {
  ANSWERS,
  ARC_POSITIONS,
  ENDING_KINDS,
  MAX_CONTINUITY,
  MIN_CONTINUITY,
  START_CONTINUITY,
  THREAD_KINDS,
} from './vocabulary';

export interface Beat {
  /** 1 for the opening beat. */
  turn: number;
  text: string;
  /** Which narrator spoke this beat ("storyteller", "openai", ...). */
  narrator: string;
  arc: ArcPosition;
  /** The answer to this beat's question that holds the world together; null for an ending. */
  hold: Answer | null;
  ending: EndingKind | null;
  plant: ThreadKind | null;
  payoff: ThreadKind | null;
  /** Narrator-specific provenance, such as the storyteller's storylets. */
  source?: string;
  /** The language `text` is written in, when not English (an AI narrator writing directly). */
  language?: Language;
  /** The beat in the story's language, when it was told in another and translated. */
  translation?: BeatTranslation;
}

/** A beat carried into the reader's language. */
export interface BeatTranslation {
  language: Language;
  text: string;
}

/** The words a reader reads for a beat: its translation, when it has one. */
export function shownText(beat: Beat): string {
  return beat.translation?.text ?? beat.text;
}

/** The language of the words a reader reads for a beat. */
export function shownLanguage(beat: Beat): Language {
  return beat.translation?.language ?? beat.language ?? DEFAULT_LANGUAGE;
}

/** What one answer to a question will establish. */
export interface Outcome {
  /** The storyteller's sentence telling what the answer did; other narrators write their own. */
  text?: string;
  effects: Effect[];
  /** A clause in the simple past for later callbacks: "you kept the key Mara pressed on you". */
  recall?: string;
}

/** What each answer to the newest beat's question will establish. */
export interface PendingChoice {
  yes: Outcome;
  no: Outcome;
}

export interface StoryState {
  format: typeof ENGLISH_FORMAT | typeof FORMAT;
  world: World;
  beats: Beat[];
  /** `answers[i]` answers `beats[i]`. */
  answers: Answer[];
  /** 0-6: how firmly the world holds together. */
  continuity: number;
  arc: ArcPosition;
  ending: EndingKind | null;
  /** What the story has established so far. */
  ledger: Ledger;
  /** What the answers to the newest beat will establish; null when no narrator said. */
  pending: PendingChoice | null;
  /** The language the reader reads the story in, when not English. */
  language?: Language;
}

/**
 * Format 2 added the ledger and the pending choice (and dropped the thread lists and summary
 * they replace). Format 1 states are migrated on load; see `ledger/migrate.ts`.
 */
export const FORMAT = 3;
/**
 * Format 3 is a story read in another language than English (it names its `language`); an
 * English story is still saved in format 2, which every release since the ledger loads. So a
 * release rolled back to one that knows only format 2 refuses a Spanish story plainly rather
 * than carry it on in English, and goes on with every English one.
 */
export const ENGLISH_FORMAT = 2;
export const OLDEST_FORMAT = 1;

/**
 * A new story for a seed, before its opening beat, read in `language` (English by default: an
 * English story's state names no language, as every state did before there were others).
 */
export function createStory(seed: string, language: Language = DEFAULT_LANGUAGE): StoryState {
  const world = createWorld(seed);
  const state: StoryState = {
    format: language === DEFAULT_LANGUAGE ? ENGLISH_FORMAT : FORMAT,
    world,
    beats: [],
    answers: [],
    continuity: START_CONTINUITY,
    arc: 'opening',
    ending: null,
    ledger: createLedger(startOf(world)),
    pending: null,
  };
  if (language !== DEFAULT_LANGUAGE) state.language = language;
  return state;
}

/** The language a story is read in. */
export function storyLanguage(state: StoryState): Language {
  return state.language ?? DEFAULT_LANGUAGE;
}

/** The turn number of the next beat. */
export function nextTurn(state: StoryState): number {
  return state.beats.length + 1;
}

/** Serialises a state to JSON text. */
export function serialiseStory(state: StoryState): string {
  return JSON.stringify(state);
}

/**
 * Loads a state from JSON text or a parsed object, checking its format version and its
 * invariants, and migrating older formats. Throws `UnsupportedFormatError` or
 * `InvalidStateError`; never returns a state that the rest of the domain could choke on.
 */
export function loadStory(input: unknown): StoryState {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new InvalidStateError('The saved story is not valid JSON.', { cause: error });
    }
  }
  if (!isRecord(value)) throw new InvalidStateError('The saved story is not an object.');
  const format = value['format'];
  if (typeof format !== 'number' || format < OLDEST_FORMAT || format > FORMAT) {
    throw new UnsupportedFormatError(format, OLDEST_FORMAT, FORMAT);
  }
  if (format === 1) {
    const problem = findCommonProblem(value, { legacy: true });
    if (problem !== null)
      throw new InvalidStateError(`The saved story is inconsistent: ${problem}.`);
    return migrateFormat1(value as unknown as Parameters<typeof migrateFormat1>[0]);
  }
  const problem =
    findCommonProblem(value, { legacy: false }) ??
    // Format 3 names the language it is read in; format 2 is English and names none.
    ((format === FORMAT) === (value['language'] === undefined)
      ? `format ${String(format)} ${format === FORMAT ? 'lacks a language' : 'names a language'}`
      : null);
  if (problem !== null) throw new InvalidStateError(`The saved story is inconsistent: ${problem}.`);
  return value as unknown as StoryState;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems shared by every format: the world, the beats, the answers, continuity. */
function findCommonProblem(
  state: Record<string, unknown>,
  { legacy }: { legacy: boolean },
): string | null {
  const worldProblem = findWorldProblem(state['world'], { legacy });
  if (worldProblem !== null) return worldProblem;
  const beats = state['beats'];
  const answers = state['answers'];
  if (!Array.isArray(beats) || !Array.isArray(answers)) return 'beats and answers must be lists';
  if (!answers.every(isAnswer)) return 'an answer is neither yes nor no';
  for (const [index, beat] of (beats as unknown[]).entries()) {
    if (!isRecord(beat)) return `beat ${index + 1} is not an object`;
    if (beat['turn'] !== index + 1) return `beat ${index + 1} has turn ${String(beat['turn'])}`;
    if (typeof beat['text'] !== 'string' || typeof beat['narrator'] !== 'string') {
      return `beat ${index + 1} lacks text or narrator`;
    }
    if (!(ARC_POSITIONS as readonly unknown[]).includes(beat['arc'])) {
      return `beat ${index + 1} has an unknown arc position`;
    }
    const isLast = index === beats.length - 1;
    if (beat['ending'] !== null && (!isEndingKind(beat['ending']) || !isLast)) {
      return `beat ${index + 1} has a misplaced or unknown ending`;
    }
    if (beat['ending'] === null && !isAnswer(beat['hold'])) return `beat ${index + 1} lacks hold`;
    if (beat['source'] !== undefined && typeof beat['source'] !== 'string') {
      return `beat ${index + 1} has a bad source`;
    }
    if (beat['language'] !== undefined && !isLanguage(beat['language'])) {
      return `beat ${index + 1} has an unknown language`;
    }
    const translation = beat['translation'];
    if (
      translation !== undefined &&
      (!isRecord(translation) ||
        !isLanguage(translation['language']) ||
        typeof translation['text'] !== 'string')
    ) {
      return `beat ${index + 1} has a malformed translation`;
    }
    for (const key of ['plant', 'payoff'] as const) {
      if (beat[key] !== null && !isThreadKind(beat[key]))
        return `beat ${index + 1} has a bad ${key}`;
    }
  }
  // An answer is recorded together with the beat it leads to, so the newest beat is unanswered.
  if (answers.length !== Math.max(0, beats.length - 1)) {
    return `${answers.length} answers do not fit ${beats.length} beats`;
  }
  const last = beats[beats.length - 1] as Record<string, unknown> | undefined;
  if (state['ending'] !== (last?.['ending'] ?? null)) return 'ending does not match the last beat';
  const continuity = state['continuity'];
  if (
    typeof continuity !== 'number' ||
    !Number.isInteger(continuity) ||
    continuity < MIN_CONTINUITY ||
    continuity > MAX_CONTINUITY
  ) {
    return 'continuity is outside 0-6';
  }
  if (!(ARC_POSITIONS as readonly unknown[]).includes(state['arc'])) return 'unknown arc position';
  if (state['language'] !== undefined && !isLanguage(state['language'])) return 'unknown language';
  if (legacy) {
    if (!Array.isArray(state['foreshadow']) || !state['foreshadow'].every(isThreadKind)) {
      return 'foreshadow holds an unknown thread';
    }
    if (!Array.isArray(state['paid']) || !state['paid'].every(isThreadKind)) {
      return 'paid holds an unknown thread';
    }
    return null;
  }
  const world = state['world'] as World;
  const ledgerProblem = findLedgerProblem(state['ledger'], world, beats as Beat[]);
  if (ledgerProblem !== null) return ledgerProblem;
  return findPendingProblem(state['pending'], world, beats.length, state['ending'] !== null);
}
