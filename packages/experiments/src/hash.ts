/**
 * The bucketing hash: GrowthBook's "hash version 2", a double 32-bit FNV-1a, documented at
 * docs.growthbook.io (SDK hashing). Version 2 fixes version 1's bias for sequential ids.
 */

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A number in [0, 1) for a (seed, value) pair: `fnv(fnv(seed + value) + "") % 10000 / 10000`. */
export function bucket(seed: string, value: string): number {
  return (fnv1a32(String(fnv1a32(seed + value))) % 10_000) / 10_000;
}
