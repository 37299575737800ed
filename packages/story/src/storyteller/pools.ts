/**
 * Which pieces a beat may tell, by the plan's duty, and how a question is composed with a
 * lead-in clause: an arrival that introduces a companion, a callback to an earlier choice, or
 * a small event of the place, the genre, the weather or the world's steadiness.
 */
import { FACTS } from '../arc';
import { countWords, MAX_BEAT_WORDS, validateBeat } from '../beat-rules';
import type { Random } from '../random';
import { chance, createRandom, pickIndex } from '../random';
import type { Choice, Ledger } from '../ledger/ledger';
import { ledgerKey } from '../ledger/ledger';
import { mentionsName } from '../ledger/mentions';
import type { Beat } from '../state';
import type { ThreadKind } from '../vocabulary';
import { namesMotif, namesWeather, SETTINGS } from '../world/ingredients';
import type { Companion, World } from '../world/world';
import { introducedAs, isKinRole } from '../world/world';
import { shortDestination } from '../world/destination';
import type { Line, RevelationStorylets, Storylet, ThreadStorylets } from './storylet';
import {
  ANIMAL,
  BABY,
  KIN_ASLEEP,
  KIN_DISTANT,
  EX_ABOARD,
  KIN_TEARFUL,
  KIN_YOUNG,
  MOOD,
  PREMISE,
  sourceTokens,
  URGENT,
} from './storylet';
import {
  companionQuestions,
  KIN,
  findRevelation,
  findThread,
  genreCorpus,
  isPresenceLine,
  isReaderPiece,
  MOTIF_THREADS,
  READER_ROLE_QUESTIONS,
  ROLE_PRESENCE,
  ROLE_REVELATIONS,
  ROLE_THREADS,
  settingCorpus,
  SHARED,
} from './registry';
import type { Telling } from './telling';
import { castFor, needsHold, withRecall } from './telling';
import { YOU_QUESTION, recallFor } from './recall';
import type { Cast, Said } from './template';
import { castOf, lowerFirst, render } from './template';
import { saidAgain } from './said-again';
import { BOARDED_TOGETHER_FACT } from './corpus/shared/lines';

/** Chance that a question is opened by a lead-in clause when nothing else opens it. */
const LEAD_IN_CHANCE = 0.5;

/**
 * True when a vessel's arrival and the dilemma after it cannot both be so: one long waited for
 * ("at last") does not come early, nor one that is early come at last.
 */
function contradictory(arrival: string, dilemma: string): boolean {
  const waited = /\bat last\b/u;
  const early = /\bearly\b/u;
  return (
    (waited.test(arrival) && early.test(dilemma)) || (early.test(arrival) && waited.test(dilemma))
  );
}
/**
 * Chance that a companion out of sight for a while is glimpsed before a question not about them.
 * Readers took more than one beat in ten opening on someone's stage business as filler (0.7).
 */
const GLIMPSE_CHANCE = 0.45;
/**
 * The same for the reader's own along, whom the night is partly about: a sister met in the second
 * beat of ten was not seen again in one night in ten.
 */
const KIN_GLIMPSE_CHANCE = 0.7;
/**
 * The same in the last stretch, where someone met early and not seen since reads as forgotten
 * (two stories in five left a companion out of their last third).
 */
const LATE_GLIMPSE_CHANCE = 0.9;
/** Chance that a lead-in brings back the motif, once it is in the story. */
const ECHO_CHANCE = 0.2;
/** Chance that a lead-in brings back the reader's own animal, on a night with one along. */
const ANIMAL_CHANCE = 0.5;
/** Chance that a lead-in says how the reader feels, on a night whose seed says it. */
const MOOD_CHANCE = 0.3;
/** How often, at most, a night says how the reader feels: a mood said every beat is a nag. */
const MOOD_MOST = 3;
/** Chance that a lead-in tells the weather, on a night that has some. */
const WEATHER_CHANCE = 0.2;
/** The beat from which a night's weather, not yet seen, comes before a callback. */
const WEATHER_OVERDUE = 6;

export type CandidateRole =
  'question' | 'introduce' | 'board' | 'plant' | 'payoff' | 'reveal' | 'follow' | 'approach';

export interface Candidate {
  storylet: Storylet;
  role: CandidateRole;
  /** The thread a plant plants or a payoff pays. */
  thread: string | null;
  kind: ThreadKind | null;
  /** True when an arrival clause must open the question (it introduces the newcomer). */
  arrival: boolean;
  /** True when the setting's line for the vessel arriving must open it (a boarding dilemma). */
  vessel: boolean;
}

/** A candidate built whole, field by field: one object shape for every candidate. */
function plain(
  storylet: Storylet,
  role: CandidateRole,
  opening: { arrival?: boolean; vessel?: boolean } = {},
): Candidate {
  return {
    storylet,
    role,
    thread: null,
    kind: null,
    arrival: opening.arrival ?? false,
    vessel: opening.vessel ?? false,
  };
}

/** True when a piece is unused and its requirements that name no companion hold. */
function available(telling: Telling, storylet: Storylet): boolean {
  if (telling.used.has(storylet.id)) return false;
  for (const need of storylet.needs) {
    if (need.slot === null && telling.keys.has(need.key) === need.negate) return false;
  }
  return true;
}

/**
 * The available pieces in the order of the shared draw, with this answer's half first: so Yes
 * and No, facing the same pieces, try different ones first. The draw is made lazily (a
 * Fisher-Yates shuffle that yields as it goes), since a beat rarely needs more than a few.
 */
function ordered<T>(
  telling: Telling,
  pool: readonly T[],
  storyletOf: (item: T) => Storylet,
): Generator<T> {
  return orderedFrom(telling, [pool], storyletOf);
}

/** `ordered` over pools taken one after another, as if they were one list. */
function* orderedFrom<T>(
  telling: Telling,
  pools: readonly (readonly T[])[],
  storyletOf: (item: T) => Storylet,
): Generator<T> {
  const later: T[] = [];
  for (const [item, mine] of parted(telling, pools, storyletOf)) {
    if (mine) yield item;
    else later.push(item);
  }
  yield* later;
}

