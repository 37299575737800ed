/**
 * The story's fixed vocabulary: answers, arc positions, endings and threads. Kept apart from the
 * state so that the ledger and its checks can use it without importing the state module.
 */

export type Answer = 'yes' | 'no';
export const ANSWERS: readonly Answer[] = ['yes', 'no'];

export type ArcPosition = 'opening' | 'rising' | 'turn' | 'resolution';
export const ARC_POSITIONS: readonly ArcPosition[] = ['opening', 'rising', 'turn', 'resolution'];

/** How a journey resolves. */
export const ENDING_KINDS = ['arrival', 'missed-stop', 'loop', 'door'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

/** Foreshadowing threads: planted in the rising action, paid off at the turn or after. */
export const THREAD_KINDS = ['motif', 'companion', 'door'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

export const MIN_CONTINUITY = 0;
export const MAX_CONTINUITY = 6;
export const START_CONTINUITY = 3;

export const isAnswer = (value: unknown): value is Answer => value === 'yes' || value === 'no';
export const isThreadKind = (value: unknown): value is ThreadKind =>
  (THREAD_KINDS as readonly unknown[]).includes(value);
export const isEndingKind = (value: unknown): value is EndingKind =>
  (ENDING_KINDS as readonly unknown[]).includes(value);
