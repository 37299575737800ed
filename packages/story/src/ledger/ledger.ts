/**
 * The ledger: what a story has established so far. Where the reader is, who has been introduced
 * and how, which objects exist and who holds them, which threads were planted and in what words,
 * what was revealed, and the choices worth remembering. Narrators may mention only what the
 * ledger holds, or introduce it in the same beat; later beats call back to what it remembers.
 *
 * A ledger is plain JSON and never modified in place: `applyEffects` returns a new one that
 * shares every unchanged list with the old.
 */
import type { Answer, ThreadKind } from '../state';
import type { Pronoun } from '../world/ingredients';
import type { World } from '../world/world';
import { recentCache } from '../recent';

/** Waiting for the vessel (on a platform, at a gate) or aboard it. */
export type Situation = 'waiting' | 'aboard';

export interface Person {
  name: string;
  role: string;
  pronoun: Pronoun;
  /** The turn of the beat that introduced them. */
  met: number;
  /** What the reader has learned of them, in the story's own words. */
  known: string[];
}

/** Held by the reader, left where it was found, given to someone, or gone from the story. */
export type ObjectStatus = 'held' | 'left' | 'given' | 'gone';

export interface StoryObject {
  /** A lexicon id such as "ticket" or "motif". */
  id: string;
  status: ObjectStatus;
  /** The turn it entered the story. */
  since: number;
}

export interface Thread {
  /** The storylet that planted it, or the narrator's own id for AI beats. */
  id: string;
  kind: ThreadKind;
  /** The words that planted it, for callbacks and for AI narrators. */
  words: string;
  planted: number;
  /** The turn it was paid off or turned down; null while it is open. */
  closed: number | null;
  /** True when the reader turned it down when it came due. */
  refused: boolean;
}

export interface Revelation {
  id: string;
  words: string;
  turn: number;
}

/** A choice later beats can call back to: "the key you kept", "since you refused Ysolde". */
export interface Choice {
  turn: number;
  answer: Answer;
  /** A clause in the simple past: "you kept the key Mara pressed on you". */
  recall: string;
}

export interface Ledger {
  situation: Situation;
  people: Person[];
  objects: StoryObject[];
  threads: Thread[];
  revelations: Revelation[];
  choices: Choice[];
  /** Small states storylets test and set: "seated", "boarding-refused", "door-opened". */
  facts: string[];
}

/** One change to the ledger, already resolved to names and ids. */
export type Effect =
  | { op: 'meet'; name: string }
  | { op: 'object'; id: string; status: ObjectStatus }
  | { op: 'plant'; id: string; kind: ThreadKind }
  | { op: 'close'; id: string }
  | { op: 'refuse'; id: string }
  | { op: 'reveal'; id: string }
  | { op: 'know'; name: string }
  | { op: 'board' }
  | { op: 'fact'; fact: string }
  | { op: 'unfact'; fact: string };

export const OBJECT_STATUSES: readonly ObjectStatus[] = ['held', 'left', 'given', 'gone'];

/** The ledger of a story that has not begun: the reader is wherever the setting starts them. */
export function createLedger(situation: Situation): Ledger {
  return {
    situation,
    people: [],
    objects: [],
    threads: [],
    revelations: [],
    choices: [],
    facts: [],
  };
}

/**
 * Applies effects at a turn. `words` is the sentence that made them happen: it is what a thread
 * or revelation remembers. Effects that change nothing (meeting someone already met) are no-ops,
 * so narrators may repeat them safely.
 */
