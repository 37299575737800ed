/**
 * Request schemas. Objects are strict: an unknown field is an error, not silently ignored.
 */
import { LANGUAGES, MAX_SEED_LENGTH } from '@liminal/story';
import * as z from 'zod';

/** Journey ids are server-made UUIDs; anything else cannot name a journey. */
export const JOURNEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

const seed = z
  .string()
  .min(1)
  // Code points, with room for the whitespace normaliseSeed will trim.
  .max(MAX_SEED_LENGTH * 2)
  .describe(`any printable text, up to ${MAX_SEED_LENGTH} characters`);

/** A language a story can be read in (ISO 639-1, as a document's lang attribute names it). */
export const LanguageCode = z.enum(LANGUAGES);

export const StartJourneyBody = z.strictObject({
  seed: seed.optional(),
  replay: z.string().min(1).max(200).optional(),
  /** The language to read the story in; English when absent. */
  language: LanguageCode.optional(),
});
export type StartJourneyBody = z.infer<typeof StartJourneyBody>;

export const AnswerTurnBody = z.strictObject({
  turn: z.number().int().min(1).max(1000),
  answer: z.enum(['yes', 'no']),
});
export type AnswerTurnBody = z.infer<typeof AnswerTurnBody>;

export const OpeningQuery = z.strictObject({ seed });

/** GET /api/replays/:token?lang= : the language to read a replayed story in. */
export const ReplayQuery = z.strictObject({ lang: LanguageCode.optional() });
