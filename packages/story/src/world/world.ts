/**
 * Seed to world. The same seed always gives the same world, in any process.
 */
import { normaliseSeed } from '../seed';
import { createRandom, pickDistinct, pickIndex, pickOne } from '../random';
import type { Genre, Motif, Pronoun, SettingId } from './ingredients';
import {
  COMPANION_MOODS,
  COMPANION_NAMES,
  COMPANION_ROLES,
  GENRES,
  MOTIFS,
  SETTING_IDS,
  SETTINGS,
} from './ingredients';

export interface Companion {
  name: string;
  pronoun: Pronoun;
  role: string;
  mood: string;
}

export interface World {
  seed: string;
  setting: SettingId;
  genre: Genre;
  role: string;
  destination: string;
  companions: Companion[];
  motif: Motif;
  /** How many beats the arc aims for before its ending (the story may run a little longer). */
  length: number;
}

export const MIN_TARGET_LENGTH = 9;
export const MAX_TARGET_LENGTH = 15;

/** Builds the world a seed describes. Throws `InvalidSeedError` for a seed that is not valid. */
export function createWorld(seedInput: string): World {
  const seed = normaliseSeed(seedInput);
  const random = createRandom(`world|${seed}`);
  const setting = pickOne(random, SETTING_IDS);
  const ingredients = SETTINGS[setting];
  const companionCount = 2 + pickIndex(random, 3);
  const names = pickDistinct(random, COMPANION_NAMES, companionCount);
  const roles = pickDistinct(random, COMPANION_ROLES, companionCount);
  const companions = names.map(([name, pronoun], index): Companion => ({
    name,
    pronoun,
    role: roles[index] ?? 'a fellow traveller',
    mood: pickOne(random, COMPANION_MOODS),
  }));
  return {
    seed,
    setting,
    genre: pickOne(random, GENRES),
    role: pickOne(random, ingredients.roles),
    destination: pickOne(random, ingredients.destinations),
    companions,
    motif: pickOne(random, MOTIFS),
    length: MIN_TARGET_LENGTH + pickIndex(random, MAX_TARGET_LENGTH - MIN_TARGET_LENGTH + 1),
  };
}
