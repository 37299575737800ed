/**
 * The raw material of worlds: settings, genres, motifs and companions. A seed picks one of
 * each (and two or three companions); the storyteller's corpus is keyed by the same ids.
 */

export const SETTING_IDS = [
  'night-bus',
  'empty-platform',
  'ferry-terminal',
  'airport-gate',
  'sleeper-train',
  'service-station',
  'night-tram',
  'hotel-lift',
  'border-crossing',
  'night-cab',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

export const GENRES = ['mystery', 'surreal', 'noir', 'folk', 'ghost'] as const;
export type Genre = (typeof GENRES)[number];

/** What the night is doing outside; most nights are clear. */
export const WEATHERS = ['clear', 'rain', 'snow', 'fog'] as const;
export type Weather = (typeof WEATHERS)[number];

/** Where a story starts the reader: waiting for the vessel, or already aboard it. */
export type StartingSituation = 'waiting' | 'aboard';

export interface SettingIngredients {
  /** Short name, as the seed bar shows it. */
  name: string;
  /** The place as a noun phrase that can follow "on" or "at" loosely: "the last night bus". */
  place: string;
  /**
   * When the night begins, as openings say it after a place ("a ferry terminal at four in the
   * morning") or before one: the hour a seed names, when it names one, is said instead. The
   * place itself names no hour.
   */
  hour: string;
  /** What carries the reader: "bus", "train", "ferry". */
  vessel: string;
  /** Where the vessel stops: "stop", "platform", "pier". */
  stop: string;
  /** How a last line has the reader leave it, when not "step off": a lift's or a cab's "step out". */
  alight?: string;
  /** Whether the reader starts out waiting for the vessel or already aboard it. */
  start: StartingSituation;
  /**
   * Whether this is a journey on a ticket, with stations or stops, passengers and a timetable
   * (everything but the hotel lift): pieces that speak of those are told only where it is.
   */
  ticketed: boolean;
  /**
   * Whether the vessel goes from place to place, so the seed's own destination, visit or errand is
   * heard (everything but the hotel lift; a cab has no ticket, but goes where it is told).
   */
  bound: boolean;
  /**
   * Whether the vessel stops only where it is bound (a plane, a ferry): a reader aboard cannot
   * ride past their stop, and arrives however they spent the last stretch.
   */
  nonStop?: true;
  /**
   * Whether strangers come into the night only as this place's own arrivals bring them: a cab's
   * fares get in where the driver stops for them, and are not simply there, looking up from a
   * paperback, as the shared introductions and arrivals have them.
   */
  ownArrivals?: true;
  /** How many companions it has room for, when fewer than a long night would bring (a cab: two). */
  room?: number;
  /** Companions' trades that do not fit in it, by a telling word: no porter's trolley in a cab. */
  noRoomFor?: readonly string[];
  /**
   * Whether a seed may call it an app's ride ("uber home", "a lyft"): then it has no meter (world
   * key app-ride).
   */
  appRide?: true;
  roles: readonly string[];
  destinations: readonly string[];
}

export const SETTINGS: Readonly<Record<SettingId, SettingIngredients>> = {
  'night-bus': {
    name: 'Night bus',
    place: 'the last night bus',
    hour: 'past two in the morning',
    vessel: 'bus',
    stop: 'stop',
    start: 'aboard',
    ticketed: true,
    bound: true,
    roles: [
      'a night-shift nurse going home the long way',
      'a student who keeps sleeping past the right stop',
      'a cleaner finishing the last office on the route',
      'a musician with an empty cello case',
      'someone who does not remember getting on',
      'a baker on the way to the morning loaves',
      // Anyone's long day, a parent's too (a reader with their child is no student or runaway).
      'a parent at the end of a long day',
    ],
    destinations: [
      'the terminus at Harrow Lane',
      'your sister’s flat on Quarry Street',
      'the depot at the end of the route',
      'the hospital on the hill',
      'a stop called Lantern Row',
      'the old market square',
    ],
  },
  'empty-platform': {
    name: 'Empty platform',
    place: 'an empty platform at the edge of the line',
    hour: 'after midnight',
    vessel: 'train',
    stop: 'platform',
    start: 'waiting',
    ticketed: true,
    bound: true,
    roles: [
      'a commuter who missed the last connection',
      'a signal engineer sent to check a fault',
      'a traveller with a suitcase that is not yours',
      'someone at the station of your childhood',
      'a ticket inspector ending a double shift',
      'a stranger in a borrowed coat',
      'a mourner on the way to a funeral',
    ],
    destinations: [
      'Coldharbour Junction',
      'the coast at Merrow Sands',
      'a town called Wending',
      'the city you left ten years ago',
      'Marlow Cross',
      'the town where you grew up',
    ],
  },
  'ferry-terminal': {
    name: 'Ferry terminal',
    place: 'a ferry terminal',
    hour: 'at four in the morning',
    vessel: 'ferry',
    stop: 'pier',
    start: 'waiting',
    ticketed: true,
    bound: true,
    nonStop: true,
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
      'a lighthouse on Tern Rock',
      'the mainland quay at Carrow',
      'the port at Ostry',
    ],
  },
  'airport-gate': {
    name: 'Airport gate',
    place: 'an airport gate where nobody has boarded for hours',
    hour: 'past midnight',
    vessel: 'plane',
    stop: 'gate',
    start: 'waiting',
    ticketed: true,
    bound: true,
    nonStop: true,
    roles: [
      'a pilot without a flight',
      'a passenger whose name keeps being called',
      'a cleaner who knows every gate but this one',
      'a translator flying home for a funeral',
      'a courier carrying a sealed envelope',
      'a traveller whose passport photograph is blank',
    ],
    destinations: [
      'a city that nobody will name',
      'Reykjavik',
      'the island airstrip at Kelda',
      'the city where you were born',
      'a conference you no longer remember',
      'the sea-level runway at Port Amber',
    ],
  },
  'sleeper-train': {
    name: 'Sleeper train',
    place: 'a sleeper train crossing the border country',
    hour: 'after midnight',
    vessel: 'train',
    stop: 'station',
    start: 'aboard',
    ticketed: true,
    bound: true,
    roles: [
      'a passenger in a cabin booked under another name',
      'the night attendant of coach seven',
      'a violinist travelling to an audition',
      'a retired spy on a sentimental journey',
      'an insomniac counting the tunnels',
      'a cartographer checking an old map',
      'someone going home for Christmas',
    ],
    destinations: [
      'the mountain city of Vell',
      'the last station before the sea',
      'a town that changes country at dawn',
      'your grandmother’s village',
      'the capital',
      'the terminus at Northmoor',
    ],
  },
  'service-station': {
    name: 'Service station',
    place: 'a motorway service station',
    hour: 'after midnight',
    vessel: 'coach',
    stop: 'bay',
    start: 'waiting',
    ticketed: true,
    bound: true,
    roles: [
      'a coach driver going home as a passenger for once',
      'a hitchhiker with a cardboard sign',
      'the night manager of the café',
      'a wedding guest who left early',
      'a salesman with a boot full of samples',
      'a teenager who walked out of a family argument',
    ],
    destinations: [
      'the harbour town of Sallow',
      'the sleeping city',
      'a town called Elsewhere',
      'your brother’s house in Kettering',
      'the last town before the hills',
      'a seaside town out of season',
    ],
  },
  'night-tram': {
    name: 'Night tram',
    place: 'the last tram of the night',
    hour: 'after midnight',
    vessel: 'tram',
    stop: 'stop',
    start: 'aboard',
    ticketed: true,
    bound: true,
    roles: [
      'a waiter still wearing a black apron',
      'a student carrying a cardboard model of a bridge',
      'a night porter from the old hospital',
      'a chess player shaking off a lost game',
      'someone carrying a ring in a matchbox',
      'a pharmacist who closed the shop an hour late',
    ],
    destinations: [
      'the depot at Saint Clement',
      'the river terminus at Kell Bridge',
      'a stop called Orchard Gate',
      'the cemetery gates at Larkhill',
      'the end of the Number Nine line',
      'your old school on Cable Street',
    ],
  },
  'hotel-lift': {
    name: 'Hotel lift',
    place: 'the lobby of a grand hotel',
    hour: 'at three in the morning',
    vessel: 'lift',
    stop: 'floor',
    alight: 'step out',
    start: 'waiting',
    ticketed: false,
    bound: false,
    roles: [
      'a guest who cannot remember checking in',
      'the pianist from the hotel bar',
      'a housekeeper finishing the night round',
      'a travelling salesman with a case of clocks',
      'a bride who walked out of her own party',
      'a night auditor with columns that will not balance',
    ],
    destinations: [
      'the fourteenth floor',
      'room 413',
      'the roof garden',
      'the ballroom on the top floor',
      'the suite where your parents honeymooned',
      'a floor the buttons do not show',
    ],
  },
  'border-crossing': {
    name: 'Border crossing',
    place: 'a border crossing',
    hour: 'in the small hours',
    vessel: 'coach',
    stop: 'checkpoint',
    start: 'waiting',
    ticketed: true,
    bound: true,
    roles: [
      'a translator going home after twenty years',
      'a student travelling to a funeral',
      'a geographer counting the milestones',
      'a lorry driver whose lorry was turned back',
      'someone carrying ashes home in a biscuit tin',
      'a violin teacher with papers that are almost right',
    ],
    destinations: [
      'the other side',
      'the mountain town of Varosh',
      'the capital across the river',
      'your mother’s house beyond the pass',
      'the first town with a different alphabet',
      'the sea on the far side',
    ],
  },
  /**
   * A cab at night: the reader in the back from the first line, the driver an arm's length away,
   * strangers only as fares the driver stops for. No ticket, stops, aisle or other passengers
   * (storylet.ts keeps every piece that speaks of them away from it), and it goes where it is told.
   */
  'night-cab': {
    name: 'Night cab',
    place: 'a night cab',
    hour: 'past one in the morning',
    vessel: 'cab',
    stop: 'door',
    alight: 'step out',
    start: 'aboard',
    ticketed: false,
    bound: true,
    nonStop: true,
    ownArrivals: true,
    room: 2,
    noRoomFor: ['trolley'],
    appRide: true,
    roles: [
      'a chef going home with burns on both wrists',
      'a paramedic going home out of uniform',
      'someone who cannot really afford this fare',
      'a witness who has just given a statement',
      'a comedian going home after a bad set',
      'a locksmith called out to a stranger’s door',
    ],
    destinations: [
      'the blue door on Alder Road',
      'a hotel by the river',
      'your old flat on Wren Street',
      'the hospital on the hill',
      'the seafront at Gull Point',
      'the address on your palm',
    ],
  },
};

