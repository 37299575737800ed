/**
 * Finding what a text mentions: companions by name, story objects by the lexicon's words. Used
 * to record what an AI narrator introduced, by the corpus check, and by the story report's audit
 * of every beat against the ledger.
 */

const namePatterns = new Map<string, RegExp>();

/** True when `text` names `name` as a whole word ("Ash" is not in "ashes"). */
export function mentionsName(text: string, name: string): boolean {
  // Most texts do not contain the name at all: a plain search rules them out cheaply.
  if (!text.includes(name)) return false;
  let pattern = namePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    namePatterns.set(name, pattern);
  }
  return pattern.test(text);
}
