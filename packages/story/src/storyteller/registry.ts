/**
 * The compiled corpus: every piece with a stable id, indexed the ways the storyteller looks
 * pieces up (by setting, genre, companion role, the reader's role, motif, thread, revelation).
 * The shared pieces are compiled when the module loads, since every story uses them; a
 * setting's, a genre's, a role's and a motif's when a story first needs them, since a story is
 * told in one setting and genre, with one role of its own, a few companions and one motif, and a
 * fresh process (a Lambda cold start) should not compile the rest. A malformed piece throws a
 * `CorpusError` when compiled; the corpus tests compile every one.
 */
import type { Answer, EndingKind, ThreadKind } from '../vocabulary';
import { ENDING_KINDS, THREAD_KINDS } from '../vocabulary';
import type { Genre, SettingId } from '../world/ingredients';
import { GENRES, SETTING_IDS } from '../world/ingredients';
import { isKinRole } from '../world/world';
import { GENRE_CORPUS } from './corpus/genres';
import { KIN_INTRODUCTIONS, KIN_PRESENCE, KIN_QUESTIONS } from './corpus/kin';
import { MOTIF_CORPUS } from './corpus/motifs';
import { READER_ENDING_CORPUS } from './corpus/reader-endings';
import { READER_ROLE_CORPUS } from './corpus/reader-roles';
import { ROLE_PRESENCE_CORPUS } from './corpus/role-presence';
import { ROLE_REVELATION_CORPUS } from './corpus/role-revelations';
import { ROLE_THREAD_CORPUS } from './corpus/role-threads';
import { ROLE_CORPUS } from './corpus/roles';
import { SETTING_CORPUS } from './corpus/settings';
import { SHARED_CORPUS } from './corpus/shared';
import type { LineSpec } from './corpus/types';
import type { Ending, Line, RevelationStorylets, Storylet, ThreadStorylets } from './storylet';
import {
  compileEnding,
  compileLine,
  compileQuestion,
  compileRevelation,
  compileThread,
  compileThreadWays,
  KIN_ROLE,
} from './storylet';

export interface CompiledSetting {
  openings: Line[];
  aboardOpenings: Line[];
  leadIns: Line[];
  arrivals: Line[];
  questions: Storylet[];
  boarding: Storylet[];
  vessels: Line[];
  threads: ThreadStorylets[];
  approaches: Storylet[];
}

export interface CompiledGenre {
  leadIns: Line[];
  questions: Storylet[];
  boarding: Storylet[];
  revelations: RevelationStorylets[];
  threads: ThreadStorylets[];
  approaches: Storylet[];
  endings: Record<EndingKind, Ending[]>;
}

function lines(specs: readonly LineSpec[], prefix: string): Line[] {
  return specs.map((spec, index) => compileLine(spec, `${prefix}${index + 1}`));
}

function endings(
  specs: Readonly<Record<EndingKind, readonly LineSpec[]>>,
  prefix: string,
): Record<EndingKind, Ending[]> {
  const compiled = {} as Record<EndingKind, Ending[]>;
  for (const kind of ENDING_KINDS) {
    compiled[kind] = specs[kind].map((spec, index) =>
      compileEnding(spec, `${prefix}ending-${kind}${index + 1}`, kind),
    );
  }
  return compiled;
}

function byKey<K extends string, T>(keys: readonly K[], make: (key: K) => T): Record<K, T> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, T>;
}

/** Pieces indexed by id, for journeys that continue from stored state. */
const threads = new Map<string, ThreadStorylets>();
const revelations = new Map<string, RevelationStorylets>();
const endingLines = new Map<string, Ending>();

/** `make(key)` the first time a key is asked for; the same value after that. */
function onFirstUse<K extends string, T>(make: (key: K) => T): (key: K) => T {
  const made = new Map<K, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

/**
 * Pieces written per key (a role's words, a motif), compiled the first time their key is asked
 * for. Iterating compiles every key (the corpus tests do). Ids name a key by its place in the
 * written corpus ("role4." is the fourth role there), so a stored id can be compiled by `nth`.
 */
class CompiledOnUse<Spec, T> implements ReadonlyMap<string, T> {
  private readonly made = new Map<string, T>();
  private readonly order: readonly string[];

  constructor(
    private readonly specs: Readonly<Record<string, Spec>>,
    private readonly make: (spec: Spec, key: string, index: number) => T,
    private readonly onMade: (value: T) => void = () => {},
  ) {
    this.order = Object.keys(specs);
  }

  get size(): number {
    return this.order.length;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.specs, key);
  }

  get(key: string): T | undefined {
    const known = this.made.get(key);
    if (known !== undefined || !this.has(key)) return known;
    const value = this.make(this.specs[key] as Spec, key, this.order.indexOf(key));
    this.made.set(key, value);
    this.onMade(value);
    return value;
  }

  /** The value at a place in the written corpus, counted from 1 as ids count. */
  nth(place: number): T | undefined {
    const key = this.order[place - 1];
    return key === undefined ? undefined : this.get(key);
  }

  *entries(): MapIterator<[string, T]> {
    for (const key of this.order) yield [key, this.get(key) as T];
  }

  *keys(): MapIterator<string> {
    yield* this.order;
  }

  *values(): MapIterator<T> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  forEach(visit: (value: T, key: string, map: ReadonlyMap<string, T>) => void): void {
    for (const [key, value] of this.entries()) visit(value, key, this);
  }
}

