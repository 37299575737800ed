/**
 * Companions' names stood in for by a few fixed names, so a sentence is cached once for every
 * reader whatever the companions are called ("When Mara sits down beside you" and "When Esme
 * sits down beside you" are one sentence to translate). A stand-in has the companion's pronoun,
 * so a language that agrees with it (Spanish "sentada") still agrees. The name of the place the
 * story goes to, where translators keep it as it is ("Will you ask to be told when you reach
 * Skerra?"), is stood in for the same way. The translation gets the real names back; if a
 * translator dropped or transliterated a stand-in (Japanese writes names in katakana), the names
 * cannot be put back and the sentence is translated with its real names.
 */
import type { Pronoun } from '@liminal/story';

export interface Named {
  name: string;
  pronoun: Pronoun;
}

/** Names no world draws and no corpus line uses, a few of each pronoun. */
const STAND_INS: Readonly<Record<Pronoun, readonly string[]>> = {
  she: ['Clara', 'Greta', 'Helga', 'Irene'],
  he: ['Bruno', 'Felix', 'Hugo', 'Victor'],
  they: ['Jules', 'Remy', 'Sasha', 'Toni'],
};

/** The stand-in for a place's name: a name no world's destination or corpus line uses. */
const PLACE_STAND_IN = 'Tarrow';

/** Every stand-in: a story whose companion is called one (a seed may name anyone) has none. */
const ALL_STAND_INS: ReadonlySet<string> = new Set([
  ...Object.values(STAND_INS).flat(),
  PLACE_STAND_IN,
]);

export interface StoodIn {
  /** The sentence with its companions' names stood in for: what is cached and translated. */
  key: string;
  /** The translation of `key` with the real names back, or null when a stand-in was lost. */
  restore(translated: string): string | null;
}

const patterns = new Map<string, RegExp>();

/**
 * A name as a whole word, or (`inflected`) with one of the endings a translation may give it
 * (German "Brunos", English "Bruno’s"), made once per name: a beat is translated on every turn,
 * and making these was a third of a cached turn's cost.
 */
function wholeWord(name: string, inflected = false): RegExp {
  const key = `${inflected ? '+' : ''}${name}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const ending = inflected ? `(?=(?:s|’s|'s|n|ns)?(?![\\p{L}\\p{N}]))` : '(?![\\p{L}\\p{N}])';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name}${ending}`, 'gu');
    patterns.set(key, pattern);
  }
  // Global patterns keep their place between uses: start each use from the beginning.
  pattern.lastIndex = 0;
  return pattern;
}

const AS_IS: Omit<StoodIn, 'key'> = { restore: (translated) => translated };

/**
 * `translated` with `standIn` back to `real`, as often as `key` (what was translated) said it; null
 * when a stand-in was lost, or one more appears (a word that merely begins like it): the names
 * cannot then be trusted to go back.
 */
function putBack(translated: string, key: string, standIn: string, real: string): string | null {
  const wanted = key.match(wholeWord(standIn))?.length ?? 0;
  if ((translated.match(wholeWord(standIn, true))?.length ?? 0) !== wanted) return null;
  return translated.replace(wholeWord(standIn, true), real);
}

/**
 * `sentence` with the names of `named` stood in for, in the order they first appear, and the
 * place names of `places` (kept as they are in every language).
 */
export function standIn(
  sentence: string,
  named: readonly Named[],
  places: readonly string[] = [],
): StoodIn {
  // A real Clara beside a stand-in Clara could not be told apart when the names are put back.
  if (named.some((person) => ALL_STAND_INS.has(person.name))) return { key: sentence, ...AS_IS };
  const place = places.find((name) => sentence.includes(name));
  if (place !== undefined && !sentence.includes(PLACE_STAND_IN) && !ALL_STAND_INS.has(place)) {
    const inner = standIn(sentence.replace(wholeWord(place), PLACE_STAND_IN), named);
    return {
      key: inner.key,
      restore(translated) {
        const restored = inner.restore(translated);
        return restored === null ? null : putBack(restored, inner.key, PLACE_STAND_IN, place);
      },
    };
  }
  const present = named
    // A plain search first: most sentences name nobody, and it is many times cheaper.
    .filter((person) => sentence.includes(person.name))
    .map((person) => ({ person, at: sentence.search(wholeWord(person.name)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  if (present.length === 0) return { key: sentence, ...AS_IS };
  const used: Record<Pronoun, number> = { she: 0, he: 0, they: 0 };
  const pairs: { name: string; standIn: string }[] = [];
  for (const { person } of present) {
    const standIn = STAND_INS[person.pronoun][used[person.pronoun]++];
    // More companions of one pronoun in a sentence than stand-ins: translated as it is.
    if (standIn === undefined) return { key: sentence, ...AS_IS };
    pairs.push({ name: person.name, standIn });
  }
  let key = sentence;
  for (const { name, standIn } of pairs) key = key.replace(wholeWord(name), standIn);
  return {
    key,
    restore(translated) {
      let restored = translated;
      for (const { name, standIn } of pairs) {
        const back = putBack(restored, key, standIn, name);
        if (back === null) return null;
        restored = back;
      }
      return restored;
    },
  };
}
