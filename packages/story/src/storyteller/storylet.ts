/**
 * Storylets: the storyteller's corpus as pieces that each declare what they require of the
 * ledger and what they introduce or change. The storyteller only tells a piece whose
 * requirements hold, and applies its effects; so nothing is mentioned before it exists.
 *
 * Pieces are written compactly (see `corpus/README.md`) and compiled here once, at load; a
 * mistake in a requirement or effect is a `CorpusError` naming the piece, never a silent miss.
 *
 * Requirements ("needs"), space-separated; `!` negates:
 *   aboard | waiting                 where the reader is
 *   met:SLOT                         a companion slot is introduced (implied by using the slot)
 *   has:X held:X left:X given:X      an object of the lexicon exists / is held / left / given
 *   open:ID planted:ID refused:ID    a thread's state; open-kind:K planted-kind:K by kind
 *   rev:ID                           a revelation was made
 *   weather:W setting:S genre:G      the world
 *   crew:C                           the reader is crew ("crew:attendant")
 *   company:none company:some        whether any companion has been met yet
 *   any other word                   a fact set by an effect ("+seated")
 * Effects ("does", and after "|" in an outcome):
 *   meet:SLOT know:SLOT              introduce a companion slot / record what the reader learns
 *   part:SLOT                        the reader and a companion go separate ways: no later
 *                                    piece casts them (never the first companion)
 * where SLOT is companion, other or first (see `Slot`).
 *   see:X take:X give:X drop:X lose:X  an object appears (left), is held, given, left, gone
 *   board                            the reader boards the vessel
 *   stay                             the reader lets it go: the first time, or (if refused
 *                                    before) for good
 *   refuse                           the reader turns down the thread this piece pays off
 *   +fact -fact                      set or clear a fact
 * Planting, closing a paid thread and recording a revelation happen by the piece's place in
 * the corpus (a thread's plant, its payoffs, a genre's revelations), not by effects.
 */
import type { Effect, ObjectStatus } from '../ledger/ledger';
import { partedFact } from '../ledger/ledger';
import type { Answer, EndingKind, ThreadKind } from '../vocabulary';
import type { Slot, Template } from './template';
import { compileTemplate, isSlot, SLOTS } from './template';

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

/** An effect as written: resolved to an `Effect` once the cast and the piece's thread are known. */
export type EffectSpec =
  | { op: 'meet' | 'know' | 'part'; slot: Slot }
  | { op: 'object'; id: string; status: ObjectStatus }
  | { op: 'board' }
  | { op: 'stay' }
  | { op: 'refuse' }
  | { op: 'fact' | 'unfact'; fact: string };

export interface Requirement {
  /** The ledger key, with `{slot}` in place of a companion's name where it names one. */
  key: string;
  slot: Slot | null;
  negate: boolean;
}

export interface OutcomeSpec {
  text: string;
  /** `text` compiled, and `recall` (below), for the storyteller to render. */
  template: Template;
  effects: EffectSpec[];
  recall?: string;
  recallTemplate?: Template;
}

/** Marks the question's storylet among a beat's source tokens: "Q:night-bus.bell". */
export const QUESTION_TOKEN = 'Q:';

/** A beat's source as piece ids: "outcome role4.presence2 Q:role4.3" has role4.presence2, role4.3. */
export function sourceTokens(source: string | undefined): string[] {
  if (source === undefined) return [];
  return source
    .split(' ')
    .map((token) =>
      token.startsWith(QUESTION_TOKEN) ? token.slice(QUESTION_TOKEN.length) : token,
    );
}

/** One question the storyteller can ask, with what each answer does. */
export interface Storylet {
  id: string;
  hold: Answer;
  ask: string;
  /** `ask` compiled, for the storyteller to render. */
  askTemplate: Template;
  needs: Requirement[];
  does: EffectSpec[];
  yes: OutcomeSpec;
  no: OutcomeSpec;
  /** Companion slots used anywhere in the piece. */
  slots: Slot[];
  /** The slot this piece introduces, if any. */
  meets: Slot | null;
  /** The slot an answer parts the reader from, if any: never cast as the first companion. */
  parts: Slot | null;
  /** True when the question opens with an auxiliary, so a lead-in clause can precede it. */
  leadable: boolean;
  /** For a companion-role question: the role it is written for. */
  role: string | undefined;
}

