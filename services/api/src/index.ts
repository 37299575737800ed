/**
 * @liminal/api: the HTTP app and its storage adapters.
 */
export type { AppOptions } from './app';
export { MAX_BODY_BYTES, createApp } from './app';
export { HttpError } from './http/http-error';
export type { BeatNarrator, NarratedBeat, NarrateOptions } from './journeys/beat-narrator';
export type { JourneyService } from './journeys/journey-service';
export { createJourneyService } from './journeys/journey-service';
export * from './store/journey-store';
export { createMemoryStore } from './store/memory-store';
export { createSqliteStore } from './store/sqlite-store';
