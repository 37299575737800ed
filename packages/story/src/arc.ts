/**
 * The arc: what the next beat must do. The domain decides the mechanics (arc position,
 * whether this is the ending and which one, which answer holds the world together, which
 * foreshadowing thread to plant or pay off); a narrator only puts it into words. So every
 * narrator, built-in or AI, tells the same shape of story.
 */
import { InvalidAnswerError, InvalidBeatError, InvalidTurnError, StoryEndedError } from './errors';
import type { BeatKind } from './beat-rules';
import { splitSentences, validateBeat } from './beat-rules';
import { chance, createRandom, pickOne } from './random';
import type {
  Answer,
  ArcPosition,
  Beat,
  EndingKind,
  StoryState,
  StorySummary,
  ThreadKind,
} from './state';
import { MAX_CONTINUITY, MIN_CONTINUITY, SUMMARY_WINDOW, THREAD_KINDS, nextTurn } from './state';

/** No story runs past this many beats. */
export const MAX_STORY_BEATS = 20;
/** Below this many beats a story never ends, however the world frays. */
export const MIN_STORY_BEATS = 8;
/** Beats a story may run past its target length to pay off open threads. */
const THREAD_GRACE = 3;

export interface BeatPlan {
  turn: number;
  /** The reader's answer to the previous beat; null for the opening. */
  answer: Answer | null;
  arc: ArcPosition;
  kind: Exclude<BeatKind, 'any'>;
  ending: EndingKind | null;
  /** Which answer to this beat's question should hold the world together. */
  hold: Answer | null;
  plant: ThreadKind | null;
  payoff: ThreadKind | null;
  /** Continuity after the answer is applied. */
  continuity: number;
}

/** Key for the deterministic draws of one turn: same seed and answers, same draws. */
export function turnKey(purpose: string, state: StoryState, turn: number): string {
  return `${purpose}|${state.world.seed}|${turn}|${state.answers.map((a) => a[0]).join('')}`;
}

/** Checks that a value is an answer and returns it typed. */
export function parseAnswer(value: unknown): Answer {
  if (value === 'yes' || value === 'no') return value;
  const got =
    typeof value === 'string'
      ? JSON.stringify(value.slice(0, 40))
      : value === undefined
        ? 'nothing'
        : `a value of type ${typeof value}`;
  throw new InvalidAnswerError(`The answer must be "yes" or "no", not ${got}.`);
}

/** Where in the arc a turn falls, for a story aiming at `length` beats. */
export function arcAt(turn: number, length: number): ArcPosition {
  if (turn <= 1) return 'opening';
  if (turn <= Math.ceil(length * 0.5)) return 'rising';
  if (turn <= Math.ceil(length * 0.75)) return 'turn';
  return 'resolution';
}

/**
 * Which ending a story reaches: a world held firm arrives, one come apart loops back to the
 * start; in between, a reader who found the door and says yes at the last steps through it,
 * and anyone else misses their stop.
 */
export function chooseEnding(
  continuity: number,
  paid: readonly ThreadKind[],
  lastAnswer: Answer | null,
): EndingKind {
  if (continuity >= 5) return 'arrival';
  if (continuity <= 0) return 'loop';
  if (paid.includes('door') && lastAnswer === 'yes') return 'door';
  return 'missed-stop';
}

/**
 * Plans the next beat. `answer` is the reader's answer to the newest beat (omit it for the
 * opening). Throws `StoryEndedError` after an ending and `InvalidAnswerError` for anything but
 * yes or no.
 */
