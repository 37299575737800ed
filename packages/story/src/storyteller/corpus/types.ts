/**
 * Shapes of the storyteller's hand-written corpus.
 *
 * Templates use slots filled from the world: {place} {vessel} {stop} {destination} {role}
 * {motif} ("the paper crane") {aMotif} ("a paper crane"), and for companions {c.name}
 * {c.role} {c.mood} {c.them} {c.their} {c.they}, {d.*} for a second companion and {k.*} for
 * the companion who keeps a secret (the first one). {c.they} is only ever followed by a verb
 * that does not agree with its subject (had, will, would, might, could), so any pronoun fits.
 *
 * Writing rules, checked by the corpus tests: every template is one sentence; questions
 * start with an auxiliary ("Do you", "Will you", "Is") so a lead-in clause can precede them,
 * never offer an either-or choice, and end with "?"; consequences are one sentence of at most
 * 20 words that follow directly from the answer. For a question, `hold` is the answer that
 * keeps the world steady; its consequence grounds the reader, the other one loosens the world.
 */
import type { Answer, EndingKind, ThreadKind } from '../../state';

export interface QuestionTemplate {
  hold: Answer;
  ask: string;
  yes: string;
  no: string;
}

export interface SettingCorpus {
  /** First sentence of the opening beat; may use {c.*} and {d.*}. */
  openings: readonly string[];
  /** Clauses that can open a question sentence: "As the bus leans into the long bend". */
  leadIns: readonly string[];
  questions: readonly QuestionTemplate[];
}

export interface GenreCorpus {
  leadIns: readonly string[];
  /** Questions for the rising action. */
  questions: readonly QuestionTemplate[];
  /** Revelations for the turn of the story. */
  turns: readonly QuestionTemplate[];
  /** Questions as the destination nears. */
  approaches: readonly QuestionTemplate[];
  /** Closing sentences, one list per kind of ending. */
  endings: Readonly<Record<EndingKind, readonly string[]>>;
}

export interface SharedCorpus {
  /** Questions about a companion, fitting any setting and genre. */
  companions: readonly QuestionTemplate[];
  plants: Readonly<Record<ThreadKind, readonly QuestionTemplate[]>>;
  payoffs: Readonly<Record<ThreadKind, readonly QuestionTemplate[]>>;
  approaches: readonly QuestionTemplate[];
  /** Lead-ins when the world is coming apart (continuity 0-2). */
  fraying: readonly string[];
  /** Lead-ins when the world holds firm (continuity 5-6). */
  steady: readonly string[];
  /** Lead-ins that bring the world's motif back into view. */
  echoes: readonly string[];
  /** Reactions to an answer when the previous beat came from another narrator. */
  reactions: Readonly<Record<Answer, readonly string[]>>;
}

/** Shorthand for writing questions compactly in the corpus files. */
export function q(hold: Answer, ask: string, yes: string, no: string): QuestionTemplate {
  return { hold, ask, yes, no };
}
