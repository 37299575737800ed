/**
 * The translation policy: a beat of the built-in storyteller, written in English, in the
 * reader's language. Each sentence is looked up in the cache first (the storyteller is
 * deterministic, so most sentences have been translated for an earlier reader); the sentences
 * left over go to the translators in their configured order, each with its own timeout, and the
 * first whose whole answer passes the story's beat rules in that language is kept and cached.
 * A beat is translated whole or not at all: when every translator fails, the caller gets a
 * `TranslationError` and shows nothing half translated. A beat given lately is given again whole,
 * from memory, without being taken apart (moderation still asked).
 */
import type { BeatKind } from '@liminal/story';
import { splitSentences, validateBeatIn } from '@liminal/story';
import type { TranslationCache } from './cache';
import { createMemoryTranslationCache } from './cache';
import { createLayeredTranslationCache } from './layered-cache';
import { createLru } from './lru';
import type { StoodIn } from './stand-ins';
import type { Joint } from './clauses';
import { joinClause, joinLead, splitClause, splitLead } from './clauses';
import type { Introducible } from './introductions';
import { putIntroduction, takeIntroduction } from './introductions';
import { standIn } from './stand-ins';
import type { TargetLanguage, Translator } from './contract';
import { TranslationError } from './contract';

export interface TranslationOptions {
  /** In the order they are tried. */
  translators: readonly Translator[];
  /** The lasting cache (the journey store's); sentences read often are also kept in memory. */
  cache: TranslationCache;
  /** How many sentences the memory in front of `cache` holds (default 10,000). */
  memorySentences?: number;
  /** How many whole beats, as given lately, are kept to be given again (default 2,000). */
  memoryBeats?: number;
  /** How long one translator may take for one beat, in ms (default 3,000). */
  timeoutMs?: number;
}

export interface TranslatedBeat {
  text: string;
  /** Sentences served from the cache, and sentences a translator was asked for. */
  hits: number;
  misses: number;
  /** The translator that answered, or null when the cache held every sentence. */
  translator: string | null;
  /** Each translator that failed on the way, with why. */
  failures: { translator: string; kind: TranslationError['kind'] }[];
}

/**
 * How a sentence was cut into pieces, in their order: `introduces`, a companion's introduction
 * taken out of its lead-in (see introductions.ts); the lead-in, statement or whole sentence;
 * `clause`, the statement's second clause apart from its first (see clauses.ts); and `joint`,
 * how the question after a lead-in or statement joins it, or null for no question apart.
 */
interface SentenceLayout {
  introduces: string | null;
  clause: boolean;
  joint: Joint | null;
}

/**
 * The pieces a beat is translated and cached in: each sentence whole, or a lead-in (or
 * statement) and its question; `finer` takes companions' introductions and a statement's
 * clauses apart too, which every language but Japanese (whose descriptions go before a name,
 * and whose clauses join otherwise) puts back together as English does.
 */
function piecesOf(
  text: string,
  named: readonly Introducible[],
  finer: boolean,
): { pieces: string[]; layout: SentenceLayout[] } {
  const pieces: string[] = [];
  const layout: SentenceLayout[] = [];
  for (const sentence of splitSentences(text)) {
    const split = splitLead(sentence);
    const introduced =
      finer && split?.joint === 'lead' ? takeIntroduction(split.lead, named) : null;
    const clauses = finer && split?.joint === 'statement' ? splitClause(split.lead) : null;
    if (introduced !== null) pieces.push(introduced.introduction);
    if (split === null) pieces.push(sentence);
    else if (clauses !== null) pieces.push(clauses.first, clauses.second, split.question);
    else pieces.push(introduced?.lead ?? split.lead, split.question);
    layout.push({
      introduces: introduced?.name ?? null,
      clause: clauses !== null,
      joint: split?.joint ?? null,
    });
  }
  return { pieces, layout };
}

/** Japanese runs its sentences on without a space; the others put one between. */
function join(sentences: readonly string[], to: TargetLanguage): string {
  return sentences.join(to === 'ja' ? '' : ' ');
}

function asTranslationError(error: unknown, translator: string): TranslationError {
  if (error instanceof TranslationError) return error;
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return new TranslationError('timeout', `${translator} took too long`, { cause: error });
  return new TranslationError('unavailable', `${translator} failed`, { cause: error });
}