export function applyEffects(
  ledger: Ledger,
  effects: readonly Effect[],
  world: World,
  turn: number,
  words: string,
): Ledger {
  if (effects.length === 0) return ledger;
  let next = ledger;
  const edit = (): Ledger => {
    if (next === ledger) next = copyLedger(ledger);
    return next;
  };
  for (const effect of effects) {
    switch (effect.op) {
      case 'meet': {
        if (next.people.some((person) => person.name === effect.name)) break;
        const companion = world.companions.find((candidate) => candidate.name === effect.name);
        if (companion === undefined) break;
        edit().people = [
          ...next.people,
          {
            name: companion.name,
            role: companion.role,
            pronoun: companion.pronoun,
            met: turn,
            known: [],
          },
        ];
        break;
      }
      case 'know': {
        const at = next.people.findIndex((person) => person.name === effect.name);
        const person = next.people[at];
        if (person === undefined || person.known.includes(words)) break;
        const people = next.people.slice();
        // Field by field, as everywhere in the ledger: one object shape per kind of entry keeps
        // the storyteller's optimised code from being thrown away (a spread makes another shape).
        people[at] = {
          name: person.name,
          role: person.role,
          pronoun: person.pronoun,
          met: person.met,
          known: [...person.known, words],
        };
        edit().people = people;
        break;
      }
      case 'object': {
        const at = next.objects.findIndex((object) => object.id === effect.id);
        const existing = next.objects[at];
        if (existing === undefined) {
          edit().objects = [...next.objects, { id: effect.id, status: effect.status, since: turn }];
        } else if (existing.status !== effect.status) {
          const objects = next.objects.slice();
          objects[at] = { id: existing.id, status: effect.status, since: existing.since };
          edit().objects = objects;
        }
        break;
      }
      case 'plant':
        if (next.threads.some((thread) => thread.id === effect.id)) break;
        edit().threads = [
          ...next.threads,
          { id: effect.id, kind: effect.kind, words, planted: turn, closed: null, refused: false },
        ];
        break;
      case 'close':
      case 'refuse': {
        const at = next.threads.findIndex((thread) => thread.id === effect.id);
        const thread = next.threads[at];
        if (thread === undefined) break;
        // A payoff closes its thread as it is asked; the reader's No to it arrives a turn later
        // and still turns the door down: that close was this answer's question.
        const answering = effect.op === 'refuse' && thread.closed === turn - 1 && !thread.refused;
        if (thread.closed !== null && !answering) break;
        const threads = next.threads.slice();
        threads[at] = {
          id: thread.id,
          kind: thread.kind,
          words: thread.words,
          planted: thread.planted,
          closed: thread.closed ?? turn,
          refused: effect.op === 'refuse',
        };
        edit().threads = threads;
        break;
      }
      case 'reveal':
        if (next.revelations.some((revelation) => revelation.id === effect.id)) break;
        edit().revelations = [...next.revelations, { id: effect.id, words, turn }];
        break;
      case 'board': {
        if (next.situation === 'aboard') break;
        edit().situation = 'aboard';
        // A motif the reader left where it was found stays on the platform: it comes back into the
        // story only in someone else's keeping (a payoff that needs it gone), never as if at hand.
        const at = next.objects.findIndex((object) => object.id === 'motif');
        const motif = next.objects[at];
        if (motif?.status === 'left') {
          const objects = next.objects.slice();
          objects[at] = { id: motif.id, status: 'gone', since: motif.since };
          edit().objects = objects;
        }
        break;
      }
      case 'fact':
        if (!next.facts.includes(effect.fact)) edit().facts = [...next.facts, effect.fact];
        break;
      case 'unfact':
        if (next.facts.includes(effect.fact))
          edit().facts = next.facts.filter((fact) => fact !== effect.fact);
        break;
    }
  }
  return next;
}

/** Remembers a choice for later callbacks. */
export function rememberChoice(ledger: Ledger, choice: Choice): Ledger {
  const next = copyLedger(ledger);
  next.choices = [...ledger.choices, choice];
  // A remembered choice changes nothing requirements can see: the new ledger's keys are the old
  // one's (worked out now if they were not already kept).
  keysCache.get(next, () => ledgerKeys(ledger));
  return next;
}

/** A shallow copy, field by field: one object shape for every ledger. */
function copyLedger(ledger: Ledger): Ledger {
  return {
    situation: ledger.situation,
    people: ledger.people,
    objects: ledger.objects,
    threads: ledger.threads,
    revelations: ledger.revelations,
    choices: ledger.choices,
    facts: ledger.facts,
  };
}

const keysCache = recentCache<Ledger, ReadonlySet<string>>(8);

/** The threads planted and not yet closed. */
export function openThreads(ledger: Ledger): Thread[] {
  return ledger.threads.filter((thread) => thread.closed === null);
}

/** Keys made so far, by prefix and then by id or name. */
const interned = new Map<string, Map<string, string>>();
/** Past this many ids under one prefix, keys are made anew each time rather than kept. */
const MAX_INTERNED = 10_000;

