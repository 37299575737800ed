import { describe, expect, it } from 'vitest';
import { recentCache } from './recent';

describe('recentCache', () => {
  it('makes a value once per key while the key is among the newest', () => {
    const cache = recentCache<object, number>(2);
    const [a, b] = [{}, {}];
    let made = 0;
    const make = (): number => ++made;
    expect(cache.get(a, make)).toBe(1);
    expect(cache.get(b, make)).toBe(2);
    expect(cache.get(a, make)).toBe(1);
    expect(made).toBe(2);
  });

  it('forgets the oldest key first, and makes its value again when asked', () => {
    const cache = recentCache<object, string>(2);
    const [a, b, c] = [{}, {}, {}];
    cache.get(a, () => 'a');
    cache.get(b, () => 'b');
    cache.get(c, () => 'c');
    expect(cache.get(b, () => 'b again')).toBe('b');
    expect(cache.get(c, () => 'c again')).toBe('c');
    expect(cache.get(a, () => 'a again')).toBe('a again');
  });

  it('tells equal objects apart: keys are compared by identity', () => {
    const cache = recentCache<{ id: number }, string>(4);
    cache.get({ id: 1 }, () => 'first');
    expect(cache.get({ id: 1 }, () => 'second')).toBe('second');
  });
});