/** The compiled pieces written for one setting. */
export const settingCorpus: (setting: SettingId) => CompiledSetting = onFirstUse((setting) => {
  const corpus = SETTING_CORPUS[setting];
  const prefix = `${setting}.`;
  const compiled: CompiledSetting = {
    openings: lines(corpus.openings, `${prefix}opening`),
    aboardOpenings: lines(corpus.aboardOpenings ?? [], `${prefix}opening-aboard`),
    leadIns: lines(corpus.leadIns, `${prefix}lead`),
    arrivals: lines(corpus.arrivals, `${prefix}arrival`),
    questions: corpus.questions.map((spec) => compileQuestion(spec, `${prefix}${spec.id}`)),
    boarding: corpus.boarding.map((spec) => compileQuestion(spec, `${prefix}${spec.id}`)),
    vessels: lines(corpus.vessels, `${prefix}vessel`),
    threads: corpus.threads.map((spec) => compileThread(spec, prefix)),
    approaches: corpus.approaches.map((spec) => compileQuestion(spec, `${prefix}${spec.id}`)),
  };
  for (const thread of compiled.threads) threads.set(thread.id, thread);
  return compiled;
});

/** The compiled pieces written for one genre. */
export const genreCorpus: (genre: Genre) => CompiledGenre = onFirstUse((genre) => {
  const corpus = GENRE_CORPUS[genre];
  const prefix = `${genre}.`;
  const compiled: CompiledGenre = {
    leadIns: lines(corpus.leadIns, `${prefix}lead`),
    questions: corpus.questions.map((spec) => compileQuestion(spec, `${prefix}${spec.id}`)),
    boarding: corpus.boarding.map((spec) => compileQuestion(spec, `${prefix}boarding-${spec.id}`)),
    revelations: corpus.revelations.map((spec) => compileRevelation(spec, prefix)),
    threads: corpus.threads.map((spec) => compileThread(spec, prefix)),
    approaches: corpus.approaches.map((spec) => compileQuestion(spec, `${prefix}${spec.id}`)),
    endings: endings(corpus.endings, prefix),
  };
  for (const thread of compiled.threads) threads.set(thread.id, thread);
  for (const revelation of compiled.revelations) revelations.set(revelation.reveal.id, revelation);
  for (const kind of ENDING_KINDS)
    for (const line of compiled.endings[kind]) endingLines.set(line.id, line);
  return compiled;
});

export const SHARED = {
  introductions: SHARED_CORPUS.introductions.map((spec) =>
    compileQuestion(spec, `shared.${spec.id}`),
  ),
  arrivals: lines(SHARED_CORPUS.arrivals, 'shared.arrival'),
  questions: SHARED_CORPUS.questions.map((spec) => compileQuestion(spec, `shared.${spec.id}`)),
  boarding: SHARED_CORPUS.boarding.map((spec) =>
    compileQuestion(spec, `shared.boarding-${spec.id}`),
  ),
  threads: SHARED_CORPUS.threads.map((spec) => compileThread(spec, 'shared.')),
  payoffs: byKey(THREAD_KINDS, (kind: ThreadKind) =>
    SHARED_CORPUS.payoffs[kind].map((spec) =>
      compileQuestion(spec, `shared.payoff-${kind}.${spec.id}`),
    ),
  ),
  motifFollows: SHARED_CORPUS.motifFollows.map((spec) =>
    compileQuestion(spec, `shared.payoff-motif.${spec.id}`),
  ),
  approaches: SHARED_CORPUS.approaches.map((spec) => compileQuestion(spec, `shared.${spec.id}`)),
  fraying: lines(SHARED_CORPUS.fraying, 'shared.fraying'),
  steady: lines(SHARED_CORPUS.steady, 'shared.steady'),
  echoes: lines(SHARED_CORPUS.echoes, 'shared.echo'),
  animal: lines(SHARED_CORPUS.animal, 'shared.animal'),
  mood: lines(SHARED_CORPUS.mood, 'shared.feeling'),
  premise: lines(SHARED_CORPUS.premise, 'shared.premise'),
  boardedTogether: lines(SHARED_CORPUS.boardedTogether, 'shared.boarded'),
  boardedLate: lines(SHARED_CORPUS.boardedLate, 'shared.boarded-late'),
  weather: lines(SHARED_CORPUS.weather, 'shared.weather'),
  // Lines like any other, so a callback's frame is the lead-in its beat records.
  callbacks: lines(SHARED_CORPUS.callbacks, 'shared.callback'),
  reactions: byKey(['yes', 'no'] as const, (answer: Answer) =>
    lines(SHARED_CORPUS.reactions[answer], `shared.reaction-${answer}`),
  ),
  endings: endings(SHARED_CORPUS.endings, 'shared.'),
  lastWords: endings(SHARED_CORPUS.lastWords, 'shared.last-'),
  recallingEndings: endings(SHARED_CORPUS.recallingEndings, 'shared.recalling-'),
};