/** The reader on the way to a baby just born, or being born ("my sister's new baby", "in labour"). */
export const NEWBORN_ROLE = 'someone on the way to meet a newborn';

/** The reader with a baby along ("holding my newborn", "w my 6 month old"). */
export const BABY_ROLE = 'someone with a baby asleep in your arms';

/**
 * Readers whose errand goes with them: a seed that names one ("my grandfather's ashes", "home for
 * Christmas", "back from the wedding", "after a breakup") gets it at any place with a ticket (a
 * few in the lift too: ERRANDS_WITHOUT_TICKET; a cab goes where it is told, and takes them all),
 * though each is drawn by chance only where it is listed (or nowhere). Their questions and last
 * lines say nothing of any one place.
 */
export const ERRAND_ROLES: readonly string[] = [
  'a mourner on the way to a funeral',
  'someone on the way to a wedding',
  // One's own ("for my wedding tomorrow"): a guest's present and card are no errand of theirs.
  'someone on the way to get married',
  // And home from it ("the last tram home after my own wedding", "we just got married"), not a
  // guest who left early. Named anywhere in the seed (no direction): "just married" is no errand
  // bound anywhere, and the one on the way to be married comes first where both are named.
  'someone newly married, on the way home',
  'someone going home for Christmas',
  'someone carrying ashes home in a biscuit tin',
  'a wedding guest who left early',
  'someone going home after a breakup',
  'someone going home after a funeral',
  'someone carrying a ring in a matchbox',
  'someone carrying a birthday cake on your knees',
  'someone on the way to a reunion',
  'someone going home after a first date',
  'someone on the way to a bedside on the ward',
  // And home from one ("been to see my dad in hospital, bus home"): readers were on the way to the
  // bedside they had just left.
  'someone going home from visiting hours',
  'someone on the way to an interview',
  'someone moving to a new home',
  'someone going home after a long shift',
  // Home from a gig or a night out ("tram home after the radiohead gig", "uber home from the
  // party"): readers had a parent at the end of a long day, or a bride who walked out of her own
  // party.
  'someone going home after a gig, ears still ringing',
  'someone going home after a night out with friends',
  // A letter to deliver, or results just had ("the letter my gran asked me to deliver to her
  // sister", "got my exam results today"): readers had a musician with an empty cello case.
  'someone carrying a letter to deliver by hand',
  'someone going home with the results at last',
  'someone celebrating an anniversary',
  'someone taking a poorly pet to the vet',
  'someone on the way to meet a newborn',
  // The everyday reasons people type most ("work trip, hotel shuttle, jetlagged", "holiday flight
  // to spain with the kids", "we just got engaged", "going to a party alone, nervous"): readers
  // had a bride who walked out of her own party, a pilot without a flight, a lorry driver
  // without a lorry and a cartographer checking an old map. Setting off comes before home again,
  // where a seed could be read as either ("holiday flight to spain").
  'someone travelling on business',
  'someone setting off on holiday',
  'someone on the way home from a holiday',
  'someone freshly engaged',
  'someone on the way to a party, fashionably late',
  // "taxi 2am cant find my keys" was a chef going home with burns on both wrists, and the keys,
  // the whole point of the seed, were never mentioned.
  'someone who cannot find their keys',
  // Ahead ("first date tonight, nervous", "on my way to a first date"): readers were a salesman
  // with a boot full of samples and the pianist from the hotel bar.
  'someone on the way to a first date',
  // "honeymoon flight to bali" was a translator flying home for a funeral.
  'someone off on honeymoon',
  // "something is following me home" was a hotel guest who could not remember checking in, and
  // nothing followed anyone.
  'someone sure they are being followed',
  // Not errands, but a baby and animals of the reader's that go where the reader goes.
  BABY_ROLE,
  'someone with a dog asleep at your feet',
  'someone with a cat in a basket on your knees',
];