/**
 * A ledger key such as "met:Mara", made once and reused. Keys are made and looked up on every
 * beat, and a string made anew must be hashed anew on each lookup; the ids and names they join
 * come from a bounded corpus and cast, so the cache stays small.
 */
export function ledgerKey(prefix: string, id: string | number): string {
  let byId = interned.get(prefix);
  if (byId === undefined) {
    byId = new Map();
    interned.set(prefix, byId);
  }
  const name = String(id);
  let key = byId.get(name);
  if (key === undefined) {
    key = `${prefix}:${name}`;
    if (byId.size < MAX_INTERNED) byId.set(name, key);
  }
  return key;
}

/** The fact that records the reader parting from a companion: no later beat brings them back. */
export function partedFact(name: string): string {
  return ledgerKey('parted', name);
}

/**
 * The ledger as a set of keys that storylet requirements are written in: the situation
 * ("aboard"), people ("met:Mara"), objects ("has:ticket", "held:ticket"), threads
 * ("open:<id>", "open-kind:door", "refused:<id>"), revelations ("rev:<id>") and facts as they are.
 */
export function ledgerKeys(ledger: Ledger): ReadonlySet<string> {
  return keysCache.get(ledger, computeKeys);
}

function computeKeys(ledger: Ledger): Set<string> {
  const keys = new Set<string>(ledger.facts);
  keys.add(ledger.situation);
  keys.add(ledger.people.length === 0 ? 'company:none' : 'company:some');
  // Most turns change one part of the ledger, if any: the keys of each part are kept for the
  // list they came from (ledgers share the lists they do not change).
  for (const key of peopleKeys.get(ledger.people, keysOfPeople)) keys.add(key);
  for (const key of objectKeys.get(ledger.objects, keysOfObjects)) keys.add(key);
  for (const key of threadKeys.get(ledger.threads, keysOfThreads)) keys.add(key);
  for (const key of revelationKeys.get(ledger.revelations, keysOfRevelations)) keys.add(key);
  return keys;
}

const peopleKeys = recentCache<readonly Person[], readonly string[]>(8);
const objectKeys = recentCache<readonly StoryObject[], readonly string[]>(8);
const threadKeys = recentCache<readonly Thread[], readonly string[]>(8);
const revelationKeys = recentCache<readonly Revelation[], readonly string[]>(8);

function keysOfPeople(people: readonly Person[]): string[] {
  return people.map((person) => ledgerKey('met', person.name));
}

function keysOfObjects(objects: readonly StoryObject[]): string[] {
  const keys: string[] = [];
  for (const object of objects) {
    keys.push(ledgerKey(object.status, object.id));
    if (object.status !== 'gone') keys.push(ledgerKey('has', object.id));
  }
  return keys;
}

function keysOfThreads(threads: readonly Thread[]): string[] {
  const keys: string[] = [];
  for (const thread of threads) {
    if (thread.closed === null) {
      keys.push(ledgerKey('open', thread.id), ledgerKey('open-kind', thread.kind));
    } else {
      keys.push(ledgerKey('closed', thread.id));
      if (thread.refused) keys.push(ledgerKey('refused', thread.id));
    }
    keys.push(ledgerKey('planted', thread.id), ledgerKey('planted-kind', thread.kind));
  }
  return keys;
}

function keysOfRevelations(revelations: readonly Revelation[]): string[] {
  return revelations.map((revelation) => ledgerKey('rev', revelation.id));
}

/**
 * The planting turns of threads whose payoff has been asked since (and not turned down): the
 * payoff is the later choice about the same thing, and may have undone the plant. Leaving the
 * matchbook and later asking for it back ends with it in the reader's pocket, and an ending that
 * remembers "how you left the matchbook" would tell the night wrong. A payoff turned down leaves
 * the plant's choice standing; a thread planted and closed in one turn has no later choice.
 */
export function supersededTurns(ledger: Ledger): Set<number> {
  const turns = new Set<number>();
  for (const thread of ledger.threads) {
    if (thread.closed !== null && thread.closed > thread.planted && !thread.refused) {
      turns.add(thread.planted);
    }
  }
  return turns;
}