/** The available pieces in the shared draw's order, each marked as this answer's half or not. */
function* parted<T>(
  telling: Telling,
  pools: readonly (readonly T[])[],
  storyletOf: (item: T) => Storylet,
): Generator<[T, boolean]> {
  let position = 0;
  for (const item of drawn(telling.order, pools)) {
    if (!available(telling, storyletOf(item))) continue;
    yield [item, position++ % 2 === telling.parity];
  }
}

const itself = (storylet: Storylet): Storylet => storylet;
const ofCandidate = (candidate: Candidate): Storylet => candidate.storylet;

/**
 * The questions of the rising action, as lists to be taken one after another: the place's and
 * the genre's (joined once per setting and genre), the reader's role's, and those of each
 * companion met. Not joined into one list per combination: readers, roles and companions make
 * thousands of combinations, and a list kept for each grew the heap by a megabyte per thousand
 * stories, without end.
 */
function risingPool(telling: Telling): (readonly Storylet[])[] {
  const { world } = telling;
  const pools = [
    memo(risingPools, `${world.setting}|${world.genre}`, () => [
      ...settingCorpus(world.setting).questions,
      ...genreCorpus(world.genre).questions,
      ...SHARED.questions,
    ]),
    READER_ROLE_QUESTIONS.get(world.role) ?? [],
  ];
  for (const person of telling.met) pools.push(companionQuestions(person.role));
  return pools;
}

/**
 * An introduction: a question written to introduce someone, or a question written for the
 * newcomer's role opened by an arrival clause; failing those, any question about one companion,
 * opened by an arrival.
 */
function* introductionCandidates(telling: Telling, name: string): Generator<Candidate> {
  const newcomer = telling.world.companions.find((companion) => companion.name === name);
  // Questions written for this newcomer's role come first: they make one night's people unlike
  // another's. Then the general introductions, then any question about one person.
  // Someone the reader knows is already beside them: brought in by a beat of their own, not
  // arriving like a stranger.
  if (newcomer !== undefined && isKinRole(newcomer.role)) {
    const kin = KIN.introductions.map((storylet) => plain(storylet, 'introduce'));
    // Those written for how the seed has them come first (a small child, someone in tears, an
    // ex aboard): readers met a crying sister first as one handing out teas.
    // Each answer's half of those first, then its half of the rest, so that Yes and No still
    // lead to different questions where one state has a single piece.
    const stated = kin.filter(({ storylet }) => saysKinState(storylet));
    const [statedMine, statedTheirs] = halves(telling, stated, ofCandidate);
    const [mine, theirs] = halves(
      telling,
      kin.filter((candidate) => !stated.includes(candidate)),
      ofCandidate,
    );
    yield* statedMine;
    yield* mine;
    yield* statedTheirs;
    yield* theirs;
  }
  const own = (newcomer === undefined ? [] : companionQuestions(newcomer.role)).map(
    (storylet): Candidate => plain(storylet, 'introduce', { arrival: true }),
  );
  const { written: shared, general } = sharedIntroductions();
  // Where strangers come in only as the place's own arrivals have them (a cab's fares), no
  // introduction that has them simply there.
  const written = SETTINGS[telling.world.setting].ownArrivals === true ? [] : shared;
  // This answer's half of the role's questions, then the written introductions, then the other
  // half: few role questions can follow an arrival, and were both answers to fall back on the
  // same one, Yes and No would lead to the same question.
  const [mine, theirs] = halves(telling, own, ofCandidate);
  yield* mine;
  yield* ordered(telling, written, ofCandidate);
  yield* theirs;
  yield* ordered(telling, general, ofCandidate);
}

/** World keys of how the seed has the reader's own: asleep, small, distant, in tears, an ex aboard. */
const KIN_STATES: ReadonlySet<string> = new Set([
  KIN_ASLEEP,
  KIN_YOUNG,
  KIN_DISTANT,
  KIN_TEARFUL,
  EX_ABOARD,
]);

/** True for a piece written for one of those states (it requires one). */
function saysKinState(storylet: Storylet): boolean {
  return storylet.needs.some((need) => !need.negate && KIN_STATES.has(need.key));
}

/** `ordered`'s two halves apart: this answer's, and the other's. */
function halves<T>(
  telling: Telling,
  pool: readonly T[],
  storyletOf: (item: T) => Storylet,
): [T[], T[]] {
  const mine: T[] = [];
  const theirs: T[] = [];
  for (const [item, own] of parted(telling, [pool], storyletOf)) (own ? mine : theirs).push(item);
  return [mine, theirs];
}

let introductions: { written: Candidate[]; general: Candidate[] } | undefined;

/** The shared introductions, and the questions about one person an arrival can open (made once). */
function sharedIntroductions(): { written: Candidate[]; general: Candidate[] } {
  introductions ??= {
    written: SHARED.introductions.map((storylet) => plain(storylet, 'introduce')),
    general: SHARED.questions
      .filter(
        (storylet) =>
          storylet.leadable &&
          storylet.slots.includes('companion') &&
          !storylet.slots.includes('other'),
      )
      .map((storylet): Candidate => plain(storylet, 'introduce', { arrival: true })),
  };
  return introductions;
}

/**
 * The threads a beat may plant: the one written for this world's motif or first companion's
 * role first (they make this night's story its own), then those of the place, the genre and
 * those that fit anywhere, drawn together: with only a few of each kind per place and genre, a
 * reader returning to the same place would otherwise meet the same thread every time.
 */
