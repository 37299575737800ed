/** Words the screen shows for the engine's identifiers. */
export const ENDING_LABELS: Record<string, string> = {
  arrival: 'Arrival',
  'missed-stop': 'A missed stop',
  loop: 'The loop',
  door: 'The door',
};

export function narratorLabel(narrator: string | undefined): string {
  if (narrator === undefined || narrator === 'storyteller') return 'the built-in storyteller';
  return narrator;
}

/**
 * A share link: the app's address with the replay token and, for a stored journey, its id, so
 * the link shows the words as they were told (the token alone is retold by the storyteller).
 */
export function shareLink(token: string, journeyId?: string): string {
  const id = journeyId === undefined ? '' : `&j=${encodeURIComponent(journeyId)}`;
  return `${location.origin}/?r=${encodeURIComponent(token)}${id}`;
}

/** True when a narrator other than the built-in storyteller told any of the story. */
export function toldByAi(beats: readonly { narrator: string }[]): boolean {
  return beats.some((beat) => beat.narrator !== 'storyteller');
}