/** A line that is not a question: an opening, a lead-in clause, an ending. */
export interface Line {
  id: string;
  text: string;
  /** `text` compiled, for the storyteller to render. */
  template: Template;
  needs: Requirement[];
  does: EffectSpec[];
  slots: Slot[];
  meets: Slot | null;
}

export interface Ending extends Line {
  kind: EndingKind;
}

export interface ThreadStorylets {
  id: string;
  kind: ThreadKind;
  plant: Storylet;
  payoffs: Storylet[];
  /** A door the reader carries the way through (a key): it goes aboard with them. */
  travels: boolean;
}

export interface RevelationStorylets {
  reveal: Storylet;
  follow: Record<Answer, Storylet[]>;
}

// ---- Authoring shapes -------------------------------------------------------------------------

/** A question as written in the corpus files. Outcomes are "text | effects | recall". */
export interface QuestionSpec {
  id: string;
  hold: Answer;
  ask: string;
  needs?: string;
  does?: string;
  yes: string;
  no: string;
}

/** A line as written: plain text, or text with requirements and effects. */
export type LineSpec = string | { text: string; needs?: string; does?: string };

export interface ThreadSpec {
  kind: ThreadKind;
  id: string;
  plant: Omit<QuestionSpec, 'id'>;
  payoffs: Omit<QuestionSpec, 'id'>[];
  /**
   * A door whose way through the reader carries (a key), found wherever they are. Any other door
   * is part of the place it was found in, and stays there when the reader boards.
   */
  travels?: boolean;
}

export interface RevelationSpec extends QuestionSpec {
  follow: { yes: Omit<QuestionSpec, 'id'>[]; no: Omit<QuestionSpec, 'id'>[] };
}

// ---- Compiling -----------------------------------------------------------------------------------

const SLOT_USE = /\{(companion|other|first)\.\w+\}/gu;
const AUXILIARY_START =
  /^(?:do|does|will|would|is|are|can|could|should|shall|have|has|may|might)\b/iu;
const OBJECT_OPS: Record<string, ObjectStatus> = {
  see: 'left',
  take: 'held',
  give: 'given',
  drop: 'left',
  lose: 'gone',
};
const WORD = /^[a-z0-9][a-z0-9-]*$/u;
const REQUIREMENT_PREFIXES = new Set([
  'met',
  'has',
  'held',
  'left',
  'given',
  'gone',
  'open',
  'planted',
  'closed',
  'refused',
  'open-kind',
  'planted-kind',
  'rev',
  'weather',
  'setting',
  'genre',
  'motif',
  // The reader's own trade, when they are crew (crewOf): "!crew:attendant".
  'crew',
  // How the reader says they feel (moodOf): "mood:drunk".
  'mood',
  'company',
  // Whoever a slot casts is someone the reader knows ("known:companion"), or not ("!known:...").
  'known',
]);

function slotsIn(...texts: string[]): Slot[] {
  const found = new Set<Slot>();
  for (const text of texts)
    for (const match of text.matchAll(SLOT_USE)) found.add(match[1] as Slot);
  return SLOTS.filter((slot) => found.has(slot));
}

/** The world key of a journey on a ticket (every setting but the hotel lift). */
export const TICKETED = 'ticketed';
/**
 * The world key of a destination that is a name ("Carrow", "Reykjavik"): one a reader can say
 * under their breath or write on a window, as "a conference you no longer remember" is not.
 */
export const NAMED_DESTINATION = 'named-destination';
/**
 * The world key of a night whose first companion is the reader's own kin ("Ada, your daughter"):
 * no piece then meets them as a stranger (shakes their hand, wonders why they stare). It says
 * nothing of whom a piece casts: that is the requirement "known:{slot}".
 */
