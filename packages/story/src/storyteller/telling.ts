/**
 * The state of one telling: the ledger's keys, the pieces already used, who has been met, and
 * the two random sources (one shared by both answers, one of this answer alone). Also the two
 * questions asked of every piece: do its requirements hold, and who fills its slots.
 */
import { THROUGH_DOOR, wentThroughDoor } from '../arc';
import { ledgerKey, ledgerKeys, partedFact } from '../ledger/ledger';
import type { BeatPlan } from '../plan';
import { turnKey, turnsRecorded } from '../plan';
import { mentionsName } from '../ledger/mentions';
import type { Random } from '../random';
import { PrefixSets } from '../prefix-sets';
import { createRandom, pickIndex, pickOne } from '../random';
import { recentCache } from '../recent';
import type { Beat, StoryState } from '../state';
import type { Companion, World } from '../world/world';
import {
  cannotWait,
  greeterOf,
  hostOf,
  isKinRole,
  isUnderground,
  moodOf,
  petOf,
} from '../world/world';
import { isPlaceName, isTerminus, namesItself, shortDestination } from '../world/destination';
import {
  exAboard,
  kinAsleep,
  kinDriving,
  saysNoDriver,
  saysKnownByName,
  kinMoodSaid,
  kinYoung,
  liftGoingDown,
  saysAppRide,
  saysPram,
  saysCarSeat,
  labourAlong,
} from '../world/seed-words';
import {
  BABY_ROLE,
  NEWBORN_ROLE,
  READER_ERRANDS,
  READERS_IN_SORROW,
  SETTINGS,
} from '../world/ingredients';
import type { Requirement } from './storylet';
import {
  ANIMAL,
  APP_RIDE,
  BABY,
  PRAM,
  CAR_SEAT,
  LABOUR,
  URGENT,
  crewOf,
  ERRAND,
  KIN,
  KIN_ROLE,
  KIN_ASLEEP,
  LIFT_DOWN,
  KIN_YOUNG,
  KIN_TWO,
  KIN_DISTANT,
  KIN_TEARFUL,
  KIN_SLEEPY,
  KIN_GRUMPY,
  KIN_LOW,
  KIN_EX,
  KIN_LATE,
  KIN_DRIVING,
  NO_DRIVER,
  PREMISE,
  KNOWS_NAME,
  EX_ABOARD,
  HOST,
  GREETER,
  MOOD,
  NAMED_DESTINATION,
  SORROW,
  TERMINUS,
  LINE_END,
  UNDERGROUND,
  TICKETED,
} from './storylet';
import { BOARDED_TOGETHER_FACT } from './corpus/shared/lines';
import type { Cast, Said, Slot } from './template';
import { castOf } from './template';

/** The pieces a story has used, so none is used twice (gathered along its line of beats). */
const usedLines = new PrefixSets<Beat>((beat) => piecesOf(beat.source));

function piecesOf(source: string | undefined): string[] {
  const pieces: string[] = [];
  if (source === undefined) return pieces;
  // Tokens are separated by spaces; "Q:" marks the question and "@" a detail (a callback's
  // turn); the piece is the rest. Read with indexOf: split cost nine tenths of this function.
  let start = 0;
  while (start < source.length) {
    let end = source.indexOf(' ', start);
    if (end === -1) end = source.length;
    const at = source.indexOf('@', start);
    const stop = at !== -1 && at < end ? at : end;
    const from = source.startsWith('Q:', start) ? start + 2 : start;
    pieces.push(source.slice(from, stop));
    start = end + 1;
  }
  return pieces;
}

const worldKeys = recentCache<World, ReadonlySet<string>>(16);
/** What requirements are checked against: the ledger's keys, the world's, and the moment's. */
export interface Keys {
  has(key: string): boolean;
}

function keysOf(plan: BeatPlan, world: World): Keys {
  const fromLedger = ledgerKeys(plan.ledger);
  const fromWorld = worldKeySet(world);
  // The one key of the moment rather than the ledger: the answer just taken went through a door.
  const through = wentThroughDoor(plan.ledger, plan.turn, plan.answer);
  const lineEnd = fromWorld.has(TERMINUS) && plan.ledger.situation === 'aboard';
  return {
    has: (key) =>
      fromLedger.has(key) ||
      fromWorld.has(key) ||
      (through && key === THROUGH_DOOR) ||
      (lineEnd && key === LINE_END),
  };
}

/** Moods of the reader's own that rule out cheerful company (KIN_LOW). */
const LOW_MOODS: readonly string[] = ['distant', 'tearful', 'grumpy'];

