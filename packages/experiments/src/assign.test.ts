/**
 * Seeded randomised tests of assignment: shares match weights within 1 percentage point over
 * 100,000 synthetic visitors, an id always gets the same variant, and adding an experiment does
 * not reshuffle the others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignAll, assignVariant, formatAssignments, parseAssignments } from './assign';
import type { Experiment } from './experiments';
import { EXPERIMENTS } from './experiments';
import { bucket, fnv1a32 } from './hash';

const VISITORS = Array.from(
  { length: 100_000 },
  (_, index) => `visitor-${index.toString(36)}-${(index * 2654435761) % 1_000_003}`,
);

function shares(experiment: Experiment): Map<string, number> {
  const counts = new Map<string, number>();
  for (const visitor of VISITORS) {
    const variant = assignVariant(experiment, visitor);
    counts.set(variant, (counts.get(variant) ?? 0) + 1);
  }
  return new Map([...counts].map(([variant, count]) => [variant, count / VISITORS.length]));
}

describe('the hash', () => {
  it('is FNV-1a 32 (published test values)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('spreads buckets evenly over [0, 1)', () => {
    const tenths = new Array<number>(10).fill(0);
    for (let index = 0; index < 100_000; index++) {
      const value = bucket('spread', `id-${index}`);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const index10 = Math.floor(value * 10);
      tenths[index10] = (tenths[index10] ?? 0) + 1;
    }
    for (const count of tenths) expect(Math.abs(count / 100_000 - 0.1)).toBeLessThan(0.005);
  });
});

describe('assignment', () => {
  it.each([
    ['an even split', [0.5, 0.5]],
    ['an uneven split', [0.1, 0.3, 0.6]],
    ['weights that do not add up to 1', [1, 3]],
  ])('gives each variant its weight within 1 point over 100,000 visitors: %s', (_name, weights) => {
    const experiment: Experiment = {
      key: `test-${weights.join('-')}`,
      description: 'test',
      variants: weights.map((weight, index) => ({ key: `v${index}`, weight })),
    };
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const observed = shares(experiment);
    weights.forEach((weight, index) => {
      expect(Math.abs((observed.get(`v${index}`) ?? 0) - weight / total)).toBeLessThan(0.01);
    });
  });

  it('always gives an id the same variant', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64 }), (visitor) => {
        expect(assignAll(visitor)).toEqual(assignAll(visitor));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('does not reshuffle existing experiments when one is added', () => {
    const added: Experiment = {
      key: 'prompt-style',
      description: 'test',
      variants: [
        { key: 'spare', weight: 1 },
        { key: 'lush', weight: 1 },
      ],
    };
    for (const visitor of VISITORS.slice(0, 20_000)) {
      const before = assignAll(visitor, EXPERIMENTS);
      const after = assignAll(visitor, [...EXPERIMENTS, added]);
      for (const experiment of EXPERIMENTS)
        expect(after[experiment.key]).toBe(before[experiment.key]);
    }
  });

  it('assigns experiments independently of each other', () => {
    const a: Experiment = {
      key: 'exp-a',
      description: 'a',
      variants: [
        { key: 'x', weight: 1 },
        { key: 'y', weight: 1 },
      ],
    };
    const b: Experiment = {
      key: 'exp-b',
      description: 'b',
      variants: [
        { key: 'x', weight: 1 },
        { key: 'y', weight: 1 },
      ],
    };
    const same = VISITORS.filter(
      (visitor) => assignVariant(a, visitor) === assignVariant(b, visitor),
    ).length;
    expect(Math.abs(same / VISITORS.length - 0.5)).toBeLessThan(0.01);
  });

  it('round-trips assignments through a header value and ignores junk', () => {
    const assignments = assignAll('someone');
    expect(parseAssignments(formatAssignments(assignments))).toEqual(assignments);
    expect(parseAssignments('beat-reveal=nonsense;evil=<script>;beat-reveal')).toEqual({});
  });
});
