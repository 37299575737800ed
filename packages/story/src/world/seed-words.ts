/**
 * Seeds that mean what they say: a seed naming a place, vehicle, tone or weather the world
 * knows ("night ferry", "last tram", "airport", "ghost story", "snow") gets it. Everything else
 * about the world, and every seed that names nothing known, is drawn from the seed's hash.
 */
import type { Genre, SettingId, Weather } from './ingredients';

export interface SeedWords {
  setting?: SettingId;
  genre?: Genre;
  weather?: Weather;
}

// Longer phrases first where a shorter word would mislead ("service station" is not a platform).
const SETTING_WORDS: readonly (readonly [SettingId, readonly string[]])[] = [
  [
    'service-station',
    [
      'service station',
      'motorway',
      'services',
      'truck stop',
      'lay-by',
      'petrol station',
      'coach station',
    ],
  ],
  [
    'sleeper-train',
    ['sleeper', 'night train', 'couchette', 'overnight train', 'compartment', 'wagon-lit'],
  ],
  ['border-crossing', ['border', 'checkpoint', 'customs', 'frontier', 'passport control']],
  ['hotel-lift', ['hotel', 'lift', 'elevator', 'lobby', 'concierge']],
  ['night-tram', ['tram', 'streetcar', 'trolleybus']],
  [
    'airport-gate',
    [
      'airport',
      'plane',
      'flight',
      'runway',
      'departure lounge',
      'departure gate',
      'boarding gate',
      'jet',
    ],
  ],
  ['ferry-terminal', ['ferry', 'harbour', 'harbor', 'pier', 'quay', 'jetty', 'boat', 'port']],
  ['night-bus', ['night bus', 'bus', 'double-decker', 'double decker']],
  ['empty-platform', ['platform', 'station', 'railway', 'train', 'underground', 'subway', 'metro']],
];

const GENRE_WORDS: readonly (readonly [Genre, readonly string[]])[] = [
  [
    'ghost',
    [
      'ghost',
      'ghosts',
      'haunted',
      'haunting',
      'spectre',
      'specter',
      'phantom',
      'spirit',
      'spirits',
      'seance',
      'séance',
      'revenant',
    ],
  ],
  [
    'mystery',
    ['mystery', 'detective', 'clue', 'clues', 'whodunnit', 'whodunit', 'murder', 'sleuth'],
  ],
  ['noir', ['noir', 'crime', 'gangster', 'heist', 'hardboiled', 'hard-boiled', 'gun']],
  [
    'surreal',
    ['dream', 'dreams', 'dreaming', 'surreal', 'impossible', 'upside down', 'melting', 'strange'],
  ],
  [
    'folk',
    ['folk', 'fairy', 'fairies', 'fae', 'witch', 'myth', 'legend', 'folklore', 'hare', 'hedge'],
  ],
];

const WEATHER_WORDS: readonly (readonly [Weather, readonly string[]])[] = [
  ['snow', ['snow', 'snowy', 'snowing', 'snowfall', 'blizzard', 'sleet', 'winter']],
  ['rain', ['rain', 'rainy', 'raining', 'storm', 'stormy', 'drizzle', 'downpour', 'wet']],
  ['fog', ['fog', 'foggy', 'mist', 'misty', 'haze', 'hazy']],
];

interface Pattern<T> {
  value: T;
  pattern: RegExp;
}

function compile<T>(table: readonly (readonly [T, readonly string[]])[]): Pattern<T>[] {
  return table.map(([value, words]) => ({
    value,
    // Whole words only, so "airports" and "trams" count but "transport" does not mean a tram.
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${words.map((word) => word.replace(/[-\s]/gu, '[-\\s]?')).join('|')})s?(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  }));
}

const SETTINGS = compile(SETTING_WORDS);
const GENRES = compile(GENRE_WORDS);
const WEATHER = compile(WEATHER_WORDS);

/** The value whose word appears earliest in the seed ("ferry to the airport" is a ferry). */
function earliest<T>(seed: string, patterns: readonly Pattern<T>[]): T | undefined {
  let best: { value: T; at: number } | undefined;
  for (const { value, pattern } of patterns) {
    const match = pattern.exec(seed);
    if (match !== null && (best === undefined || match.index < best.at)) {
      best = { value, at: match.index };
    }
  }
  return best?.value;
}

/** What a seed names, if anything the world knows. */
export function readSeedWords(seed: string): SeedWords {
  const words: SeedWords = {};
  const setting = earliest(seed, SETTINGS);
  const genre = earliest(seed, GENRES);
  const weather = earliest(seed, WEATHER);
  if (setting !== undefined) words.setting = setting;
  if (genre !== undefined) words.genre = genre;
  if (weather !== undefined) words.weather = weather;
  return words;
}
