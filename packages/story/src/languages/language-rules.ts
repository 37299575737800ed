/**
 * The beat rules in each language a story can be read in. English is `beat-rules.ts` itself
 * (tuned for the storyteller's every beat); the others keep the same shape, one or two
 * sentences ending in one yes/no question or none, with what differs written per language:
 * where a sentence ends (Japanese 。？！), how a question is marked (Spanish opens it with ¿),
 * which words make a question open rather than yes/no, or an either-or, how long a beat may be
 * (words, or characters in Japanese), and which words say "you" (Spanish and Japanese leave the
 * person to the verb or to the context, so no word is required there).
 *
 * Every language, English included, refuses a beat written in another: a narrator asked for
 * Spanish that answers in English has not written a usable beat.
 */
import type { BeatCheck, BeatKind, BeatRuleViolation } from '../beat-rules';
import { countWords, sentenceKey, surfaceFlaws, validateBeat } from '../beat-rules';
import type { Language } from './language';
import { BEAT_LENGTH } from './language';

/** Which language `text` is most likely in, or null when nothing in it says. */
export function detectLanguage(text: string): Language | null {
  const kana = text.match(KANA_OR_KANJI)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (kana > 0 && kana >= latin) return 'ja';
  const scores = scoreWords(text);
  let best: Language | null = null;
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    } else if (score === bestScore) best = null;
  }
  return best;
}

/**
 * True when `text` is plainly in another language than `language`: Japanese script where it is
 * not expected (or missing where it is), or a spaced language's common words outnumbering the
 * expected one's by two or more. Names, places and short beats say little, so this errs on the
 * side of letting a beat through.
 */
export function isWrongLanguage(text: string, language: Language): boolean {
  // Counting letters is the slow part (a match per letter): a text with no Japanese script at
  // all, as most beats in the spaced languages are, is settled without.
  const japanese = BEYOND_LATIN.test(text) && HAS_KANA_OR_KANJI.test(text);
  if (language === 'ja' && !japanese) return true;
  if (language === 'ja' || japanese) {
    const kana = text.match(KANA_OR_KANJI)?.length ?? 0;
    const latin = text.match(LATIN_LETTER)?.length ?? 0;
    if (language === 'ja') return latin > kana * 2;
    if (kana > latin) return true;
  }
  const scores = scoreWords(text);
  const own = scores.get(language) ?? 0;
  for (const [other, score] of scores) {
    if (other !== language && score >= 2 && score > own) return true;
  }
  return false;
}

