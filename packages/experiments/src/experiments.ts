/**
 * The experiments, in one place. Compiled into the edge function at build time (Lambda@Edge has
 * no environment variables) and read by the local server, so both assign alike.
 *
 * To add one: append an entry with a new key. Each experiment hashes its own key with the
 * visitor id, so adding or removing one never reshuffles the others.
 */
export interface Variant {
  key: string;
  /** Relative share of visitors; the weights of an experiment need not add up to 1. */
  weight: number;
}

export interface Experiment {
  key: string;
  description: string;
  variants: readonly Variant[];
}

export const EXPERIMENTS: readonly Experiment[] = [
  {
    key: 'beat-reveal',
    description:
      'How a new beat appears: typed in word by word as it streams, or shown whole once it is complete. Measures completion rate and where readers stop.',
    variants: [
      { key: 'typewriter', weight: 0.5 },
      { key: 'whole', weight: 0.5 },
    ],
  },
];