export function planNextBeat(state: StoryState, answerInput?: unknown): BeatPlan {
  if (state.ending !== null) throw new StoryEndedError();
  const turn = nextTurn(state);
  const last = state.beats[state.beats.length - 1];
  let answer: Answer | null = null;
  let continuity = state.continuity;
  if (last === undefined) {
    if (answerInput !== undefined) {
      throw new InvalidAnswerError('The opening beat has no question to answer yet.');
    }
  } else {
    answer = parseAnswer(answerInput);
    const held = answer === last.hold;
    continuity = Math.min(MAX_CONTINUITY, Math.max(MIN_CONTINUITY, continuity + (held ? 1 : -1)));
  }

  const random = createRandom(turnKey('plan', state, turn));
  const length = state.world.length;
  const unravelled = continuity === MIN_CONTINUITY && turn >= MIN_STORY_BEATS;
  const due = turn >= length && (state.foreshadow.length === 0 || turn >= length + THREAD_GRACE);
  if (unravelled || due || turn >= MAX_STORY_BEATS) {
    return {
      turn,
      answer,
      arc: 'resolution',
      kind: 'ending',
      ending: chooseEnding(continuity, state.paid, answer),
      hold: null,
      plant: null,
      payoff: null,
      continuity,
    };
  }

  const arc = arcAt(turn, length);
  let plant: ThreadKind | null = null;
  let payoff: ThreadKind | null = null;
  const unplanted = THREAD_KINDS.filter(
    (kind) => !state.foreshadow.includes(kind) && !state.paid.includes(kind),
  );
  if (arc === 'rising' && unplanted.length > 0) {
    const lastRising = arcAt(turn + 1, length) !== 'rising';
    const nothingPlanted = state.foreshadow.length === 0 && state.paid.length === 0;
    // Plant something early enough to pay it off, even in a story that unravels at beat 8.
    const mustPlant = nothingPlanted && (lastRising || turn >= 4);
    if (chance(random, 0.45) || mustPlant) plant = pickOne(random, unplanted);
  } else if ((arc === 'turn' || arc === 'resolution') && state.foreshadow.length > 0) {
    if (chance(random, 0.55) || turn >= length - 1) payoff = pickOne(random, state.foreshadow);
  }
  return {
    turn,
    answer,
    arc,
    kind: 'question',
    ending: null,
    hold: chance(random, 0.5) ? 'yes' : 'no',
    plant,
    payoff,
    continuity,
  };
}

export interface Narration {
  text: string;
  narrator: string;
  /**
   * The answer that holds the world together, when the narrator chose a different one from
   * the plan's (the built-in storyteller may, when its corpus has no fitting question left).
   */
  hold?: Answer;
  /** Provenance to keep with the beat (the storyteller records its corpus entries). */
  source?: string;
}

const QUESTION_SUMMARY_LENGTH = 90;

function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}...`;
}

function summarise(summary: StorySummary, beat: Beat, answer: Answer): StorySummary {
  const sentences = splitSentences(beat.text);
  const question = shorten(sentences[sentences.length - 1] ?? '', QUESTION_SUMMARY_LENGTH);
  const recent = [...summary.recent, { turn: beat.turn, question, answer }];
  const earlier = { ...summary.earlier };
  while (recent.length > SUMMARY_WINDOW) {
    const dropped = recent.shift();
    if (dropped) earlier[dropped.answer]++;
  }
  return { recent, earlier };
}

/**
 * Appends a narrated beat to the story, applying the plan's answer and threads. Returns a new
 * state; the input is not modified. Throws `InvalidTurnError` when the plan is stale and
 * `InvalidBeatError` when the text breaks the beat rules.
 */
export function appendBeat(state: StoryState, plan: BeatPlan, narration: Narration): StoryState {
  if (state.ending !== null) throw new StoryEndedError();
  const expected = nextTurn(state);
  if (plan.turn !== expected) {
    throw new InvalidTurnError(
      `The plan is for turn ${plan.turn}, but the next is ${expected}.`,
      expected,
    );
  }
  const text = narration.text.trim();
  const check = validateBeat(text, plan.kind);
  if (!check.ok) {
    throw new InvalidBeatError(
      `The beat breaks the beat rules: ${check.reasons.join(', ')}.`,
      check.reasons,
    );
  }
  const beat: Beat = {
    turn: plan.turn,
    text,
    narrator: narration.narrator,
    arc: plan.arc,
    hold: plan.kind === 'ending' ? null : (narration.hold ?? plan.hold),
    ending: plan.ending,
    plant: plan.plant,
    payoff: plan.payoff,
    ...(narration.source === undefined ? {} : { source: narration.source }),
  };
  const previous = state.beats[state.beats.length - 1];
  let foreshadow = state.foreshadow;
  if (plan.plant !== null && !foreshadow.includes(plan.plant))
    foreshadow = [...foreshadow, plan.plant];
  if (plan.payoff !== null) foreshadow = foreshadow.filter((thread) => thread !== plan.payoff);
  return {
    ...state,
    beats: [...state.beats, beat],
    answers: plan.answer === null ? state.answers : [...state.answers, plan.answer],
    continuity: plan.continuity,
    foreshadow,
    paid: plan.payoff === null ? state.paid : [...state.paid, plan.payoff],
    arc: plan.arc,
    summary:
      previous !== undefined && plan.answer !== null
        ? summarise(state.summary, previous, plan.answer)
        : state.summary,
    ending: plan.ending,
  };
}
