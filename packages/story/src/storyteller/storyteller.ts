/**
 * The built-in storyteller: narrates any beat plan from the storylet corpus, with no key and no
 * network. It is deterministic (same state and plan, same words); it tells only pieces whose
 * requirements the ledger meets and reports what each piece establishes; it never reuses a
 * piece within a story, and so never repeats a sentence.
 *
 * A beat is two sentences: what the reader's last answer did (the outcome written with the
 * question it answers, kept in the state) and the next question, sometimes opened by a lead-in
 * clause; or the opening line and a question; or what the answer did and an ending.
 */
import type { Narration } from '../append';
import { FACTS, THROUGH_DOOR } from '../arc';
import { toldSoFar, validateBeat } from '../beat-rules';
import type { Effect } from '../ledger/ledger';
import { ledgerKey } from '../ledger/ledger';
import { mentionsName } from '../ledger/mentions';
import type { BeatPlan } from '../plan';
import { turnsRecorded } from '../plan';
import type { Outcome, PendingChoice, StoryState } from '../state';
import { chance } from '../random';
import { namedHour } from '../world/seed-words';
import { READERS_OWN_NIGHT, SETTINGS } from '../world/ingredients';
import { startOf } from '../world/world';
import type { Answer, EndingKind } from '../vocabulary';
import { composeQuestion, questionPools } from './pools';
import type { Candidate, Composed } from './pools';
import type { Ending, Line, Storylet } from './storylet';
import { EX_ABOARD, GREETER, HOST, KIN, QUESTION_TOKEN, resolveEffect } from './storylet';
import {
  findThread,
  genreCorpus,
  isReaderPiece,
  READER_ROLE_ENDINGS,
  settingCorpus,
  SHARED,
} from './registry';
import type { Cast, Said, Slot } from './template';
import { castOf, NO_CAST, render, renderClause } from './template';
import type { Telling } from './telling';
import { beginTelling, castFor, needsHold, saidAfter, shuffled, withRecall } from './telling';

export const STORYTELLER_NAME = 'storyteller';

/** The storylet a beat's question came from, or null for an ending or another narrator's beat. */
export function questionOf(beat: { source?: string; ending: unknown }): string | null {
  if (beat.ending !== null || beat.source === undefined) return null;
  for (const token of beat.source.split(' ')) {
    if (token.startsWith(QUESTION_TOKEN)) return token.slice(QUESTION_TOKEN.length);
  }
  return null;
}

function namesOf(cast: Cast): Record<Slot, string | undefined> {
  return {
    companion: cast.companion?.name,
    other: cast.other?.name,
    first: cast.first?.name,
  };
}

function resolveAll(
  telling: Telling,
  specs: Storylet['does'],
  cast: Cast,
  thread: string | null,
): Effect[] {
  const effects: Effect[] = [];
  const refusedBefore = telling.keys.has(FACTS.boardingRefused);
  for (const spec of specs) {
    const effect = resolveEffect(spec, namesOf(cast), thread, refusedBefore);
    if (effect !== null) effects.push(effect);
  }
  return effects;
}

function outcomeOf(
  storylet: Storylet,
  answer: Answer,
  telling: Telling,
  cast: Cast,
  thread: string | null,
  said: Said,
): Outcome {
  const spec = storylet[answer];
  const effects = resolveAll(telling, spec.effects, cast, thread);
  // An answer that takes the reader aboard leaves the doors of this place behind, and says when
  // it did: whoever waited with them is brought aboard by name soon after (pools.ts).
  if (effects.some((effect) => effect.op === 'board')) {
    effects.push(...doorsLeftBehind(telling));
    if (telling.plan.ledger.situation === 'waiting') {
      effects.push({ op: 'fact', fact: ledgerKey('boarded', telling.plan.turn) });
    }
  }
  const outcome: Outcome = {
    text: unrepeated(render(spec.template, telling.world, cast, said), telling),
    effects,
  };
  if (spec.recallTemplate !== undefined) {
    // A recall is written "you ...": a callback places it mid-sentence.
    outcome.recall = renderClause(spec.recallTemplate, telling.world, cast, said);
  }
  return outcome;
}

/**
 * The doors of the place the reader is leaving, turned down as they board: a door found while
 * waiting (a bricked-up doorway, a staff door) stays where it was, and no beat aboard finds it
 * standing open. Turned down, not closed: a closed door is one the reader went through, and a
 * door ending would follow from it. A door the reader carries the way through (a key) goes with
 * them.
 */
