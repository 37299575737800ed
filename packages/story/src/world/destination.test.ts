import { describe, expect, it } from 'vitest';
import { SETTINGS } from './ingredients';
import type { SettingId } from './ingredients';
import { keptPlaceName, shortDestination } from './destination';

describe('a destination named again', () => {
  it.each([
    ['the ballroom on the top floor', 'the ballroom'],
    ['a stop called Lantern Row', 'Lantern Row'],
    ['the terminus at Harrow Lane', 'Harrow Lane'],
    ['a lighthouse on Tern Rock', 'Tern Rock'],
    ['the mountain town of Varosh', 'Varosh'],
    ['your sister’s flat on Quarry Street', 'your sister’s flat'],
    ['your mother’s house beyond the pass', 'your mother’s house'],
    ['a city that nobody will name', 'that city'],
    ['a seaside town out of season', 'that seaside town'],
    ['the end of the Number Nine line', 'the end of the Number Nine line'],
    ['the other side', 'the other side'],
    ['Reykjavik', 'Reykjavik'],
    ['room 413', 'room 413'],
  ])('calls %s "%s"', (whole, short) => {
    expect(shortDestination(whole)).toBe(short);
  });

  it('gives every destination a short form that still reads as a place', () => {
    for (const setting of Object.values(SETTINGS))
      for (const destination of setting.destinations) {
        const short = shortDestination(destination);
        expect(short.length, destination).toBeGreaterThan(3);
        expect(short, destination).not.toMatch(/\s(?:of|at|on|the)$/u);
      }
  });
});

describe('a place name translators keep', () => {
  it('is the name in one of our destinations, not a city of the seed’s nor one made of words', () => {
    expect(keptPlaceName('the island of Skerra', 'ferry-terminal')).toBe('Skerra');
    expect(keptPlaceName('Marlow Cross', 'empty-platform')).toBe('Marlow Cross');
    // A seed's city: a language may name it its own way.
    expect(keptPlaceName('Lisbon', 'airport-gate')).toBeNull();
    // Words a translator translates, and destinations without a name.
    expect(keptPlaceName('a town called Elsewhere', 'empty-platform')).toBeNull();
    expect(keptPlaceName('a city that nobody will name', 'night-bus')).toBeNull();
    for (const [id, setting] of Object.entries(SETTINGS))
      for (const destination of setting.destinations) {
        const name = keptPlaceName(destination, id as SettingId);
        if (name !== null) expect(destination).toContain(name);
      }
  });
});