/** Splits text into trimmed sentences, at the stops of every language. */
export function splitSentencesIn(text: string): string[] {
  const found = text.match(ANY_SENTENCE) ?? [];
  return found.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/** A beat's length in its language's unit: words, or characters (not spaces or stops) in Japanese. */
export function beatLength(text: string, language: Language): number {
  return BEAT_LENGTH[language].unit === 'words'
    ? countWords(text)
    : (text.match(COUNTED_CHARACTER)?.length ?? 0);
}

/**
 * Checks a beat written in `language` against the rules, as `validateBeat` does in English, and
 * refuses one written in another language.
 */
export function validateBeatIn(
  language: Language,
  text: string,
  kind: BeatKind = 'any',
  told?: ReadonlySet<string>,
): BeatCheck {
  if (language === 'en') {
    const check = validateBeat(text, kind, told);
    if (!isWrongLanguage(text, 'en')) return check;
    return { ...check, ok: false, reasons: [...check.reasons, 'wrong-language'] };
  }
  const rules = RULES[language];
  const reasons: BeatRuleViolation[] = [];
  const trimmed = text.trim();
  const sentences = splitSentencesIn(trimmed);
  const length = beatLength(trimmed, language);
  if (trimmed.length === 0 || length === 0) {
    return { ok: false, reasons: ['empty'], sentences, words: 0 };
  }
  // The checks that do not depend on the language: emoji, markup, control characters.
  reasons.push(...surfaceFlaws(trimmed));
  if (sentences.length > 2) reasons.push('too-many-sentences');
  if (length > BEAT_LENGTH[language].max) reasons.push('too-many-words');
  if (rules.secondPerson !== null && !rules.secondPerson.test(trimmed)) {
    reasons.push('not-second-person');
  }
  const last = sentences[sentences.length - 1] ?? '';
  const stop = STOP_AT_END.exec(last)?.[1] ?? null;
  if (stop === null) reasons.push('unfinished-sentence');
  const asks = stop === '?' || stop === '？';
  const earlierQuestion = sentences.slice(0, -1).some((sentence) => QUESTION_MARK.test(sentence));
  if (kind === 'ending') {
    if (asks || earlierQuestion) reasons.push('question-in-ending');
  } else if (asks) {
    if (earlierQuestion) reasons.push('question-before-end');
    const question = rules.questionOf(last);
    if (question === null || rules.openQuestion.test(question)) {
      reasons.push('not-yes-no-question');
    } else if (rules.eitherOr.test(question)) reasons.push('either-or-question');
  } else if (kind === 'question') {
    reasons.push('no-question');
  } else if (earlierQuestion) {
    reasons.push('question-before-end');
  }
  if (told !== undefined && told.size > 0 && sentences.some((s) => told.has(sentenceKey(s)))) {
    reasons.push('repeated-sentence');
  }
  if (isWrongLanguage(trimmed, language)) reasons.push('wrong-language');
  return { ok: reasons.length === 0, reasons, sentences, words: length };
}

interface LanguageRules {
  /** A word that says "you"; null where the person is left to the verb or to the context. */
  secondPerson: RegExp | null;
  /** The question itself within its sentence (Spanish: from its ¿), or null when unmarked. */
  questionOf: (sentence: string) => string | null;
  /** A question that opens with one of these cannot be answered yes or no. */
  openQuestion: RegExp;
  /** A question that offers a choice. */
  eitherOr: RegExp;
}

type SpacedOrJapanese = Exclude<Language, 'en'>;

const RULES: Readonly<Record<SpacedOrJapanese, LanguageRules>> = {
  es: {
    secondPerson: null,
    // Spanish marks where a question begins; one without its ¿ is not written as Spanish is.
    questionOf: (sentence) => {
      const opens = sentence.lastIndexOf('¿');
      return opens === -1 ? null : sentence.slice(opens + 1);
    },
    openQuestion:
      /^\s*(?:qué|quién|quiénes|dónde|adónde|cuándo|cómo|por qué|cuál|cuáles|cuánto|cuánta|cuántos|cuántas)(?![\p{L}])/iu,
    // Between spaces: "o" alone is "or" (before an o- word, "u"), never a letter of a word.
    eitherOr: /(?<=\s)[ou](?=\s)/iu,
  },
  fr: {
    // An elided t' ("tu t'assieds") runs into the next word.
    secondPerson: /(?<![\p{L}])(?:(?:tu|te|toi|ton|ta|tes|vous|votre|vos)(?![\p{L}])|t['’])/iu,
    questionOf: (sentence) => sentence,
    openQuestion:
      /^\s*(?:(?:que|quoi|qui|où|quand|comment|pourquoi|quel|quelle|quels|quelles|combien)(?![\p{L}])|qu['’])/iu,
    eitherOr: /(?<=\s)ou(?=\s)/iu,
  },
  de: {
    // du and its forms at any capital; Sie and its forms (you, formally) only capitalised.
    secondPerson:
      /(?<![\p{L}])(?:[Dd](?:u|ich|ir|ein|eine|einen|einem|einer|eines)|Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|[Ee]uch)(?![\p{L}])/u,
    questionOf: (sentence) => sentence,
    openQuestion:
      /^\s*(?:was|wer|wen|wem|wessen|wo|wohin|woher|wann|wie|warum|weshalb|wieso|welche|welcher|welches|welchen|welchem)(?![\p{L}])/iu,
    eitherOr: /(?<=\s)oder(?=[\s,])/iu,
  },
  ja: {
    secondPerson: null,
    questionOf: (sentence) => sentence,
    // Japanese asks an open question with a question word anywhere in it; followed by か or も
    // the same words mean something, someone, always ("何か聞こえますか？" is a yes/no question).
    openQuestion:
      /何(?![かも])|誰(?![かも])|どこ(?![かも])|いつ(?![かも])|どう(?!しても|ぞ|か)|なぜ|どれ(?![かも])|どの|どちら(?![かも])|どんな/u,
    eitherOr: /それとも/u,
  },
};

// A sentence ends at . ! ? … or their full-width forms, with closing quotes or brackets after.
// Closers include German „…“ (U+201C closes), French « … » (a space may come before ») and ‹ … ›.
const ANY_SENTENCE =
  /[^.!?\u2026。！？]+(?:[.!?\u2026。！？]+(?:[\s\u00A0]?["'\u201C\u201D\u2019\u00BB\u203A)\]」』）])*|$)/gu;
const STOP_AT_END =
  /([.!?\u2026。！？])(?:[\s\u00A0]?["'\u201C\u201D\u2019\u00BB\u203A)\]」』）])*$/u;
const QUESTION_MARK = /[?？]/u;
const KANA_OR_KANJI = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu;
const HAS_KANA_OR_KANJI = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** Anything from CJK radicals up: a plain range, far quicker than the script classes above. */
const BEYOND_LATIN = /[\u2E80-\uFFFF]/;
const LATIN_LETTER = /\p{Script=Latin}/gu;
// Everything Japanese counts toward its length but spaces and the marks that end sentences.
const COUNTED_CHARACTER = /[^\s。、！？!?.,「」『』（）()]/gu;

/**
 * The commonest short words of each spaced language, each a word of that language alone (not
 * "du", French and German; "es", Spanish and German; "on", English and French): enough to tell
 * a beat's language from two sentences.
 */
const COMMON_WORDS: Readonly<Record<Exclude<Language, 'ja'>, readonly string[]>> = {
  en: ['the', 'you', 'your', 'and', 'of', 'to', 'is', 'it', 'that', 'with', 'at', 'for'],
  es: ['el', 'los', 'las', 'una', 'del', 'al', 'y', 'por', 'para', 'con', 'pero', 'está'],
  fr: ['le', 'les', 'une', 'des', 'et', 'est', 'pour', 'dans', 'sur', 'avec', 'pas', 'vous'],
  de: ['der', 'das', 'den', 'dem', 'ein', 'eine', 'und', 'ist', 'nicht', 'mit', 'auf', 'dich'],
};
const WORD_LANGUAGE = new Map<string, Language>(
  Object.entries(COMMON_WORDS).flatMap(([language, words]) =>
    words.map((word) => [word, language as Language] as const),
  ),
);
const LONGEST_COMMON_WORD = Math.max(...[...WORD_LANGUAGE.keys()].map((word) => word.length));

/** A letter of a Latin script: ASCII, or Latin-1 and Latin Extended-A and -B (not × or ÷). */
function isLatinLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/**
 * How many of each language's common words `text` holds. A hand scan rather than a match of
 * every word: this runs on every translated beat, and only short words can count.
 */
function scoreWords(text: string): Map<Language, number> {
  const scores = new Map<Language, number>();
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    if (at < text.length && isLatinLetter(text.charCodeAt(at))) {
      if (start === -1) start = at;
      continue;
    }
    if (start !== -1 && at - start <= LONGEST_COMMON_WORD) {
      const language = WORD_LANGUAGE.get(text.slice(start, at).toLowerCase());
      if (language !== undefined) scores.set(language, (scores.get(language) ?? 0) + 1);
    }
    start = -1;
  }
  return scores;
}