/**
 * The reader of a seed that says only how they feel, and names no reader of its own ("cant sleep",
 * "feeling really sad", "so happy tonight"): readers were a mourner on the way to a funeral, a
 * fare they cannot afford and a ticket inspector ending a double shift.
 */
export const MOOD_ROLES: Readonly<Record<string, string>> = {
  sleepless: 'someone sleep has given up on',
  low: 'someone having a hard night',
  glad: 'someone in high spirits tonight',
};

/**
 * The reader of a seed whose night is the eve of a new job ("first day at the new job tomorrow,
 * cant sleep"): readers were a musician with an empty cello case, the job never said. Read by its
 * own words (`saysNewJob`), not a role's, since "new", "job" and "morning" say much else.
 */
export const NEW_JOB_ROLE = 'someone starting a new job in the morning';

/** Readers whose own reason or mood is what the night is about, wherever it is told. */
export const READERS_OWN_NIGHT: readonly string[] = [
  ...ERRAND_ROLES,
  ...Object.values(MOOD_ROLES),
  NEW_JOB_ROLE,
];

/** Readers travelling in grief or in fear for someone: a funeral, ashes, a bedside, the vet. */
export const READERS_IN_SORROW: readonly string[] = [
  'a mourner on the way to a funeral',
  'someone carrying ashes home in a biscuit tin',
  'someone going home after a funeral',
  'someone on the way to a bedside on the ward',
  'someone going home from visiting hours',
  'someone taking a poorly pet to the vet',
  'a student travelling to a funeral',
  'a translator flying home for a funeral',
];

