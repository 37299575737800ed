/**
 * A name said twice in one sentence, the second time as a pronoun: "As Tobias, a nervous chess
 * player, catches the tram at a run, will you ask him who won?" rather than "ask Tobias". The
 * arrival lead-in (or a callback) has just named them; the question after it need not again.
 *
 * The pronoun's case comes from the word before the name, which says what the name is doing
 * there: after a verb that takes an object or a preposition it is the object ("ask him", "with
 * her"); after a word that opens a clause, or before a verb in the present, it is the subject
 * ("so she can", "does he seem", "the honey she offers"). Anywhere else the name stays: a wrong
 * pronoun is worse than a name said twice.
 */
import type { Companion } from '../world/world';

const SUBJECT = { she: 'she', he: 'he', they: 'they' } as const;
const OBJECT = { she: 'her', he: 'him', they: 'them' } as const;
const POSSESSIVE = { she: 'her', he: 'his', they: 'their' } as const;

/** Words after which a name is the object: verbs the corpus asks with, and prepositions. */
const TAKES_OBJECT: ReadonlySet<string> = new Set(
  (
    'ask tell let help give show offer join thank follow teach test fold send lend hand pay ' +
    'meet trust answer warn remind invite forgive believe call bring leave watch wake ' +
    'with for to through at beside from about of toward towards behind near like than by ' +
    'after before past around'
  ).split(' '),
);

/** Words before a noun: "the hand", "your answer". */
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an your my his her their its our'.split(' '),
);

/** Words after which a name is the subject of a clause. */
const OPENS_CLAUSE: ReadonlySet<string> = new Set(
  'that so when while if because whether until where does did'.split(' '),
);

/**
 * A verb in the present right after the name ("offers", "fans", "is"): a word in -s that is not
 * one of the others that end so ("as", "always", "yours").
 */
const PRESENT_VERB_NEXT =
  /^ (?!(?:as|always|yours|hers|his|its|this|thus|was|perhaps|across|unless|less|chips|glasses)\b)[a-z]+s\b/u;

/** Words before a name that join it to another: "you and Hana" is no place for a pronoun. */
const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but']);

/**
 * `text` with the first mention of the companion's name turned into the pronoun its place in the
 * sentence asks for, or unchanged when that place is not one of the known ones, or the subject
 * is "they" (whose verb would have to change too).
 */
export function saidAgain(text: string, companion: Companion): string {
  const name = companion.name;
  let at = text.indexOf(name);
  while (at !== -1 && !standsAlone(text, at, name.length)) at = text.indexOf(name, at + 1);
  if (at === -1) return text;
  const after = text.slice(at + name.length);
  const pronoun = companion.pronoun;
  const replaced = (word: string): string => text.slice(0, at) + word + after;
  if (after.startsWith('’s') || after.startsWith("'s")) {
    return text.slice(0, at) + POSSESSIVE[pronoun] + after.slice(2);
  }
  const words = /(?:(\p{L}+)\W+)?(\p{L}+)\W*$/u.exec(text.slice(0, at));
  const before = words?.[2]?.toLowerCase() ?? '';
  // After an article the word is a noun, not a verb: "the hand Ansel offers" is "the hand he
  // offers", not "the hand him offers".
  const noun = DETERMINERS.has(words?.[1]?.toLowerCase() ?? '');
  if (TAKES_OBJECT.has(before) && !noun) return replaced(OBJECT[pronoun]);
  if (pronoun === 'they') return text;
  if (OPENS_CLAUSE.has(before)) return replaced(SUBJECT[pronoun]);
  // Inside a sentence, before a verb in the present: "the honey he offers", "the worn pack she
  // fans out" (readers counted "the honey Kofi offers" after "As Kofi ... hums").
  const inSentence = before !== '' && !/[.!?;:]\s*$/u.test(text.slice(0, at));
  if (inSentence && !JOINS.has(before) && PRESENT_VERB_NEXT.test(after)) {
    return replaced(SUBJECT[pronoun]);
  }
  return text;
}

/** True when the name at `at` is a whole word (not "Ansel" inside "Anselm"). */
function standsAlone(text: string, at: number, length: number): boolean {
  const before = text.charAt(at - 1);
  const next = text.charAt(at + length);
  return !/\p{L}/u.test(before) && !/\p{L}/u.test(next);
}
