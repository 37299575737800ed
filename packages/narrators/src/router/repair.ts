/**
 * Repairing a beat that breaks the rules: first by trimming (quotes, labels, markup and emoji
 * removed; only the last two sentences kept), used only if the trimmed text passes; otherwise
 * by one corrective re-ask that names the broken rules.
 */
import type { BeatKind, BeatRuleViolation } from '@liminal/story';
import { splitSentences, validateBeat } from '@liminal/story';

// Pictographs and the joiners and selectors that build emoji sequences, removed one by one.
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** A label a model may put before its beat: "Beat 3:", "Narrator -". */
export const LABEL = /^\s*(?:beat\s*\d+|narrator|story)\s*[:.-]\s*/iu;

/**
 * The text with common model habits stripped, or null if that does not make a valid beat. With
 * `opening` (a first sentence the reader has already read), `text` is what follows it, and the
 * beat is the opening and the text's last sentence.
 */
export function trimToBeat(
  text: string,
  kind: Exclude<BeatKind, 'any'>,
  told?: ReadonlySet<string>,
  opening?: string,
): string | null {
  let cleaned = text
    .replace(EMOJI, '')
    .replace(LABEL, '')
    .replace(/\*\*|__|`|^#+\s*/gmu, '')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([.,!?;:])/gu, '$1')
    .trim();
  const quoted = /^["\u201C](.*)["\u201D]$/u.exec(cleaned);
  if (quoted?.[1] !== undefined) cleaned = quoted[1].trim();
  const sentences = splitSentences(cleaned);
  // The question closes a beat, so keep the end: the last two sentences.
  const last = sentences.at(-1);
  if (opening !== undefined && last === undefined) return null;
  const candidate =
    opening === undefined ? sentences.slice(-2).join(' ') : `${opening} ${last ?? ''}`;
  return validateBeat(candidate, kind, told).ok ? candidate : null;
}

const RULES: Record<BeatRuleViolation, string> = {
  empty: 'it was empty',
  'too-many-sentences': 'it had more than two sentences',
  'too-many-words': 'it had more than 45 words',
  'not-second-person': 'it was not in the second person ("you")',
  emoji: 'it contained emoji',
  markup: 'it contained markup',
  'control-characters': 'it contained control characters',
  'unfinished-sentence': 'it ended mid-sentence',
  'no-question': 'it did not end with a yes/no question',
  'not-yes-no-question': 'its question cannot be answered yes or no',
  'either-or-question': 'its question offered a choice between options',
  'question-before-end': 'it asked more than one question',
  'question-in-ending': 'it asked a question, but this beat is the ending',
  'repeated-sentence': 'it repeated a sentence the story has already told',
  'wrong-language': 'it was written in another language than the one asked for',
};

/**
 * The user prompt with the beat's first sentence, which the reader has already read: the model
 * writes only what follows it.
 */
export function continuationPrompt(prompt: string, opening: string): string {
  return `${prompt}\n\nThe beat has begun, and the reader has already read its first sentence: "${opening}" Write only the one sentence that follows it, so that the two together follow every rule.`;
}

/** The user prompt again, with what was wrong with the last answer. */
export function correctivePrompt(prompt: string, reasons: readonly BeatRuleViolation[]): string {
  const problems = reasons.map((reason) => RULES[reason]).join('; ');
  return `${prompt}\n\nYour previous answer could not be used: ${problems}. Write the beat again, following every rule: one or two sentences, at most 45 words, second person, plain text.`;
}
