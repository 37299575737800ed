/**
 * The plan: what the next beat must do. The domain decides the mechanics (arc position, whether
 * this is the ending and which one, which answer holds the world together, and the one structural
 * duty of the beat: introduce a companion, let the reader board, plant or pay off a thread,
 * reveal something and follow it through, approach the destination); a narrator only puts it into
 * words. So every narrator, built-in or AI, tells the same shape of story, and the plan carries
 * the ledger the beat may draw on.
 */
import {
  FACTS,
  MAX_STORY_BEATS,
  MIN_STORY_BEATS,
  THREAD_GRACE,
  arcAt,
  chooseEnding,
  wentThroughDoor,
} from './arc';
import { InvalidAnswerError, StoryEndedError } from './errors';
import type { Choice, Ledger, Revelation, Thread } from './ledger/ledger';
import { applyEffects, openThreads, rememberChoice, supersededTurns } from './ledger/ledger';
import type { Random } from './random';
import { recentCache } from './recent';
import { chance, createRandom, pickIndex, pickOne } from './random';
import type { StoryState } from './state';
import { nextTurn } from './state';
import { SETTINGS } from './world/ingredients';
import { cannotWait } from './world/world';
import { saysTimeLoop } from './world/seed-words';
import type { Answer, ArcPosition, EndingKind, ThreadKind } from './vocabulary';
import { MAX_CONTINUITY, MIN_CONTINUITY, THREAD_KINDS } from './vocabulary';

/** The one structural thing a beat must do. */
export type Duty =
  /** The opening: the place, the reader, the destination, and a first question of the place. */
  | { type: 'open' }
  /** Introduce this companion by name and role (the second beat introduces the first). */
  | { type: 'introduce'; name: string }
  /** The vessel arrives: ask whether the reader boards. */
  | { type: 'board' }
  /** Plant a thread of this kind for later. */
  | { type: 'plant'; kind: ThreadKind }
  /** Pay off this open thread. */
  | { type: 'payoff'; thread: Thread }
  /** The turn of the story: reveal something that changes it. */
  | { type: 'reveal' }
  /** Follow through on what the last beat revealed. */
  | { type: 'follow'; revelation: Revelation }
  /** The destination is near. */
  | { type: 'approach' };

export interface BeatPlan {
  turn: number;
  /** The reader's answer to the previous beat; null for the opening. */
  answer: Answer | null;
  arc: ArcPosition;
  kind: 'question' | 'ending';
  ending: EndingKind | null;
  /** Which answer to this beat's question should hold the world together (a suggestion). */
  hold: Answer | null;
  /** Continuity after the answer is applied. */
  continuity: number;
  /** What the story has established once the answer took effect: all the beat may mention. */
  ledger: Ledger;
  duty: Duty | null;
  /** An earlier choice this beat should call back to, if any. */
  callback: Choice | null;
  /** The thread kind this beat plants or pays off, if that is its duty. */
  plant: ThreadKind | null;
  payoff: ThreadKind | null;
}

/** Key for the deterministic draws of one turn: same seed and answers, same draws. */
export function turnKey(purpose: string, state: StoryState, turn: number): string {
  return `${purpose}|${state.world.seed}|${turn}|${answerLetters(state.answers)}`;
}

/**
 * The duties whose beats may look back at a choice (and free beats): a payoff or a revelation's
 * sequel is where a plant or an answer comes due, and a plant or an approach has room for it; an
 * arrival, a revelation or boarding has news of its own to tell.
 */
const CALLBACK_DUTIES: ReadonlySet<Duty['type']> = new Set([
  'plant',
  'payoff',
  'follow',
  'approach',
]);

const letters = recentCache<readonly Answer[], string>(8);

