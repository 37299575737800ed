/**
 * A companion's introduction translated on its own. The storyteller brings each companion in
 * with their mood and role ("When Hana, a kind nurse still in scrubs, sits down beside you"):
 * a lead-in that, whole, recurs only for the same arrival, mood and role together, and so was
 * most of what the cache missed. Apart, the arrival ("When Hana sits down beside you") and the
 * introduction ("Hana, a kind nurse still in scrubs") each recur across many readers. The
 * translated introduction takes the name's place in the translated arrival, set off by a comma
 * as the languages translated into (all but Japanese) set off a description of a name.
 *
 * Only a lead-in that opens with its arrival ("As", "When", "While") is taken apart: there the
 * name is the subject, so the introduction translated alone (in the subject's case) fits back.
 */
import { introducedAs } from '@liminal/story';
import type { Named } from './stand-ins';

/** A companion as a beat names them; with a role and mood, as a beat introduces them too. */
export interface Introducible extends Named {
  role?: string;
  mood?: string;
}

export interface Introduction {
  /** The lead-in without the description: "When Hana sits down beside you". */
  lead: string;
  /** The name and its description: "Hana, a kind nurse still in scrubs". */
  introduction: string;
  name: string;
}

const ARRIVAL = /^(?:As|When|While) /u;

/** The introduction a lead-in opens with, taken out of it, or null when it has none. */
export function takeIntroduction(
  lead: string,
  named: readonly Introducible[],
): Introduction | null {
  if (!ARRIVAL.test(lead)) return null;
  for (const companion of named) {
    const { role, mood } = companion;
    if (role === undefined || mood === undefined) continue;
    const described = introducedAs({ ...companion, role, mood });
    const phrase = `${companion.name}, ${described}, `;
    const at = lead.indexOf(phrase);
    // Right after the opening word: the name is the arrival's subject.
    if (at === -1 || lead.slice(0, at).trim().includes(' ')) continue;
    return {
      lead: `${lead.slice(0, at)}${companion.name} ${lead.slice(at + phrase.length)}`,
      introduction: `${companion.name}, ${described}`,
      name: companion.name,
    };
  }
  return null;
}

/**
 * The translated `lead` with the translated `introduction` in its name's place, or null when the
 * lead does not name them once as a whole word (the translator dropped or changed it).
 */
export function putIntroduction(lead: string, introduction: string, name: string): string | null {
  const pattern = namePattern(name);
  const found = lead.match(pattern)?.length ?? 0;
  if (found !== 1) return null;
  const clause = `${introduction.replace(/[\s.,;:]+$/u, '')},`;
  // A function, so that "$&" or "$'" in a translation is text, not a replacement pattern.
  return lead.replace(pattern, () => clause);
}

const namePatterns = new Map<string, RegExp>();

/** A name as a whole word, its characters taken literally, made once per name. */
function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (pattern === undefined) {
    const literal = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`, 'gu');
    namePatterns.set(name, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}