/** Keys the world itself satisfies: its setting, genre, weather and motif. */
function worldKeySet(world: World): ReadonlySet<string> {
  return worldKeys.get(world, () => {
    const kin = isKinRole(world.companions[0]?.role ?? '');
    const onTheRoad = world.setting === 'night-bus' || world.setting === 'night-cab';
    const kinAtTheWheel = kin && onTheRoad && kinDriving(world.seed);
    // As the seed says them, not as drawn: a mate "passed out drunk on my shoulder" who was drawn
    // distant had taken the seat furthest away.
    const kinMood = kin ? kinMoodSaid(world.seed) : undefined;
    const labour = kin && world.role === NEWBORN_ROLE && labourAlong(world.seed);
    return new Set([
      ...(SETTINGS[world.setting].ticketed ? [TICKETED] : []),
      `setting:${world.setting}`,
      `genre:${world.genre}`,
      `weather:${world.weather}`,
      `motif:${world.motif.the.replace(/^the /u, '').replace(/\W+/gu, '-')}`,
      ...(isPlaceName(world.destination) ? [NAMED_DESTINATION] : []),
      ...(isTerminus(world.destination, world.setting) ? [TERMINUS] : []),
      ...(isUnderground(world) ? [UNDERGROUND] : []),
      ...(kin ? [KIN] : []),
      ...(kin && kinAsleep(world.seed) ? [KIN_ASLEEP] : []),
      ...(kin && kinYoung(world.seed) ? [KIN_YOUNG] : []),
      // Two of the reader's own, or one and the baby: last lines say "you all", not "you both".
      ...(kin && (isKinRole(world.companions[1]?.role ?? '') || world.role === BABY_ROLE)
        ? [KIN_TWO]
        : []),
      ...(kinMood === 'distant' ? [KIN_DISTANT] : []),
      ...(kinMood === 'tearful' ? [KIN_TEARFUL] : []),
      ...(kinMood === 'sleepy' ? [KIN_SLEEPY] : []),
      ...(kinMood === 'grumpy' ? [KIN_GRUMPY] : []),
      // Nor does anyone in labour hold out an earbud or read out the news.
      ...(LOW_MOODS.includes(kinMood ?? '') || labour ? [KIN_LOW] : []),
      ...(world.companions[0]?.role === 'your ex' ? [KIN_EX] : []),
      ...(world.companions[0]?.role.startsWith('your late ') === true ? [KIN_LATE] : []),
      // Nobody drives, or someone of the reader's does: no piece speaks of the driver, and on the
      // road (a wheel, indicators, red lights) a lead-in says so early (SHARED.premise). Mum
      // driving the reader to the airport does not drive the story's gate.
      ...(saysNoDriver(world.seed) || kinAtTheWheel ? [NO_DRIVER] : []),
      ...((saysNoDriver(world.seed) && onTheRoad) || kinAtTheWheel ? [PREMISE] : []),
      ...(kinAtTheWheel ? [KIN_DRIVING] : []),
      // A stranger who knows the reader's name is the first one met: kin know it anyway.
      ...(!kin && saysKnownByName(world.seed) ? [KNOWS_NAME, PREMISE] : []),
      // An ex aboard, not one the reader travels with ("home with my ex after the party").
      ...(world.companions[0]?.role === 'your ex' && exAboard(world.seed) ? [EX_ABOARD] : []),
      ...(world.setting === 'hotel-lift' && liftGoingDown(world.seed) ? [LIFT_DOWN] : []),
      ...(READER_ERRANDS.includes(world.role) ? [ERRAND] : []),
      ...(petOf(world) !== undefined ? [ANIMAL] : []),
      ...(world.role === BABY_ROLE ? [BABY] : []),
      ...(world.role === BABY_ROLE && saysPram(world.seed) ? [PRAM] : []),
      ...(labour ? [LABOUR] : []),
      ...(world.role === BABY_ROLE && !saysPram(world.seed) && saysCarSeat(world.seed)
        ? [CAR_SEAT]
        : []),
      ...(SETTINGS[world.setting].appRide === true && saysAppRide(world.seed) ? [APP_RIDE] : []),
      ...(READERS_IN_SORROW.includes(world.role) ? [SORROW] : []),
      ...(cannotWait(world) ? [URGENT] : []),
      ...(hostOf(world) !== undefined ? [HOST] : []),
      ...(greeterOf(world) !== undefined ? [GREETER] : []),
      ...[moodOf(world)].flatMap((mood) => (mood === undefined ? [] : [MOOD, `mood:${mood}`])),
      // The reader's own trade, when they are crew: no piece then speaks of "the attendant".
      ...crewOf(world.role).map((noun) => `crew:${noun}`),
    ]);
  });
}

