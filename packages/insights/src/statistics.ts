/**
 * The statistics the insights page states: a confidence interval for a rate, the difference
 * between a variant's rate and control's with a two-proportion z-test, and a sample-ratio-mismatch
 * check (Pearson's chi-square goodness of fit of assignment counts against the weights).
 * Normal approximations throughout, which the page says; they hold once each arm has a few dozen
 * successes and failures, and the verdict waits for that.
 */

/**
 * The standard normal distribution function, from the complementary error function by the
 * rational approximation of Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7).
 */
export function normalCdf(z: number): number {
  const tail = upperNormalTail(Math.abs(z));
  return z >= 0 ? 1 - tail : tail;
}

/** P(Z > z) for z >= 0, computed directly (not as 1 - CDF, which loses small tails). */
function upperNormalTail(z: number): number {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return (poly * Math.exp(-x * x)) / 2;
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface Rate {
  successes: number;
  trials: number;
}

/** The Wilson score interval of a rate: sound near 0 and 1 and for small samples. */
export function wilsonInterval(rate: Rate, z = Z95): [number, number] {
  const { successes, trials } = rate;
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half =
    (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface Comparison {
  /** The variant's rate minus control's. */
  difference: number;
  /** 95% interval of the difference (unpooled standard error). */
  interval: [number, number];
  /** The pooled two-proportion z statistic. */
  z: number;
  /** Two-sided p-value of no difference. */
  pValue: number;
}

/** The variant's rate against control's: the two-proportion z-test with a pooled standard error. */
export function compareRates(control: Rate, variant: Rate): Comparison {
  // An arm with no trials says nothing: no difference, and no evidence of one.
  if (control.trials === 0 || variant.trials === 0)
    return { difference: 0, interval: [-1, 1], z: 0, pValue: 1 };
  const p1 = control.successes / control.trials;
  const p2 = variant.successes / variant.trials;
  const difference = p2 - p1;
  const pooled = (control.successes + variant.successes) / (control.trials + variant.trials);
  const pooledError = Math.sqrt(pooled * (1 - pooled) * (1 / control.trials + 1 / variant.trials));
  const z = pooledError === 0 ? 0 : difference / pooledError;
  const error = Math.sqrt((p1 * (1 - p1)) / control.trials + (p2 * (1 - p2)) / variant.trials);
  return {
    difference,
    interval: [difference - Z95 * error, difference + Z95 * error],
    z,
    pValue: Math.min(1, 2 * upperNormalTail(Math.abs(z))),
  };
}

/** ln Γ(x) for x > 0, by Lanczos' approximation (g = 7, nine coefficients). */
function logGamma(x: number): number {
  const c = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
    -176.61503916999186, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = c[0] ?? 0;
  for (let index = 1; index < 9; index++) sum += (c[index] ?? 0) / (y + index);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Q(a, x), the regularised upper incomplete gamma function: a power series below a + 1, a
 * continued fraction (modified Lentz) above, as numerical texts recommend for convergence.
 */
function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500 && Math.abs(term) > Math.abs(sum) * 1e-15; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return 1 - sum * front;
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 500; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return front * h;
}

/** The chance of a chi-square statistic at least `x` with `degrees` degrees of freedom. */
export function chiSquareSurvival(x: number, degrees: number): number {
  return upperGamma(degrees / 2, x / 2);
}

export interface RatioCheck {
  chiSquare: number;
  pValue: number;
  /** True when the counts differ from the weights more than chance allows (p < 0.001). */
  mismatch: boolean;
}

/**
 * Sample ratio mismatch: do the visitors assigned to each variant match the experiment's
 * weights? A p-value under 0.001 (the threshold the A/B testing literature uses for this check)
 * means the assignment or the logging is broken, and no result of the experiment can be trusted.
 */
export function sampleRatioCheck(
  counts: readonly number[],
  weights: readonly number[],
): RatioCheck {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return { chiSquare: 0, pValue: 1, mismatch: false };
  const weightTotal = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  // A visitor in an arm that should get none is a mismatch whatever the numbers.
  if (counts.some((count, index) => count > 0 && !((weights[index] ?? 0) > 0)))
    return { chiSquare: Infinity, pValue: 0, mismatch: true };
  let chiSquare = 0;
  let arms = 0;
  counts.forEach((count, index) => {
    const weight = weights[index] ?? 0;
    if (weight <= 0) return;
    arms++;
    const expected = (total * weight) / weightTotal;
    chiSquare += (count - expected) ** 2 / expected;
  });
  const pValue = arms < 2 ? 1 : chiSquareSurvival(chiSquare, arms - 1);
  return { chiSquare, pValue, mismatch: pValue < 0.001 };
}
