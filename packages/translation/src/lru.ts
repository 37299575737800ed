/**
 * At most `capacity` values by key, the least recently used going first when a new one comes: the
 * memory of sentences in front of the lasting cache, and of whole beats given lately.
 */
export function createLru<V>(capacity: number) {
  const kept = new Map<string, V>();
  return {
    get(key: string): V | undefined {
      const value = kept.get(key);
      if (value !== undefined) {
        // Used again: to the back of the queue.
        kept.delete(key);
        kept.set(key, value);
      }
      return value;
    },
    set(key: string, value: V): void {
      if (capacity <= 0) return;
      kept.delete(key);
      kept.set(key, value);
      if (kept.size > capacity) kept.delete(kept.keys().next().value as string);
    },
  };
}