/**
 * Readers on the way to what cannot wait: grief or fear for someone (READERS_IN_SORROW), their own
 * wedding, a newborn. Once aboard, they arrive (arc.ts): none is carried past the stop.
 */
export const READERS_WHO_ARRIVE: readonly string[] = [
  ...READERS_IN_SORROW,
  'someone on the way to get married',
  'someone on the way to meet a newborn',
  // Nor is anyone carrying a baby home sent back to the start of the night, or past their stop.
  BABY_ROLE,
];

/**
 * Readers with an animal of their own along, well or poorly: what the story calls it when the
 * seed gives it no name, and the reader's role with the name the seed gives it.
 */
export const READER_ANIMALS: Readonly<
  Record<string, { kind: string; named: (name: string) => string }>
> = {
  'someone taking a poorly pet to the vet': {
    kind: 'your small patient',
    named: (name) => `someone taking ${name}, poorly, to the vet`,
  },
  'someone with a dog asleep at your feet': {
    kind: 'the dog',
    named: (name) => `someone with ${name}, your dog, asleep at your feet`,
  },
  'someone with a cat in a basket on your knees': {
    kind: 'the cat',
    named: (name) => `someone with ${name}, your cat, in a basket on your knees`,
  },
};

/**
 * Errands a seed may give a reader in the hotel lift too, going up to them ("the lift to the
 * 30th floor, can't sleep before my job interview"): the rest belong to a journey with a ticket.
 */
