/**
 * The built-in storyteller's words pass the local moderator: it is the last resort when every
 * AI beat is blocked, so it is never moderated as it runs, and must not need to be. Whole
 * stories from many seeds (every setting and genre among them), every beat checked.
 */
import { GENRES, SETTING_IDS, continueStory, createRandom, startStory } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { createLocalModerator } from './local-moderator';

const STORIES = 600;

describe('the built-in corpus', () => {
  it(`passes the local moderator in ${STORIES} whole stories`, () => {
    const local = createLocalModerator();
    const flagged: string[] = [];
    const settings = new Set<string>();
    const genres = new Set<string>();
    let beats = 0;
    for (let index = 0; index < STORIES; index++) {
      const seed = `moderated ${index}`;
      const random = createRandom(seed);
      let state = startStory(seed);
      while (state.ending === null) state = continueStory(state, random() < 0.5 ? 'yes' : 'no');
      settings.add(state.world.setting);
      genres.add(state.world.genre);
      for (const beat of state.beats) {
        beats++;
        const scores = local.scoresNow(beat.text);
        if (Object.keys(scores).length > 0) flagged.push(`${JSON.stringify(scores)} ${beat.text}`);
      }
    }
    expect(settings.size).toBe(SETTING_IDS.length);
    expect(genres.size).toBe(GENRES.length);
    expect(beats).toBeGreaterThan(STORIES * 8);
    expect(flagged).toEqual([]);
  });
});
