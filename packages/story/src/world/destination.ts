/**
 * A destination named a second time: "the ballroom on the top floor" is "the ballroom" once the
 * reader has heard it whole, "a stop called Lantern Row" is "Lantern Row". Place names are kept,
 * the reader's own places keep their owner ("your sister’s flat"), and "a city that nobody will
 * name" becomes "that city".
 */
import type { SettingId } from './ingredients';
import { SETTINGS } from './ingredients';
const CONNECTIVES =
  /\s(?:on|of|at|across|beyond|before|in|by|with|where|that|the|you|called|out)\s.*$/u;
const PROPER_NAME =
  /\b(?:at|of|called|on|in)\s+((?:the\s+)?[A-Z][\p{L}’'-]*(?:\s+[A-Z][\p{L}’'-]*)*)$/u;

/**
 * True when a destination's short form names it alone, however long ago it was heard: a place
 * name ("Carrow") or the reader's own place ("your mother’s house"), not "that city".
 */
export function namesItself(destination: string): boolean {
  return /^(?:\p{Lu}|your )/u.test(shortDestination(destination));
}

/** True when a destination is a name a reader can say or write ("Carrow", "Reykjavik"). */
export function isPlaceName(destination: string): boolean {
  // Someone's ("Sam’s place", "Jess’s party") is no name to write on a window.
  return /^\p{Lu}/u.test(shortDestination(destination)) && !/’s\b/u.test(destination);
}

/**
 * True when a destination is at the end of its line ("the terminus at Harrow Lane", "the depot"),
 * as every ferry's is: a crossing ends where it lands, and a ferry does not sail on past its island;
 * nor does a lift ride on past its roof or top floor, or, going down, its lobby, car park or
 * basement.
 */
export function isTerminus(destination: string, setting: SettingId): boolean {
  return (
    setting === 'ferry-terminal' ||
    /\b(?:terminus|depot|end of the)\b/u.test(destination) ||
    (setting === 'hotel-lift' &&
      /\b(?:roof|top floor|lobby|car park|basement|ground floor|garage)\b/u.test(destination))
  );
}

export function shortDestination(destination: string): string {
  const named = PROPER_NAME.exec(destination);
  if (named?.[1] !== undefined && !/^your /u.test(destination)) return named[1];
  const head = destination.replace(CONNECTIVES, '');
  // "The end of the Number Nine line", once heard, is the end of the line: seven words left a
  // reader's last line too long to follow an answer.
  if (head === 'the end') return 'the end of the line';
  if (head === destination || head.split(' ').length < 2) return destination;
  return head.replace(/^an? /u, 'that ');
}

/**
 * Names of ours a translator translates, unlike the rest (kept as translators keep British place
 * and street names: "Harrow Lane", "Lantern Row"): an English word that is no name ("a town called
 * Elsewhere" is "un pueblo llamado Otro Lugar"), a number ("the Number Nine line"), a saint (Saint
 * Clement is San Clemente), a port ("Port Amber", Puerto Ámbar), and real places a language names
 * its own way (Reykjavik is Reikiavik in Spanish).
 */
const TRANSLATED_NAMES: ReadonlySet<string> = new Set([
  'Elsewhere',
  'Number Nine',
  'Saint Clement',
  'Port Amber',
  'Reykjavik',
]);

/**
 * The name of our own place in the destination ("Skerra" in "the island of Skerra", "Marlow
 * Cross"), which every translator keeps as it is, so a translation may stand in for it; null for
 * a seed's own city (Lisbon is Lisboa in Spanish), for names in TRANSLATED_NAMES, and for a
 * destination without one.
 */
export function keptPlaceName(destination: string, setting: SettingId): string | null {
  if (!SETTINGS[setting].destinations.includes(destination)) return null;
  const name = /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/u.exec(destination)?.[0];
  return name === undefined || TRANSLATED_NAMES.has(name) ? null : name;
}
