/**
 * Deterministic randomness for the story domain. Every draw is derived from a string key
 * (seed, turn, answers so far), so a story never needs to store generator state and replays
 * identically in any process.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, from PractRand),
 * seeded with cyrb128, a 128-bit string hash; both are public-domain, widely used in JavaScript,
 * and small enough that a dependency would cost more than it saves.
 */

import { codeAt } from './chars';

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** 128-bit hash of a string as four 32-bit words (cyrb128). */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = codeAt(text, index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A seeded generator for one key: the same key always yields the same sequence. */
export function createRandom(key: string): Random {
  let [a, b, c, d] = hash128(key);
  const next: Random = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 mixes its state during the first few rounds.
  for (let index = 0; index < 12; index++) next();
  return next;
}

/** A uniform integer in [0, bound). */
export function pickIndex(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}

/** One element of a non-empty list. */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pickOne needs a non-empty list');
  return items[pickIndex(random, items.length)] as T;
}

/** `count` distinct elements, in random order (partial Fisher-Yates). */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = items.slice();
  const chosen: T[] = [];
  for (let index = 0; index < count && pool.length > 0; index++) {
    const at = pickIndex(random, pool.length);
    chosen.push(pool[at] as T);
    pool[at] = pool[pool.length - 1] as T;
    pool.pop();
  }
  return chosen;
}

/** True with the given probability. */
export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}