function doorsLeftBehind(telling: Telling): Effect[] {
  if (telling.plan.ledger.situation !== 'waiting') return [];
  return telling.plan.ledger.threads
    .filter(
      (thread) =>
        thread.kind === 'door' && thread.closed === null && findThread(thread.id)?.travels !== true,
    )
    .map((thread) => ({ op: 'refuse', id: thread.id }));
}

/**
 * Ways to decline a question, said alike: over seventy No outcomes open "You do not ask, and",
 * and a night that declines three questions should not say so three times in the same words.
 */
const DECLINED = [
  'You do not ask, and ',
  'You let the question go, and ',
  'You keep the question to yourself, and ',
  'You leave it unasked, and ',
  'You hold your tongue, and ',
];

/** An outcome that opens as an earlier beat of the night did, opened another way instead. */
function unrepeated(text: string, telling: Telling): string {
  const opening = DECLINED[0] as string;
  if (!text.startsWith(opening)) return text;
  const { beats, pending } = telling.state;
  // The beat being told opens with the outcome chosen last time: it counts as said.
  const now = telling.plan.answer === null ? undefined : pending?.[telling.plan.answer].text;
  const said = (way: string): boolean =>
    now?.startsWith(way) === true || beats.some((beat) => beat.text.startsWith(way));
  const fresh = DECLINED.find((way) => !said(way));
  return fresh === undefined ? text : fresh + text.slice(opening.length);
}

/**
 * The source a beat records, naming its pieces: the first sentence's, the lead-in's or ending's,
 * the question's (marked "Q:") and the turn a callback recalls: "outcome Q:night-bus.bell
 * callback@3".
 */
function sourceOf(
  first: string,
  line: string | null,
  question: string | null,
  callback: number | null,
): string {
  const tokens = [first];
  if (line !== null) tokens.push(line);
  if (question !== null) tokens.push(`${QUESTION_TOKEN}${question}`);
  if (callback !== null) tokens.push(`callback@${callback}`);
  return tokens.join(' ');
}

/** The first sentence: the opening line, the outcome of the last answer, or a general reaction. */
function firstSentences(telling: Telling): { text: string; token: string }[] {
  const { state, plan, world, keys } = telling;
  if (plan.answer === null) {
    const corpus = settingCorpus(world.setting);
    // A reader the seed puts aboard already is told the vessel underway, not a waiting room.
    const told =
      startOf(world) === SETTINGS[world.setting].start ? corpus.openings : corpus.aboardOpenings;
    const openings = told.filter((line) => needsHold(line.needs, keys, NO_CAST, null));
    // A seed that names its hour ("the 3am bus") is told it first thing, where an opening can.
    const saysHour = (line: Line) => line.text.includes('{hour}');
    const ordered =
      namedHour(world.seed) === undefined
        ? shuffled(telling.own, openings)
        : [
            ...shuffled(telling.own, openings.filter(saysHour)),
            ...shuffled(
              telling.own,
              openings.filter((line) => !saysHour(line)),
            ),
          ];
    return ordered.map((line) => ({
      text: render(line.template, world, NO_CAST),
      token: line.id,
    }));
  }
  const text = state.pending?.[plan.answer].text;
  if (text !== undefined) return [{ text, token: 'outcome' }];
  // The previous beat came from another narrator: react to the answer in general terms.
  // Reactions name no one but the first companion, whom every opening introduces.
  const first = world.companions[0];
  const cast =
    first !== undefined && keys.has(ledgerKey('met', first.name)) ? castOf({ first }) : NO_CAST;
  const reactions = SHARED.reactions[plan.answer].filter(
    (line) =>
      !telling.used.has(line.id) &&
      line.slots.every((slot) => cast[slot] !== undefined) &&
      needsHold(line.needs, keys, cast, null),
  );
  return shuffled(telling.own, reactions).map((line) => ({
    text: render(line.template, world, cast, telling.said),
    token: line.id,
  }));
}

/**
 * True when an ending line fits the moment: its requirements hold, and a door ending told just
 * after the reader went through a door is one written for the far side (it opens no other door).
 */
