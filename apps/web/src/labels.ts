/** Words the screen shows for the engine's identifiers. */
import type { Messages } from './i18n/i18n';

export function narratorLabel(narrator: string | undefined, messages: Messages): string {
  if (narrator === undefined || narrator === 'storyteller') return messages.builtInStoryteller;
  return narrator;
}

export function endingLabel(ending: string, messages: Messages): string {
  return ending in messages.endings
    ? messages.endings[ending as keyof Messages['endings']]
    : ending;
}

/**
 * A share link: the app's address with the replay token, the language it was read in and, for a
 * stored journey, its id, so the link shows the words as they were told (the token alone is
 * retold by the storyteller).
 */
export function shareLink(token: string, journeyId?: string, language = 'en'): string {
  const id = journeyId === undefined ? '' : `&j=${encodeURIComponent(journeyId)}`;
  // The language travels with the link: the friend reads the story as it was read.
  const lang = language === 'en' ? '' : `&l=${encodeURIComponent(language)}`;
  return `${location.origin}/?r=${encodeURIComponent(token)}${id}${lang}`;
}

/** True when a narrator other than the built-in storyteller told any of the story. */
export function toldByAi(beats: readonly { narrator: string }[]): boolean {
  return beats.some((beat) => beat.narrator !== 'storyteller');
}