export const KIN = 'kin';
/**
 * The world key of a reader with an errand of their own (READER_ERRANDS: a bedside, an
 * anniversary, a funeral to travel to): the night is about that, and no piece asks what it is
 * really about.
 */
export const ERRAND = 'errand';
/**
 * The world key of a reader with an animal of their own along (READER_ANIMALS, petOf): no stranger's
 * dog or cat then asks for the reader's attention as if the night had no other.
 */
export const ANIMAL = 'animal';
/** The world key of a reader with a baby asleep in their arms: glimpsed now and then, as an animal is. */
export const BABY = 'baby';
/** The world key of a baby along asleep in a pram beside the reader, not in their arms. */
export const PRAM = 'pram';
/**
 * The world key of a night bound to meet a newborn with whoever is in labour beside the reader
 * ("wife in labour", "her waters just broke"): the baby is not born yet, and she is along.
 */
export const LABOUR = 'labour';
/** The world key of a baby along asleep in a car seat beside the reader (and no pram). */
export const CAR_SEAT = 'car-seat';
/**
 * The world key of a reader travelling in grief or fear for someone (READERS_IN_SORROW): no one
 * of theirs tells them a joke saved for the journey.
 */
export const SORROW = 'sorrow';
/**
 * The world key of a reader on an errand that cannot wait (READERS_WHO_ARRIVE: a bedside, a
 * newborn, their own wedding): no cab stops for a stranger or a hot roll on the way.
 */
export const URGENT = 'urgent';
/**
 * The world key of a night bound for someone of the reader's ("to my mum's"): endings may say
 * who is waiting there ({host}, "your mum").
 */
export const HOST = 'host';
/**
 * The world key of a night bound for a place where someone of the reader's waits for them ("mum
 * waiting for me at arrivals"): endings may say who ({greeter}, "your mum").
 */
export const GREETER = 'greeter';
/**
 * The world key of a reader whose seed says how they feel ("kinda drunk", "cant sleep"): lead-ins
 * now and then say it, each requiring its own "mood:<mood>" key.
 */
export const MOOD = 'mood';
/**
 * The world key of a night whose first companion is kin the seed says is asleep ("my daughter
 * asleep on the window"): they wake as they come into the story, rather than talk as if they
 * never slept.
 */
export const KIN_ASLEEP = 'kin-asleep';
/**
 * The world key of a night whose first companion is the reader's own small child ("w my 3yo"):
 * they count the lights and ask why the night is dark, rather than buy the teas.
 */
export const KIN_YOUNG = 'kin-young';
/**
 * The world key of a night whose first companion is the reader's own and distant, as the seed
 * says ("my brother who won't talk to me"): they do not chat or hold out an earbud.
 */
export const KIN_DISTANT = 'kin-distant';
/** The world key of a night whose first companion is the reader's own and in tears ("my sister crying"). */
export const KIN_TEARFUL = 'kin-tearful';
/** The world keys of a night whose first companion is the reader's own, sleepy or grumpy. */
export const KIN_SLEEPY = 'kin-sleepy';
export const KIN_GRUMPY = 'kin-grumpy';
/**
 * The world key of a night whose first companion is the reader's own and low: distant, in tears
 * or grumpy. They do not hold out an earbud, buy the teas or read out the good news.
 */
export const KIN_LOW = 'kin-low';
/**
 * The world key of a night whose first companion is the reader's ex: nobody shares their snacks,
 * rests on them or asks whether they locked the door.
 */
export const KIN_EX = 'kin-ex';
/**
 * The world key of an ex aboard but not with the reader ("my ex is on this bus"): kept at a
 * distance, never beside them, stepping off by the other door.
 */
export const EX_ABOARD = 'ex-aboard';
/**
 * The world key of a night with two of the reader's own along ("w my mum and my brother", "my two
 * kids"), or one and the reader's baby: last lines that say "you and {first.name}" or "you both"
 * would leave the second, or the baby, behind.
 */
