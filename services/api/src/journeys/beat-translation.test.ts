import { startStory } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { standInsOf } from './beat-translation';

describe('the names a beat translation stands in for', () => {
  it('is the name of our own destination, and nothing for a city of the seed’s own', () => {
    expect(standInsOf(startStory('the night ferry to Skerra')).places).toEqual(['Skerra']);
    // Lisbon is Lisboa in Spanish: translated with the sentence, not kept.
    expect(standInsOf(startStory('the red-eye to Lisbon')).places).toEqual([]);
  });

  it('is every companion’s name but kin called by what they are (Dad is Papá in Spanish)', () => {
    const state = startStory('the night ferry with my dad');
    const names = standInsOf(state).named.map((companion) => companion.name);
    expect(state.world.companions[0]?.name).toBe('Dad');
    expect(names).not.toContain('Dad');
    expect(names).toHaveLength(state.world.companions.length - 1);
  });
});