function* threadCandidates(telling: Telling, kind: ThreadKind): Generator<Candidate> {
  const { world } = telling;
  const fresh = (thread: ThreadStorylets): boolean =>
    thread.kind === kind && !telling.keys.has(ledgerKey('planted', thread.id));
  const own = [
    ...(kind === 'motif' ? (MOTIF_THREADS.get(world.motif.the) ?? []) : []),
    ...(kind === 'companion' ? (ROLE_THREADS.get(world.companions[0]?.role ?? '') ?? []) : []),
  ].filter(fresh);
  const others = [
    ...settingCorpus(world.setting).threads,
    ...genreCorpus(world.genre).threads,
    ...SHARED.threads,
  ].filter(fresh);
  const candidate = (thread: ThreadStorylets): Candidate => ({
    storylet: thread.plant,
    role: 'plant',
    thread: thread.id,
    kind,
    arrival: false,
    vessel: false,
  });
  const plantOf = (thread: ThreadStorylets): Storylet => thread.plant;
  for (const thread of ordered(telling, own, plantOf)) yield candidate(thread);
  for (const thread of ordered(telling, others, plantOf)) yield candidate(thread);
}

/** The candidates for a beat: its duty's pieces first, then the rising pool as a fallback. */
export function* questionPools(telling: Telling): Generator<Candidate> {
  const { plan, world } = telling;
  const duty = plan.duty;
  switch (duty?.type) {
    case 'open':
      // The first question belongs to the place: the reader has only just arrived in it.
      for (const storylet of ordered(telling, settingCorpus(world.setting).questions, itself))
        yield plain(storylet, 'question');
      break;
    case 'introduce':
      yield* introductionCandidates(telling, duty.name);
      // An introduction must happen: the fallback is any question, opened by an arrival.
      for (const storylet of orderedFrom(telling, risingPool(telling), itself)) {
        if (storylet.leadable) yield plain(storylet, 'introduce', { arrival: true });
      }
      break;
    case 'board': {
      // Boarding pieces of the place, and dilemmas that follow its line for the vessel arriving.
      const own = settingCorpus(world.setting).boarding.map((storylet) => plain(storylet, 'board'));
      const dilemmas =
        settingCorpus(world.setting).vessels.length === 0
          ? []
          : [...genreCorpus(world.genre).boarding, ...SHARED.boarding].map((storylet): Candidate =>
              plain(storylet, 'board', { vessel: true }),
            );
      // A reader on an errand that cannot wait, who let the first chance go, is asked the last
      // plainly, as the last: readers bound for a dying mother's bedside were left behind by a
      // train they had dreamed of as a child.
      const all = [...own, ...dilemmas];
      const plainly =
        telling.keys.has(URGENT) && telling.keys.has(FACTS.boardingRefused)
          ? all.filter(({ storylet }) =>
              storylet.needs.some((need) => need.key === FACTS.boardingRefused && !need.negate),
            )
          : [];
      if (plainly.length > 0) yield* ordered(telling, plainly, ofCandidate);
      yield* ordered(
        telling,
        all.filter((candidate) => !plainly.includes(candidate)),
        ofCandidate,
      );
      break;
    }
    case 'plant':
      yield* threadCandidates(telling, duty.kind);
      break;
    case 'payoff': {
      const thread = findThread(duty.thread.id);
      const kind = duty.thread.kind;
      const payoffs = thread?.payoffs ?? SHARED.payoffs[kind];
      // A motif left behind at boarding can be paid off only by following the reader.
      const follows = kind === 'motif' && telling.keys.has(ledgerKey('gone', 'motif'));
      for (const storylet of ordered(telling, follows ? SHARED.motifFollows : payoffs, itself)) {
        yield {
          storylet,
          role: 'payoff',
          thread: duty.thread.id,
          kind: duty.thread.kind,
          arrival: false,
          vessel: false,
        };
      }
      break;
    }
    case 'reveal': {
      // The turn told about the first companion, written for their role, and the genre's own:
      // Yes and No try them in opposite orders, so the two answers turn the story differently.
      const own = ROLE_REVELATIONS.get(world.companions[0]?.role ?? '') ?? [];
      const genre = genreCorpus(world.genre).revelations;
      const revealOf = (item: RevelationStorylets): Storylet => item.reveal;
      for (const pool of telling.parity === 0 ? [own, genre] : [genre, own]) {
        for (const revelation of ordered(telling, pool, revealOf))
          yield plain(revelation.reveal, 'reveal');
      }
      break;
    }
    case 'follow': {
      const revelation = findRevelation(duty.revelation.id);
      if (revelation !== undefined && plan.answer !== null) {
        for (const storylet of ordered(telling, revelation.follow[plan.answer], itself))
          yield plain(storylet, 'follow');
      }
      break;
    }
    case 'approach': {
      const approaches = [
        ...settingCorpus(world.setting).approaches,
        ...genreCorpus(world.genre).approaches,
        ...SHARED.approaches,
      ];
      // The night's first approach asks whether the reader makes ready for their stop: stepping
      // off or riding past it then follows from the answer.
      const first = !telling.keys.has(FACTS.approached);
      const making = first ? approaches.filter(readies) : [];
      for (const storylet of ordered(telling, making, itself)) yield plain(storylet, 'approach');
      const rest = first ? approaches.filter((storylet) => !readies(storylet)) : approaches;
      for (const storylet of ordered(telling, rest, itself)) yield plain(storylet, 'approach');
      break;
    }
    case undefined: {
      // A free beat goes first to the reader's own errand, once (the opening states it, and it
      // was otherwise asked about in 2% of stories); then to a companion out of sight for a
      // while, in the questions written for their role: otherwise half of them are met and never
      // seen again.
      const errand = errandAsked(telling) ? [] : (READER_ROLE_QUESTIONS.get(world.role) ?? []);
      for (const storylet of ordered(telling, errand, itself)) yield plain(storylet, 'question');
      const { absent } = situationOf(telling);
      const own = absent === undefined ? [] : companionQuestions(absent.role);
      for (const storylet of ordered(telling, own, itself)) yield plain(storylet, 'question');
      break;
    }
  }
  for (const storylet of orderedFrom(telling, risingPool(telling), itself))
    yield plain(storylet, 'question');
}

