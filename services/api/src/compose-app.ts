/**
 * What the local server and the Lambda share in wiring the app: the journey service over a
 * store and a narrator, with the real clock, UUIDs and random seeds, and the HTTP app around it.
 * Each runtime's composition root (`node/create-node-app.ts`, `lambda/create-lambda-app.ts`)
 * passes only what differs between them.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { generateSeed } from '@liminal/story';
import type { AppOptions } from './app';
import { createApp } from './app';
import type { BeatNarrator } from './journeys/beat-narrator';
import type { BeatTranslator } from './journeys/beat-translation';
import type { JourneyServiceOptions } from './journeys/journey-service';
import { createJourneyService } from './journeys/journey-service';
import type { JourneyStore } from './store/journey-store';

export interface Runtime extends Omit<AppOptions, 'service' | 'newId'> {
  store: JourneyStore;
  narrator: BeatNarrator;
  onEvents?: JourneyServiceOptions['onEvents'];
  seeds?: JourneyServiceOptions['seeds'];
  onSeedVerdict?: JourneyServiceOptions['onSeedVerdict'];
  /** Carries the storyteller's beats into other languages; checked by `seeds`' moderation too. */
  translator?: BeatTranslator;
}

export function composeApp(runtime: Runtime) {
  const { store, narrator, onEvents, seeds, onSeedVerdict, translator, ...app } = runtime;
  const service = createJourneyService({
    store,
    narrator,
    now: () => new Date(),
    newId: randomUUID,
    newSeed: () => generateSeed(() => randomInt(0, 2 ** 32) / 2 ** 32),
    ...(onEvents === undefined ? {} : { onEvents }),
    ...(seeds === undefined ? {} : { seeds }),
    ...(onSeedVerdict === undefined ? {} : { onSeedVerdict }),
    ...(translator === undefined
      ? {}
      : { translation: { translator, ...(seeds === undefined ? {} : { moderation: seeds }) } }),
  });
  return createApp({ ...app, service, newId: randomUUID });
}
