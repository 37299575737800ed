/**
 * Profanity and slurs, by `obscenity`'s English dataset and transformers, at a fraction of its
 * matcher's cost. Its `hasMatch` maps the text twice (once for the blacklist, once for the
 * whitelist), char by char through a chain of transformer objects, then runs each of about 120
 * patterns on it: 100-200 us for a beat, over the 0.1 ms budget. Nearly every text matches no
 * pattern at all, so this first maps the text once, through the same transformers (the simple
 * ones remembered per character), and tests one regular expression that is the union of the same
 * patterns, compiled as obscenity compiles them. Only when that matches does obscenity's own
 * matcher decide, whitelist included. The union matches whenever any pattern does, so the
 * answer is obscenity's own; a test checks the two agree on story text and on abuse written
 * every way the transformers undo.
 */
import type { BlacklistedTerm, Node } from 'obscenity';
import {
  RegExpMatcher,
  SyntaxKind,
  englishDataset,
  englishRecommendedBlacklistMatcherTransformers,
  englishRecommendedTransformers,
} from 'obscenity';

/** A pattern node as a regular expression, as obscenity's compilePatternToRegExp writes it. */
function source(node: Node): string {
  switch (node.kind) {
    case SyntaxKind.Literal:
      return String.fromCodePoint(...node.chars).replace(/[[\].*+?^${}()|\\]/gu, '\\$&');
    case SyntaxKind.Optional:
      return `(?:${source(node.childNode)})?`;
    case SyntaxKind.Wildcard:
      return '.';
  }
}

function union(terms: readonly BlacklistedTerm[]): RegExp {
  const alternatives = terms.map(({ pattern }) => {
    const start = pattern.requireWordBoundaryAtStart ? '\\b' : '';
    const end = pattern.requireWordBoundaryAtEnd ? '\\b' : '';
    return `(?:${start}${pattern.nodes.map(source).join('')}${end})`;
  });
  return new RegExp(alternatives.join('|'), 's');
}

interface SimpleTransformer {
  type: 0;
  transform: (char: number) => number | undefined;
}
interface StatefulTransformer {
  type: 1;
  factory: () => { transform: (char: number) => number | undefined; reset: () => void };
}

/**
 * Words with an everyday sense stories use more than the abusive one: left out (a mild insult
 * at most, and "the thorn pricks your finger" is a line any narrator may write).
 */
const LEFT_OUT = new Set(['prick']);

/**
 * Phrases in which a listed word is innocent, added to the dataset's own whitelist: birds, names,
 * a sword, a degree, light through a gap. A reader's "the cock crowed at dawn" is not refused.
 */
export const STORY_WHITELIST = [
  'cock crow',
  'cockcrow',
  'cock crowed',
  'cockerel',
  'cockle',
  'cockpit',
  'cocktail',
  'cockroach',
  'cockatoo',
  'peacock',
  'weathercock',
  'woodcock',
  'stopcock',
  'blue tit',
  'great tit',
  'coal tit',
  'tit for tat',
  'titmouse',
  'dick whittington',
  'moby dick',
  'pussy willow',
  'pussycat',
  'bastard sword',
  'cum laude',
  'chink of light',
  'chinks of light',
  'a chink in the',
  'chinked',
  'chinking',
];

/**
 * False when the match is a number: digits alone (with any digits around them), not run into
 * letters. Leetspeak reads digits as letters, so without this a bus number (717: "tit") or a
 * flat (4550: "ass") is refused as abuse, while a number is a number to every reader. Symbols
 * ("@$$", "7!75") and digits run into letters ("455hole", "a55") are still abuse.
 */
function spansLetter(text: string, match: { startIndex: number; endIndex: number }): boolean {
  if (!DIGITS.test(text.slice(match.startIndex, match.endIndex + 1))) return true;
  let start = match.startIndex;
  let end = match.endIndex + 1;
  while (start > 0 && DIGIT.test(text.charAt(start - 1))) start--;
  while (end < text.length && DIGIT.test(text.charAt(end))) end++;
  return LETTER.test(text.charAt(start - 1)) || LETTER.test(text.charAt(end));
}
const DIGITS = /^\p{Nd}+$/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

export function createProfanityMatcher() {
  const built = englishDataset.build();
  const blacklistedTerms = built.blacklistedTerms.filter(
    (term) =>
      !LEFT_OUT.has(
        englishDataset.getPayloadWithPhraseMetadata({
          termId: term.id,
          startIndex: 0,
          endIndex: 0,
          matchLength: 0,
        }).phraseMetadata?.originalWord ?? '',
      ),
  );
  const matcher = new RegExpMatcher({
    blacklistedTerms,
    whitelistedTerms: [...(built.whitelistedTerms ?? []), ...STORY_WHITELIST],
    ...englishRecommendedTransformers,
  });
  const anyPattern = union(blacklistedTerms);
  const chain = englishRecommendedBlacklistMatcherTransformers as unknown as (
    SimpleTransformer | StatefulTransformer
  )[];
  // The simple transformers map one character to one (or none), the same every time, so their
  // composition is remembered per character; the stateful ones (collapsing repeats) come after.
  const simple = chain.filter((step): step is SimpleTransformer => step.type === 0);
  const stateful = chain.filter((step): step is StatefulTransformer => step.type === 1);
  // The shortcut holds only if every simple transformer runs before every stateful one (as in
  // obscenity's English preset); otherwise obscenity's matcher decides every text.
  const simpleFirst = chain.every((step, index) => step.type === 0 || index >= simple.length);
  const mapped = new Map<number, number>();
  const NONE = -1;
  const mapChar = (char: number): number => {
    let found = mapped.get(char);
    if (found === undefined) {
      let value: number | undefined = char;
      for (const step of simple) {
        value = step.transform(value);
        if (value === undefined) break;
      }
      found = value ?? NONE;
      mapped.set(char, found);
    }
    return found;
  };

  /** The text as obscenity's blacklist matcher sees it. */
  const transformed = (text: string): string => {
    const after = stateful.map((step) => step.factory());
    let out = '';
    for (const char of text) {
      let value: number | undefined = mapChar(char.codePointAt(0) ?? 0);
      if (value === NONE) continue;
      for (const step of after) {
        value = step.transform(value);
        if (value === undefined) break;
      }
      if (value !== undefined) out += String.fromCodePoint(value);
    }
    return out;
  };

  /** obscenity's matches in `text`, less those that are a number ("bus 717", "flat 4550"). */
  const wordMatch = (text: string): boolean =>
    matcher.getAllMatches(text).some((match) => spansLetter(text, match));

  return {
    /** True when obscenity's matcher finds profanity or a slur in `text` written with a letter. */
    hasMatch(text: string): boolean {
      if (simpleFirst && !anyPattern.test(transformed(text))) return false;
      return wordMatch(text);
    },
    /** The same answer from obscenity's matcher alone, without the shortcut, for comparison. */
    wordMatch,
    /** obscenity's own matcher with the same terms, for comparison. */
    matcher,
  };
}
