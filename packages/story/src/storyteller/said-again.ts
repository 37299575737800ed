/**
 * A name said twice in one sentence, the second time as a pronoun: "As Tobias, a nervous chess
 * player, catches the tram at a run, will you ask him who won?" rather than "ask Tobias". The
 * arrival lead-in has just named the newcomer; the question after it need not name them again.
 */
import type { Companion } from '../world/world';

const SUBJECT = { she: 'she', he: 'he', they: 'they' } as const;
const OBJECT = { she: 'her', he: 'him', they: 'them' } as const;
const POSSESSIVE = { she: 'her', he: 'his', they: 'their' } as const;

/** A word that reads as a verb in the present tense after a name: "Rosalind unwraps", "Kofi holds". */
const PRESENT_VERB = /^[a-z]+[^s\W]s\b/u;

/**
 * `text` with the first mention of the companion's name turned into the pronoun its place in the
 * sentence asks for: possessive before "’s", subject before a verb ("Rosalind unwraps" becomes
 * "she unwraps"; left named for "they", whose verb would have to change), object otherwise
 * ("ask Tobias" becomes "ask him").
 */
export function saidAgain(text: string, companion: Companion): string {
  const name = companion.name;
  let at = text.indexOf(name);
  while (at !== -1 && !standsAlone(text, at, name.length)) at = text.indexOf(name, at + 1);
  if (at === -1) return text;
  const after = text.slice(at + name.length);
  const pronoun = companion.pronoun;
  if (after.startsWith('’s') || after.startsWith("'s")) {
    return text.slice(0, at) + POSSESSIVE[pronoun] + after.slice(2);
  }
  if (PRESENT_VERB.test(after.trimStart())) {
    return pronoun === 'they' ? text : text.slice(0, at) + SUBJECT[pronoun] + after;
  }
  return text.slice(0, at) + OBJECT[pronoun] + after;
}

/** True when the name at `at` is a whole word (not "Ansel" inside "Anselm"). */
function standsAlone(text: string, at: number, length: number): boolean {
  const before = text.charAt(at - 1);
  const next = text.charAt(at + length);
  return !/\p{L}/u.test(before) && !/\p{L}/u.test(next);
}
