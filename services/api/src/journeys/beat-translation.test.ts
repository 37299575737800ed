import { startStory } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { placesKept } from './beat-translation';

describe('the places a beat translation stands in for', () => {
  it('is the name of our own destination, and nothing for a city of the seed’s own', () => {
    expect(placesKept(startStory('the night ferry to Skerra'))).toEqual(['Skerra']);
    // Lisbon is Lisboa in Spanish: translated with the sentence, not kept.
    expect(placesKept(startStory('the red-eye to Lisbon'))).toEqual([]);
  });
});