/** The answers as "ynny", made once per list (lists are immutable and shared). */
function answerLetters(answers: readonly Answer[]): string {
  return letters.get(answers, () => {
    let text = '';
    for (const answer of answers) text += answer === 'yes' ? 'y' : 'n';
    return text;
  });
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

/**
 * When, for a whole story, companions are introduced and the vessel arrives. Drawn from the
 * seed alone, so both answers to a beat lead to the same schedule.
 */
interface Schedule {
  /** Turn at which each companion after the first is introduced (absent: never). */
  introductions: Map<number, string>;
  /** The first and the last chance to board, for a reader who starts out waiting. */
  boarding: [number, number];
}

// Keyed by the world object: every state of a story shares its world.
const schedules = recentCache<object, Schedule>(16);

function scheduleFor(state: StoryState): Schedule {
  return schedules.get(state.world, () => drawSchedule(state));
}

function drawSchedule(state: StoryState): Schedule {
  const random = createRandom(`schedule|${state.world.seed}`);
  const length = state.world.length;
  const introductions = new Map<number, string>();
  const [first, second, third, fourth] = state.world.companions;
  // The first companion joins the reader straight after the opening: every story has company.
  if (first !== undefined) introductions.set(2, first.name);
  const secondAt = 3 + pickIndex(random, 3);
  if (second !== undefined) introductions.set(secondAt, second.name);
  // Every companion the world holds comes into the story (a world has only as many as its
  // length leaves room for: see createWorld), each at a turn of their own.
  const thirdAt = Math.max(secondAt + 1, 5 + pickIndex(random, 3));
  if (third !== undefined) introductions.set(thirdAt, third.name);
  if (fourth !== undefined)
    introductions.set(Math.max(thirdAt + 1, 8 + pickIndex(random, 2)), fourth.name);
  const firstChance = Math.max(4, Math.round(length * 0.35) + pickIndex(random, 2));
  const lastChance = Math.max(firstChance + 2, length - 3);
  return { introductions, boarding: [firstChance, lastChance] };
}

/** The ledger once the reader's answer to the newest beat has taken effect. */
function ledgerAfterAnswer(state: StoryState, answer: Answer, turn: number): Ledger {
  const outcome = state.pending?.[answer];
  if (outcome === undefined) return state.ledger;
  let ledger = applyEffects(state.ledger, outcome.effects, state.world, turn, outcome.text ?? '');
  if (outcome.recall !== undefined) {
    ledger = rememberChoice(ledger, { turn: turn - 1, answer, recall: outcome.recall });
  }
  return ledger;
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = items.slice();
  for (let index = copy.length - 1; index > 0; index--) {
    const other = pickIndex(random, index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * Chance that a beat is offered a callback once the story has looked back already: readers took
 * a second and a third "Remembering that you ..." in one night as a tic (0.25 gave two or three).
 */
const CALLBACK_AGAIN = 0.1;

function pickCallback(
  ledger: Ledger,
  turn: number,
  recalled: ReadonlySet<number>,
  random: Random,
  ending?: { errand: ReadonlySet<number> },
): Choice | null {
  const superseded = supersededTurns(ledger);
  // Three turns back at least: the answer to a question two turns back was told only in the
  // beat before, and remembering it there reads as repetition, not memory.
  const candidates = ledger.choices.filter(
    (choice) =>
      choice.turn <= turn - 3 && !recalled.has(choice.turn) && !superseded.has(choice.turn),
  );
  // A question may look back at any choice that mattered; a last line at the weightiest there is:
  // something revealed, then the reader's own errand ("you held the biscuit tin on your lap"),
  // then the rest.
  const [revealed = new Set<number>(), ...rest] = weightyTurns(ledger);
  const ordered =
    ending === undefined
      ? [new Set([revealed, ...rest].flatMap((turns) => [...turns]))]
      : [revealed, ending.errand, ...rest];
  for (const tier of ordered) {
    const chosen = candidates.filter((choice) => tier.has(choice.turn));
    if (chosen.length > 0) return pickOne(random, chosen);
  }
  return candidates.length === 0 ? null : pickOne(random, candidates);
}

/**
 * The turns whose questions mattered to the story, weightiest first: something revealed, a thread
 * paid off, a thread planted, a companion met. A callback recalls one of these when it can (a
 * last line puts the reader's own errand second, after what was revealed): an ending that looks
 * back on straightening a crooked painting, or on the first thing asked of someone just met,
 * makes the night's real choices look like nothing.
 */
function weightyTurns(ledger: Ledger): Set<number>[] {
  const closed = ledger.threads.flatMap((thread) =>
    thread.closed === null ? [] : [thread.closed],
  );
  return [
    new Set(ledger.revelations.map((revelation) => revelation.turn)),
    new Set(closed),
    new Set(ledger.threads.map((thread) => thread.planted)),
    new Set(ledger.people.map((person) => person.met)),
  ];
}

/**
 * The turns a narrator recorded as facts of one kind ("recalled:5", "errand:3", "boarded:4"): the
 * choices already called back to, the questions that were the reader's own errand, the answer
 * that took the reader aboard.
 */
export function turnsRecorded(
  ledger: Ledger,
  kind: 'recalled' | 'errand' | 'boarded',
): Set<number> {
  const prefix = `${kind}:`;
  const turns = new Set<number>();
  for (const fact of ledger.facts) {
    if (fact.startsWith(prefix)) turns.add(Number(fact.slice(prefix.length)));
  }
  return turns;
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
  let ledger = state.ledger;
  if (last === undefined) {
    if (answerInput !== undefined) {
      throw new InvalidAnswerError('The opening beat has no question to answer yet.');
    }
  } else {
    answer = parseAnswer(answerInput);
    const held = answer === last.hold;
    continuity = Math.min(MAX_CONTINUITY, Math.max(MIN_CONTINUITY, continuity + (held ? 1 : -1)));
    ledger = ledgerAfterAnswer(state, answer, turn);
  }

  // Draws that must not depend on this answer use the key of the turn, which holds the earlier
  // answers only: so Yes and No lead to the same duty, and differ in what the story does with it.
  const random = createRandom(turnKey('plan', state, turn));
  const length = state.world.length;
  const open = openThreads(ledger);
  // Plans are built whole, field by field, in one order: one object shape for every plan.
  // The night does not end before its motif has come into it (and, being a thread, gone out).
  const motifTold = ledger.threads.some((thread) => thread.kind === 'motif');
  const urgent = cannotWait(state.world);
  // A night on an errand that cannot wait does not come apart early (see chooseEnding).
  const unravelled =
    !urgent &&
    continuity === MIN_CONTINUITY &&
    turn >= MIN_STORY_BEATS &&
    open.length === 0 &&
    motifTold;
  const due = turn >= length && open.length === 0 && motifTold;
  const overdue = turn >= length + THREAD_GRACE || turn >= MAX_STORY_BEATS;
  // A door the reader has just gone through is the story's last step when nothing else is open:
  // the night cannot carry on in the lift or the carriage they have left behind.
  const through =
    wentThroughDoor(ledger, turn, answer) && open.length === 0 && turn >= MIN_STORY_BEATS;
  // A reader aboard is asked about the last stretch before the night ends there, so whether they
  // step off or ride past their stop follows from an answer (standing ready, or not).
  const ending = chooseEnding(
    ledger,
    continuity,
    answer,
    SETTINGS[state.world.setting].nonStop === true || urgent,
    urgent,
    saysTimeLoop(state.world.seed),
  );
  const approach =
    due &&
    !unravelled &&
    !overdue &&
    !through &&
    ledger.situation === 'aboard' &&
    (ending === 'arrival' || ending === 'missed-stop') &&
    !ledger.facts.includes(FACTS.approached);
  if ((unravelled || due || overdue || through) && !approach) {
    // A story that has not yet looked back at a choice does so in its last line.
    const recalled = turnsRecorded(ledger, 'recalled');
    return {
      turn,
      answer,
      arc: 'resolution',
      kind: 'ending',
      ending,
      hold: null,
      continuity,
      ledger,
      duty: null,
      callback:
        recalled.size === 0
          ? pickCallback(ledger, turn + 1, recalled, random, {
              errand: turnsRecorded(ledger, 'errand'),
            })
          : null,
      plant: null,
      payoff: null,
    };
  }

  const arc = arcAt(turn, length);
  const hold: Answer = chance(random, 0.5) ? 'yes' : 'no';
  const duty: Duty | null = approach
    ? { type: 'approach' }
    : chooseDuty(state, ledger, turn, arc, open, random, answer);
  let callback: Choice | null = null;
  if (duty === null || CALLBACK_DUTIES.has(duty.type)) {
    // Until the story has looked back once, every beat that can is offered the chance: the
    // storyteller calls back only when its question bears on the choice (see pools' recallFor).
    const recalled = turnsRecorded(ledger, 'recalled');
    if (turn >= 4 && (recalled.size === 0 || chance(random, CALLBACK_AGAIN))) {
      callback = pickCallback(ledger, turn, recalled, random);
    }
  }
  return {
    turn,
    answer,
    arc,
    kind: 'question',
    ending: null,
    hold,
    continuity,
    ledger,
    duty,
    callback,
    plant: duty?.type === 'plant' ? duty.kind : null,
    payoff: duty?.type === 'payoff' ? duty.thread.kind : null,
  };
}

/**
 * A duty left to chance happens after one answer or the other, rarely both: the draw is shared,
 * and Yes takes it when the draw is low, No when it is high. So the two answers to a beat lead
 * on to different things, and over many stories the duty still comes up as often as `odds`.
 */
function byAnswer(random: Random, odds: number, answer: Answer | null): boolean {
  const draw = random();
  return answer === 'no' ? 1 - draw < odds : draw < odds;
}

function chooseDuty(
  state: StoryState,
  ledger: Ledger,
  turn: number,
  arc: ArcPosition,
  open: readonly Thread[],
  random: Random,
  answer: Answer | null,
): Duty | null {
  const world = state.world;
  if (turn === 1) return { type: 'open' };
  const lastRevelation = ledger.revelations[ledger.revelations.length - 1];
  if (lastRevelation !== undefined && lastRevelation.turn === turn - 1) {
    return { type: 'follow', revelation: lastRevelation };
  }
  const schedule = scheduleFor(state);
  if (ledger.situation === 'waiting' && !ledger.facts.includes(FACTS.stranded)) {
    const refused = ledger.facts.includes(FACTS.boardingRefused);
    const [firstChance, lastChance] = schedule.boarding;
    if ((!refused && turn >= firstChance) || (refused && turn >= lastChance))
      return { type: 'board' };
  }
  // The motif is the world's promise to recur: every story plants it in the rising action, and
  // one not yet planted at the fifth beat comes before anyone new (met in the resolution, it
  // had no room to recur).
  const motifPlanted = ledger.threads.some((thread) => thread.kind === 'motif');
  if (!motifPlanted && turn >= 5) return { type: 'plant', kind: 'motif' };
  const newcomer = schedule.introductions.get(turn);
  // An introduction missed because another duty took its beat happens at the next free one.
  let introduce = newcomer;
  if (introduce === undefined) {
    for (const [at, name] of schedule.introductions) {
      if (at < turn && !ledger.people.some((person) => person.name === name)) {
        introduce = name;
        break;
      }
    }
  }
  if (introduce !== undefined && !ledger.people.some((person) => person.name === introduce)) {
    return { type: 'introduce', name: introduce };
  }
  const length = world.length;
  const revealing = arc === 'turn' || (arc === 'resolution' && turn < length - 1);
  if (revealing && ledger.revelations.length === 0) return { type: 'reveal' };
  const planted = new Set(ledger.threads.map((thread) => thread.kind));
  if (open.length > 0 && arc !== 'rising') {
    // Pay everything off in time: the ending waits for open threads only a few beats. When more
    // than one is open, the two answers pay off different ones.
    const left = length - turn;
    const forced = open.length >= left;
    if (forced || byAnswer(random, 0.55, answer)) {
      // A door is paid off last: going through it ends the night, so everything else comes first.
      const others = open.filter((thread) => thread.kind !== 'door');
      const order = shuffle(random, others.length > 0 ? others : open);
      const thread = (answer === 'no' ? order[1] : undefined) ?? order[0];
      if (thread !== undefined) return { type: 'payoff', thread };
    }
  }
  if (arc === 'rising') {
    const lastRising = arcAt(turn + 1, length) !== 'rising';
    if (!planted.has('motif')) {
      // At the fourth beat it is planted after one answer or the other (and from the fifth
      // before anything but boarding: see chooseDuty's start).
      const late = turn === 4 && byAnswer(random, 0.5, answer);
      if (lastRising || late || byAnswer(random, 0.7, answer)) {
        return { type: 'plant', kind: 'motif' };
      }
    } else {
      const unplanted = THREAD_KINDS.filter((kind) => !planted.has(kind));
      if (unplanted.length > 0 && byAnswer(random, 0.6, answer)) {
        const order = shuffle(random, unplanted);
        const kind = (answer === 'no' ? order[1] : undefined) ?? order[0];
        if (kind !== undefined) return { type: 'plant', kind };
      }
    }
  }
  if (arc === 'resolution') return { type: 'approach' };
  return null;
}
