/**
 * A few values derived from recently seen objects (a story's world, a ledger, a list of
 * answers), looked up by identity and forgotten first-in first-out.
 *
 * Why not a WeakMap: the objects these are keyed by live for one turn or one story, and V8 keeps
 * every young WeakMap key alive through minor collections, so each one was promoted to the old
 * generation and only freed by a full collection (60% of what survived a minor collection, and
 * the heap swinging between 11 and 45 MB, against 2% and a flat heap without). A turn asks about
 * the object it has just made, so a handful of entries is enough; a miss only costs making the
 * value again.
 */
export interface RecentCache<K extends object, V> {
  /** The value kept for `key`, or `make(key)`, kept in place of the oldest entry. */
  get(key: K, make: (key: K) => V): V;
}

export function recentCache<K extends object, V>(size: number): RecentCache<K, V> {
  const keys: (K | undefined)[] = new Array<K | undefined>(size).fill(undefined);
  const values: (V | undefined)[] = new Array<V | undefined>(size).fill(undefined);
  let newest = 0;
  return {
    get(key, make) {
      // Newest first: the key asked for is nearly always the one kept last.
      for (let step = 0; step < size; step++) {
        const at = (newest - step + size) % size;
        if (keys[at] === key) return values[at] as V;
      }
      const value = make(key);
      newest = (newest + 1) % size;
      keys[newest] = key;
      values[newest] = value;
      return value;
    },
  };
}
