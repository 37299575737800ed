/**
 * The built-in storyteller: narrates any beat plan from the hand-written corpus, with no key
 * and no network. It is deterministic (same state and plan, same words), reacts to the last
 * answer with that question's own consequence, and never reuses a corpus entry, and so never
 * repeats a sentence, within a story.
 */
import type { BeatPlan, Narration } from '../arc';
import { turnKey } from '../arc';
import { isYesNoQuestion, validateBeat } from '../beat-rules';
import type { Random } from '../random';
import { chance, createRandom, pickIndex, pickOne } from '../random';
import type { Answer, Beat, StoryState } from '../state';
import type { World } from '../world/world';
import type { QuestionTemplate } from './corpus/types';
import type { Entry } from './registry';
import { GENRE_ENTRIES, SETTING_ENTRIES, SHARED_ENTRIES, findQuestion } from './registry';
import type { Cast } from './template';
import { lowerFirst, render } from './template';

export const STORYTELLER_NAME = 'storyteller';

/** Chance that a question is opened by a lead-in clause (a small event, the world's mood). */
const LEAD_IN_CHANCE = 0.6;
/** Chance that a lead-in brings back the motif rather than the place or the genre. */
const ECHO_CHANCE = 0.2;

type QuestionEntry = Entry<QuestionTemplate>;

/**
 * A beat's `source` records the corpus entries it used as space-separated tokens; a question
 * token also records its cast ("Q:night-bus:3@10": c is companion 1, d is companion 0) so the
 * next beat's consequence names the same people.
 */
function parseSource(source: string | undefined): {
  ids: string[];
  question: string | undefined;
  cast: string | undefined;
} {
  const ids: string[] = [];
  let question: string | undefined;
  let cast: string | undefined;
  if (source !== undefined) {
    for (const token of source.split(' ')) {
      const at = token.indexOf('@');
      const id = at === -1 ? token : token.slice(0, at);
      ids.push(id);
      if (id.startsWith('Q:')) {
        question = id;
        cast = at === -1 ? undefined : token.slice(at + 1);
      }
    }
  }
  return { ids, question, cast };
}

function castOf(world: World, c: number, d: number): Cast {
  const companions = world.companions;
  const first = companions[0];
  if (first === undefined) throw new Error('A world always has companions');
  return { c: companions[c] ?? first, d: companions[d] ?? first, k: first };
}

function drawCast(world: World, random: Random): { cast: Cast; code: string } {
  const count = world.companions.length;
  const c = pickIndex(random, count);
  const d = (c + 1 + pickIndex(random, count - 1)) % count;
  return { cast: castOf(world, c, d), code: `${c}${d}` };
}

function openingCast(world: World, random: Random): { cast: Cast; code: string } {
  return chance(random, 0.5)
    ? { cast: castOf(world, 0, 1), code: '01' }
    : { cast: castOf(world, 1, 0), code: '10' };
}

