/**
 * Story state: everything a journey needs to continue, as plain JSON. Saved state carries a
 * format version; `loadStory` accepts formats from OLDEST_FORMAT to FORMAT and rejects the rest.
 */
import { InvalidStateError, UnsupportedFormatError } from './errors';
import type { World } from './world/world';
import { createWorld } from './world/world';
import { GENRES, SETTING_IDS } from './world/ingredients';

export type Answer = 'yes' | 'no';
export const ANSWERS: readonly Answer[] = ['yes', 'no'];

export type ArcPosition = 'opening' | 'rising' | 'turn' | 'resolution';
export const ARC_POSITIONS: readonly ArcPosition[] = ['opening', 'rising', 'turn', 'resolution'];

/** How a journey resolves. */
export const ENDING_KINDS = ['arrival', 'missed-stop', 'loop', 'door'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

/** Foreshadowing threads: planted in the rising action, paid off at the turn or after. */
export const THREAD_KINDS = ['motif', 'companion', 'door'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const MIN_CONTINUITY = 0;
export const MAX_CONTINUITY = 6;
export const START_CONTINUITY = 3;

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
  /** Narrator-specific provenance, such as the storyteller's corpus entries. */
  source?: string;
}

export interface SummaryEntry {
  turn: number;
  /** The question asked, shortened. */
  question: string;
  answer: Answer;
}

/**
 * A rolling summary: the last few answered questions verbatim, older ones only counted, so
 * that its size stays flat however long the story runs.
 */
export interface StorySummary {
  recent: SummaryEntry[];
  earlier: { yes: number; no: number };
}

export interface StoryState {
  format: typeof FORMAT;
  world: World;
  beats: Beat[];
  /** `answers[i]` answers `beats[i]`. */
  answers: Answer[];
  /** 0-6: how firmly the world holds together. */
  continuity: number;
  /** Threads planted and not yet paid off. */
  foreshadow: ThreadKind[];
  /** Threads paid off, in order. */
  paid: ThreadKind[];
  arc: ArcPosition;
  summary: StorySummary;
  ending: EndingKind | null;
}

export const FORMAT = 1;
export const OLDEST_FORMAT = 1;
export const SUMMARY_WINDOW = 5;

/** A new story for a seed, before its opening beat. */
export function createStory(seed: string): StoryState {
  return {
    format: FORMAT,
    world: createWorld(seed),
    beats: [],
    answers: [],
    continuity: START_CONTINUITY,
    foreshadow: [],
    paid: [],
    arc: 'opening',
    summary: { recent: [], earlier: { yes: 0, no: 0 } },
    ending: null,
  };
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
 * invariants. Throws `UnsupportedFormatError` or `InvalidStateError`; never returns a state
 * that the rest of the domain could choke on.
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
  const state = value as unknown as StoryState;
  const problem = findStateProblem(state);
  if (problem !== null) throw new InvalidStateError(`The saved story is inconsistent: ${problem}.`);
  return state;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isAnswer = (value: unknown): value is Answer => value === 'yes' || value === 'no';
const isThread = (value: unknown): boolean => (THREAD_KINDS as readonly unknown[]).includes(value);
const isEnding = (value: unknown): boolean => (ENDING_KINDS as readonly unknown[]).includes(value);

function findWorldProblem(world: unknown): string | null {
  if (!isRecord(world)) return 'world is missing';
  if (typeof world['seed'] !== 'string') return 'world.seed is not text';
  try {
    // The seed must still be a valid seed; the rest of the world is checked by shape.
    createWorld(world['seed']);
  } catch {
    return 'world.seed is not a valid seed';
  }
  if (!(SETTING_IDS as readonly unknown[]).includes(world['setting'])) return 'unknown setting';
  if (!(GENRES as readonly unknown[]).includes(world['genre'])) return 'unknown genre';
  for (const key of ['role', 'destination'] as const) {
    if (typeof world[key] !== 'string') return `world.${key} is not text`;
  }
  const companions = world['companions'];
  if (!Array.isArray(companions) || companions.length < 2 || companions.length > 4) {
    return 'world needs two to four companions';
  }
  for (const companion of companions as unknown[]) {
    if (!isRecord(companion)) return 'a companion is not an object';
    for (const key of ['name', 'role', 'mood'] as const) {
      if (typeof companion[key] !== 'string') return `a companion's ${key} is not text`;
    }
    if (!['she', 'he', 'they'].includes(companion['pronoun'] as string)) return 'bad pronoun';
  }
  const motif = world['motif'];
  if (!isRecord(motif) || typeof motif['a'] !== 'string' || typeof motif['the'] !== 'string') {
    return 'world.motif is malformed';
  }
  if (!Number.isInteger(world['length'])) return 'world.length is not an integer';
  return null;
}

function findStateProblem(state: StoryState): string | null {
  const worldProblem = findWorldProblem(state.world);
  if (worldProblem !== null) return worldProblem;
  if (!Array.isArray(state.beats) || !Array.isArray(state.answers)) {
    return 'beats and answers must be lists';
  }
  if (!state.answers.every(isAnswer)) return 'an answer is neither yes nor no';
  const beats = state.beats as unknown[];
  for (const [index, beat] of beats.entries()) {
    if (!isRecord(beat)) return `beat ${index + 1} is not an object`;
    if (beat['turn'] !== index + 1) return `beat ${index + 1} has turn ${String(beat['turn'])}`;
    if (typeof beat['text'] !== 'string' || typeof beat['narrator'] !== 'string') {
      return `beat ${index + 1} lacks text or narrator`;
    }
    if (!(ARC_POSITIONS as readonly unknown[]).includes(beat['arc'])) {
      return `beat ${index + 1} has an unknown arc position`;
    }
    const isLast = index === beats.length - 1;
    if (beat['ending'] !== null && (!isEnding(beat['ending']) || !isLast)) {
      return `beat ${index + 1} has a misplaced or unknown ending`;
    }
    if (beat['ending'] === null && !isAnswer(beat['hold'])) return `beat ${index + 1} lacks hold`;
    if (beat['source'] !== undefined && typeof beat['source'] !== 'string') {
      return `beat ${index + 1} has a bad source`;
    }
    for (const key of ['plant', 'payoff'] as const) {
      if (beat[key] !== null && !isThread(beat[key])) return `beat ${index + 1} has a bad ${key}`;
    }
  }
  // An answer is recorded together with the beat it leads to, so the newest beat is unanswered.
  if (state.answers.length !== Math.max(0, state.beats.length - 1)) {
    return `${state.answers.length} answers do not fit ${state.beats.length} beats`;
  }
  const last = state.beats[state.beats.length - 1];
  if (state.ending !== (last?.ending ?? null)) return 'ending does not match the last beat';
  if (
    !Number.isInteger(state.continuity) ||
    state.continuity < MIN_CONTINUITY ||
    state.continuity > MAX_CONTINUITY
  ) {
    return 'continuity is outside 0-6';
  }
  if (!Array.isArray(state.foreshadow) || !state.foreshadow.every(isThread)) {
    return 'foreshadow holds an unknown thread';
  }
  if (!Array.isArray(state.paid) || !state.paid.every(isThread))
    return 'paid holds an unknown thread';
  if (!(ARC_POSITIONS as readonly unknown[]).includes(state.arc)) return 'unknown arc position';
  const summary = state.summary as unknown;
  if (!isRecord(summary) || !Array.isArray(summary['recent']) || !isRecord(summary['earlier'])) {
    return 'summary is malformed';
  }
  return null;
}
