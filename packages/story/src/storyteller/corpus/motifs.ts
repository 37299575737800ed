/**
 * A thread written for each motif, keyed by its definite form ("the paper crane"): how this
 * particular small object enters a story, and what it turns out to mean.
 */
import type { ThreadSpec } from './types';

export const MOTIF_CORPUS: Readonly<Record<string, readonly Omit<ThreadSpec, 'kind'>[]>> = {};