function endingFits(telling: Telling, kind: EndingKind, line: Line): boolean {
  if (!needsHold(line.needs, telling.keys, NO_CAST, null)) return false;
  if (kind !== 'door' || !telling.keys.has(THROUGH_DOOR)) return true;
  return line.needs.some((need) => need.key === THROUGH_DOOR && !need.negate);
}

/** True when everyone an ending names has been met ("with {first.name} beside you"). */
function castable(telling: Telling, line: Ending): boolean {
  return line.slots.length === 0 || castFor(telling, line.slots, null, undefined) !== null;
}

function endingCandidates(telling: Telling, recalling: readonly Ending[]): Ending[] {
  const { plan, world } = telling;
  const kind = plan.ending ?? 'missed-stop';
  const pool = [...genreCorpus(world.genre).endings[kind], ...SHARED.endings[kind]].filter(
    (line) =>
      !telling.used.has(line.id) && castable(telling, line) && endingFits(telling, kind, line),
  );
  // Endings that answer to what the reader did, or to a thread still open, come first.
  // Whoever the seed said waits at the end of the night counts twice: readers bound for their
  // nan's, or met at arrivals by their mum, found them in one last line in six.
  const specific = (line: Ending): number =>
    line.needs.filter((need) => need.key !== 'aboard' && need.key !== 'waiting' && !need.negate)
      .length + (isAwaited(line) ? 1 : 0);
  const last = SHARED.lastWords[kind].filter((line) => endingFits(telling, kind, line));
  // The errand the night began with: the funeral, the audition, the morning loaves.
  const errand = READER_ROLE_ENDINGS.get(world.role)?.[kind];
  const own =
    errand !== undefined && !telling.used.has(errand.id) && endingFits(telling, kind, errand)
      ? [errand]
      : [];
  // Half the time first of all, even before a last line that looks back at a choice; else after
  // those and the endings that answer to what the reader did (kept the key, never boarded), and
  // always before those any night could have.
  const sorted = shuffled(telling.order, pool).sort((a, b) => specific(b) - specific(a));
  // A night that has not yet looked back at a choice is likelier to, with its last line.
  const lookedBack = turnsRecorded(plan.ledger, 'recalled').size > 0;
  // An errand that travels with the reader (a bedside, a funeral, an interview) is what the
  // night was for: it always has the last word. Readers who rode past their mother's hospital
  // were told of a folded map instead.
  const travelling = READERS_OWN_NIGHT.includes(world.role);
  if (
    own.length > 0 &&
    (travelling || chance(telling.own, lookedBack ? ERRAND_FIRST : ERRAND_FIRST_UNRECALLED))
  ) {
    return [...own, ...recalling, ...sorted, ...last];
  }
  const answering = sorted.filter((line) => specific(line) > 0).length;
  return [...recalling, ...sorted.slice(0, answering), ...own, ...sorted.slice(answering), ...last];
}

/** The world keys of someone waiting at the end of the night: at their house, or where it comes in. */
// And whoever the reader travels with, or the ex aboard: readers found the person they typed
// missing from the last line, stepping off with a thimble instead.
const AWAITED: ReadonlySet<string> = new Set([HOST, GREETER, KIN, EX_ABOARD]);

/** True for an ending written for whoever is along or waiting (AWAITED). */
function isAwaited(line: Ending): boolean {
  return line.needs.some((need) => AWAITED.has(need.key) && !need.negate);
}

/**
 * Chance that a reader's errand has the last word over every other ending that fits, those that
 * look back at a choice or answer to one included.
 */
const ERRAND_FIRST = 0.5;
/** The same, on a night that has not looked back at a choice yet: its last line is likelier to. */
const ERRAND_FIRST_UNRECALLED = 0.2;

/** Stands for a first sentence another narrator wrote among a beat's source tokens. */
const NARRATED_TOKEN = 'narrated';

/**
 * Narrates a planned beat. Returns the text, the storyteller's name, the answer that holds the
 * world together, the storylets used (stored with the beat), what the beat establishes and what
 * each answer to its question will establish.
 *
 * With `opening`, the beat begins with that sentence, which another narrator wrote and the reader
 * has already read (a streamed beat whose narrator failed after it), and the storyteller writes
 * only what follows; the companions the opening names count as met.
 */
