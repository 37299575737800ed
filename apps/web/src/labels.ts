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

/** A share link: the app's address with the replay token. */
export function shareLink(token: string): string {
  return `${location.origin}/?r=${encodeURIComponent(token)}`;
}
