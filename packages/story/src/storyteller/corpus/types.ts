/**
 * Shapes of the storyteller's hand-written corpus. See `README.md` in this folder for how to
 * write for it, and `../storylet.ts` for the requirement and effect language.
 */
import type { Answer, EndingKind, ThreadKind } from '../../vocabulary';
import type {
  LineSpec,
  QuestionSpec,
  RevelationSpec,
  ThreadSpec,
  ThreadWaysSpec,
} from '../storylet';

export type { LineSpec, QuestionSpec, RevelationSpec, ThreadSpec, ThreadWaysSpec };

export interface SettingCorpus {
  /** The story's first sentence: the place, the reader's role, the destination. */
  openings: readonly LineSpec[];
  /**
   * The first sentence for a reader the seed puts aboard already ("on the red-eye"), at a place
   * that starts its readers waiting: the vessel underway, no waiting room.
   */
  aboardOpenings?: readonly LineSpec[];
  /** Clauses that can open a question: "As the bus leans into the long bend". */
  leadIns: readonly LineSpec[];
  /** Clauses that introduce a companion ({companion}) as they join the reader: they `meet:companion`. */
  arrivals: readonly LineSpec[];
  /** Questions for the rising action and beyond. */
  questions: readonly QuestionSpec[];
  /** The vessel arrives (settings that start waiting): yes boards, no refuses. */
  boarding: readonly QuestionSpec[];
  /**
   * Clauses for the vessel arriving, which a shared boarding dilemma completes. One that would
   * read wrongly a second time ("The ferry comes in", as if it had not come before) needs
   * `!boarding-refused`; after the reader let one go, the next may say it is another ("Another
   * boat, smaller than the last"). A lift coming back is the same lift, and says so as it is.
   */
  vessels: readonly LineSpec[];
  threads: readonly ThreadSpec[];
  /** Questions as the destination nears. */
  approaches: readonly QuestionSpec[];
}

export interface GenreCorpus {
  leadIns: readonly LineSpec[];
  questions: readonly QuestionSpec[];
  /** Boarding dilemmas in this genre's key, completing a setting's vessel line ("but ...; do you ...?"). */
  boarding: readonly QuestionSpec[];
  /** The turn of the story, each with what follows after yes and after no. */
  revelations: readonly RevelationSpec[];
  threads: readonly ThreadSpec[];
  approaches: readonly QuestionSpec[];
  endings: Readonly<Record<EndingKind, readonly LineSpec[]>>;
}

export interface SharedCorpus {
  /** Questions that introduce a companion ({companion}) anywhere: they `meet:companion`. */
  introductions: readonly QuestionSpec[];
  /** Clauses that introduce a companion anywhere (with situation requirements). */
  arrivals: readonly LineSpec[];
  /** Questions about companions and the night that fit any setting and genre. */
  questions: readonly QuestionSpec[];
  /** What makes boarding a choice; each completes a setting's vessel line ("but ...; do you ...?"). */
  boarding: readonly QuestionSpec[];
  threads: readonly ThreadSpec[];
  /** Payoffs for threads the storyteller did not plant (an AI narrator's, an older telling's). */
  payoffs: Readonly<Record<ThreadKind, readonly QuestionSpec[]>>;
  /** Payoffs of any motif thread whose motif the reader left behind when they boarded. */
  motifFollows: readonly QuestionSpec[];
  approaches: readonly QuestionSpec[];
  /** Lead-ins when the world is coming apart (continuity 0-2). */
  fraying: readonly LineSpec[];
  /** Lead-ins when the world holds firm (continuity 5-6). */
  steady: readonly LineSpec[];
  /** Lead-ins for the first beat aboard: whoever waited with the reader comes aboard too. */
  boardedTogether: readonly LineSpec[];
  /** Whoever waited, brought aboard a beat or more after the reader boarded. */
  boardedLate: readonly LineSpec[];
  /** Lead-ins that bring the motif back into view. */
  echoes: readonly LineSpec[];
  /** Lead-ins that bring the reader's own animal back into view (world key animal). */
  animal: readonly LineSpec[];
  /** Lead-ins that say how the reader feels, each requiring its "mood:<mood>" (world key mood). */
  mood: readonly LineSpec[];
  /** Lead-ins that say what the seed says is strange about the ride (world key premise). */
  premise: readonly LineSpec[];
  /** Lead-ins for the weather, each requiring it. */
  weather: readonly LineSpec[];
  /** Lead-in frames that call back to an earlier choice: "{recall}" is the remembered clause. */
  callbacks: readonly string[];
  /** Reactions to an answer when the previous beat came from another narrator. */
  reactions: Readonly<Record<Answer, readonly LineSpec[]>>;
  /** Endings for any genre, usually tied to what the reader did. */
  endings: Readonly<Record<EndingKind, readonly LineSpec[]>>;
  /** Last lines that call back to a choice ({recall}), for a story that has not yet done so. */
  recallingEndings: Readonly<Record<EndingKind, readonly LineSpec[]>>;
  /** Short endings, told only when nothing else fits the words left in the beat. */
  lastWords: Readonly<Record<EndingKind, readonly LineSpec[]>>;
}

/** Questions written for one companion role, keyed by the role's exact words. */
export type RoleCorpus = Readonly<Record<string, readonly Omit<QuestionSpec, 'id'>[]>>;