/** Questions written for each companion role, keyed by the role's words. */
export const ROLE_QUESTIONS: ReadonlyMap<string, Storylet[]> = new CompiledOnUse(
  ROLE_CORPUS,
  (specs, role, roleIndex) =>
    specs.map((spec, index) => compileQuestion(spec, `role${roleIndex + 1}.${index + 1}`, role)),
);

/** Whoever the reader travels with (kin.ts): how they come in, and questions about them. */
export const KIN = {
  introductions: KIN_INTRODUCTIONS.map((spec) => compileQuestion(spec, `kin.${spec.id}`)),
  questions: KIN_QUESTIONS.map((spec, index) =>
    compileQuestion(spec, `kin.${index + 1}`, KIN_ROLE),
  ),
  presence: lines(KIN_PRESENCE, 'kin.presence'),
};

/** The questions written for a companion: their role's, or kin's for someone the reader knows. */
export function companionQuestions(role: string): Storylet[] {
  return ROLE_QUESTIONS.get(role) ?? (isKinRole(role) ? KIN.questions : []);
}

/** Lead-ins showing a companion of each role at what they do, keyed by the role's words. */
export const ROLE_PRESENCE: ReadonlyMap<string, Line[]> = new CompiledOnUse(
  ROLE_PRESENCE_CORPUS,
  (specs, _role, roleIndex) => lines(specs, `role${roleIndex + 1}.presence`),
);

/** True for the id of a piece written for the reader's own role ("reader12.2", "reader12.ending-arrival"). */
export function isReaderPiece(id: string): boolean {
  return /^reader\d+\./u.test(id);
}

/** True for the id of a glimpse of a companion at what they do ("role4.presence2"). */
export function isPresenceLine(id: string): boolean {
  return /^(?:role\d+|kin)\.presence\d+$/u.test(id);
}

/** Questions written for each of the reader's roles, keyed by the role's words. */
export const READER_ROLE_QUESTIONS: ReadonlyMap<string, Storylet[]> = new CompiledOnUse(
  READER_ROLE_CORPUS,
  (specs, _role, roleIndex) =>
    specs.map((spec, index) => compileQuestion(spec, `reader${roleIndex + 1}.${index + 1}`)),
);

/** Motif threads written for one motif, keyed by its definite form ("the paper crane"). */
const MOTIF_THREADS_ON_USE = new CompiledOnUse(
  MOTIF_CORPUS,
  (specs, _motif, motifIndex) =>
    specs.flatMap((spec) =>
      compileThreadWays({ ...spec, kind: 'motif' }, `motif${motifIndex + 1}.`),
    ),
  (list) => {
    for (const thread of list) threads.set(thread.id, thread);
  },
);
export const MOTIF_THREADS: ReadonlyMap<string, ThreadStorylets[]> = MOTIF_THREADS_ON_USE;

/** The errand's last line for each of the reader's roles: an arrival and a missed stop. */
const READER_ROLE_ENDINGS_ON_USE = new CompiledOnUse(
  READER_ENDING_CORPUS,
  (spec, _role, roleIndex): Partial<Record<EndingKind, Ending>> => {
    const prefix = `reader${roleIndex + 1}.ending-`;
    return {
      // An arrival is stepping off: the reader is aboard.
      arrival: compileEnding(
        { text: spec.arrival, needs: 'aboard' },
        `${prefix}arrival`,
        'arrival',
      ),
      // Each says the reader never reaches where they were bound: not aboard for the end of a
      // line, which the reader does reach and only fails to leave (the shared last lines say so).
      // A reader who never boarded the ferry to a funeral had lost its last line.
      'missed-stop': compileEnding(
        { text: spec['missed-stop'], needs: '!line-end' },
        `${prefix}missed-stop`,
        'missed-stop',
      ),
    };
  },
  (endings) => {
    for (const line of Object.values(endings)) endingLines.set(line.id, line);
  },
);
export const READER_ROLE_ENDINGS: ReadonlyMap<
  string,
  Partial<Record<EndingKind, Ending>>
