/**
 * Whether a provider's text can be the beat: as it is, or trimmed of common model habits (see
 * `trimToBeat`). Pure, so each rule of acceptance is tested on its own.
 */
import type { BeatPlan, BeatRuleViolation } from '@liminal/story';
import { validateBeat } from '@liminal/story';
import { trimToBeat } from './repair';

export type Acceptance =
  | { accepted: true; text: string; trimmed: false }
  | { accepted: true; text: string; trimmed: true; reasons: readonly BeatRuleViolation[] }
  | { accepted: false; reasons: readonly BeatRuleViolation[] };

/**
 * Accepts `raw` as the beat `plan` asks for, trimming it if `trim` allows; `told` holds the
 * sentences the story has told, which the beat may not repeat.
 */
export function acceptBeat(
  raw: string,
  plan: BeatPlan,
  told: ReadonlySet<string>,
  trim: boolean,
): Acceptance {
  const text = raw.trim();
  const check = validateBeat(text, plan.kind, told);
  if (check.ok) return { accepted: true, text, trimmed: false };
  const trimmed = trim ? trimToBeat(text, plan.kind, told) : null;
  if (trimmed !== null)
    return { accepted: true, text: trimmed, trimmed: true, reasons: check.reasons };
  return { accepted: false, reasons: check.reasons };
}
