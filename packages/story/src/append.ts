/**
 * Appending a narrated beat: the one way a story grows. The beat is checked against the beat
 * rules (a repeated sentence included), its effects are applied to the ledger the plan carried,
 * and what its answers will establish is kept as the pending choice.
 */
import { rememberTold, toldSoFar, validateBeat } from './beat-rules';
import { InvalidBeatError, InvalidTurnError, StoryEndedError } from './errors';
import type { Effect, Ledger } from './ledger/ledger';
import { applyEffects, ledgerKey } from './ledger/ledger';
import type { BeatPlan } from './plan';
import type { Beat, PendingChoice, StoryState } from './state';
import { nextTurn } from './state';
import { FACTS } from './arc';
import type { Language } from './languages/language';
import { DEFAULT_LANGUAGE } from './languages/language';
import { validateBeatIn } from './languages/language-rules';
import { mentionsName } from './ledger/mentions';
import type { Answer, ThreadKind } from './vocabulary';
import type { World } from './world/world';

export interface Narration {
  text: string;
  narrator: string;
  /**
   * The answer that holds the world together, when the narrator chose a different one from
   * the plan's (the built-in storyteller does, since each of its questions has its own).
   */
  hold?: Answer;
  /** Provenance to keep with the beat (the storyteller records its storylets). */
  source?: string;
  /** The language of `text`, when an AI narrator wrote in another than English. */
  language?: Language;
  /**
   * What this beat establishes. The storyteller says exactly; for other narrators the plan's
   * duty and the companions the text names are applied instead.
   */
  effects?: Effect[];
  /** What each answer to this beat's question will establish, when the narrator knows. */
  outcomes?: PendingChoice;
}

/** The effects of a beat told by a narrator that does not report its own: the plan's duty. */
export function effectsFromPlan(
  plan: BeatPlan,
  text: string,
  world: World,
  narrator: string,
): Effect[] {
  const effects: Effect[] = [];
  for (const companion of world.companions) {
    if (mentionsName(text, companion.name)) effects.push({ op: 'meet', name: companion.name });
  }
  const duty = plan.duty;
  if (duty?.type === 'introduce') effects.push({ op: 'meet', name: duty.name });
  if (duty?.type === 'plant')
    effects.push({ op: 'plant', id: `${narrator}-${duty.kind}-${plan.turn}`, kind: duty.kind });
  if (duty?.type === 'payoff') effects.push({ op: 'close', id: duty.thread.id });
  if (duty?.type === 'reveal')
    effects.push({ op: 'reveal', id: `${narrator}-revelation-${plan.turn}` });
  if (duty?.type === 'approach') effects.push({ op: 'fact', fact: FACTS.approached });
  if (plan.callback !== null)
    effects.push({ op: 'fact', fact: ledgerKey('recalled', plan.callback.turn) });
  return effects;
}

/** What the answers to a beat will establish when its narrator did not say: the plan's duty. */
export function outcomesFromPlan(plan: BeatPlan): PendingChoice | null {
  const duty = plan.duty;
  if (duty?.type === 'board') {
    const refused = plan.ledger.facts.includes(FACTS.boardingRefused)
      ? FACTS.stranded
      : FACTS.boardingRefused;
    return {
      yes: { effects: [{ op: 'board' }] },
      no: { effects: [{ op: 'fact', fact: refused }] },
    };
  }
  if (duty?.type === 'payoff') {
    return { yes: { effects: [] }, no: { effects: [{ op: 'refuse', id: duty.thread.id }] } };
  }
  if (duty?.type === 'approach') {
    // Whether the reader steps off or rides past follows from this answer (see chooseEnding).
    return { yes: { effects: [{ op: 'fact', fact: FACTS.ready }] }, no: { effects: [] } };
  }
  return null;
}

function threadKinds(
  effects: readonly Effect[],
  ledger: Ledger,
): { plant: ThreadKind | null; payoff: ThreadKind | null } {
  let plant: ThreadKind | null = null;
  let payoff: ThreadKind | null = null;
  for (const effect of effects) {
    if (effect.op === 'plant') plant = effect.kind;
    if (effect.op === 'close') {
      const thread = ledger.threads.find(
        (candidate) => candidate.id === effect.id && candidate.closed === null,
      );
      if (thread !== undefined) payoff = thread.kind;
    }
  }
  return { plant, payoff };
}

/**
 * Appends a narrated beat to the story, applying the plan's answer and the beat's effects.
 * Returns a new state; the input is not modified. Throws `InvalidTurnError` when the plan is
 * stale and `InvalidBeatError` when the text breaks the beat rules or repeats a sentence.
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
  const told = toldSoFar(state.beats);
  // A beat an AI narrator wrote in the reader's language is checked by that language's rules.
  const language = narration.language ?? DEFAULT_LANGUAGE;
  const check =
    language === DEFAULT_LANGUAGE
      ? validateBeat(text, plan.kind, told)
      : validateBeatIn(language, text, plan.kind, told);
  if (!check.ok) {
    throw new InvalidBeatError(
      `The beat breaks the beat rules: ${check.reasons.join(', ')}.`,
      check.reasons,
    );
  }
  const effects = narration.effects ?? effectsFromPlan(plan, text, state.world, narration.narrator);
  const { plant, payoff } = threadKinds(effects, plan.ledger);
  const sentences = check.sentences;
  // A thread or revelation remembers the question that carried it, or the ending's words.
  const words = sentences[sentences.length - 1] ?? text;
  const ledger = applyEffects(plan.ledger, effects, state.world, plan.turn, words);
  const beat: Beat = {
    turn: plan.turn,
    text,
    narrator: narration.narrator,
    arc: plan.arc,
    hold: plan.kind === 'ending' ? null : (narration.hold ?? plan.hold),
    ending: plan.ending,
    plant,
    payoff,
  };
  // Set after, not spread in: a spread into the literal cost a fifth of appending a beat.
  if (narration.source !== undefined) beat.source = narration.source;
  if (language !== DEFAULT_LANGUAGE) beat.language = language;
  rememberTold(state.beats, beat, sentences);
  const next: StoryState = {
    format: state.format,
    world: state.world,
    beats: [...state.beats, beat],
    answers: plan.answer === null ? state.answers : [...state.answers, plan.answer],
    continuity: plan.continuity,
    arc: plan.arc,
    ending: plan.ending,
    ledger,
    pending: plan.kind === 'ending' ? null : (narration.outcomes ?? outcomesFromPlan(plan)),
  };
  if (state.language !== undefined) next.language = state.language;
  return next;
}