export const KIN_TWO = 'kin-two';
/**
 * The world key of a night whose first companion is the reader's own who has died ("my dead
 * grandmother is sitting next to me"): they come in as someone who should not be there, and
 * check no phone and buy no teas.
 */
export const KIN_LATE = 'kin-late';
/**
 * The world key of a night with someone of the reader's at the wheel ("my dead grandmother is
 * driving the bus"): they come in driving, and nobody else drives (NO_DRIVER).
 */
export const KIN_DRIVING = 'kin-driving';
/** Every world key of how the seed has the reader's own. */
export const KIN_STATE_KEYS: readonly string[] = [
  KIN_ASLEEP,
  KIN_YOUNG,
  KIN_DISTANT,
  KIN_TEARFUL,
  KIN_SLEEPY,
  KIN_GRUMPY,
  KIN_LOW,
  KIN_EX,
  EX_ABOARD,
  KIN_TWO,
  KIN_LATE,
  KIN_DRIVING,
];
/**
 * The world key of a lift the seed has going down ("the lift down to the lobby"): the reader is
 * in it already, and pieces that have it rise say so only on other nights.
 */
export const LIFT_DOWN = 'lift-down';
/** The role kin questions are cast by: whichever companion the reader knows (isKinRole). */
export const KIN_ROLE = 'your';
/**
 * The world key of a destination at the end of its line ("the terminus at Harrow Lane", "the
 * depot"): a reader cannot ride past it, only fail to get off there.
 */
export const TERMINUS = 'terminus';
/** The world key of a platform below ground ("the last tube"): no fields, foxes or wind. */
export const UNDERGROUND = 'underground';
/**
 * The key of the moment when the reader is aboard and bound for the end of a line: they will
 * reach it, so a missed stop there is failing to leave it. A reader who never boarded does not
 * reach it, and may be told so.
 */
export const LINE_END = 'line-end';
const TRAVEL_WORDS = /\b(?:tickets?|stations?|passengers?|timetables?)\b/iu;

/**
 * A piece that speaks of tickets, stations, passengers or timetables needs a journey that has
 * them: the requirement is added from its words, so no piece has to remember to say so.
 */
function travelNeeds(...texts: readonly string[]): Requirement[] {
  return texts.some((text) => TRAVEL_WORDS.test(text))
    ? [{ key: TICKETED, slot: null, negate: false }]
    : [];
}

/**
 * Words of a vessel with room in it for strangers: an aisle, decks, seats, doors that fold, a
 * bell, stops, other travellers getting on and off, a trolley, announcements, strangers who hand
 * the reader things, room to walk across to someone. A cab has none of them (its fares get in and
 * out, at the door they asked for).
 */