export const ERRANDS_WITHOUT_TICKET: readonly string[] = [
  'someone on the way to an interview',
  'someone on the way to a wedding',
  'someone on the way to get married',
  'someone carrying a ring in a matchbox',
  'someone on the way to a reunion',
  'someone celebrating an anniversary',
  // Up to bed in the building where they live or stay ("elevator up to the 40th floor after my
  // shift").
  'someone going home after a long shift',
  'someone going home after a gig, ears still ringing',
  'someone going home after a night out with friends',
  // Up to a party, or to a room in the hotel the work trip or the engagement put them in.
  'someone travelling on business',
  'someone freshly engaged',
  'someone on the way to a party, fashionably late',
  'someone on the way to a first date',
  // Followed into the lift, too.
  'someone sure they are being followed',
  BABY_ROLE,
  'someone with a dog asleep at your feet',
  'someone with a cat in a basket on your knees',
];

/**
 * Places a reader is never drawn to be bound for: a nurse going home the long way is not going
 * back to the hospital, nor one flying home for a funeral to a conference, nor anyone on the way
 * to a wedding, a newborn or an anniversary, or carrying a baby, to the cemetery gates, nor a
 * baby asleep in the reader's arms to the hospital (a seed that says so still may).
 */
export const NOT_BOUND_FOR: Readonly<Record<string, readonly string[]>> = {
  'someone off on honeymoon': [
    'a conference you no longer remember',
    'the cemetery gates at Larkhill',
    'the hospital on the hill',
  ],
  'a night-shift nurse going home the long way': ['the hospital on the hill'],
  // Nor anyone going home after a long shift, which a hospital's may be.
  'someone going home after a long shift': ['the hospital on the hill'],
  'a translator flying home for a funeral': ['a conference you no longer remember'],
  // Nor to a hospital on the way to a funeral or a wedding ("minicab to my nan's funeral").
  'a mourner on the way to a funeral': ['the hospital on the hill'],
  'someone on the way to a wedding': ['the cemetery gates at Larkhill', 'the hospital on the hill'],
  'someone on the way to get married': [
    'the cemetery gates at Larkhill',
    'the hospital on the hill',
  ],
  'someone on the way to meet a newborn': ['the cemetery gates at Larkhill'],
  'someone celebrating an anniversary': ['the cemetery gates at Larkhill'],
  [BABY_ROLE]: [
    'the cemetery gates at Larkhill',
    'the hospital on the hill',
    'a conference you no longer remember',
  ],
};

/**
 * Places a reader is bound for wherever the place has them: someone on the way to a bedside rides
 * the night bus to the hospital on the hill ("bus to my mums bedside" went to Lantern Row).
 */
export const BOUND_FOR: Readonly<Record<string, string>> = {
  'someone on the way to a bedside on the ward': 'the hospital on the hill',
};

/** Which way a reader's errand goes: toward something, or home from it. */
export type RoleDirection = 'bound' | 'homeward';

/**
 * Readers whose errand has a direction, at any place: one bound for a funeral or a wedding is
 * named only outside the seed's origins ("to my father's funeral", not "after" it), one coming
 * home from one only outside where the seed is bound ("after my father's funeral", not "to my
 * sister's wedding"). Every other reader is named anywhere in the seed.
 */
