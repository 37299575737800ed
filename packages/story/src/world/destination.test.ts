import { describe, expect, it } from 'vitest';
import { SETTING_IDS, SETTINGS } from './ingredients';
import { isTerminus, keptPlaceName, shortDestination } from './destination';

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
    ['the end of the Number Nine line', 'the end of the line'],
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
    const kept = (destination: string): string | null => {
      const setting = SETTING_IDS.find((id) => SETTINGS[id].destinations.includes(destination));
      expect(setting, destination).toBeDefined();
      return keptPlaceName(destination, setting ?? 'night-bus');
    };
    expect(kept('the island of Skerra')).toBe('Skerra');
    expect(kept('Marlow Cross')).toBe('Marlow Cross');
    expect(kept('a stop called Lantern Row')).toBe('Lantern Row');
    // A seed's city: a language may name it its own way.
    expect(keptPlaceName('Lisbon', 'airport-gate')).toBeNull();
    // Names a translator translates, and destinations without a name.
    for (const destination of [
      'a town called Elsewhere',
      'the end of the Number Nine line',
      'the depot at Saint Clement',
      'Reykjavik',
      'a city that nobody will name',
    ])
      expect(kept(destination), destination).toBeNull();
  });
});

describe('the end of a line', () => {
  it('is a terminus, a depot, any ferry landing, and a lift’s roof or top floor', () => {
    expect(isTerminus('the terminus at Harrow Lane', 'night-tram')).toBe(true);
    expect(isTerminus('the island of Skerra', 'ferry-terminal')).toBe(true);
    // A lift does not ride on past its roof: no ending says it did.
    expect(isTerminus('the roof garden', 'hotel-lift')).toBe(true);
    expect(isTerminus('the ballroom on the top floor', 'hotel-lift')).toBe(true);
    // And, going down, the bottom.
    expect(isTerminus('the lobby', 'hotel-lift')).toBe(true);
    expect(isTerminus('the car park', 'hotel-lift')).toBe(true);
    expect(isTerminus('the fourteenth floor', 'hotel-lift')).toBe(false);
    expect(isTerminus('room 413', 'hotel-lift')).toBe(false);
    expect(isTerminus('Coldharbour Junction', 'empty-platform')).toBe(false);
  });
});