/** True when the night has weather and no beat has shown it yet. */
function weatherUnseen(telling: Telling): boolean {
  const { weather } = telling.world;
  if (weather === 'clear') return false;
  // Each beat is read for it once: beats are kept, unchanged, from one turn to the next.
  return !telling.state.beats.some((beat) => {
    let shows = weatherIn.get(beat);
    if (shows === undefined) {
      shows = namesWeather(beat.text, weather);
      weatherIn.set(beat, shows);
    }
    return shows;
  });
}

const weatherIn = new WeakMap<Beat, boolean>();

/** True on the beat that tells the reader boarding: waiting before the answer, aboard after it. */
function boardsNow(telling: Telling): boolean {
  return telling.state.ledger.situation === 'waiting' && telling.plan.ledger.situation === 'aboard';
}

/**
 * On the beat the reader boards, those met while waiting and not named since, nor by the answer
 * just told (`first`): the question's lead-in brings them aboard, or nothing may name them.
 */
function waitingToBoard(telling: Telling, first: string): Companion[] {
  if (!boardsNow(telling)) return [];
  const boardedOn = telling.plan.turn - 1;
  return telling.met.filter(
    (companion) =>
      (telling.plan.ledger.people.find((person) => person.name === companion.name)?.met ??
        Infinity) <= boardedOn &&
      telling.lastNamed(companion.name) <= boardedOn &&
      !mentionsName(first, companion.name),
  );
}

/**
 * The turn the reader boarded on, when the answer being told takes them aboard and parts them
 * from no one ("whoever waited with you comes aboard too" would be untrue of a companion just left
 * on the platform); null otherwise. Whoever is not brought aboard by name then is owed it after
 * (`Telling.owedAboard`), by the lines of settling in, which name each one.
 */
function boardedTogether(telling: Telling): number | null {
  const before = telling.state.ledger;
  const after = telling.plan.ledger;
  if (!boardsNow(telling) || telling.keys.has(BOARDED_TOGETHER_FACT)) return null;
  const parted = (ledger: Ledger) => ledger.facts.filter((fact) => fact.startsWith('parted:'));
  const left = parted(after).some((fact) => !before.facts.includes(fact));
  return left ? null : telling.plan.turn - 1;
}

/** True when `companion` fills a slot of `cast`. */
function inCast(cast: Cast, companion: Companion): boolean {
  return cast.companion === companion || cast.other === companion || cast.first === companion;
}

/** Boarding lead-ins of people stepping aboard with the reader, as opposed to settling in. */
const COMING_ABOARD = /behind you|after you|too$/u;

/**
 * True when a lead-in and what follows it both say where, the same way ("beside you"), or both
 * name where the night is bound ("As the way ahead lines up toward a hotel by the river, will you
 * ask to be told when you reach a hotel by the river?").
 */
function saysTwice(lead: string, after: string, destination: string): boolean {
  const place = shortDestination(destination);
  return (
    WHERE_YOU.some((where) => lead.includes(where) && after.includes(where)) ||
    (lead.includes(place) && after.includes(place))
  );
}

const WHERE_YOU: readonly string[] = ['beside you', 'behind you', 'after you', 'next to you'];

/**
 * The question after a callback that named its one companion, saying them as a pronoun:
 * "Remembering that you let Tamsin read your palm, will you ask her ...", not "ask Tamsin".
 */
function recalledOnce(telling: Telling, ask: string, recall: string): string {
  const named = telling.met.filter((companion) => mentionsName(recall, companion.name));
  const [only] = named;
  return named.length === 1 && only !== undefined && mentionsName(ask, only.name)
    ? saidAgain(ask, only)
    : ask;
}

const boardingByCount = new Map<string, readonly Line[]>();

/** The words that refer to a companion of each pronoun. */
const PRONOUN_OF = {
  she: /\b(?:she|her|hers|herself)\b/iu,
  he: /\b(?:he|him|his|himself)\b/iu,
  they: /\b(?:they|them|their|theirs|themself)\b/iu,
} as const;

/**
 * True when a companion named in a lead-in just before `ask` would take its "he", "she" or
 * "they" for their own, when the question means someone else by it ("As Ottilie stretches, will
 * you say goodnight back, though no one else can hear her?").
 */
function wouldTakePronoun(companion: Companion, ask: string): boolean {
  return PRONOUN_OF[companion.pronoun].test(ask);
}

/**
 * A sentence that opens on where something is ("Inside the silver thimble ... are two
 * initials"): after "As Lucia comes aboard behind you," it reads as if Lucia were inside it.
 */
const OPENS_WITH_PLACE =
  /^(?:in|inside|on|at|through|from|under|beyond|behind|across|outside|above|below|beside|near|by|somewhere|deep|halfway|between|past|down|along|over|beneath|among|up)\b/iu;

/**
 * A question that opens on a clause of its own ("As the plane begins its descent, do you ...")
 * takes no second one before it.
 */
const OPENS_WITH_CLAUSE = /^(?:as|when|while|with|once|after|before|until)\b/iu;

/**
 * The boarding lead-ins for this many companions: lines naming one, two, or nobody (three or
 * more); `late`, those saying they boarded after the reader (one or two by name).
 */
function boardingLines(count: number, late = false): readonly Line[] {
  const named = Math.min(count, 3);
  return memo(boardingByCount, `${String(named)}${late ? ' late' : ''}`, () =>
    (late ? SHARED.boardedLate : SHARED.boardedTogether).filter((line) => {
      const names = line.slots.includes('other') ? 2 : line.slots.includes('companion') ? 1 : 3;
      return names === named;
    }),
  );
}

function glimpsedJustNow(telling: Telling): boolean {
  const source = telling.state.beats[telling.state.beats.length - 1]?.source;
  // A plain search first: most beats hold no glimpse at all.
  return source?.includes('.presence') === true && sourceTokens(source).some(isPresenceLine);
}

