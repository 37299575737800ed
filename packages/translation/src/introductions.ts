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
import type { Pronoun } from '@liminal/story';
import { introducedAs } from '@liminal/story';

/** A companion as a beat names them; with a role and mood, as a beat introduces them too. */
export interface Introducible {
  name: string;
  pronoun: Pronoun;
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
    if (companion.role === undefined || companion.mood === undefined) continue;
    const described = introducedAs({
      name: companion.name,
      pronoun: companion.pronoun,
      role: companion.role,
      mood: companion.mood,
    });
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
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
  const found = lead.match(pattern)?.length ?? 0;
  if (found !== 1) return null;
  const clause = introduction.replace(/[\s.,;:]+$/u, '');
  return lead.replace(pattern, `${clause},`);
}
