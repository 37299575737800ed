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
      'How a new beat appears: streamed as the narrator writes it (its first sentence as soon as that stands on its own, the rest once the beat is accepted), or shown whole once it is accepted. Measures completion rate and where readers stop.',
    variants: [
      { key: 'streamed', weight: 0.5 },
      { key: 'whole', weight: 0.5 },
    ],
  },
];