/**
 * A statement continued after a lead-in clause: lower case unless it starts with someone's name
 * or the destination ("As the fog thickens, Kofi is", "As the fog thickens, the chart").
 */
function continuing(statement: string, world: World): string {
  if (statement.startsWith(world.destination)) return statement;
  for (const companion of world.companions) {
    if (statement.startsWith(companion.name)) return statement;
  }
  return lowerFirst(statement);
}

/** True when an answer to a piece makes the reader ready for their stop (or not). */
function readies(storylet: Storylet): boolean {
  let known = readying.get(storylet);
  if (known === undefined) {
    known = [storylet.yes, storylet.no].some((outcome) =>
      outcome.effects.some((effect) => effect.op === 'fact' && effect.fact === FACTS.ready),
    );
    readying.set(storylet, known);
  }
  return known;
}

/** Whether each approach piece makes ready, worked out once per piece. */
const readying = new WeakMap<Storylet, boolean>();

/** True when a beat has asked one of the questions written for the reader's own role. */
function errandAsked(telling: Telling): boolean {
  return telling.state.beats.some(
    ({ source }) => source?.includes('reader') === true && sourceTokens(source).some(isReaderPiece),
  );
}

/** Beats a companion may go unnamed before a free beat turns to them. */
const ABSENCE = 2;

/** The companion with the reader named longest ago, if that was at least `ABSENCE` beats back. */
/** What a beat's lead-ins depend on, worked out once per beat (every candidate asks). */
interface Situation {
  /** The companion named longest ago, if at least `ABSENCE` beats back. */
  absent: Companion | undefined;
  /** The night has weather and no beat has shown it yet. */
  weatherUnseen: boolean;
  /** The turn the reader boarded on, as this beat tells them boarding with those met waiting. */
  boardedTogether: number | null;
  /** The beat before opened with a glimpse of a companion: two running read as a list. */
  glimpsedJustNow: boolean;
}

function situationOf(telling: Telling): Situation {
  let situation = situations.get(telling);
  if (situation === undefined) {
    situation = {
      absent: longestAbsent(telling),
      weatherUnseen: weatherUnseen(telling),
      boardedTogether: boardedTogether(telling),
      glimpsedJustNow: glimpsedJustNow(telling),
    };
    situations.set(telling, situation);
  }
  return situation;
}

const situations = new WeakMap<Telling, Situation>();

function longestAbsent(telling: Telling): Companion | undefined {
  // Nobody is glimpsed aboard on the beat the reader boards: whoever waited is not aboard yet.
  if (boardsNow(telling)) return undefined;
  let absent: Companion | undefined;
  let oldest = telling.plan.turn - ABSENCE;
  for (const companion of telling.met) {
    // Someone still to be brought aboard is not glimpsed at what they do aboard.
    if (telling.owedAboard.includes(companion)) continue;
    const seen = telling.lastNamed(companion.name);
    if (seen <= oldest) {
      absent = companion;
      oldest = seen;
    }
  }
  return absent;
}

/** A beat led by how the reader feels (SHARED.mood). */
function moodSaid({ source }: Beat): boolean {
  return source?.includes('shared.feeling') === true;
}

/** A beat led by what the seed says is strange about the ride (SHARED.premise). */
function premiseSaid({ source }: Beat): boolean {
  return source?.includes('shared.premise') === true;
}

/** True on a night whose seed says something strange of the ride, until a beat has said it. */
function premiseUnsaid(telling: Telling): boolean {
  return telling.keys.has(PREMISE) && !telling.state.beats.some(premiseSaid);
}

/** True on a night whose seed says how the reader feels, until a beat has said it. */
function moodUnsaid(telling: Telling): boolean {
  return telling.keys.has(MOOD) && !telling.state.beats.some(moodSaid);
}

const placeLeadIns = new Map<string, Line[]>();
const arrivalLines = new Map<string, Line[]>();
const risingPools = new Map<string, Storylet[]>();

/** A list made once per key and kept: the pools below are fixed for a setting and genre. */
function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * The lead-ins that may open a question. The motif is echoed only where it is news: not in a
 * beat that names it already, nor just after one that did.
 */
function leadInPool(telling: Telling, beat: string): readonly Line[] {
  const { world, plan, keys, own, state } = telling;
  const previous = state.beats[state.beats.length - 1]?.text ?? '';
  const echo =
    keys.has('has:motif') && !namesMotif(beat, world.motif) && !namesMotif(previous, world.motif);
  if (echo && chance(own, ECHO_CHANCE)) return SHARED.echoes;
  // The reader's own animal or baby now and then, not two beats running.
  const animalBefore = state.beats.at(-1)?.source?.includes('shared.animal') === true;
  if ((keys.has(ANIMAL) || keys.has(BABY)) && !animalBefore && chance(own, ANIMAL_CHANCE))
    return SHARED.animal;
  // What the seed says is strange about the ride, as often as how the reader feels.
  if (keys.has(PREMISE)) {
    const said = state.beats.filter(premiseSaid);
    if (said.length < MOOD_MOST && said.at(-1) !== state.beats.at(-1) && chance(own, MOOD_CHANCE))
      return SHARED.premise;
  }
  // How the reader feels, now and then (first said in `composeQuestion`): not two beats running,
  // nor more than MOOD_MOST times.
  if (keys.has(MOOD)) {
    const said = state.beats.filter(moodSaid);
    if (said.length < MOOD_MOST && said.at(-1) !== state.beats.at(-1) && chance(own, MOOD_CHANCE))
      return SHARED.mood;
  }
  // The weather again, now and then, but not in a beat that already says it ("Rain drums on the
  // roof ... While the rain drums on the roof overhead").
  if (
    world.weather !== 'clear' &&
    !namesWeather(beat, world.weather) &&
    chance(own, WEATHER_CHANCE)
  )
    return SHARED.weather;
  if (plan.continuity <= 2) return SHARED.fraying;
  if (plan.continuity >= 5) return SHARED.steady;
  return memo(placeLeadIns, `${world.setting}|${world.genre}`, () => [
    ...settingCorpus(world.setting).leadIns,
    ...genreCorpus(world.genre).leadIns,
  ]);
}