export function tellBeat(
  state: StoryState,
  plan: BeatPlan,
  opening?: string,
): Narration & { source: string } {
  if (opening === undefined) return tell(state, plan, undefined);
  const beat = tell(state, plan, opening);
  const named: Effect[] = state.world.companions
    .filter((companion) => mentionsName(opening, companion.name))
    .map((companion) => ({ op: 'meet', name: companion.name }));
  return { ...beat, effects: [...named, ...(beat.effects ?? [])] };
}

function tell(
  state: StoryState,
  plan: BeatPlan,
  opening: string | undefined,
): Narration & { source: string } {
  const telling = beginTelling(state, plan);
  const told = toldSoFar(state.beats);
  const world = state.world;
  const firsts =
    opening === undefined
      ? firstSentences(telling)
      : [{ text: opening.trim(), token: NARRATED_TOKEN }];
  for (const first of firsts) {
    if (plan.kind === 'ending') {
      const callback = plan.callback;
      const recalling =
        callback === null
          ? []
          : SHARED.recallingEndings[plan.ending ?? 'missed-stop'].filter(
              (line) =>
                endingFits(telling, plan.ending ?? 'missed-stop', line) && castable(telling, line),
            );
      // Those with whoever the seed has along or waiting come first (see `isAwaited`).
      const looking = shuffled(telling.own, recalling).sort(
        (a, b) => Number(isAwaited(b)) - Number(isAwaited(a)),
      );
      for (const ending of endingCandidates(telling, looking)) {
        const cast = castFor(telling, ending.slots, null, undefined) ?? NO_CAST;
        const said = callback === null ? telling.said : withRecall(telling.said, callback.recall);
        const text = `${first.text} ${render(ending.template, world, cast, said)}`;
        if (!validateBeat(text, 'ending', told).ok) continue;
        const recalled = callback !== null && ending.text.includes('{recall}');
        return {
          text,
          narrator: STORYTELLER_NAME,
          source: sourceOf(first.token, ending.id, null, recalled ? callback.turn : null),
          effects: recalled ? [{ op: 'fact', fact: ledgerKey('recalled', callback.turn) }] : [],
        };
      }
      continue;
    }
    for (const candidate of questionPools(telling)) {
      const composed = composeQuestion(telling, candidate, first.text, told);
      if (composed === null) continue;
      return finish(telling, candidate, composed, first.token);
    }
  }
  // Unreachable with the shipped corpus (the walk tests prove it); fail loudly if it changes.
  throw new Error(`The storyteller found no fitting beat for turn ${plan.turn} of "${world.seed}"`);
}

function finish(
  telling: Telling,
  candidate: Candidate,
  composed: Composed,
  firstToken: string,
): Narration & { source: string } {
  const { storylet, thread, role } = candidate;
  const { cast, lead } = composed;
  const effects: Effect[] = [
    ...resolveAll(telling, storylet.does, cast, thread),
    ...(lead === null ? [] : resolveAll(telling, lead.does, cast, null)),
  ];
  if (role === 'plant' && thread !== null && candidate.kind !== null) {
    effects.push({ op: 'plant', id: thread, kind: candidate.kind });
  }
  if (role === 'payoff' && thread !== null) effects.push({ op: 'close', id: thread });
  if (telling.plan.duty?.type === 'approach') effects.push({ op: 'fact', fact: FACTS.approached });
  if (role === 'reveal') {
    effects.push({ op: 'reveal', id: storylet.id });
    for (const slot of storylet.slots) {
      const person = cast[slot];
      if (person !== undefined) effects.push({ op: 'know', name: person.name });
    }
  }
  if (composed.callback !== null) {
    effects.push({ op: 'fact', fact: ledgerKey('recalled', composed.callback.turn) });
  }
  // The reader's own errand asked: a last line may look back at it first (plan.ts).
  if (isReaderPiece(storylet.id)) {
    effects.push({ op: 'fact', fact: ledgerKey('errand', telling.plan.turn) });
  }
  const said = saidAfter(telling, composed.text);
  const outcomes: PendingChoice = {
    yes: outcomeOf(storylet, 'yes', telling, cast, thread, said),
    no: outcomeOf(storylet, 'no', telling, cast, thread, said),
  };
  const recalled = composed.callback === null ? null : composed.callback.turn;
  return {
    text: composed.text,
    narrator: STORYTELLER_NAME,
    hold: storylet.hold,
    source: sourceOf(firstToken, lead?.id ?? null, storylet.id, recalled),
    effects,
    outcomes,
  };
}
