/**
 * Request schemas. Objects are strict: an unknown field is an error, not silently ignored.
 */
import { MAX_SEED_LENGTH } from '@liminal/story';
import * as z from 'zod';

/** Journey ids are server-made UUIDs; anything else cannot name a journey. */
export const JOURNEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

const seed = z
  .string()
  .min(1)
  // Code points, with room for the whitespace normaliseSeed will trim.
  .max(MAX_SEED_LENGTH * 2)
  .describe('any printable text, up to 64 characters');

export const StartJourneyBody = z.strictObject({
  seed: seed.optional(),
  replay: z.string().min(1).max(200).optional(),
});
export type StartJourneyBody = z.infer<typeof StartJourneyBody>;

export const AnswerTurnBody = z.strictObject({
  turn: z.number().int().min(1).max(1000),
  answer: z.enum(['yes', 'no']),
});
export type AnswerTurnBody = z.infer<typeof AnswerTurnBody>;

export const OpeningQuery = z.strictObject({ seed });
