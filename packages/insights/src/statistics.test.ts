/**
 * The statistics against published reference values; each test names its source.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  compareRates,
  normalCdf,
  sampleRatioCheck,
  wilsonInterval,
} from './statistics';

describe('the insights statistics', () => {
  it('gives the standard normal distribution of the printed tables', () => {
    // NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.1, cumulative normal table.
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 5);
    expect(normalCdf(1)).toBeCloseTo(0.84134, 5);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 5);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });

  it('gives the Wilson score intervals of Newcombe (1998)', () => {
    // R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison of
    // seven methods", Statistics in Medicine 17 (1998), table II: 81/263 gives 0.2553-0.3662,
    // and 0/10 gives 0-0.2775.
    const [low, high] = wilsonInterval({ successes: 81, trials: 263 });
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
    const [zeroLow, zeroHigh] = wilsonInterval({ successes: 0, trials: 10 });
    expect(zeroLow).toBe(0);
    expect(zeroHigh).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval({ successes: 0, trials: 0 })).toEqual([0, 1]);
  });

  it('gives the pooled two-proportion z of a worked example', () => {
    // https://homeworksource.com/p/1008622: 140 of 200 against 255 of 340, pooled proportion
    // 0.7314815, standard error 0.03949401, z = -1.266015 (the first rate minus the second).
    const comparison = compareRates(
      { successes: 140, trials: 200 },
      { successes: 255, trials: 340 },
    );
    expect(comparison.difference).toBeCloseTo(0.05, 10);
    expect(comparison.z).toBeCloseTo(1.266015, 6);
    // Two-sided, from the normal table (NIST, as above): between 2(1 - 0.89796) at z = 1.27
    // and 2(1 - 0.89617) at z = 1.26.
    expect(comparison.pValue).toBeGreaterThan(0.204);
    expect(comparison.pValue).toBeLessThan(0.2077);
    // The interval of the difference holds the difference and, here, no difference too.
    expect(comparison.interval[0]).toBeLessThan(0);
    expect(comparison.interval[1]).toBeGreaterThan(0.05);
  });

  it('gives the chi-square upper tails of the printed critical values', () => {
    // NIST/SEMATECH e-Handbook, 1.3.6.7.4, critical values of the chi-square distribution.
    expect(chiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(5.991, 2)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(9.488, 4)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(10.828, 1)).toBeCloseTo(0.001, 5);
    expect(chiSquareSurvival(13.277, 4)).toBeCloseTo(0.01, 4);
  });

  it('checks a sample ratio as R does a goodness of fit', () => {
    // R documentation, chisq.test, examples: x <- c(89, 37, 30, 28, 2) against
    // p <- c(40, 20, 20, 15, 5) rescaled: X-squared = 9.9901, df = 4, p-value = 0.04059.
    const check = sampleRatioCheck([89, 37, 30, 28, 2], [40, 20, 20, 15, 5]);
    expect(check.chiSquare).toBeCloseTo(9.9901, 4);
    expect(check.pValue).toBeCloseTo(0.04059, 5);
    expect(check.mismatch).toBe(false);
  });

  it('warns of a mismatch when a 50/50 split comes out 5,400 to 4,600, and not at 5,050', () => {
    expect(sampleRatioCheck([5400, 4600], [1, 1]).mismatch).toBe(true);
    expect(sampleRatioCheck([5050, 4950], [1, 1]).mismatch).toBe(false);
    expect(sampleRatioCheck([0, 0], [1, 1])).toEqual({ chiSquare: 0, pValue: 1, mismatch: false });
    // A switched-off arm (weight 0) that still gets visitors is broken assignment.
    expect(sampleRatioCheck([500, 480, 3], [1, 1, 0]).mismatch).toBe(true);
    expect(sampleRatioCheck([500, 480, 0], [1, 1, 0]).mismatch).toBe(false);
  });

  it('keeps small tails and empty arms honest', () => {
    // Far out, the tail is computed directly: 1 - CDF would round to 0.
    expect(
      compareRates({ successes: 100, trials: 1000 }, { successes: 300, trials: 1000 }).pValue,
    ).toBeGreaterThan(0);
    expect(compareRates({ successes: 0, trials: 0 }, { successes: 5, trials: 10 })).toEqual({
      difference: 0,
      interval: [-1, 1],
      z: 0,
      pValue: 1,
    });
  });
});