const ROOM_WORDS =
  /\{stop\}|\b(?:(?:a|the) (?:woman|man|boy|girl|child|old man|old woman|passer-by) (?:in|with|hands|gives|offers|passes|presses|drops|asks|leans|sits|says|beside|across|opposite)|strangers?|someone(?:['’]s)? (?:hands|gives|offers|passes|presses|drops|leans|sits|asks|pocket|coat)|on the way out|faces nearby|everyone else|stand still|you move on|seat (?:furthest|opposite|across|nearest)|sit (?:beside|with|next to) (?:him|her|them)|change seats|trolley|announcements?|lost property|footsteps|stop by stop|this line|across the way|go back for|go and (?:look|see|take|fetch)|go to (?:him|her|them)|aisle|(?:top|lower|upper|car|on) deck|the deck(?! of)|carriages?|compartments?|berths?|bunks?|conductors?|(?:the|a) guards?|the doors|(?:middle|back|front|sliding|automatic) doors|the bell|shelters?|(?:the|its|few|two|three|four|five|six|seven|more|between|remaining|counting) stops|stops (?:left|remain|to go)|(?:next|your|the|this|that|last|first|own|one|every|each|wrong|right|her|his|their) stop(?! (?:talking|it|that|now|there|for a moment))|seats|opposite|(?:get|gets|got|getting) (?:on|off)|(?:come|comes|came|coming|climb|climbs|climbed) aboard|(?:everyone|all) aboard|racks?|window seat|upstairs|downstairs|stairs|corridors?|rails?|handrails?|platforms?|luggage|queues?|travellers|step(?:s|ped|ping)? (?:off|down))\b/iu;

/**
 * The world key of a cab booked on an app ("uber home"): it has no meter, and a piece that speaks
 * of one is not told in it (readers who typed "uber" found the meter switched off, then paid).
 */
export const APP_RIDE = 'app-ride';
const METER_WORDS = /\bmeter\b/iu;

/** A piece that speaks of a meter needs a cab that has one: added from its words. */
function meterNeeds(...texts: readonly string[]): Requirement[] {
  return texts.some((text) => METER_WORDS.test(text))
    ? [{ key: APP_RIDE, slot: null, negate: true }]
    : [];
}

/**
 * The world key of a ride nobody drives but the seed says who ("the bus has no driver", "my dead
 * grandmother is driving the bus"): a piece that speaks of the driver is not told on it.
 */
export const NO_DRIVER = 'no-driver';
/**
 * The world key of a night whose seed says something strange of the ride, or of someone on it
 * (NO_DRIVER, KNOWS_NAME): a lead-in says it early (SHARED.premise), as one says how the reader
 * feels.
 */
export const PREMISE = 'premise';
/**
 * The world key of a night whose seed has a stranger know the reader ("a stranger knows my
 * name"): the first companion met does, and a lead-in says so (SHARED.premise).
 */
export const KNOWS_NAME = 'knows-name';
const DRIVER_WORDS =
  /\b(?:the|a|your|our|their|his|her) (?:bus |cab |tram |taxi |coach )?driver\b|\bdriver['’]s\b/iu;

/** A piece that speaks of the driver needs a ride that has one: added from its words. */
function driverNeeds(...texts: readonly string[]): Requirement[] {
  return texts.some((text) => DRIVER_WORDS.test(text))
    ? [{ key: NO_DRIVER, slot: null, negate: true }]
    : [];
}

/** The requirement of a piece told anywhere but in the cab. */
const NOT_IN_THE_CAB: Requirement = { key: 'setting:night-cab', slot: null, negate: true };

/**
 * A piece that speaks of a vessel with room for strangers (ROOM_WORDS) is not told in the cab:
 * added from its words, as `travelNeeds` is, so no piece has to remember the cab.
 */
function roomNeeds(...texts: readonly string[]): Requirement[] {
  return texts.some((text) => ROOM_WORDS.test(text)) ? [NOT_IN_THE_CAB] : [];
}

/** What shows the night sky itself: not a star-shaped punch hole or a cab light "like a moon". */
const SKY_WORDS =
  /\b(?:the (?:stars|moon)\b(?! button)|moonlight|starlight|moon has risen|stars? (?:come|came|are|is) out|a faint one|night sky|milky way)\b/iu;

/**
 * A piece that shows the stars or the moon needs a night that is not foggy: readers were told the
 * fog hid "a sky you cannot see" and then picked a faint star in it. Added from its words, as
 * `travelNeeds` is.
 */
function skyNeeds(own: readonly Requirement[], ...texts: readonly string[]): Requirement[] {
  // A piece that already says what weather it is told in knows it ("the fog turns every light
  // into a soft moon").
  if (own.some((need) => need.key.startsWith('weather:'))) return [];
  return texts.some((text) => SKY_WORDS.test(text))
    ? [{ key: 'weather:fog', slot: null, negate: true }]
    : [];
}

/** The crew a reader may be: a piece about "the attendant" means someone else. */
const CREW = ['attendant', 'inspector', 'conductor', 'porter'] as const;

/** The crew words of a reader's role: "the night attendant of coach seven" is an attendant. */
export function crewOf(role: string): string[] {
  return CREW.filter((noun) => new RegExp(`\\b${noun}\\b`, 'u').test(role));
}
const CREW_MENTION = new RegExp(`\\bthe (${CREW.join('|')})\\b`, 'giu');

/**
 * A piece that speaks of the attendant (the inspector, the conductor, the porter) as someone else
 * is not told to a reader who is one: the night attendant of coach seven is not woken by "the
 * attendant" knocking. The world has the key `crew:attendant` (telling.ts).
 */
function crewNeeds(...texts: readonly string[]): Requirement[] {
  const found = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(CREW_MENTION)) found.add((match[1] ?? '').toLowerCase());
  return [...found].map((noun) => ({ key: `crew:${noun}`, slot: null, negate: true }));
}

/** Parses requirements; throws `CorpusError` naming the piece on anything unknown. */
export function parseNeeds(text: string | undefined, where: string): Requirement[] {
  if (text === undefined || text.trim() === '') return [];
  return text
    .trim()
    .split(/\s+/u)
    .map((token): Requirement => {
      const negate = token.startsWith('!');
      const body = negate ? token.slice(1) : token;
      const colon = body.indexOf(':');
      if (colon === -1) {
        if (!WORD.test(body)) throw new CorpusError(`${where}: bad requirement "${token}"`);
        return { key: body, slot: null, negate };
      }
      const prefix = body.slice(0, colon);
      const value = body.slice(colon + 1);
      if (!REQUIREMENT_PREFIXES.has(prefix) || !WORD.test(value)) {
        throw new CorpusError(`${where}: unknown requirement "${token}"`);
      }
      if (prefix === 'met' || prefix === 'known') {
        if (!isSlot(value))
          throw new CorpusError(`${where}: "${token}" must name companion, other or first`);
        return { key: `${prefix}:{slot}`, slot: value, negate };
      }
      return { key: body, slot: null, negate };
    });
}

/** Parses effects; throws `CorpusError` naming the piece on anything unknown. */
export function parseEffects(text: string | undefined, where: string): EffectSpec[] {
  if (text === undefined || text.trim() === '') return [];
  return text
    .trim()
    .split(/\s+/u)
    .map((token): EffectSpec => {
      if (token === 'board') return { op: 'board' };
      if (token === 'stay') return { op: 'stay' };
      if (token === 'refuse') return { op: 'refuse' };
      if (token.startsWith('+') || token.startsWith('-')) {
        const fact = token.slice(1);
        if (!WORD.test(fact)) throw new CorpusError(`${where}: bad fact "${token}"`);
        return { op: token.startsWith('+') ? 'fact' : 'unfact', fact };
      }
      const [op = '', value = ''] = token.split(':');
      if (op === 'meet' || op === 'know' || op === 'part') {
        if (!isSlot(value))
          throw new CorpusError(`${where}: "${token}" must name companion, other or first`);
        return { op, slot: value };
      }
      const status = OBJECT_OPS[op];
      if (status !== undefined && WORD.test(value)) return { op: 'object', id: value, status };
      throw new CorpusError(`${where}: unknown effect "${token}"`);
    });
}

function parseOutcome(text: string, where: string): OutcomeSpec {
  const [say = '', effects, recall, ...rest] = text.split('|').map((part) => part.trim());
  if (rest.length > 0 || say === '') {
    throw new CorpusError(`${where}: an outcome is "text | effects | recall"`);
  }
  const outcome: OutcomeSpec = {
    text: say,
    template: compileTemplate(say),
    effects: parseEffects(effects, where),
  };
  if (recall !== undefined && recall !== '') {
    if (!recall.startsWith('you ')) {
      throw new CorpusError(`${where}: a recall is a clause starting "you ...": "${recall}"`);
    }
    outcome.recall = recall;
    outcome.recallTemplate = compileTemplate(recall);
  }
  return outcome;
}

function meetsOf(effects: readonly EffectSpec[]): Slot | null {
  for (const effect of effects) if (effect.op === 'meet') return effect.slot;
  return null;
}

function partedSlot(effects: readonly EffectSpec[]): Slot | null {
  for (const effect of effects) if (effect.op === 'part') return effect.slot;
  return null;
}

/** Compiles a question; `id` is the full id (setting or genre prefix included). */
export function compileQuestion(
  spec: Omit<QuestionSpec, 'id'>,
  id: string,
  role?: string,
): Storylet {
  const does = parseEffects(spec.does, id);
  const yes = parseOutcome(spec.yes, `${id} (yes)`);
  const no = parseOutcome(spec.no, `${id} (no)`);
  if (!/\?$/u.test(spec.ask)) throw new CorpusError(`${id}: a question ends with "?"`);
  const own = parseNeeds(spec.needs, id);
  const storylet: Storylet = {
    id,
    hold: spec.hold,
    ask: spec.ask,
    askTemplate: compileTemplate(spec.ask),
    needs: [
      ...own,
      ...travelNeeds(spec.ask, spec.yes, spec.no),
      ...skyNeeds(own, spec.ask, spec.yes, spec.no),
      ...crewNeeds(spec.ask, spec.yes, spec.no),
      ...roomNeeds(spec.ask, spec.yes, spec.no),
      ...meterNeeds(spec.ask, spec.yes, spec.no),
      ...driverNeeds(spec.ask, spec.yes, spec.no),
    ],
    does,
    yes,
    no,
    slots: slotsIn(spec.ask, spec.yes, spec.no),
    meets: meetsOf(does),
    parts: partedSlot([...does, ...yes.effects, ...no.effects]),
    leadable: AUXILIARY_START.test(spec.ask),
    // Always present, so every storylet has one object shape (see startingWhereAllCanFollow).
    role,
  };
  return storylet;
}

/** Compiles a line (opening, lead-in, ending). */
export function compileLine(spec: LineSpec, id: string): Line {
  const written = typeof spec === 'string' ? { text: spec } : spec;
  const does = parseEffects(written.does, id);
  const own = parseNeeds(written.needs, id);
  return {
    id,
    text: written.text,
    template: compileTemplate(written.text),
    needs: [
      ...own,
      ...travelNeeds(written.text),
      ...skyNeeds(own, written.text),
      ...crewNeeds(written.text),
      ...roomNeeds(written.text),
      ...meterNeeds(written.text),
      ...driverNeeds(written.text),
    ],
    does,
    slots: slotsIn(written.text),
    meets: meetsOf(does),
  };
}

/**
 * Compiles an ending: a line and its kind, built field by field. (Spreading a line into a new
 * object gave nearly every ending an object shape of its own, and the code that reads endings
 * fell back to its slowest, megamorphic, property loads.)
 */
export function compileEnding(spec: LineSpec, id: string, kind: EndingKind): Ending {
  const line = compileLine(spec, id);
  return {
    id: line.id,
    text: line.text,
    template: line.template,
    needs: line.needs,
    does: line.does,
    slots: line.slots,
    meets: line.meets,
    kind,
  };
}

const ticketed = (storylet: Storylet) => storylet.needs.some((need) => need.key === TICKETED);
const notInTheCab = (storylet: Storylet) =>
  storylet.needs.some((need) => need.key === NOT_IN_THE_CAB.key && need.negate);
const driven = (storylet: Storylet) =>
  storylet.needs.some((need) => need.key === NO_DRIVER && need.negate);

/**
 * The first piece of a thread or revelation, needing a ticket if any piece after it does, kept
 * out of the cab if any piece after it is, and off a ride nobody drives if any piece after it
 * speaks of the driver: it must be able to follow where it starts. (A
 * motif whose own thread is kept out of the cab comes into it by the shared motif threads; with
 * only the payoffs left to it, one thread in ten was still open at the end of the night.)
 */
function startingWhereAllCanFollow(first: Storylet, rest: readonly Storylet[]): Storylet {
  const needs = [
    ...(!ticketed(first) && rest.some(ticketed) ? travelNeeds('ticket') : []),
    ...(!notInTheCab(first) && rest.some(notInTheCab) ? [NOT_IN_THE_CAB] : []),
    ...(!driven(first) && rest.some(driven) ? driverNeeds('the driver') : []),
  ];
  if (needs.length === 0) return first;
  // Field by field rather than a spread: a spread would give this storylet another object shape,
  // and the storyteller's optimised code deoptimises on every shape it has not seen.
  return {
    id: first.id,
    hold: first.hold,
    ask: first.ask,
    askTemplate: first.askTemplate,
    needs: [...first.needs, ...needs],
    does: first.does,
    yes: first.yes,
    no: first.no,
    slots: first.slots,
    meets: first.meets,
    parts: first.parts,
    leadable: first.leadable,
    role: first.role,
  };
}

export function compileThread(spec: ThreadSpec, prefix: string): ThreadStorylets {
  const id = `${prefix}${spec.id}`;
  const payoffs = spec.payoffs.map((payoff, index) =>
    compileQuestion(payoff, `${id}.payoff${index + 1}`),
  );
  return {
    id,
    kind: spec.kind,
    plant: startingWhereAllCanFollow(compileQuestion(spec.plant, id), payoffs),
    payoffs,
    travels: spec.travels === true,
  };
}

/** A thread with more than one way in: the plants differ, the payoffs are the same. */
export interface ThreadWaysSpec extends Omit<ThreadSpec, 'plant'> {
  plants: readonly [ThreadSpec['plant'], ...ThreadSpec['plant'][]];
}

/**
 * One thread per way in, all sharing one set of compiled payoffs (each payoff is one piece,
 * told at most once). The first keeps the spec's id, which journeys already stored may name;
 * the others are "<id>-2", "<id>-3", ...
 */
export function compileThreadWays(spec: ThreadWaysSpec, prefix: string): ThreadStorylets[] {
  const [firstPlant, ...others] = spec.plants;
  const first = compileThread({ ...spec, plant: firstPlant }, prefix);
  return [
    first,
    ...others.map((plant, index): ThreadStorylets => {
      const id = `${first.id}-${index + 2}`;
      return {
        id,
        kind: spec.kind,
        plant: startingWhereAllCanFollow(compileQuestion(plant, id), first.payoffs),
        payoffs: first.payoffs,
        travels: first.travels,
      };
    }),
  ];
}

export function compileRevelation(spec: RevelationSpec, prefix: string): RevelationStorylets {
  const id = `${prefix}${spec.id}`;
  const follow = {
    yes: spec.follow.yes.map((item, index) => compileQuestion(item, `${id}.yes${index + 1}`)),
    no: spec.follow.no.map((item, index) => compileQuestion(item, `${id}.no${index + 1}`)),
  };
  return {
    reveal: startingWhereAllCanFollow(compileQuestion(spec, id), [...follow.yes, ...follow.no]),
    follow,
  };
}

/**
 * Resolves an effect as written to a ledger effect, given who fills each slot, the thread the
 * piece pays off and whether the reader has let the vessel go once already.
 */
export function resolveEffect(
  spec: EffectSpec,
  names: Readonly<Record<Slot, string | undefined>>,
  thread: string | null,
  refusedBefore = false,
): Effect | null {
  switch (spec.op) {
    case 'stay':
      return { op: 'fact', fact: refusedBefore ? 'stranded' : 'boarding-refused' };
    case 'meet':
    case 'know': {
      const name = names[spec.slot];
      return name === undefined ? null : { op: spec.op, name };
    }
    case 'part': {
      const name = names[spec.slot];
      return name === undefined ? null : { op: 'fact', fact: partedFact(name) };
    }
    case 'object':
      return { op: 'object', id: spec.id, status: spec.status };
    case 'board':
      return { op: 'board' };
    case 'refuse':
      return thread === null ? null : { op: 'refuse', id: thread };
    case 'fact':
      return { op: 'fact', fact: spec.fact };
    case 'unfact':
      return { op: 'unfact', fact: spec.fact };
  }
}