/**
 * The callback frames ("Remembering that ...") in an order fixed by the choice recalled, its
 * names aside: a recall opens the same way in every story, so its translation is cached once for
 * all readers, not once per frame (callbacks were an eighth of the cache's misses). Stories still
 * vary, as what they recall does.
 */
function callbackFrames(recall: string): readonly Line[] {
  const frames = SHARED.callbacks;
  const start = pickIndex(createRandom(recall.replace(NAME_WORDS, '')), frames.length);
  return [...frames.slice(start), ...frames.slice(0, start)];
}

/** Capitalised words: the names in a recalled choice ("you gave Mara the key"). */
const NAME_WORDS = /\p{Lu}[\p{L}’']*/gu;

/**
 * Lines in a random order of this answer's draws, tried lazily: a beat usually takes the first
 * one that is usable.
 */
function randomly<T>(telling: Telling, items: readonly T[]): Generator<T> {
  return drawn(telling.own, [items]);
}

/**
 * The items of `pools`, as if joined into one list, in the order a Fisher-Yates shuffle of that
 * list draws them from `random`: each draw takes a random one of those left and moves the last
 * into its place. Drawn as they are asked for and without copying the pools, since a beat
 * rarely takes more than a few of a hundred (copying them was most of the cost of ordering).
 */
function* drawn<T>(random: Random, pools: readonly (readonly T[])[]): Generator<T> {
  let left = 0;
  for (const pool of pools) left += pool.length;
  // The places a draw filled from the end of the list: everywhere else, the pools' own items.
  const moved = new Map<number, T>();
  const itemAt = (index: number): T => {
    if (moved.has(index)) return moved.get(index) as T;
    let offset = index;
    for (const pool of pools) {
      if (offset < pool.length) return pool[offset] as T;
      offset -= pool.length;
    }
    throw new RangeError(`No item at ${index}`);
  };
  while (left > 0) {
    const pick = pickIndex(random, left);
    const item = itemAt(pick);
    left--;
    if (pick !== left) moved.set(pick, itemAt(left));
    yield item;
  }
}

function usableLine(telling: Telling, line: Line, cast: Cast): boolean {
  return (
    !telling.used.has(line.id) &&
    line.slots.every((slot) => cast[slot] !== undefined) &&
    needsHold(line.needs, telling.keys, cast, line.meets)
  );
}

export interface Composed {
  text: string;
  cast: Cast;
  lead: Line | null;
  /** The choice its lead-in calls back to, if it does. */
  callback: Choice | null;
}

/**
 * Composes a candidate into a beat after the first sentence, or returns null when its
 * requirements do not hold, it was used already, or no composition fits the beat rules.
 */
export function composeQuestion(
  telling: Telling,
  candidate: Candidate,
  first: string,
  told: ReadonlySet<string>,
): Composed | null {
  const { storylet } = candidate;
  if (telling.used.has(storylet.id)) return null;
  // An arrival introduces c; a piece opened by one is cast as if it introduced c itself.
  const meets = candidate.arrival ? 'companion' : storylet.meets;
  const slots =
    candidate.arrival && !storylet.slots.includes('companion')
      ? [...storylet.slots, 'companion' as const]
      : storylet.slots;
  const cast = castFor(telling, slots, meets, storylet.role, storylet.parts);
  if (cast === null || !needsHold(storylet.needs, telling.keys, cast, meets)) return null;
  const situation = situationOf(telling);
  // A companion arriving is described with their mood; the outcome, later, with the role alone.
  const newcomer = meets === null ? undefined : cast[meets];
  const shown =
    newcomer === undefined || meets === null
      ? cast
      : { ...cast, [meets]: { ...newcomer, role: introducedAs(newcomer) } };
  const ask = render(storylet.askTemplate, telling.world, shown, telling.said);
  // Someone still to be brought aboard is in the cast only when the question names them, after
  // a lead-in that brings them aboard (below): an outcome naming them would find them unexplained.
  const owedCast =
    telling.owedAboard.length === 0
      ? []
      : telling.owedAboard.filter((companion) => inCast(cast, companion));
  if (owedCast.some((companion) => !mentionsName(ask, companion.name))) return null;
  // So too on the boarding beat: an outcome naming one who waited ("the real one looks up and
  // winks") would find them aboard unexplained, as it would when everyone boards together but no
  // lead-in that says so fits the beat.
  const waiting = waitingToBoard(telling, first);
  if (waiting.some((companion) => inCast(cast, companion) && !mentionsName(ask, companion.name))) {
    return null;
  }
  // About one composition in four is too long for the beat (a lead-in, or a long outcome before
  // it): counting its words first spares the full rules for those.
  const words = MAX_BEAT_WORDS - countWords(first);
  const fits = (sentence: string): string | null => {
    if (countWords(sentence) > words) return null;
    const text = `${first} ${sentence}`;
    return validateBeat(text, 'question', told).ok ? text : null;
  };
  const opened = (line: Line): string =>
    `${render(line.template, telling.world, shown, telling.said)}, ${lowerFirst(ask)}`;
  // A lead-in may open a statement too, from the beats that need one ("As whoever waited with
  // you comes aboard too, Pell says ..."): lower case unless it starts with a name.
  const rest = storylet.leadable ? lowerFirst(ask) : continuing(ask, telling.world);
  /** The first of `lines`, in this answer's order, that is usable and fits the beat before `after`. */
  const leading = (
    lines: readonly Line[],
    usable: (line: Line) => boolean,
    lineCast: Cast,
    after: string,
    said: Said = telling.said,
    inOrder = false,
  ): { text: string; line: Line } | null => {
    for (const line of inOrder ? lines : randomly(telling, lines)) {
      if (!usable(line)) continue;
      const lead = render(line.template, telling.world, lineCast, said);
      // "With Esme pressed in beside you, a playing card lies face down beside you."
      if (saysTwice(lead, after, telling.world.destination)) continue;
      const text = fits(`${lead}, ${after}`);
      if (text !== null) return { text, line };
    }
    return null;
  };
  const usableHere = (line: Line): boolean => usableLine(telling, line, cast);
  const unused = (line: Line): boolean => !telling.used.has(line.id);

  // One at a time, and only before a question that can take a lead-in (below).
  if (
    owedCast.length > 1 ||
    (owedCast.length === 1 && (candidate.vessel || candidate.arrival || !storylet.leadable))
  ) {
    return null;
  }
  if (candidate.vessel) {
    // A dilemma about someone ("but Mara has gone to find coffee") not just after they spoke.
    if (cast.companion !== undefined && mentionsName(first, cast.companion.name)) return null;
    for (const line of randomly(telling, settingCorpus(telling.world.setting).vessels)) {
      if (!usableLine(telling, line, cast)) continue;
      // "The late train comes out of the cutting at last, but it is ten minutes early".
      if (contradictory(line.text, ask)) continue;
      const text = fits(
        `${render(line.template, telling.world, cast, telling.said)}, ${lowerFirst(ask)}`,
      );
      if (text !== null) return { text, cast, lead: line, callback: null };
    }
    return null;
  }
  if (candidate.arrival) {
    if (!storylet.leadable) return null;
    const setting = telling.world.setting;
    const arrivals = memo(arrivalLines, setting, () => [
      ...settingCorpus(setting).arrivals,
      ...(SETTINGS[setting].ownArrivals === true ? [] : SHARED.arrivals),
    ]);
    // The arrival names the newcomer; the question after it says them as a pronoun.
    const after = lowerFirst(newcomer === undefined ? ask : saidAgain(ask, newcomer));
    const arriving = (line: Line): string =>
      `${render(line.template, telling.world, shown, telling.said)}, ${after}`;
    // A night whose weather has not shown yet tries the arrivals that bring it in first.
    const weather = situation.weatherUnseen;
    for (const line of randomly(telling, arrivals)) {
      if (line.meets !== 'companion' || !usableLine(telling, line, cast)) continue;
      if (weather && !namesWeather(line.text, telling.world.weather)) continue;
      const text = fits(arriving(line));
      if (text !== null) return { text, cast, lead: line, callback: null };
    }
    if (!weather) return null;
    for (const line of randomly(telling, arrivals)) {
      if (line.meets !== 'companion' || !usableLine(telling, line, cast)) continue;
      const text = fits(arriving(line));
      if (text !== null) return { text, cast, lead: line, callback: null };
    }
    return null;
  }
  /**
   * The question said after a lead-in that names `companion`: as a pronoun where it can be, a
   * statement that opens on their name opening on the pronoun ("As Esme comes aboard behind you,
   * she admits ..."); null for a statement opening on the name of someone who is "they".
   */
  const askedAbout = (companion: Companion): string | null => {
    // "Silas, replaying the lost game, calls ..." cannot open on a pronoun.
    if (!storylet.leadable && ask.startsWith(`${companion.name},`)) return null;
    if (!storylet.leadable && ask.startsWith(`${companion.name} `))
      // "they" would not agree with the statement's verb, and the name twice reads as a slip.
      return companion.pronoun === 'they'
        ? null
        : `${companion.pronoun}${ask.slice(companion.name.length)}`;
    const said = storylet.leadable
      ? lowerFirst(saidAgain(ask, companion))
      : continuing(ask, telling.world);
    // Named again after the lead-in that named them reads as a slip: no lead-in, then.
    return mentionsName(said, companion.name) ? null : said;
  };
  /**
   * `boarders` brought aboard by name before this question, if they can be: as they come aboard
   * behind the reader on the boarding beat itself, or, `late`, as they settle in afterwards. The
   * one boarder a question asks about (`asked`) it then says as a pronoun.
   */
  const boardingLeadIn = (
    boarders: Companion[],
    late: boolean,
    asked?: Companion,
  ): Composed | null => {
    if (
      boarders.length === 0 ||
      OPENS_WITH_PLACE.test(ask) ||
      OPENS_WITH_CLAUSE.test(ask) ||
      (asked === undefined && boarders.some((companion) => wouldTakePronoun(companion, ask))) ||
      // "As Noor and Oskar squeeze in after you, ... do you let them keep it?": "them" is the pair.
      (boarders.length > 1 && /\b(?:they|them|their)\b/u.test(ask))
    ) {
      return null;
    }
    const aboard = castOf({ ...shown, companion: boarders[0], other: boarders[1] });
    // A beat late, they made it aboard too, and say so where the beat has room; else they
    // are settling in, not still coming aboard behind the reader.
    const usable = (line: Line): boolean => usableLine(telling, line, aboard);
    const settling = (line: Line): boolean => usable(line) && !COMING_ABOARD.test(line.text);
    const after = asked === undefined ? rest : askedAbout(asked);
    if (after === null) return null;
    // Nobody comes aboard behind the reader once the doors have closed behind them.
    const closedBehind = /\bclos\w* [^.]*behind you/u.test(first);
    const led = late
      ? (leading(boardingLines(boarders.length, true), usable, aboard, after) ??
        leading(boardingLines(boarders.length), settling, aboard, after))
      : leading(boardingLines(boarders.length), closedBehind ? settling : usable, aboard, after);
    return led === null ? null : { text: led.text, cast, lead: led.line, callback: null };
  };
  // Someone still owed, whom the question is about, settles in by name, and the question says
  // them as a pronoun: "While Oskar, who made it aboard too, sits nearby, do you tell him?"
  const [owedAsked] = owedCast;
  if (owedAsked !== undefined) return boardingLeadIn([owedAsked], true, owedAsked);
  // As the reader boards, the lead-in comes first; a beat later, a callback may go first.
  if (boardsNow(telling)) {
    // Those met while waiting come aboard; those named since are plainly here already (one who
    // went ahead and made room). The lead-in brings the rest (`waiting`, above).
    // One the question is about comes aboard first, by name, and is then said as a pronoun
    // ("As Oskar comes aboard behind you, do you tell him?"); anyone else settles in after.
    // (Where no lead-in fits, the question still takes them as boarding with the reader:
    // refusing it cost a tenth of the Yes-No divergence.)
    const asked = waiting.filter((companion) => mentionsName(ask, companion.name));
    const [only] = asked;
    if (only !== undefined && asked.length === 1) {
      const led = boardingLeadIn([only], false, only);
      if (led !== null) return led;
    } else if (asked.length === 0 && situation.boardedTogether !== null) {
      // Everyone who waited, when the reader parted from none of them as they boarded.
      const led = boardingLeadIn(waiting, false);
      if (led !== null) return led;
    }
  }
  // Those not brought aboard as the reader boarded, two at a time, each by name: the lines for
  // three or more say "everyone", which would be untrue of anyone left on the platform.
  const owedLead = (): Composed | null => {
    const owed = telling.owedAboard
      .filter(
        (companion) => !mentionsName(first, companion.name) && !mentionsName(ask, companion.name),
      )
      .slice(0, 2);
    return owed.length > 0 ? boardingLeadIn(owed, true) : null;
  };
  // The night's weather is part of its world: a story shows it early, whatever else it does,
  // from the third beat before a statement too ("As the snow goes blue under the lamps, Kofi is"),
  // and from the sixth before a callback (a short night had no room left for it), once anyone
  // owed their boarding is brought aboard.
  const beat = `${first} ${ask}`;
  const weatherLead = (): Composed | null => {
    const weatherDue = storylet.leadable || telling.plan.turn >= 3;
    if (!weatherDue || !situation.weatherUnseen || namesWeather(beat, telling.world.weather)) {
      return null;
    }
    const led = leading(SHARED.weather, usableHere, shown, rest);
    return led === null ? null : { text: led.text, cast, lead: led.line, callback: null };
  };
  const overdue = telling.plan.turn >= WEATHER_OVERDUE && situation.weatherUnseen;
  if (overdue) {
    const led = owedLead() ?? weatherLead();
    if (led !== null) return led;
  }
  // What the seed says is strange about the ride, the same way, first: "the bus has no driver"
  // said nothing of it in any beat.
  if (storylet.leadable && telling.plan.turn >= 2 && premiseUnsaid(telling)) {
    // Someone of the reader's at the wheel is in it whatever the question is about.
    const withFirst = {
      ...cast,
      first: cast.first ?? castFor(telling, ['first'], null, undefined)?.first,
    };
    // The first line for a premise says it plainly: only that one, the first time.
    const plain = SHARED.premise.find((line) => usableLine(telling, line, withFirst));
    const led = plain === undefined ? null : leading([plain], () => true, withFirst, rest);
    if (led !== null) return { text: led.text, cast, lead: led.line, callback: null };
  }
  // How the reader said they feel, at the first question from the second beat that can lead with
  // it, before any callback: readers found half their nights never heard it (then now and then,
  // in the lead-ins below).
  if (storylet.leadable && telling.plan.turn >= 2 && moodUnsaid(telling)) {
    const led = leading(SHARED.mood, usableHere, cast, rest);
    if (led !== null) return { text: led.text, cast, lead: led.line, callback: null };
  }
  const callback = storylet.leadable ? recallFor(telling, ask, storylet.id) : null;
  if (callback !== null) {
    const said = withRecall(telling.said, callback.recall);
    const after = lowerFirst(recalledOnce(telling, ask, callback.recall));
    const led = leading(callbackFrames(callback.recall), unused, cast, after, said, true);
    if (led !== null) return { text: led.text, cast, lead: led.line, callback };
  }
  const owed = overdue ? null : owedLead();
  if (owed !== null) return owed;
  const weather = weatherLead();
  if (weather !== null) return weather;
  // A glimpse of someone at what they do opens a question of what the reader does, not a
  // question of what is true ("While Linnea brushes at her lapel, is the job really ...?").
  const absent = storylet.leadable && YOU_QUESTION.test(ask) ? situation.absent : undefined;
  // Kin are glimpsed as the seed has them (KIN.presence: its keys are the first companion's).
  const kinFirst =
    absent !== undefined && absent === telling.world.companions[0] && isKinRole(absent.role);
  if (
    absent !== undefined &&
    !mentionsName(beat, absent.name) &&
    !situation.glimpsedJustNow &&
    !wouldTakePronoun(absent, ask) &&
    chance(
      telling.own,
      telling.plan.arc === 'resolution'
        ? LATE_GLIMPSE_CHANCE
        : kinFirst
          ? KIN_GLIMPSE_CHANCE
          : GLIMPSE_CHANCE,
    )
  ) {
    // Someone out of sight for a while is glimpsed at what they do, in a cast of their own.
    const seen = { ...castOf(), companion: absent };
    const led = leading(
      ROLE_PRESENCE.get(absent.role) ?? (kinFirst ? KIN.presence : []),
      (line) => usableLine(telling, line, seen),
      seen,
      lowerFirst(ask),
    );
    if (led !== null) return { text: led.text, cast, lead: led.line, callback: null };
  }
  if (storylet.leadable && chance(telling.own, LEAD_IN_CHANCE)) {
    for (const line of randomly(telling, leadInPool(telling, beat))) {
      if (line.meets !== null || !usableLine(telling, line, cast)) continue;
      const lead = render(line.template, telling.world, shown, telling.said);
      if (saysTwice(lead, ask, telling.world.destination)) continue;
      const text = fits(opened(line));
      if (text !== null) return { text, cast, lead: line, callback: null };
      break;
    }
  }
  const text = fits(ask);
  return text === null ? null : { text, cast, lead: null, callback: null };
}