> = READER_ROLE_ENDINGS_ON_USE;

/** The companion thread written for each role, keyed by the role's words: the first companion's secret. */
const ROLE_THREADS_ON_USE = new CompiledOnUse(
  ROLE_THREAD_CORPUS,
  (specs, _role, roleIndex) =>
    specs.map((spec) => compileThread({ ...spec, kind: 'companion' }, `role${roleIndex + 1}.`)),
  (list) => {
    for (const thread of list) threads.set(thread.id, thread);
  },
);
export const ROLE_THREADS: ReadonlyMap<string, ThreadStorylets[]> = ROLE_THREADS_ON_USE;

/** The revelation written for each role, keyed by the role's words: the turn told about the first companion. */
const ROLE_REVELATIONS_ON_USE = new CompiledOnUse(
  ROLE_REVELATION_CORPUS,
  (specs, _role, roleIndex) =>
    specs.map((spec) => compileRevelation(spec, `role${roleIndex + 1}.`)),
  (list) => {
    for (const revelation of list) revelations.set(revelation.reveal.id, revelation);
  },
);
export const ROLE_REVELATIONS: ReadonlyMap<string, RevelationStorylets[]> = ROLE_REVELATIONS_ON_USE;

for (const thread of SHARED.threads) threads.set(thread.id, thread);
for (const kind of ENDING_KINDS) {
  for (const line of [
    ...SHARED.endings[kind],
    ...SHARED.lastWords[kind],
    ...SHARED.recallingEndings[kind],
  ]) {
    endingLines.set(line.id, line);
  }
}

/**
 * Compiles the group a piece id belongs to ("night-bus.q3", "noir.ending-...", "role4.x",
 * "motif2.x", "reader7.ending-arrival"): a journey read back from storage names its pieces
 * before this process has told a story with them.
 */
function compileGroupOf(id: string): void {
  const dot = id.indexOf('.');
  if (dot < 0) return;
  const group = id.slice(0, dot);
  if ((SETTING_IDS as readonly string[]).includes(group)) settingCorpus(group as SettingId);
  else if ((GENRES as readonly string[]).includes(group)) genreCorpus(group as Genre);
  const numbered = /^(role|motif|reader)(\d+)$/u.exec(group);
  if (numbered === null) return;
  const place = Number(numbered[2]);
  if (numbered[1] === 'motif') MOTIF_THREADS_ON_USE.nth(place);
  else if (numbered[1] === 'reader') READER_ROLE_ENDINGS_ON_USE.nth(place);
  else {
    ROLE_THREADS_ON_USE.nth(place);
    ROLE_REVELATIONS_ON_USE.nth(place);
  }
}

function find<T>(index: ReadonlyMap<string, T>, id: string): T | undefined {
  const found = index.get(id);
  if (found !== undefined) return found;
  compileGroupOf(id);
  return index.get(id);
}

/** The ending line with this id. */
export function findEnding(id: string): Ending | undefined {
  return find(endingLines, id);
}

/** The thread a storylet id planted, if the storyteller planted it. */
export function findThread(id: string): ThreadStorylets | undefined {
  return find(threads, id);
}

/** The revelation with this id, if the storyteller made it. */
export function findRevelation(id: string): RevelationStorylets | undefined {
  return find(revelations, id);
}

/**
 * Compiles every setting, genre, role and motif now rather than on first use: for the corpus tests, which
 * read them all, and for a long-running server, which does it once after it starts listening so
 * its first readers do not wait on it (a Lambda keeps compiling on first use: its cold start
 * should not pay for the settings it will never tell).
 */
export function compileAll(): void {
  for (const setting of SETTING_IDS) settingCorpus(setting);
  for (const genre of GENRES) genreCorpus(genre);
  for (const map of [
    ROLE_QUESTIONS,
    ROLE_PRESENCE,
    READER_ROLE_QUESTIONS,
    MOTIF_THREADS,
    READER_ROLE_ENDINGS,
    ROLE_THREADS,
    ROLE_REVELATIONS,
  ])
    for (const key of map.keys()) map.get(key);
}

/** Every thread the corpus can plant, for the corpus tests. */
export function allThreads(): ReadonlyMap<string, ThreadStorylets> {
  compileAll();
  return threads;
}

/** Every revelation, for the corpus tests. */
export function allRevelations(): ReadonlyMap<string, RevelationStorylets> {
  compileAll();
  return revelations;
}
