/**
 * Deterministic assignment: the same visitor always gets the same variant of an experiment,
 * with each variant's share matching its weight.
 */
import type { Experiment } from './experiments';
import { EXPERIMENTS } from './experiments';
import { bucket } from './hash';

/** Assignments: experiment key to variant key. */
export type Assignments = Readonly<Record<string, string>>;

/** The variant of one experiment for a visitor. */
export function assignVariant(experiment: Experiment, visitorId: string): string {
  const total = experiment.variants.reduce((sum, variant) => sum + Math.max(0, variant.weight), 0);
  const point = bucket(experiment.key, visitorId) * total;
  let upTo = 0;
  for (const variant of experiment.variants) {
    upTo += Math.max(0, variant.weight);
    if (point < upTo) return variant.key;
  }
  return experiment.variants[experiment.variants.length - 1]?.key ?? 'control';
}

/** Every experiment's variant for a visitor. */
export function assignAll(
  visitorId: string,
  experiments: readonly Experiment[] = EXPERIMENTS,
): Assignments {
  return Object.fromEntries(
    experiments.map((experiment) => [experiment.key, assignVariant(experiment, visitorId)]),
  );
}

const PAIR = /^([a-z0-9-]{1,40})=([a-z0-9-]{1,40})$/u;

/** Assignments as a header or cookie value: `beat-reveal=whole;other=b`. */
export function formatAssignments(assignments: Assignments): string {
  return Object.entries(assignments)
    .map(([experiment, variant]) => `${experiment}=${variant}`)
    .join(';');
}

/** Parses `formatAssignments` output, ignoring anything malformed or unknown. */
export function parseAssignments(
  value: string | null | undefined,
  experiments: readonly Experiment[] = EXPERIMENTS,
): Assignments {
  const known = new Map(
    experiments.map((experiment) => [
      experiment.key,
      new Set(experiment.variants.map((variant) => variant.key)),
    ]),
  );
  const result: Record<string, string> = {};
  for (const part of (value ?? '').split(';')) {
    const match = PAIR.exec(part.trim());
    if (
      match?.[1] !== undefined &&
      match[2] !== undefined &&
      known.get(match[1])?.has(match[2]) === true
    ) {
      result[match[1]] = match[2];
    }
  }
  return result;
}