/** Everything a beat's choices depend on. */
export interface Telling {
  state: StoryState;
  plan: BeatPlan;
  world: World;
  keys: Keys;
  used: ReadonlySet<string>;
  /** Companions met so far (after the answer took effect) and not parted from, first met first. */
  met: Companion[];
  /**
   * Those among them who waited with the reader and have not been named since the beat the reader
   * boarded on: a piece names them only after a lead-in brings them aboard by name (pools.ts), or
   * they would be found beside the reader unexplained.
   */
  owedAboard: Companion[];
  /** The turn a companion was last named in (0: not in the last six beats), for casting. */
  lastNamed: (name: string) => number;
  /** Draws shared by both answers to the previous beat: the order candidates are tried in. */
  order: Random;
  /** Draws of this answer alone: casts and lead-ins. */
  own: Random;
  /** Which half of the shared order this answer tries first, so Yes and No ask different things. */
  parity: 0 | 1;
  /** The destination as this beat says it: shortened once it has been heard. */
  said: Said;
}

function requirementHolds(requirement: Requirement, keys: Keys, cast: Cast): boolean {
  let key = requirement.key;
  if (requirement.slot !== null) {
    const companion = cast[requirement.slot];
    if (companion === undefined) return requirement.negate;
    // Written with a slot: "known:{slot}" (someone the reader knows) or "met:{slot}" (parseNeeds).
    if (requirement.key === 'known:{slot}') return isKinRole(companion.role) !== requirement.negate;
    key = ledgerKey('met', companion.name);
  }
  return keys.has(key) !== requirement.negate;
}

/** True when every requirement holds for this cast; the slot being introduced counts as met. */
export function needsHold(
  needs: readonly Requirement[],
  keys: Keys,
  cast: Cast,
  meets: Slot | null,
): boolean {
  for (const requirement of needs) {
    if (meets !== null && requirement.slot === meets && requirement.key === 'met:{slot}') continue;
    if (!requirementHolds(requirement, keys, cast)) return false;
  }
  return true;
}

/**
 * A cast for a piece: `first` is the first companion (who must be met), the slot a piece
 * introduces is the newcomer the plan names, a role question's `companion` is the one with that
 * role, and the other slots are companions already met and still with the reader; the slot a piece may part
 * the reader from (`parts`) is never the first companion.
 */
export function castFor(
  telling: Telling,
  slots: readonly Slot[],
  meets: Slot | null,
  role: string | undefined,
  parts: Slot | null = null,
): Cast | null {
  const cast = castOf();
  const world = telling.world;
  const first = world.companions[0];
  const metNames = new Set(telling.met.map((person) => person.name));
  const newcomer =
    telling.plan.duty?.type === 'introduce'
      ? world.companions.find(
          (companion) => companion.name === (telling.plan.duty as { name: string }).name,
        )
      : undefined;
  if (meets !== null) {
    if (newcomer === undefined || metNames.has(newcomer.name)) return null;
    if (meets === 'first' && newcomer !== first) return null;
    cast[meets] = newcomer;
  }
  if (role !== undefined) {
    const holder = world.companions.find(
      (companion) => companion.role === role || (role === KIN_ROLE && isKinRole(companion.role)),
    );
    if (holder === undefined) return null;
    if (cast.companion !== undefined && cast.companion !== holder) return null;
    if (cast.companion === undefined && !metNames.has(holder.name)) return null;
    cast.companion = holder;
  }
  if (slots.includes('first')) {
    if (first === undefined) return null;
    if (cast.first === undefined) {
      if (!metNames.has(first.name)) return null;
      cast.first = first;
    }
  }
  for (const slot of ['companion', 'other'] as const) {
    if (!slots.includes(slot) || cast[slot] !== undefined) continue;
    const taken = new Set([cast.companion?.name, cast.other?.name]);
    // The first companion carries the companion thread, so is never the one the reader leaves.
    if (slot === parts) taken.add(first?.name);
    const options = longestUnseen(
      telling,
      telling.met.filter((person) => !taken.has(person.name)),
    );
    if (options.length === 0) return null;
    cast[slot] = pickOne(telling.own, options);
  }
  return cast;
}

/**
 * Of the companions a slot may take, those named longest ago: a companion introduced and then
 * never seen again is the commonest way a night forgets someone it promised.
 */
function longestUnseen(telling: Telling, options: Companion[]): Companion[] {
  if (options.length < 2) return options;
  let oldest = Infinity;
  let unseen: Companion[] = [];
  for (const companion of options) {
    const seen = telling.lastNamed(companion.name);
    if (seen < oldest) {
      oldest = seen;
      unseen = [companion];
    } else if (seen === oldest) unseen.push(companion);
  }
  return unseen;
}

/** How far back a look for a companion's name goes: further back counts as long ago. */
const LOOK_BACK = 6;

/** Looks back from the newest beat, at most once per name and beat. */
function lastNamedLookup(state: StoryState): (name: string) => number {
  const turns = new Map<string, number>();
  return (name) => {
    let turn = turns.get(name);
    if (turn === undefined) {
      turn = 0;
      const stop = Math.max(0, state.beats.length - LOOK_BACK);
      for (let index = state.beats.length - 1; index >= stop; index--) {
        const beat = state.beats[index];
        if (beat !== undefined && namedIn(beat, state.world).includes(name)) {
          turn = beat.turn;
          break;
        }
      }
      turns.set(name, turn);
    }
    return turn;
  };
}

