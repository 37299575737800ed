/**
 * The beat rules: what every narrator's output must look like before a reader sees it.
 * A beat is one or two sentences, at most 45 words, in the second person, plain text, and
 * either ends with a yes/no question or is an ending (no question at all).
 */
import { codeAt } from './chars';
import { PrefixSets } from './prefix-sets';

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
  | 'question-in-ending'
  | 'repeated-sentence'
  /** Written in another language than the story's (see languages/language-rules.ts). */
  | 'wrong-language';

export interface BeatCheck {
  readonly ok: boolean;
  readonly reasons: readonly BeatRuleViolation[];
  readonly sentences: readonly string[];
  readonly words: number;
}

const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{20E3}]/u;
// Markdown or HTML: emphasis, headings, lists, code, links, tags, tables.
const MARKUP =
  /(\*\*|__|`|^\s*#{1,6}\s|^\s*[-*+]\s|^\s*\d+\.\s|\[[^\]]*\]\([^)]*\)|<\/?[a-z][^>]*>|\|\s*---)/im;
// Anything outside printable ASCII, common punctuation and Latin letters deserves a closer look
// (the punctuation of the languages read here too: ¡ ¿ « » „ ‹ › and French's no-break space).
const UNUSUAL =
  /[^\x20-\x7E\u00A0\u00A1\u00AB\u00BB\u00BF\u00C0-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u201E\u2026\u2039\u203A]/;
// Characters without which no markup pattern can match (list markers are checked apart).
const MARKUP_HINT = /[*_`#[<|\n]/;
const LIST_START = /^(?:[-+]|\d+\.)\s/;
// Control characters other than ordinary whitespace, private-use and unassigned code points.
const CONTROL = /(?![\t\n\r])[\p{Cc}\p{Co}\p{Cn}]/u;
// ASCII-only patterns skip the u flag: case-insensitive Unicode matching is several times slower.
const SECOND_PERSON = /\b(you|your|yours|yourself)\b/i;
const EITHER_OR = /\bor\b/i;
// A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes or brackets.
// (Every character here is in the Basic Multilingual Plane, so the slower u flag is not needed.)
const SENTENCE = /[^.!?\u2026]+(?:[.!?\u2026]+["'\u201D\u2019)\]]*|$)/g;
// A clause (the sentence's start, or after a comma, semicolon, colon, dash or spaced hyphen) that
// opens with an auxiliary verb: "The door is open; do you step through?". One pass, no splitting.
const YES_NO_CLAUSE =
  /(?:^|[,;:\u2014\u2013]|\s-\s)\s*(?:and |so |then |but |now |still |yet )?(?:do|does|did|will|would|can|could|should|shall|is|are|was|were|have|has|had|may|might|must|dare|won't|don't|doesn't|didn't|isn't|aren't|can't|wouldn't|shouldn't)\b/i;

/** Splits text into trimmed sentences. */
export function splitSentences(text: string): string[] {
  const found = text.match(SENTENCE) ?? [];
  return found.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Counts words: runs of non-space characters that contain a letter or digit. */
export function countWords(text: string): number {
  // A hand loop, ASCII first: this runs on every beat of every narrator and on every composition
  // the storyteller tries. A Unicode regex over the whole text costs about three times as many
  // instructions (measured per call under cachegrind); the regex is kept for non-ASCII letters.
  let words = 0;
  let counted = false;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = codeAt(text, index);
    if (code === 32 || (code >= 9 && code <= 13)) counted = false;
    else if (counted) continue;
    else if (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 57)
    ) {
      words++;
      counted = true;
    } else if (code > 127) {
      if (code === 160 || code === 0x2028 || code === 0x2029) counted = false;
      else if (!isTypographicPunctuation(code) && LETTER_OR_DIGIT.test(text.charAt(index))) {
        words++;
        counted = true;
      }
    }
  }
  return words;
}

/** Curly quotes, dashes and the ellipsis: common in prose, never part of a word's letters. */
function isTypographicPunctuation(code: number): boolean {
  return (code >= 0x2013 && code <= 0x201f) || code === 0x2026;
}

/** True when a question can be answered with a plain yes or no. */
export function isYesNoQuestion(sentence: string): boolean {
  return YES_NO_CLAUSE.test(sentence);
}

/** A sentence as the repetition rule compares it: lower case, single spaces. */
export function sentenceKey(sentence: string): string {
  const lower = sentence.toLowerCase();
  // Most sentences have single spaces only; the regex runs only when they do not.
  return LOOSE_SPACE.test(lower) ? lower.replace(/\s+/gu, ' ') : lower;
}

// Without the u flag: the pattern is all in the Basic Multilingual Plane, and u is slower.
// (A hand loop over the characters measured slower than this test.)
const LOOSE_SPACE = /\s\s|[\t\n\r\u00A0]/;

/** Every sentence told along a story, as the repetition rule keys them (see PrefixSets). */
const toldLines = new PrefixSets<{ text: string }>((beat) =>
  splitSentences(beat.text).map((sentence) => sentenceKey(sentence)),
);

/**
 * Every sentence a story has told, for the repetition rule: a copy the story's later beats never
 * change, so a narrator may keep it across an await.
 */
export function toldSentences(beats: readonly { text: string }[]): ReadonlySet<string> {
  return toldLines.snapshot(beats);
}

/**
 * The same, shared with the story's line of beats: valid only until the next beat is added, so
 * for the story package's own synchronous use (the storyteller and appending a beat).
 */
export function toldSoFar(beats: readonly { text: string }[]): ReadonlySet<string> {
  return toldLines.upTo(beats);
}

/**
 * Records the sentences of `beat`, added after `beats`, as its check split them: so the next
 * beat's repetition rule does not split and key the same text again.
 */
export function rememberTold(
  beats: readonly { text: string }[],
  beat: { text: string },
  sentences: readonly string[],
): void {
  toldLines.add(beats, beat, sentenceKeys(sentences));
}

/**
 * Checks a narrated beat against the rules and returns every rule it breaks, so that a
 * narrator can be asked to repair exactly those. With `told` (see `toldSentences`), a beat that
 * repeats a sentence the story already told is refused too.
 */
export function validateBeat(
  text: string,
  kind: BeatKind = 'any',
  told?: ReadonlySet<string>,
): BeatCheck {
  // The storyteller checks its beat and the story checks it again on append, against the same
  // told set: remember the last check. (An AI beat is checked against a snapshot first, so
  // appending it checks it again; that costs microseconds against a model's seconds.)
  // A story's told set grows in place as beats are added, so its size is part of the key.
  const size = told?.size ?? -1;
  if (
    lastChecked?.text === text &&
    lastChecked.kind === kind &&
    lastChecked.told === told &&
    lastChecked.size === size
  ) {
    return lastChecked.check;
  }
  const check = checkBeat(text, kind, told);
  lastChecked = { text, kind, told, size, check };
  return check;
}

let lastChecked:
  | {
      text: string;
      kind: BeatKind;
      told: ReadonlySet<string> | undefined;
      size: number;
      check: BeatCheck;
    }
  | undefined;

/**
 * What is wrong with a beat's text in any language: emoji, markup, control characters. Cheap
 * scans first: most beats are plain prose, and the full patterns are the slow part.
 */
export function surfaceFlaws(trimmed: string): BeatRuleViolation[] {
  const flaws: BeatRuleViolation[] = [];
  if (UNUSUAL.test(trimmed)) {
    if (EMOJI.test(trimmed)) flaws.push('emoji');
    if (CONTROL.test(trimmed)) flaws.push('control-characters');
  }
  if ((MARKUP_HINT.test(trimmed) || LIST_START.test(trimmed)) && MARKUP.test(trimmed)) {
    flaws.push('markup');
  }
  return flaws;
}

function checkBeat(text: string, kind: BeatKind, told: ReadonlySet<string> | undefined): BeatCheck {
  const reasons: BeatRuleViolation[] = [];
  const trimmed = text.trim();
  const sentences = splitSentences(trimmed);
  const words = countWords(trimmed);
  if (trimmed.length === 0 || words === 0) {
    return { ok: false, reasons: ['empty'], sentences, words };
  }
  reasons.push(...surfaceFlaws(trimmed));
  if (sentences.length > MAX_BEAT_SENTENCES) reasons.push('too-many-sentences');
  if (words > MAX_BEAT_WORDS) reasons.push('too-many-words');
  if (!SECOND_PERSON.test(trimmed)) reasons.push('not-second-person');

  const last = sentences[sentences.length - 1] ?? '';
  const stop = finalStop(last);
  if (stop === -1) reasons.push('unfinished-sentence');
  const endsWithQuestion = stop === QUESTION_MARK;
  let earlierQuestion = false;
  for (let index = 0; index < sentences.length - 1 && !earlierQuestion; index++) {
    earlierQuestion = (sentences[index] as string).includes('?');
  }

  if (kind === 'ending') {
    if (endsWithQuestion || earlierQuestion) reasons.push('question-in-ending');
  } else if (endsWithQuestion) {
    if (earlierQuestion) reasons.push('question-before-end');
    if (!isYesNoQuestion(last)) reasons.push('not-yes-no-question');
    else if (EITHER_OR.test(last)) reasons.push('either-or-question');
  } else if (kind === 'question') {
    reasons.push('no-question');
  } else if (earlierQuestion) {
    reasons.push('question-before-end');
  }
  if (told !== undefined && told.size > 0 && sentenceKeys(sentences).some((key) => told.has(key))) {
    reasons.push('repeated-sentence');
  }
  return { ok: reasons.length === 0, reasons, sentences, words };
}

const QUESTION_MARK = 0x3f;

/**
 * The mark that ends a sentence (. ! ? or an ellipsis), read back past closing quotes and
 * brackets; -1 when it does not end with one. A backward scan: an end-anchored pattern is tried
 * at every position of the sentence.
 */
function finalStop(sentence: string): number {
  let index = sentence.length - 1;
  while (index >= 0 && isCloser(codeAt(sentence, index))) index--;
  const code = index >= 0 ? codeAt(sentence, index) : -1;
  return code === 0x2e || code === 0x21 || code === QUESTION_MARK || code === 0x2026 ? code : -1;
}

/** " ' and their curly closing forms, ) and ]. */
function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0x29 ||
    code === 0x5d
  );
}

/**
 * The keys of a check's sentences, made once: the check compares them with the told set, and
 * appending the beat then adds the same keys (strings already hashed) to it.
 */
function sentenceKeys(sentences: readonly string[]): readonly string[] {
  if (lastKeys?.sentences !== sentences) {
    lastKeys = { sentences, keys: sentences.map((sentence) => sentenceKey(sentence)) };
  }
  return lastKeys.keys;
}

let lastKeys: { sentences: readonly string[]; keys: readonly string[] } | undefined;

/** The design brief's `validateResponse`: true when the text is a valid beat of either kind. */
export function isValidBeat(text: string, kind: BeatKind = 'any'): boolean {
  return validateBeat(text, kind).ok;
}
