/**
 * @liminal/experiments: A/B experiments and their deterministic assignment.
 */
export type { Experiment, Variant } from './experiments';
export { EXPERIMENTS } from './experiments';
export { bucket, fnv1a32 } from './hash';
export type { Assignments } from './assign';
export { assignAll, assignVariant, formatAssignments, parseAssignments } from './assign';