export const ROLE_DIRECTIONS: Readonly<Record<string, RoleDirection>> = {
  'a mourner on the way to a funeral': 'bound',
  'someone on the way to a wedding': 'bound',
  'someone on the way to get married': 'bound',
  'a student travelling to a funeral': 'bound',
  'a translator flying home for a funeral': 'bound',
  'a wedding guest who left early': 'homeward',
  'someone going home after a breakup': 'homeward',
  'someone going home after a funeral': 'homeward',
  'someone carrying a birthday cake on your knees': 'bound',
  'someone on the way to a reunion': 'bound',
  'someone going home after a first date': 'homeward',
  'someone on the way to a bedside on the ward': 'bound',
  'someone going home from visiting hours': 'homeward',
  'someone on the way to an interview': 'bound',
  'someone going home after a long shift': 'homeward',
  'someone going home after a gig, ears still ringing': 'homeward',
  'someone going home after a night out with friends': 'homeward',
  'someone carrying a letter to deliver by hand': 'bound',
  // From the hospital, not on the way to it ("the tram to the hospital, my wife is in labour").
  'a night porter from the old hospital': 'homeward',
  'someone taking a poorly pet to the vet': 'bound',
  'someone on the way to meet a newborn': 'bound',
  // "Flight home from holiday" is home from one; "holiday flight to spain", setting off.
  'someone setting off on holiday': 'bound',
  'someone on the way home from a holiday': 'homeward',
  'someone on the way to a party, fashionably late': 'bound',
  'someone on the way to a first date': 'bound',
  // Home from one is home ("home from our honeymoon"), not off on it.
  'someone off on honeymoon': 'bound',
};

/** Every reader with an errand of their own: travelling ones, and a place's own with a direction. */
export const READER_ERRANDS: readonly string[] = [
  ...ERRAND_ROLES,
  ...Object.keys(ROLE_DIRECTIONS).filter((role) => !ERRAND_ROLES.includes(role)),
];

/**
 * Readers on their way somewhere that is not home (to the morning's loaves, a fault on the line,
 * an audition, a funeral): never drawn for a seed going home ("night bus home" had a baker on
 * the way to work). A seed that names one still gets it.
 */
export const OUTWARD_ROLES: readonly string[] = [
  'a baker on the way to the morning loaves',
  'a signal engineer sent to check a fault',
  'a violinist travelling to an audition',
  'a deckhand who missed the first crossing',
  'a lighthouse relief keeper',
  'a courier carrying a sealed envelope',
  'a locksmith called out to a stranger’s door',
  // Bound for something, unless home is on the way ("a translator flying home for a funeral").
  ...Object.entries(ROLE_DIRECTIONS)
    .filter(([role, direction]) => direction === 'bound' && !/\bhome\b/u.test(role))
    .map(([role]) => role),
];

/**
 * Readers whose night is their own: at work, or lost to themselves (who they are, how they got
 * here). Never drawn for a seed in which someone travels with the reader: a parent taking their
 * daughter to an open day was the night attendant of coach seven, and a couple going up to watch
 * the meteors was a runaway bride. A seed that names one still gets it.
 */
export const ROLES_ALONE: readonly string[] = [
  'a night-shift nurse going home the long way',
  'a cleaner finishing the last office on the route',
  'someone who does not remember getting on',
  'a baker on the way to the morning loaves',
  'a signal engineer sent to check a fault',
  'a traveller with a suitcase that is not yours',
  'a ticket inspector ending a double shift',
  'a stranger in a borrowed coat',
  'a deckhand who missed the first crossing',
  'a lighthouse relief keeper',
  'a cleaner who knows every gate but this one',
  'a courier carrying a sealed envelope',
  'a traveller whose passport photograph is blank',
  'a passenger in a cabin booked under another name',
  'the night attendant of coach seven',
  'a hitchhiker with a cardboard sign',
  'the night manager of the café',
  'a teenager who walked out of a family argument',
  'a runaway with a return ticket',
  // A widow beside her husband, as a reader with company met her.
  'a widow carrying a letter to deliver by hand',
  'a guest who cannot remember checking in',
  'a housekeeper finishing the night round',
  'a bride who walked out of her own party',
  'a night auditor with columns that will not balance',
  'a chef going home with burns on both wrists',
  'a paramedic going home out of uniform',
  'a locksmith called out to a stranger’s door',
  'a witness who has just given a statement',
];

/**
 * Crew off duty: never drawn for a reader with somewhere or someone of their own to go to (a
 * reader flying to meet a pen friend in Lisbon was a pilot without a flight), though with company
 * they may be.
 */
export const CREW_OFF_DUTY: readonly string[] = ['a pilot without a flight'];

export interface Motif {
  /** With the indefinite article: "a paper crane". */
  a: string;
  /** With the definite article: "the paper crane". */
  the: string;
}

/** A motif of `noun`, with the article it takes. */
export function motif(
  noun: string,
  article: 'a' | 'an' = /^[aeiou]/u.test(noun) ? 'an' : 'a',
): Motif {
  return { a: `${article} ${noun}`, the: `the ${noun}` };
}

