/**
 * The shape of a story: where in the arc a turn falls, how long a story may run, and which
 * ending it has earned. An ending depends on what the reader did (boarded or not, opened the
 * door or turned it down, stood ready for their stop) as well as on how firmly the world held.
 */
import type { Ledger } from './ledger/ledger';
import type { Answer, ArcPosition, EndingKind } from './vocabulary';

/** No story runs past this many beats. */
export const MAX_STORY_BEATS = 20;
/** Below this many beats a story never ends, however the world frays. */
export const MIN_STORY_BEATS = 8;
/** Beats a story may run past its target length to pay off open threads. */
export const THREAD_GRACE = 3;

/** Facts the arc reads and the corpus sets. */
export const FACTS = {
  /** The reader turned down the first chance to board. */
  boardingRefused: 'boarding-refused',
  /** The reader turned down the last chance to board: the vessel leaves without them. */
  stranded: 'stranded',
  /** The reader stood ready for their stop: they will not miss it. */
  ready: 'ready',
  /** The reader aboard has been asked about the last stretch (an approach beat was told). */
  approached: 'approached',
} as const;

/** Where in the arc a turn falls, for a story aiming at `length` beats. */
export function arcAt(turn: number, length: number): ArcPosition {
  if (turn <= 1) return 'opening';
  if (turn <= Math.ceil(length * 0.5)) return 'rising';
  if (turn <= Math.ceil(length * 0.75)) return 'turn';
  return 'resolution';
}

/** True when the story holds a door thread the reader went through rather than turned down. */
export function doorTaken(ledger: Ledger): boolean {
  return ledger.threads.some(
    (thread) => thread.kind === 'door' && thread.closed !== null && !thread.refused,
  );
}

/**
 * True when the reader's answer has just taken them through a door: the beat they answered paid
 * off a door thread (a payoff closes its thread as it is asked), and they said yes to it.
 */
export function wentThroughDoor(ledger: Ledger, turn: number, answer: Answer | null): boolean {
  return (
    answer === 'yes' &&
    ledger.threads.some(
      (thread) => thread.kind === 'door' && thread.closed === turn - 1 && !thread.refused,
    )
  );
}

/** The requirement key a piece may use for "the reader has just gone through a door". */
export const THROUGH_DOOR = 'through-door';

/**
 * Which ending a story has earned. A reader who went through the door and says yes at the last
 * steps through it, and a reader aboard who stood ready for their stop arrives, however far the
 * world has come apart; otherwise a world come apart loops back to the start. A reader aboard
 * also arrives when they were never asked about their stop and the world held firm;
 * anyone else, and anyone who never boarded, misses it: a reader asked about the last stretch
 * who did not make ready rides past, however firm the world. No ending follows a premise the
 * reader refused: no door after the door was turned down, no arrival for a reader who never
 * boarded, no missed stop for a reader standing ready at the doors. A reader aboard arrives,
 * ready or not (`arrives`), on a plane or a ferry, which stops only where it is bound (readers
 * had a flight "never reach" the city it landed in, and a ferry sail on past the one port it
 * crosses to), and on the way to what cannot wait (READERS_WHO_ARRIVE: a bedside, a funeral,
 * the vet, one's own wedding, a newborn, a baby carried home; a reader who missed a dying nan's
 * stop for not counting the stops on their fingers stopped trusting the story). Nor does the
 * night go round again for a reader on such an errand (`urgent`): the ashes, the newborn and the
 * bedside were each left "back at the beginning". A night the seed says is a time loop
 * (`looping`) loops, unless the reader took a door or stood ready for their stop.
 */
export function chooseEnding(
  ledger: Ledger,
  continuity: number,
  lastAnswer: Answer | null,
  arrives = false,
  urgent = false,
  looping = false,
): EndingKind {
  // A door taken, or a stop stood ready for, is kept even in a world come apart: readers went
  // through a door "out of the story and into a quiet street at dawn", or sat up for "every yard"
  // of the last stretch, and were sent back to the first minute of the night.
  if (doorTaken(ledger) && lastAnswer === 'yes') return 'door';
  if (ledger.situation === 'aboard' && ledger.facts.includes(FACTS.ready)) return 'arrival';
  // A night the seed says goes round again does, unless the reader found the way out (a door,
  // their stop stood ready for).
  if ((continuity <= 0 || looping) && !urgent) return 'loop';
  if (ledger.situation === 'aboard') {
    if (arrives) return 'arrival';
    if (continuity >= 5 && !ledger.facts.includes(FACTS.approached)) return 'arrival';
  }
  return 'missed-stop';
}