function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = items.slice();
  for (let index = copy.length - 1; index > 0; index--) {
    const other = pickIndex(random, index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

// Pools combining a setting's and a genre's entries, built once per combination.
const risingPools = new Map<string, QuestionEntry[]>();
const placeLeadIns = new Map<string, Entry<string>[]>();
const approachPools = new Map<string, QuestionEntry[]>();

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The question pools for a plan, most fitting first. */
function questionPools(world: World, plan: BeatPlan): QuestionEntry[][] {
  const setting = SETTING_ENTRIES[world.setting];
  const genre = GENRE_ENTRIES[world.genre];
  const rising = memo(risingPools, `${world.setting}|${world.genre}`, () => [
    ...setting.questions,
    ...genre.questions,
    ...SHARED_ENTRIES.companions,
  ]);
  if (plan.plant !== null) return [SHARED_ENTRIES.plants[plan.plant], rising];
  if (plan.payoff !== null) return [SHARED_ENTRIES.payoffs[plan.payoff], rising];
  if (plan.arc === 'turn') return [genre.turns, rising];
  if (plan.arc === 'resolution') {
    const approaches = memo(approachPools, world.genre, () => [
      ...genre.approaches,
      ...SHARED_ENTRIES.approaches,
    ]);
    return [approaches, rising];
  }
  return [rising];
}

function leadInPool(world: World, continuity: number, random: Random): Entry<string>[] {
  if (chance(random, ECHO_CHANCE)) return SHARED_ENTRIES.echoes;
  if (continuity <= 2) return SHARED_ENTRIES.fraying;
  if (continuity >= 5) return SHARED_ENTRIES.steady;
  return memo(placeLeadIns, `${world.setting}|${world.genre}`, () => [
    ...SETTING_ENTRIES[world.setting].leadIns,
    ...GENRE_ENTRIES[world.genre].leadIns,
  ]);
}

/**
 * What the storyteller remembers of a story so far: the corpus entries it used. Since every
 * entry is used at most once and the corpus has no duplicates (its tests say so), no sentence
 * can repeat; only generic reactions, which may have to be reused, are checked against the text.
 */
interface History {
  used: Set<string>;
  /** Whether a sentence was already told, ignoring case. */
  told: (sentence: string) => boolean;
}

// Beats are immutable and shared between successive states, so each is parsed once.
const sourceIds = new WeakMap<Beat, string[]>();

function readHistory(state: StoryState): History {
  const used = new Set<string>();
  for (const beat of state.beats) {
    let ids = sourceIds.get(beat);
    if (ids === undefined) {
      ids = parseSource(beat.source).ids;
      sourceIds.set(beat, ids);
    }
    for (const id of ids) used.add(id);
  }
  let text: string | undefined;
  const told = (sentence: string): boolean => {
    text ??= state.beats
      .map((beat) => beat.text)
      .join('\n')
      .toLowerCase();
    return text.includes(sentence.toLowerCase());
  };
  return { used, told };
}

/**
 * The first sentence: the opening (every opening, shuffled, since a long role and destination
 * can leave too few words for some of them), or the consequence of the reader's last answer.
 */
function firstSentences(
  state: StoryState,
  plan: BeatPlan,
  random: Random,
  history: History,
): { text: string; token: string }[] {
  const world = state.world;
  if (plan.turn === 1 || plan.answer === null) {
    return shuffled(random, SETTING_ENTRIES[world.setting].openings).map((opening) => ({
      text: render(opening.value, world, castOf(world, 0, 1)),
      token: opening.id,
    }));
  }
  const previous = state.beats[state.beats.length - 1];
  const { question, cast } = parseSource(previous?.source);
  const template = question === undefined ? undefined : findQuestion(question);
  if (template !== undefined && cast !== undefined) {
    const people = castOf(world, Number(cast[0]), Number(cast[1]));
    return [{ text: render(template[plan.answer], world, people), token: `C:${question ?? ''}` }];
  }
  // The previous beat came from another narrator: react to the answer in general terms.
  const reactions = shuffled(random, SHARED_ENTRIES.reactions[plan.answer]).map((reaction) => ({
    text: render(reaction.value, world, drawCast(world, random).cast),
    token: reaction.id,
  }));
  const untold = reactions.filter((reaction) => !history.told(reaction.text));
  const fresh = untold.filter((reaction) => !history.used.has(reaction.token));
  return fresh.length > 0 ? fresh : untold.length > 0 ? untold : reactions;
}

interface Candidate {
  text: string;
  tokens: string[];
  hold: Answer | null;
}

function fits(candidate: Candidate, first: string, plan: BeatPlan): boolean {
  return validateBeat(`${first} ${candidate.text}`, plan.kind).ok;
}

function* questionCandidates(
  state: StoryState,
  plan: BeatPlan,
  random: Random,
  history: History,
): Generator<Candidate> {
  const world = state.world;
  const preferred = plan.hold ?? 'yes';
  for (const pool of questionPools(world, plan)) {
    const fresh = shuffled(
      random,
      pool.filter((entry) => !history.used.has(entry.id)),
    );
    // Questions whose steadying answer matches the plan first, then any.
    const ordered = [
      ...fresh.filter((entry) => entry.value.hold === preferred),
      ...fresh.filter((entry) => entry.value.hold !== preferred),
    ];
    for (const entry of ordered) {
      // The opening names the first two companions; its question must not bring in a stranger.
      const { cast, code } = plan.turn === 1 ? openingCast(world, random) : drawCast(world, random);
      const ask = render(entry.value.ask, world, cast);
      const token = `${entry.id}@${code}`;
      if (
        isYesNoQuestion(ask) &&
        /^(do|does|will|is|are|can)\b/iu.test(ask) &&
        chance(random, LEAD_IN_CHANCE)
      ) {
        const leadIns = leadInPool(world, plan.continuity, random).filter(
          (lead) => !history.used.has(lead.id),
        );
        if (leadIns.length > 0) {
          const lead = pickOne(random, leadIns);
          yield {
            text: `${render(lead.value, world, cast)}, ${lowerFirst(ask)}`,
            tokens: [lead.id, token],
            hold: entry.value.hold,
          };
        }
      }
      yield { text: ask, tokens: [token], hold: entry.value.hold };
    }
  }
}

function* endingCandidates(
  state: StoryState,
  plan: BeatPlan,
  random: Random,
): Generator<Candidate> {
  const world = state.world;
  const kind = plan.ending ?? 'missed-stop';
  for (const entry of shuffled(random, GENRE_ENTRIES[world.genre].endings[kind])) {
    yield {
      text: render(entry.value, world, drawCast(world, random).cast),
      tokens: [entry.id],
      hold: null,
    };
  }
}

/**
 * Narrates a planned beat. Returns the text, the storyteller's name, the answer that holds the
 * world together (which may differ from the plan's when no fitting question is left) and the
 * corpus entries used, to be stored with the beat.
 */
export function tellBeat(state: StoryState, plan: BeatPlan): Narration & { source: string } {
  const random = createRandom(turnKey('tell', state, plan.turn));
  const history = readHistory(state);
  for (const first of firstSentences(state, plan, random, history)) {
    const candidates =
      plan.kind === 'ending'
        ? endingCandidates(state, plan, random)
        : questionCandidates(state, plan, random, history);
    for (const candidate of candidates) {
      if (!fits(candidate, first.text, plan)) continue;
      const narration: Narration & { source: string } = {
        text: `${first.text} ${candidate.text}`,
        narrator: STORYTELLER_NAME,
        source: [first.token, ...candidate.tokens].join(' '),
      };
      if (candidate.hold !== null) narration.hold = candidate.hold;
      return narration;
    }
  }
  // Unreachable with the shipped corpus (the walk tests prove it); fail loudly if it changes.
  throw new Error(
    `The storyteller found no fitting beat for turn ${plan.turn} of "${state.world.seed}"`,
  );
}