export function createTranslation(options: TranslationOptions) {
  const timeoutMs = options.timeoutMs ?? 3000;
  // A sentence read often is served from memory, without a query to the store (a DynamoDB read
  // on AWS). Ten thousand sentences hold what a day of readers meets most, in about 4 MB.
  const cache = createLayeredTranslationCache({
    memory: createMemoryTranslationCache(options.memorySentences ?? 10_000),
    lasting: options.cache,
  });
  // The storyteller is deterministic: a replayed or much-read story gives the same beats again,
  // and a beat given once is given again without being taken apart, looked up piece by piece
  // and checked (still moderated: what moderation accepts may change while the process runs).
  const given = createLru<TranslatedBeat>(options.memoryBeats ?? 2000);

  /** `sentences` by `translator`, checked one for one; throws a TranslationError. */
  async function ask(
    translator: Translator,
    sentences: readonly string[],
    to: TargetLanguage,
  ): Promise<string[]> {
    let translated: string[];
    try {
      translated = await translator.translate(sentences, to, {
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw asTranslationError(error, translator.name);
    }
    if (
      translated.length !== sentences.length ||
      translated.some((sentence) => typeof sentence !== 'string' || sentence.trim() === '')
    ) {
      throw new TranslationError('malformed', `${translator.name} answered out of step`);
    }
    return translated.map((sentence) => sentence.trim());
  }

  return {
    /** True when some translator is configured: the story can then be read in any language. */
    available: options.translators.length > 0,

    /**
     * The English beat `text` in `to`, checked by the beat rules as a beat of `kind`, and by
     * `accept` (moderation) before it is kept or given. `named` are the story's companions, and
     * `places` the names of its places that translators keep: both are stood in for, so the cache
     * serves every reader (see stand-ins.ts), and translated as they are when a translator loses
     * a stand-in.
     */
    async translateBeat(
      text: string,
      to: TargetLanguage,
      kind: BeatKind,
      { named = [], places = [], accept = acceptAll }: BeatOptions = {},
    ): Promise<TranslatedBeat> {
      // A companion's pronoun chooses their stand-in, and so the words that agree with it.
      const key = [
        to,
        kind,
        ...named.map((companion) => `${companion.name}/${companion.pronoun}`),
        ...places,
        text,
      ].join('\u0000');
      const before = given.get(key);
      if (before !== undefined && (await accept(before.text))) return before;
      const translated = await translatePieces(text, to, kind, { named, places }, accept);
      const pieces = translated.hits + translated.misses;
      // Kept as it will be given again: every piece from the cache, no translator asked.
      given.set(key, {
        text: translated.text,
        hits: pieces,
        misses: 0,
        translator: null,
        failures: [],
      });
      return translated;
    },
  };

  async function translatePieces(
    text: string,
    to: TargetLanguage,
    kind: BeatKind,
    { named, places }: { named: readonly Introducible[]; places: readonly string[] },
    accept: (text: string) => Promise<boolean>,
  ): Promise<TranslatedBeat> {
    try {
      const { pieces, layout } = piecesOf(text, named, to !== 'ja');
      // Japanese writes names in katakana: a place's stand-in would only be lost (see stand-ins.ts).
      const kept = to === 'ja' ? [] : places;
      const stood = pieces.map((piece) => standIn(piece, named, kept));
      return await translateKeyed(stood, layout, to, kind, accept);
    } catch (error) {
      if (!(error instanceof NamesLostError)) throw error;
      // A name the translator lost or changed: the sentences as written, introductions whole.
      const { pieces, layout } = piecesOf(text, [], false);
      const asWritten = pieces.map((piece) => standIn(piece, []));
      return translateKeyed(asWritten, layout, to, kind, accept);
    }
  }

  /**
   * The beat whose pieces are `stood` (cache keys, and how to restore names) in `to`; `layout`
   * says how each sentence's pieces join.
   */
  async function translateKeyed(
    stood: readonly StoodIn[],
    layout: readonly SentenceLayout[],
    to: TargetLanguage,
    kind: BeatKind,
    accept: (text: string) => Promise<boolean>,
  ): Promise<TranslatedBeat> {
    const sentences = stood.map((sentence) => sentence.key);
    const none: (string | undefined)[] = sentences.map(() => undefined);
    // The cache helps and never fails a beat: a store that cannot answer leaves every
    // sentence to the translators.
    const cached = await cache.get(to, sentences).catch(() => none);
    const held = cached.filter((sentence) => sentence !== undefined).length;
    const failures: TranslatedBeat['failures'] = [];
    /** The beat in `to`, or null when a name could not be put back. */
    const assemble = (
      known: readonly (string | undefined)[],
      found: ReadonlyMap<string, string>,
    ): string | null => {
      const restored: string[] = [];
      for (const [index, piece] of sentences.entries()) {
        const translated = known[index] ?? found.get(piece) ?? '';
        const back = stood[index]?.restore(translated) ?? null;
        if (back === null) return null;
        restored.push(back);
      }
      const joined: string[] = [];
      let at = 0;
      for (const { introduces, clause, joint } of layout) {
        let first = restored[at++] ?? '';
        if (introduces !== null) {
          // The introduction came first; the lead-in it belongs in follows.
          const placed = putIntroduction(restored[at++] ?? '', first, introduces);
          if (placed === null) return null;
          first = placed;
        }
        if (clause) first = joinClause(first, restored[at++] ?? '');
        joined.push(joint === null ? first : joinLead(first, restored[at++] ?? '', to, joint));
      }
      return join(joined, to);
    };
    const fromCache = held === sentences.length ? assemble(cached, new Map()) : null;
    if (fromCache !== null && validateBeatIn(to, fromCache, kind).ok && (await accept(fromCache))) {
      return {
        text: fromCache,
        hits: held,
        misses: 0,
        translator: null,
        failures,
      };
    }
    // What the cache lacks; then, if the beat that makes with the cached sentences breaks the
    // rules (a cached sentence may be what breaks it), every sentence afresh.
    const attempts = held === 0 || held === sentences.length ? [none] : [cached, none];
    for (const translator of options.translators) {
      try {
        let reasons: readonly string[] = [];
        for (const known of attempts) {
          const missing = [...new Set(sentences.filter((_, index) => known[index] === undefined))];
          const translated = await ask(translator, missing, to);
          const found = new Map(
            missing.map((sentence, index) => [sentence, translated[index] ?? '']),
          );
          const beat = assemble(known, found);
          // A stand-in the translator lost: the names are translated as they are instead.
          if (beat === null) throw new NamesLostError();
          // A translation that breaks the beat rules (a question lost, the wrong language) is
          // no better than none.
          const check = validateBeatIn(to, beat, kind);
          if (check.ok) {
            // Moderation refusing it: never kept, never shown; the next translator may do better.
            if (!(await accept(beat))) {
              throw new TranslationError(
                'refused',
                `moderation refused ${translator.name}'s translation`,
              );
            }
            // Kept for the next reader if the store can; this reader has the beat either way.
            await cache.put(to, [...found]).catch(() => undefined);
            const hits = known.filter((sentence) => sentence !== undefined).length;
            return {
              text: beat,
              hits,
              misses: sentences.length - hits,
              translator: translator.name,
              failures,
            };
          }
          reasons = check.reasons;
        }
        throw new TranslationError(
          'malformed',
          `${translator.name}'s translation breaks the beat rules: ${reasons.join(', ')}`,
        );
      } catch (error) {
        if (error instanceof NamesLostError) throw error;
        failures.push({
          translator: translator.name,
          kind: asTranslationError(error, translator.name).kind,
        });
      }
    }
    throw new TranslationError(
      'unavailable',
      options.translators.length === 0
        ? 'No translator is configured.'
        : `Every translator failed: ${failures.map((failure) => `${failure.translator} (${failure.kind})`).join(', ')}.`,
    );
  }
}

/** A translator gave back a sentence without a stand-in for a name. */
class NamesLostError extends Error {
  override readonly name = 'NamesLostError';
}

/** What a beat's translation needs to know of its story. */
export interface BeatOptions {
  /** The story's companions, whose names are stood in for (and introductions taken apart). */
  named?: readonly Introducible[];
  /** Names of the story's places that translators keep as they are, stood in for too. */
  places?: readonly string[];
  /** Moderation: false keeps a translation from the reader and from the cache. */
  accept?: (text: string) => Promise<boolean>;
}

const acceptAll = (): Promise<boolean> => Promise.resolve(true);

export type Translation = ReturnType<typeof createTranslation>;
