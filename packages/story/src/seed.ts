/**
 * Seeds: any short printable text, or one generated from a random source the caller supplies.
 */
import { InvalidSeedError } from './errors';
import type { Random } from './random';
import { pickIndex, pickOne } from './random';

export const MAX_SEED_LENGTH = 100;

// Control, format, surrogate, private-use and unassigned code points are not printable.
const NOT_PRINTABLE = /\p{C}/u;

/**
 * Returns the canonical form of a seed (NFC, trimmed, inner whitespace collapsed to one space)
 * or throws {@link InvalidSeedError} saying what is wrong with it.
 */
export function normaliseSeed(input: unknown): string {
  if (typeof input !== 'string') throw new InvalidSeedError('The seed must be a string.');
  const seed = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (seed.length === 0)
    throw new InvalidSeedError('The seed is empty; leave it out to get a random one.');
  // Count code points, not UTF-16 units, so a seed in any script gets the same allowance.
  const length = seed.match(/./gsu)?.length ?? 0;
  if (length > MAX_SEED_LENGTH) {
    throw new InvalidSeedError(
      `The seed is ${length} characters long; at most ${MAX_SEED_LENGTH} are allowed.`,
    );
  }
  if (NOT_PRINTABLE.test(seed)) {
    throw new InvalidSeedError('The seed contains a character that cannot be printed.');
  }
  return seed;
}

const SEED_ADJECTIVES = [
  'amber',
  'ashen',
  'blue',
  'brass',
  'cold',
  'dim',
  'distant',
  'drowsy',
  'empty',
  'faded',
  'foggy',
  'gilded',
  'glass',
  'grey',
  'hollow',
  'hushed',
  'iron',
  'late',
  'lunar',
  'misty',
  'neon',
  'pale',
  'quiet',
  'rainy',
  'rusted',
  'salt',
  'silver',
  'slow',
  'still',
  'velvet',
  'violet',
  'wandering',
];
const SEED_NOUNS = [
  'anchor',
  'arrival',
  'beacon',
  'bell',
  'bridge',
  'carriage',
  'compass',
  'crossing',
  'depot',
  'ferry',
  'gate',
  'harbour',
  'junction',
  'lantern',
  'ledger',
  'lighthouse',
  'meridian',
  'moth',
  'orchard',
  'passage',
  'platform',
  'quay',
  'signal',
  'station',
  'terminal',
  'threshold',
  'ticket',
  'timetable',
  'tunnel',
  'viaduct',
  'waypoint',
  'window',
];

/** A fresh readable seed such as `misty-junction-4821`, drawn from the given random source. */
export function generateSeed(random: Random): string {
  const number = 1000 + pickIndex(random, 9000);
  return `${pickOne(random, SEED_ADJECTIVES)}-${pickOne(random, SEED_NOUNS)}-${number}`;
}