/**
 * The companions a beat names, worked out once per beat: a beat is read again on every later
 * turn, and beats are kept, unchanged, from one state to the next.
 */
export function namedIn(beat: Beat, world: World): readonly string[] {
  let names = namesOfBeat.get(beat);
  if (names === undefined) {
    names = world.companions
      .filter((companion) => mentionsName(beat.text, companion.name))
      .map((companion) => companion.name);
    namesOfBeat.set(beat, names);
  }
  return names;
}

const namesOfBeat = new WeakMap<Beat, readonly string[]>();

/** A deterministic shuffle. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = items.slice();
  for (let index = copy.length - 1; index > 0; index--) {
    const other = pickIndex(random, index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

interface DestinationSlots {
  whole: Said;
  short: Said;
  /** The short form names it alone, however long ago it was heard (`namesItself`). */
  standsAlone: boolean;
}

const destinations = recentCache<World, DestinationSlots>(16);

function destinationSlots(world: World): DestinationSlots {
  return destinations.get(world, () => ({
    whole: { destination: world.destination, recall: undefined },
    short: { destination: shortDestination(world.destination), recall: undefined },
    standsAlone: namesItself(world.destination),
  }));
}

/**
 * The destination as the answer to a beat says it: in short once the beat itself said it whole
 * ("... the last night bus to the terminus at Harrow Lane. Do you read the adverts?" is answered
 * "One of them is for Harrow Lane").
 */
export function saidAfter(telling: Telling, text: string): Said {
  const { world } = telling;
  return text.includes(world.destination) ? destinationSlots(world).short : telling.said;
}

/** The destination in full until a beat has said it, then in short (made once per world). */
function destinationSaid(state: StoryState): Said {
  const world = state.world;
  const slots = destinationSlots(world);
  const told = state.beats.some((beat) => beat.text.includes(world.destination));
  if (!told) return slots.whole;
  // A name, or the reader's own place, says itself however long ago it was heard: "Carrow",
  // "your mother’s house" (readers counted "your mother’s house beyond the pass" four times).
  if (slots.standsAlone) return slots.short;
  // Any other short form only while it is fresh: a destination unsaid for three beats is said
  // whole again ("That floor slides past" needs the floor to be in the reader's mind).
  const recent = state.beats.slice(-3);
  const fresh = recent.some(
    (beat) =>
      beat.text.includes(world.destination) ||
      (slots.short.destination !== undefined && beat.text.includes(slots.short.destination)),
  );
  return fresh ? slots.short : slots.whole;
}

/**
 * The companions met by the turn the reader boarded on (the storyteller records it as a fact) and
 * named in no beat told since, from the beat after the boarding beat on: the boarding beat brings
 * its own aboard (pools.ts).
 */
function owedAboardOf(state: StoryState, plan: BeatPlan, withReader: Companion[]): Companion[] {
  const boardings = turnsRecorded(plan.ledger, 'boarded');
  // Brought aboard already, by name or as "everyone who waited with you".
  if (boardings.size === 0 || plan.ledger.facts.includes(BOARDED_TOGETHER_FACT)) return [];
  const boarded = Math.min(...boardings);
  if (plan.turn <= boarded + 1) return [];
  const since = state.beats.slice(boarded);
  return withReader.filter(
    (companion) =>
      (plan.ledger.people.find((person) => person.name === companion.name)?.met ?? Infinity) <=
        boarded && !since.some((beat) => mentionsName(beat.text, companion.name)),
  );
}

export function beginTelling(state: StoryState, plan: BeatPlan): Telling {
  const world = state.world;
  const keys = keysOf(plan, world);
  // Companions the reader has parted from stay in the ledger (they were met) but out of reach.
  const met = plan.ledger.people
    .filter((person) => !keys.has(partedFact(person.name)))
    .map((person) => world.companions.find((companion) => companion.name === person.name))
    .filter((companion): companion is Companion => companion !== undefined);
  const base = turnKey('tell', state, plan.turn);
  return {
    state,
    plan,
    world,
    keys,
    used: usedLines.upTo(state.beats),
    met,
    owedAboard: owedAboardOf(state, plan, met),
    lastNamed: lastNamedLookup(state),
    order: createRandom(base),
    own: createRandom(`${base}|${plan.answer ?? ''}`),
    parity: plan.answer === 'no' ? 1 : 0,
    said: destinationSaid(state),
  };
}

/** What a beat says, with an earlier choice for a callback to recall. */
export function withRecall(said: Said, recall: string): Said {
  return { destination: said.destination, recall };
}
