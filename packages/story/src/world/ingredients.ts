/**
 * The raw material of worlds: settings, genres, motifs and companions. A seed picks one of
 * each (and two to four companions); the storyteller's corpus is keyed by the same ids.
 */

export const SETTING_IDS = [
  'night-bus',
  'empty-platform',
  'ferry-terminal',
  'airport-gate',
  'sleeper-train',
  'service-station',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

export const GENRES = ['mystery', 'surreal', 'noir', 'folk'] as const;
export type Genre = (typeof GENRES)[number];

export interface SettingIngredients {
  /** Short name, as the seed bar shows it. */
  name: string;
  /** The place as a noun phrase that can follow "on" or "at" loosely: "the last night bus". */
  place: string;
  /** What carries the reader: "bus", "train", "ferry". */
  vessel: string;
  /** Where the vessel stops: "stop", "platform", "pier". */
  stop: string;
  roles: readonly string[];
  destinations: readonly string[];
}

export const SETTINGS: Readonly<Record<SettingId, SettingIngredients>> = {
  'night-bus': {
    name: 'Night bus',
    place: 'the last night bus',
    vessel: 'bus',
    stop: 'stop',
    roles: [
      'a night-shift nurse going home the long way',
      'a student who has slept through the right stop twice',
      'a cleaner finishing the last office on the route',
      'a musician carrying a cello case with no cello in it',
      'someone who does not remember getting on',
      'a baker on the way to start the morning loaves',
    ],
    destinations: [
      'the terminus at Harrow Lane',
      "your sister's flat on Quarry Street",
      'the depot at the end of the line',
      'the hospital on the hill',
      'a stop called Lantern Row',
      'the old market square',
    ],
  },
  'empty-platform': {
    name: 'Empty platform',
    place: 'an empty platform at the edge of the line',
    vessel: 'train',
    stop: 'platform',
    roles: [
      'a commuter who missed the last connection',
      'a signal engineer sent to check a fault',
      'a traveller with a suitcase that is not yours',
      'a child grown up, waiting where you once waited',
      'a ticket inspector at the end of a double shift',
      'a stranger in a borrowed coat',
    ],
    destinations: [
      'Coldharbour Junction',
      'the coast at Merrow Sands',
      'a town called Wending',
      'the city you left ten years ago',
      'Platform Nine at Marlow Cross',
      'the house where you grew up',
    ],
  },
  'ferry-terminal': {
    name: 'Ferry terminal',
    place: 'a ferry terminal at four in the morning',
    vessel: 'ferry',
    stop: 'pier',
    roles: [
      'a deckhand who missed the first crossing',
      'a lorry driver without a lorry',
      'a widow carrying a letter to deliver by hand',
      'a runaway with a return ticket',
      'a lighthouse relief keeper',
      'a photographer chasing the first light',
    ],
    destinations: [
      'the island of Skerra',
      'the far shore at Gullhaven',
      'the harbour town of Saltmere',
      'a lighthouse on the Tern Rocks',
      'the mainland',
      'the port at Ostry',
    ],
  },
  'airport-gate': {
    name: 'Airport gate',
    place: 'an airport gate nobody boards from',
    vessel: 'plane',
    stop: 'gate',
    roles: [
      'a pilot without a flight',
      'a passenger whose name keeps being called',
      'a cleaner who knows every gate but this one',
      'a translator flying home for a funeral',
      'a courier carrying a sealed envelope',
      'a traveller whose passport photograph is blank',
    ],
    destinations: [
      'a city the board will not name',
      'Reykjavik',
      'the connecting flight at Gate Zero',
      'the city where you were born',
      'a conference you no longer remember',
      'the sea-level runway at Port Amber',
    ],
  },
  'sleeper-train': {
    name: 'Sleeper train',
    place: 'a sleeper train crossing the border country',
    vessel: 'train',
    stop: 'station',
    roles: [
      'a passenger in a cabin booked under another name',
      'the night attendant of coach seven',
      'a violinist travelling to an audition',
      'a retired spy on a sentimental journey',
      'an insomniac counting the tunnels',
      'a cartographer checking an old map',
    ],
    destinations: [
      'the mountain city of Vell',
      'the last station before the sea',
      'a border town that changes country at dawn',
      "your grandmother's village",
      'the capital, by breakfast',
      'the terminus at Northmoor',
    ],
  },
  'service-station': {
    name: 'Service station',
    place: 'a motorway service station after midnight',
    vessel: 'coach',
    stop: 'bay',
    roles: [
      'a coach driver on a mandatory break',
      'a hitchhiker with a cardboard sign',
      'the night manager of the café',
      'a wedding guest who left early',
      'a salesman with a boot full of samples',
      'a teenager who walked out of a family argument',
    ],
    destinations: [
      'the coast road north',
      'the sleeping city',
      'a town called Elsewhere',
      "your brother's house in Kettering",
      'the last town before the hills',
      'a seaside town out of season',
    ],
  },
};

export interface Motif {
  /** With the indefinite article: "a paper crane". */
  a: string;
  /** With the definite article: "the paper crane". */
  the: string;
}

function motif(noun: string, article: 'a' | 'an' = 'a'): Motif {
  return { a: `${article} ${noun}`, the: `the ${noun}` };
}

/** Small objects that recur through a story; each is something that can be held. */
export const MOTIFS: readonly Motif[] = [
  motif('paper crane'),
  motif('brass key'),
  motif('red glove'),
  motif('folded map'),
  motif('pressed flower'),
  motif('toy compass'),
  motif('snow globe'),
  motif('blue feather'),
  motif('wristwatch without hands'),
  motif('glass marble'),
  motif('tin whistle'),
  motif('cassette with no label'),
  motif('orange', 'an'),
  motif('postcard of the sea'),
  motif('silver thimble'),
  motif('lighthouse keyring'),
  motif('playing card'),
  motif('moth-eaten scarf'),
  motif('matchbook from a closed hotel'),
  motif('child’s mitten'),
];

export type Pronoun = 'she' | 'he' | 'they';

export const COMPANION_NAMES: readonly (readonly [string, Pronoun])[] = [
  ['Mara', 'she'],
  ['Ines', 'she'],
  ['Odile', 'she'],
  ['Noor', 'she'],
  ['Pell', 'they'],
  ['Ysolde', 'she'],
  ['Agnes', 'she'],
  ['Tamsin', 'she'],
  ['Wren', 'they'],
  ['Hana', 'she'],
  ['Rosalind', 'she'],
  ['Esme', 'she'],
  ['Dagny', 'she'],
  ['Lucia', 'she'],
  ['Marguerite', 'she'],
  ['Ottilie', 'she'],
  ['Ash', 'they'],
  ['Sable', 'they'],
  ['Rook', 'they'],
  ['Juniper', 'they'],
  ['Tobias', 'he'],
  ['Anselm', 'he'],
  ['Caspar', 'he'],
  ['Ivo', 'he'],
  ['Lorcan', 'he'],
  ['Emrys', 'he'],
  ['Bastian', 'he'],
  ['Kofi', 'he'],
  ['Matteo', 'he'],
  ['Silas', 'he'],
  ['Hollis', 'he'],
  ['Dmitri', 'he'],
  ['Farid', 'he'],
  ['Jonah', 'he'],
  ['Teodor', 'he'],
  ['Quill', 'they'],
  ['Linnea', 'she'],
  ['Oskar', 'he'],
  ['Beatrix', 'she'],
  ['Ansel', 'he'],
];

export const COMPANION_ROLES: readonly string[] = [
  'a conductor with no ticket machine',
  'someone knitting something far too long',
  'a child carrying a goldfish in a bag',
  'an old sailor who talks to the windows',
  'a nurse still in scrubs',
  'a guest in a crumpled wedding suit',
  'a teenager doing homework by torchlight',
  'a retired magician',
  'a night watchman off duty',
  'a stranger who knows your name',
  'a fortune teller going home',
  'a tired busker',
  'a traveller with a birdcage under a cloth',
  'a priest without a collar',
  'a twin whose sibling is not here',
  'a cartographer with inky fingers',
  'a lorry driver who cannot sleep',
  'a translator muttering in three languages',
  'a child who talks like an old clerk',
  'a porter with an empty trolley',
];

export const COMPANION_MOODS: readonly string[] = [
  'restless',
  'watchful',
  'kind',
  'sleepy',
  'amused',
  'grieving',
  'nervous',
  'secretive',
  'cheerful',
  'distant',
  'hopeful',
  'wary',
];