const motifPatterns = new Map<Motif, RegExp>();

/**
 * True when a text names the motif, in full or by its head noun, as beats say it in short
 * ("the cassette" for the cassette with no label; "flowers" for the pressed flower); a seed's
 * thing of someone's ("the child’s shoe") only in full.
 */
export function namesMotif(text: string, motif: Motif): boolean {
  let pattern = motifPatterns.get(motif);
  if (pattern === undefined) {
    const phrase = motif.the.replace(/^the /u, '').split(/ (?:with|of|from|without) /u)[0] ?? '';
    // A seed's thing of someone's ("child’s shoe") is named whole: "shoe" alone means other
    // shoes. The corpus's own motifs are named by their head, as their lines say them.
    const whole = phrase.includes('’s ') && !MOTIFS.some((known) => known.the === motif.the);
    const head = whole ? phrase : (phrase.split(' ').pop() ?? phrase);
    pattern = new RegExp(`(?<!\\p{L})${head}s?(?!\\p{L})`, 'iu');
    motifPatterns.set(motif, pattern);
  }
  return pattern.test(text);
}

const WEATHER_WORDS: Readonly<Record<Weather, RegExp | null>> = {
  clear: null,
  rain: /\b(?:rain|rained|raining|rainy|drizzle|downpour|wet)\b/iu,
  snow: /\b(?:snow|snowing|snowy|snowfall|snowflakes?|sleet|blizzard)\b/iu,
  fog: /\b(?:fog|foggy|foghorn|mist|misty|haze|hazy)\b/iu,
};

/** True when a text shows the world's weather (clear weather needs no showing). */
export function namesWeather(text: string, weather: Weather): boolean {
  return WEATHER_WORDS[weather]?.test(text) ?? true;
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
  ['Clementine', 'she'],
  ['Ottilie', 'she'],
  ['Ash', 'they'],
  ['Sable', 'they'],
  ['Rook', 'they'],
  ['Juniper', 'they'],
  ['Tobias', 'he'],
  ['Gideon', 'he'],
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
  // More names, so a returning reader meets fewer of the same people (eight stories of a night
  // met one name three times over, with forty).
  ['Anouk', 'she'],
  ['Delphine', 'she'],
  ['Fenna', 'she'],
  ['Maeve', 'she'],
  ['Orla', 'she'],
  ['Vesna', 'she'],
  ['Yara', 'she'],
  ['Zofia', 'she'],
  ['Ilka', 'she'],
  ['Priya', 'she'],
  ['Sunniva', 'she'],
  ['Liesel', 'she'],
  ['Noemi', 'she'],
  ['Talia', 'she'],
  ['Bram', 'he'],
  ['Cosmo', 'he'],
  ['Eamon', 'he'],
  ['Bertil', 'he'],
  ['Idris', 'he'],
  ['Piet', 'he'],
  ['Rafe', 'he'],
  ['Viggo', 'he'],
  ['Ravi', 'he'],
  ['Tomasz', 'he'],
  ['Cyrus', 'he'],
  ['Hamish', 'he'],
  ['Leopold', 'he'],
  ['Alex', 'they'],
  ['Noa', 'they'],
  ['Ellis', 'they'],
];

/**
 * Who the companions are. Each reads well after a name and a comma ("Mara, a nurse still in
 * scrubs,"), and the corpus writes a few questions for each.
 */
export const COMPANION_ROLES: readonly string[] = [
  'a conductor off duty, still in uniform',
  'a knitter working on something far too long',
  'a child carrying a goldfish in a bag',
  'an old sailor who talks to the windows',
  'a nurse still in scrubs',
  'a guest in a crumpled wedding suit',
  'a teenager doing homework by torchlight',
  'a retired magician',
  'a night watchman off duty',
  'a fortune teller going home',
  'a tired busker with a guitar',
  'a traveller with a birdcage under a cloth',
  'a priest without a collar',
  'a twin whose sibling is not here',
  'a cartographer with inky fingers',
  'a translator muttering in three languages',
  'a child who talks like an old clerk',
  'a porter with an empty trolley',
  'a beekeeper with a veil folded on one knee',
  'a clockmender with a pocket full of springs',
  'a firefighter going home smelling of smoke',
  'a chess player replaying a lost game',
  'a gardener with soil still under the nails',
  'a stargazer waiting for a clear sky',
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
