/**
 * Whether a provider's text can be the beat: as it is, or trimmed of common model habits (see
 * `trimToBeat`). Pure, so each rule of acceptance is tested on its own.
 */
import type { BeatPlan, BeatRuleViolation, Language } from '@liminal/story';
import { validateBeat, validateBeatIn } from '@liminal/story';
import { trimToBeat } from './repair';

export type Acceptance =
  | { accepted: true; text: string; trimmed: false }
  | { accepted: true; text: string; trimmed: true; reasons: readonly BeatRuleViolation[] }
  | { accepted: false; reasons: readonly BeatRuleViolation[] };

/**
 * Accepts `raw` as the beat `plan` asks for, trimming it if `trim` allows; `told` holds the
 * sentences the story has told, which the beat may not repeat. With `opening` (a first sentence
 * the reader has already read), the beat must begin with it: `raw` is taken as what follows it,
 * whether or not the model wrote the opening again. In a `language` other than English, the beat
 * is checked by that language's rules.
 */
export function acceptBeat(
  raw: string,
  plan: BeatPlan,
  told: ReadonlySet<string>,
  trim: boolean,
  opening?: string,
  language: Language = 'en',
): Acceptance {
  let text = raw.trim();
  let rest = text;
  if (opening !== undefined) {
    rest = text.startsWith(opening) ? text.slice(opening.length).trim() : text;
    // The opening alone is not a beat: the reader has it already, and something must follow.
    if (rest === '') return { accepted: false, reasons: ['empty'] };
    text = `${opening} ${rest}`;
  }
  const check =
    language === 'en'
      ? validateBeat(text, plan.kind, told)
      : validateBeatIn(language, text, plan.kind, told);
  if (check.ok) return { accepted: true, text, trimmed: false };
  // Trimming knows English models' habits only; a beat in another language passes as written.
  const trimmed = trim && language === 'en' ? trimToBeat(rest, plan.kind, told, opening) : null;
  if (trimmed !== null)
    return { accepted: true, text: trimmed, trimmed: true, reasons: check.reasons };
  return { accepted: false, reasons: check.reasons };
}
