/**
 * The beat rules: what every narrator's output must look like before a reader sees it.
 * A beat is one or two sentences, at most 45 words, in the second person, plain text, and
 * either ends with a yes/no question or is an ending (no question at all).
 */

export const MAX_BEAT_WORDS = 45;
export const MAX_BEAT_SENTENCES = 2;

/** What the caller expects the beat to be; `any` accepts either a question or an ending. */
export type BeatKind = 'question' | 'ending' | 'any';

export type BeatRuleViolation =
  | 'empty'
  | 'too-many-sentences'
  | 'too-many-words'
  | 'not-second-person'
  | 'emoji'
  | 'markup'
  | 'control-characters'
  | 'unfinished-sentence'
  | 'no-question'
  | 'not-yes-no-question'
  | 'either-or-question'
  | 'question-before-end'
  | 'question-in-ending';

export interface BeatCheck {
  ok: boolean;
  reasons: BeatRuleViolation[];
  sentences: string[];
  words: number;
}

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{20E3}]/u;
// Markdown or HTML: emphasis, headings, lists, code, links, tags, tables.
const MARKUP =
  /(\*\*|__|`|^\s*#{1,6}\s|^\s*[-*+]\s|^\s*\d+\.\s|\[[^\]]*\]\([^)]*\)|<\/?[a-z][^>]*>|\|\s*---)/imu;
const CONTROL = /[\p{Cc}\p{Co}\p{Cn}]/u;
const SECOND_PERSON = /\b(you|your|yours|yourself)\b/iu;
// A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or brackets.
const SENTENCE = /[^.!?\u2026]+(?:[.!?\u2026]+["'\u201D\u2019)\]]*|$)/gu;
const AUXILIARY =
  /^(?:and |so |then |but |now |still |yet )?(?:do|does|did|will|would|can|could|should|shall|is|are|was|were|have|has|had|may|might|must|dare|won't|don't|doesn't|didn't|isn't|aren't|can't|wouldn't|shouldn't)\b/iu;
const CLAUSE_BREAK = /[,;:\u2014\u2013]|\s-\s/u;

/** Splits text into trimmed sentences. */
export function splitSentences(text: string): string[] {
  const found = text.match(SENTENCE) ?? [];
  return found.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/** Counts words: runs of non-space characters that contain a letter or digit. */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

/** True when a question can be answered with a plain yes or no. */
export function isYesNoQuestion(sentence: string): boolean {
  const clauses = sentence.replace(/\?+["'\u201D\u2019)\]]*$/u, '').split(CLAUSE_BREAK);
  return clauses.some((clause) => AUXILIARY.test(clause.trim()));
}

/**
 * Checks a narrated beat against the rules and returns every rule it breaks, so that a
 * narrator can be asked to repair exactly those.
 */
export function validateBeat(text: string, kind: BeatKind = 'any'): BeatCheck {
  const reasons: BeatRuleViolation[] = [];
  const trimmed = text.trim();
  const sentences = splitSentences(trimmed);
  const words = countWords(trimmed);
  if (trimmed.length === 0 || words === 0) {
    return { ok: false, reasons: ['empty'], sentences, words };
  }
  if (EMOJI.test(trimmed)) reasons.push('emoji');
  if (MARKUP.test(trimmed)) reasons.push('markup');
  if (CONTROL.test(trimmed.replace(/\s/gu, ' '))) reasons.push('control-characters');
  if (sentences.length > MAX_BEAT_SENTENCES) reasons.push('too-many-sentences');
  if (words > MAX_BEAT_WORDS) reasons.push('too-many-words');
  if (!SECOND_PERSON.test(trimmed)) reasons.push('not-second-person');

  const last = sentences[sentences.length - 1] ?? '';
  if (!/[.!?\u2026]["'\u201D\u2019)\]]*$/u.test(last)) reasons.push('unfinished-sentence');
  const endsWithQuestion = /\?["'\u201D\u2019)\]]*$/u.test(last);
  const earlierQuestion = sentences.slice(0, -1).some((sentence) => sentence.includes('?'));

  if (kind === 'ending') {
    if (endsWithQuestion || earlierQuestion) reasons.push('question-in-ending');
  } else if (endsWithQuestion) {
    if (earlierQuestion) reasons.push('question-before-end');
    if (!isYesNoQuestion(last)) reasons.push('not-yes-no-question');
    else if (/\bor\b/iu.test(last)) reasons.push('either-or-question');
  } else if (kind === 'question') {
    reasons.push('no-question');
  } else if (earlierQuestion) {
    reasons.push('question-before-end');
  }
  return { ok: reasons.length === 0, reasons, sentences, words };
}

/** The seed interface's `validateResponse`: true when the text is a valid beat of either kind. */
export function isValidBeat(text: string, kind: BeatKind = 'any'): boolean {
  return validateBeat(text, kind).ok;
}
