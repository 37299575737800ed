/**
 * The local moderator: in-process, no network, the offline counterpart of Comprehend. Profanity
 * and slurs by `obscenity` (its English dataset, with the transformers that see through
 * look-alike characters, leetspeak and stretched letters, and a whitelist against false hits
 * such as "Scunthorpe"; see `profanity-matcher.ts`), and personal data by `personal-data.ts`.
 */
import type { LocalModerator, ModerationScores } from './contract';
import { LOCAL_MODERATOR_NAME } from './contract';
import { holdsPersonalData } from './personal-data';
import { createProfanityMatcher } from './profanity-matcher';

export function createLocalModerator(): LocalModerator {
  const matcher = createProfanityMatcher();
  const scoresNow = (text: string): ModerationScores => {
    const scores: ModerationScores = {};
    // The dataset does not tell slurs from swearing; both block, so both are "profanity".
    if (matcher.hasMatch(text)) scores.profanity = 1;
    if (holdsPersonalData(text)) scores['personal-data'] = 1;
    return scores;
  };
  return {
    name: LOCAL_MODERATOR_NAME,
    local: true,
    scoresNow,
    moderate: (text) => Promise.resolve(scoresNow(text)),
  };
}
