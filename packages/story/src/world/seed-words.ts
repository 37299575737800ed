/**
 * Seeds that mean what they say: a seed naming a place, vehicle, tone or weather the world
 * knows ("night ferry", "last tram", "airport", "ghost story", "snow") gets it, and so does one
 * naming who the reader might be, where they are bound or the small object of the night ("a
 * funeral", "the island", "a red glove"), among what that place offers. Everything else about the
 * world, and every seed that names nothing known, is drawn from the seed's hash.
 */
import type { Genre, RoleDirection, SettingId, Weather } from './ingredients';
import { COMPANION_NAMES } from './ingredients';

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
  // A cable car or funicular is a tram on a hill, near enough for the night.
  ['night-tram', ['tram', 'streetcar', 'trolleybus', 'cable car', 'funicular']],
  [
    'airport-gate',
    [
      'airport',
      'plane',
      'flight',
      'flying',
      'red-eye',
      'runway',
      // On the ground in a plane: "taxiing to the gate" (not "the tarmac", which coaches park on).
      'taxiing',
      'taxying',
      'departure lounge',
      'departure gate',
      'boarding gate',
      'jet',
    ],
  ],
  [
    'ferry-terminal',
    [
      'ferry',
      'harbour',
      'harbor',
      'pier',
      'quay',
      'jetty',
      'boat',
      'port',
      'water taxi',
      'water bus',
      'vaporetto',
      'gondola',
      'canal',
      'ferryman',
      'boatman',
    ],
  ],
  ['night-bus', ['night bus', 'bus', 'double-decker', 'double decker']],
  // After the ferry's water taxi; "taxiing" is a plane's (whole words only). A cab or an Uber as
  // ridden, not "uber tired" or a lorry driver asleep in his cab.
  [
    'night-cab',
    [
      'taxi',
      'taxis',
      'minicab',
      'black cab',
      'cabbie',
      'taxi rank',
      'lyft',
      'a cab',
      'cab home',
      'cab to',
      'cab back',
      'cab from',
      'cab w',
      'cab with',
      'cab ride',
      'cab driver',
      // A car that drives itself is the cab's ("the car drives itself and wont let me out").
      'driverless',
      'self driving',
      'drives itself',
      'my cab',
      'our cab',
      'night cab',
      'last cab',
      'an uber',
      'the uber',
      'my uber',
      'our uber',
      'uber home',
      'uber to',
      'uber back',
      'uber from',
      'uber w',
      'uber with',
      'uber driver',
    ],
  ],
  [
    'empty-platform',
    // "The tube", not a tube of lipstick.
    [
      'platform',
      'station',
      'railway',
      'train',
      'underground',
      'subway',
      'metro',
      'the tube',
      'tube station',
      'tube w',
      'tube with',
      'tube from',
      'last tube',
      'night tube',
      'tube home',
      'tube to',
      'tube at',
    ],
  ],
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
      'horror',
      'scary',
      'creepy',
      'eerie',
      'spooky',
      'drowned',
      'dead',
      'grave',
      'graveyard',
      'cemetery',
      'purgatory',
    ],
  ],
  [
    'mystery',
    ['mystery', 'detective', 'clue', 'clues', 'whodunnit', 'whodunit', 'murder', 'sleuth'],
  ],
  [
    'noir',
    ['noir', 'crime', 'gangster', 'heist', 'hardboiled', 'hard-boiled', 'gun', 'thriller', 'spy'],
  ],
  [
    'surreal',
    [
      'dream',
      'dreams',
      'dreaming',
      'surreal',
      'impossible',
      'upside down',
      'melting',
      'strange',
      'nightmare',
      'absurd',
      // A night that goes round again is a dream's ("stuck in a time loop on the 2:14").
      'time loop',
      'timeloop',
      'groundhog day',
      'deja vu',
      'déjà vu',
    ],
  ],
  [
    'folk',
    [
      'folk',
      'fairy',
      'fairies',
      'fairytale',
      'fairy tale',
      'fae',
      'witch',
      'myth',
      'legend',
      'folklore',
      'hare',
      'hedge',
      'wolf',
      'wolves',
      // A fairytale's people ("sleigh ride to the frost queen's palace"); not castles, dragons or
      // giants, which are pubs, real places and hangovers as often ("bus to the red dragon").
      'goblin',
      'goblins',
      'snow queen',
      'frost queen',
      'ice queen',
    ],
  ],
];

const WEATHER_WORDS: readonly (readonly [Weather, readonly string[]])[] = [
  ['snow', ['snow', 'snowy', 'snowing', 'snowfall', 'snowstorm', 'blizzard', 'sleet', 'winter']],
  [
    'rain',
    [
      'rain',
      'rainy',
      'raining',
      'rainstorm',
      'storm',
      'stormy',
      'thunder',
      'thunderstorm',
      'drizzle',
      'downpour',
      'wet',
    ],
  ],
  ['fog', ['fog', 'foggy', 'mist', 'misty', 'haze', 'hazy']],
];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lower case, hyphens as spaces, single spaces: "Double-Decker" and "double decker" match. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[-\s]+/gu, ' ');
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && LETTER_OR_DIGIT.test(character);
}

/**
 * Where a word first appears in a folded seed as a whole word (a plural "s" allowed), or -1:
 * "airports" and "trams" count, "transport" does not mean a tram. Plain string search, since
 * this runs for every new story.
 */
function wholeWordAt(seed: string, word: string): number {
  for (let at = seed.indexOf(word); at !== -1; at = seed.indexOf(word, at + 1)) {
    let end = at + word.length;
    if (seed.charAt(end) === 's') end++;
    if (!isWordCharacter(seed[at - 1]) && !isWordCharacter(seed[end])) return at;
    if (
      end !== at + word.length &&
      !isWordCharacter(seed[at - 1]) &&
      !isWordCharacter(seed[at + word.length])
    ) {
      return at;
    }
  }
  return -1;
}

function foldTable<T>(
  table: readonly (readonly [T, readonly string[]])[],
): (readonly [T, readonly string[]])[] {
  return table.map(([value, words]) => [value, words.map(fold)] as const);
}

const SETTINGS = foldTable(SETTING_WORDS);

/** True when the seed's cab is an app's ("uber home", "a lyft"): no meter ticks in it. */
export function saysAppRide(text: string): boolean {
  return /\b(?:uber|lyft|bolt)\b/u.test(fold(text));
}

/**
 * True when the seed wheels a pram ("w the baby in the pram", "pushing the buggy"): a baby along
 * sleeps in it, not in the reader's arms.
 */
export function saysPram(text: string): boolean {
  return /\b(?:pram|buggy|pushchair|push chair|stroller)s?\b/u.test(fold(text));
}

/**
 * True when the seed straps the baby into a car seat ("cab home, baby in the car seat"): a baby
 * along sleeps in it beside the reader, not in their arms.
 */
export function saysCarSeat(text: string): boolean {
  // Not one left behind ("forgot the car seat").
  return /(?<!\b(?:forgot|forgotten|left|no|without) (?:the |a |my )?)\b(?:car ?seat|car-seat|baby seat)s?\b/u.test(
    fold(text),
  );
}

/**
 * True when the seed says the baby along has been crying ("w the baby crying", "baby wont
 * settle"), in the clause that names the baby: such a baby is told asleep only at last.
 */
export function saysBabyCried(text: string): boolean {
  return BABY_CRIED.test(fold(text));
}

const CRIED =
  "(?:crying|cried|screaming|screamed|wailing|howling|teething|colicky|fussing|fussy|grizzling|(?:wont|won't|will not|cant|can't|would not|wouldnt) (?:settle|sleep|stop crying))";
const BABY_CRIED = new RegExp(
  `\\bbaby(?: [^\\s,.;!?]+)? ${CRIED}\\b|\\b${CRIED} baby\\b|\\bbaby\\b[^.;!?]*?, (?:she|he|they)(?:s|'s| is| just| still)* ${CRIED}\\b`,
  'u',
);

/**
 * A birth under way tonight: "in labour", "went into labour", "her waters just broke" (not labor
 * day, nor flood waters). The night is bound for the hospital where the place has one
 * (`saysLabour`). Contractions are not heard: the reader may be the one in labour, and no role is
 * theirs yet.
 */
const LABOUR =
  "\\bin labou?r\\b(?! day)|\\b(?:gone|went|going) into labou?r\\b|\\bgiving birth\\b|\\b(?:her|my|(?:wife|gf|girlfriend|partner|missus)['’]?s) waters? (?:just |have |has |had )?(?:broke|broken|gone|went)\\b";

/**
 * Said of someone dying: "not got long", "only got hours", "has days to live", "near the end"
 * (not of a pregnancy or a shift), not "days off".
 */
const NOT_LONG =
  "near the end(?! of)|(?:not|hasn['’]?t|has not) got long|(?:(?:only|has|have|got|just) ){1,3}(?:hours|days)\\b(?! off)(?: (?:left|to live))?";

/** True when the seed has a birth under way tonight (LABOUR). */
/**
 * True when the seed's night goes round again ("stuck in a time loop", "every time i reach the
 * bridge it resets", "the same night over and over"): readers who asked for one went through a
 * door instead.
 */
export function saysTimeLoop(text: string): boolean {
  return TIME_LOOP.test(fold(text));
}

const TIME_LOOP =
  /\b(?:time ?loop|stuck in a loop|loop(?:s|ing)? (?:back|again|forever)|groundhog day|d[eé]j[aà] ?vu|(?:it|everything|the night) (?:keeps )?(?:resets|resetting|repeats|repeating|starts over|starting over)|same (?:night|journey|ride) (?:again|over and over|every night))\b/u;

/**
 * True when the seed says nobody drives ("the bus has no driver", "the car drives itself", "a taxi
 * with nobody driving"): readers who asked for one met a driver who glanced in the mirror.
 */
export function saysNoDriver(text: string): boolean {
  return NO_DRIVER_SAID.test(fold(text));
}

const NO_DRIVER_SAID =
  /\b(?:no driver|driverless|self driving|(?:drives|driving|drove) (?:itself|themselves)|(?:nobody|no one|noone|no1)(?: is| was|['’]s)? (?:driving|at the wheel)|empty driver['’]?s? seat|driver['’]?s? seat (?:is |was )?empty)\b/u;

/**
 * True when the seed has someone of the reader's at the wheel ("my dead grandmother is driving
 * the bus", "mum drives us home"): nobody else drives.
 */
export function kinDriving(text: string): boolean {
  const found = ALONG_WITH_KIN.exec(fold(text));
  return found !== null && /\bdriv/u.test(found[0]);
}

/**
 * True when the seed says the reader does not know, or is not told, where the ride goes ("a ghost
 * taxi driver who wont tell me where were going", "no idea where this bus goes"): readers were
 * told in the first beat.
 */
export function saysUnknownDestination(text: string): boolean {
  return UNKNOWN_DESTINATION.test(fold(text).replace(/['’]/gu, ''));
}

const UNKNOWN_DESTINATION =
  /\b(?:wont|will not|doesnt|does not|wouldnt|refuses to) (?:tell|say)(?: me| us)? where (?:were|we are|im|i am|its|it is|(?:this|the) (?:bus|train|tram|ferry|cab|taxi|flight|plane|coach|boat|lift)(?: is)?) (?:going|headed|heading|taking (?:me|us))\b|(?:^|[,.;!?] *|\b(?:i|we|i have|ive) )(?:dont|do not|have no idea|no idea|not sure|cant remember|forgot) (?:know )?where (?:(?:were|we are|im|i am|(?:this|the) (?:bus|train|tram|ferry|cab|taxi|flight|plane|coach|boat|lift)(?: is)?) (?:going|headed|heading|taking (?:me|us))|(?:this|the) (?:bus|train|tram|ferry|cab|taxi|flight|plane|coach|boat|lift) goes)(?=\s*(?:[,.;!?]|$|tonight\b|lol\b))|\bmystery (?:destination|trip|tour)\b|\bunknown destination\b/u;

/**
 * True when the seed has a stranger know the reader ("a stranger on the tram knows my name", "the
 * man opposite knew my name and my pin"): readers who typed it met nobody who knew anything. Not
 * anyone of the reader's, nor a name called at a desk or a gate ("they called my name").
 */
export function saysKnownByName(text: string): boolean {
  return KNOWN_BY_NAME.test(fold(text));
}

const KNOWN_BY_NAME = new RegExp(
  `(?<!\\b(?:nobody|no one|noone)\\b[^,.;!?]*)\\b(?:(?:a|the|this|that|some) (?:[a-z]+ ){0,2}(?:stranger|man|woman|guy|bloke|girl|lady|kid|child|boy|person|figure|passenger|conductor|driver)|someone|somebody|a stranger|stranger)\\b[^,.;!?]{0,40}?\\b(?:(?:knows|knew|whispered|whispers|said|says|saying) (?:my (?:full |real |first )?name|who i am|my pin(?: number)?|where i live|everything about me)|(?:calls|called|keeps calling) me by (?:my )?name)\\b`,
  'u',
);

/**
 * True when the seed's morning is the first at a new job ("first day at the new job tomorrow",
 * "starting my new job tmrw"), not a job had or lost, a first day had, nor one starting later.
 */
export function saysNewJob(text: string): boolean {
  return NEW_JOB.test(fold(text));
}

const NEW_JOB =
  /(?<!\bafter (?:my |the |a )?)\b(?:first (?:day|shift|morning) (?:at|of|in) (?:my |the |a )?(?:new )?(?:job|work|office)|(?:start|starting|begin|beginning) (?:my |a |the )?new job|new job)\b[^,.;!?]{0,20}?\b(?:tomorrow|tmrw|tmr|tomoz|in the morning|first thing)\b/u;

export function saysLabour(text: string): boolean {
  return LABOURING.test(fold(text));
}

const LABOURING = new RegExp(LABOUR, 'u');

/**
 * True when the seed's train runs underground ("the tube", "last metro", "subway"): its platform
 * has no sky, fields or wind (a reader on the underground met frost on the rails and a fox).
 */
export function saysUnderground(text: string): boolean {
  return UNDERGROUND.test(fold(text));
}

const UNDERGROUND =
  /\b(?:(?:the|last|night|first) (?:tube|underground|metro|subway)|(?:underground|metro|subway|tube)(?:['’]s)? (?:station|train|platform|home|to|at|from|w|with|delayed|is)|(?:northern|central|jubilee|piccadilly|victoria|district|circle|bakerloo|metropolitan|elizabeth) line)\b/u;
const GENRES = foldTable(GENRE_WORDS);
const WEATHER = foldTable(WEATHER_WORDS);

/** The value whose word appears earliest in the seed ("ferry to the airport" is a ferry). */
function earliest<T>(
  seed: string,
  table: readonly (readonly [T, readonly string[]])[],
): T | undefined {
  let best: { value: T; at: number } | undefined;
  for (const [value, words] of table) {
    for (const word of words) {
      const at = wholeWordAt(seed, word);
      if (at !== -1 && (best === undefined || at < best.at)) best = { value, at };
    }
  }
  return best?.value;
}

/** What a seed names, if anything the world knows. */
export function readSeedWords(text: string): SeedWords {
  const seed = fold(text);
  const words: SeedWords = {};
  // "Gate 12" is an airport's, though "the garden gate" is nobody's.
  const setting =
    // Riding in one, wherever it goes ("heading to the airport in a taxi").
    (IN_A_CAB.test(seed) ? 'night-cab' : undefined) ??
    earliest(seed, SETTINGS) ??
    (NUMBERED_GATE.test(seed) ? 'airport-gate' : undefined) ??
    // On the tarmac is a plane's, unless a coach is named ("coach parked on the tarmac").
    (/\btarmac\b/u.test(seed) && !namesCoach(seed) ? 'airport-gate' : undefined);
  const genre = earliest(seed, GENRES);
  const weather = earliest(seed, WEATHER);
  if (setting !== undefined) words.setting = setting;
  if (genre !== undefined) words.genre = genre;
  if (weather !== undefined) words.weather = weather;
  return words;
}

const NUMBERED_GATE = /\bgates? \d/u;
/** Riding in a cab ("in a taxi", "in an uber"), not asleep in a lorry's ("in the cab"). */
const IN_A_CAB =
  /\b(?:in|into) (?:(?:a|an|my|our) (?:black )?(?:taxi|cab|minicab|uber|lyft)|the (?:taxi|minicab|uber|lyft))\b/u;

/**
 * A lift going down, as a seed says it: "the lift down to the lobby", "sinking toward the car
 * park", "going down to the garage". Readers found it rising to the fourteenth floor.
 */
const LIFT_DOWN =
  /\b(?:lift|elevator)(?: [a-z]+){0,2} (?<!\bcom(?:e|es|ing) )(?:down|sinks?|sinking|descend(?:s|ing)?)\b|\b(?:going|heading|riding) down\b[^,.;]*?\b(?:lift|elevator)\b|\b(?:going|goes|heading|riding) down (?:past|to|toward|towards) the\b|\b(?:going |heading |riding |way )?down (?:to|toward|towards) the (?:lobby|car ?park|ground floor|basement|garage)\b|\b(?:lift|elevator)\b(?:(?!\bfrom\b)[^,.;]){0,30}?\b(?:(?:only |just )?(?:goes|going|went|gone) )?(?:down )?to (?:the )?(?:lobby|car ?park|ground floor|basement|garage|reception)\b(?! on the)|\b(?:sinks?|sinking|descend(?:s|ing)?) (?:to|toward|towards|past) the (?:lobby|car ?park|ground floor|basement|garage)\b|\b(?:lift|elevator) (?:that|which) (?:(?:just |only )?(?:keeps|kept|never stops|wont stop|won['’]t stop|doesnt stop|doesn['’]t stop) )?(?:going|goes|sinking|sinks) down\b/u;

/** A lift said to be going up: "the lift up from the car park", "going up to my room". */
const LIFT_UP =
  /\b(?:lift|elevator)(?: [a-z]+){0,2} up\b|\b(?:go|going|goes|ride|riding|heading) up\b/u;

/** True when the seed's lift is going down (LIFT_DOWN), and not said to go up. */
export function liftGoingDown(text: string): boolean {
  const folded = fold(text);
  return LIFT_DOWN.test(folded) && !LIFT_UP.test(folded);
}

/** Where a lift going down stops, as the seed names it. */
const FLOORS_BELOW = '(lobby|car ?park|ground floor|basement|garage|reception)\\b';
const FLOOR_BELOW = new RegExp(`\\b${FLOORS_BELOW}`, 'u');
const FLOOR_GONE_TO = new RegExp(`\\b(?:to|toward|towards) (?:the )?${FLOORS_BELOW}`, 'u');

/**
 * Where the seed's lift is going down to ("the car park"), the lobby if it does not say; or
 * undefined for a lift that is not going down.
 */
export function namedFloorBelow(text: string): string | undefined {
  const folded = fold(text);
  if (!liftGoingDown(text)) return undefined;
  // Below the lowest there is ("past B3", "past the basement"): a floor no button shows.
  if (/\bpast (?:b\d+|the basement|the bottom|the last floor|level -?\d+)\b/u.test(folded))
    return NO_SUCH_FLOOR;
  // "Going down past the lobby" is bound below it.
  if (/\bpast the (?:lobby|ground floor)\b/u.test(folded)) return 'the basement';
  // The floor it is going to, else the one it is named for ("the car park lift").
  const below = FLOOR_GONE_TO.exec(folded)?.[1] ?? FLOOR_BELOW.exec(folded)?.[1] ?? 'lobby';
  // Reception is in the lobby.
  return `the ${below === 'carpark' ? 'car park' : below === 'reception' ? 'lobby' : below}`;
}

/** What stands beside a vessel, where people wait for it. */
const NOT_A_ROOM = '(?! (?:platform|terminal|lobby|station|gate|queue|hall)\\b)';

/** Someone asleep against the window beside the reader: they are in their seats. */
const ASLEEP_ON_THE_WINDOW = '\\basleep (?:on|against) the (?:[a-z]+ )?window\\b';

/**
 * How a seed says the reader is already aboard a vessel that others wait for ("on the red-eye",
 * "mid-flight", "on deck", "in the hotel lift", "on the last train"), by the place it is told at;
 * "the last ferry" or "waiting for the lift" say nothing of it.
 */
const SAYS_ABOARD: Partial<Record<SettingId, RegExp>> = {
  'airport-gate': aboard(
    'plane|flight|red ?eye|jet',
    `\\btax[iy]ing\\b|\\bon the tarmac\\b|\\b(?:plane|flight|we)(?: is| are|['’]re)? (?:landing|taking off|coming in to land)\\b|\\btouch(?:ed|ing) down\\b|\\bmid ?(?:flight|air)\\b|\\bin the air\\b|\\bseat ?belt sign\\b|\\bcabin lights\\b|${ASLEEP_ON_THE_WINDOW}`,
  ),
  'ferry-terminal': aboard(
    'ferry|boat|ship|crossing',
    '\\bon (?:the )?(?:cold |top |open |upper )?deck\\b|\\bat the rail\\b|\\bat sea\\b',
  ),
  // A lift said to be going down has the reader in it (LIFT_DOWN): nobody waits in the lobby
  // to ride down to it.
  'hotel-lift': new RegExp(
    `${LIFT_DOWN.source}|\\b(?:in|inside|stuck in) (?:(?:an?|the|this|our) )?(?:[a-z]+ ){0,2}(?:lift|elevator)\\b${NOT_A_ROOM}|\\bstuck between floors\\b|\\b(?:lift|elevator) (?:climbs|climbing|rises|rising|descends|descending|stops)\\b`,
    'u',
  ),
  'empty-platform': aboard(
    'train|tube|subway|metro|underground',
    `\\bin the (?:empty |last |quiet )?carriage\\b|${ASLEEP_ON_THE_WINDOW}`,
  ),
  'service-station': aboard('coach', ASLEEP_ON_THE_WINDOW),
};

/**
 * "On the last night flight", "on board the ferry", "aboard an overnight coach": the vessel, not
 * its platform, terminal or queue, and not by someone waiting for it or booked on it.
 */
function aboard(vessels: string, more?: string): RegExp {
  const on = `(?<!\\b(?:waiting|wait|booked|late|missed|queuing|queueing|hoping|get|getting) )\\b(?:on ?board|aboard|on) (?:(?:an?|the|my|this|our) )?(?:(?!to |way )[a-z0-9-]+ ){0,2}(?:${vessels})\\b${NOT_A_ROOM}`;
  return new RegExp(more === undefined ? on : `${on}|${more}`, 'u');
}

/** True when the seed puts the reader aboard already, at a place where others wait to board. */
export function saysAboard(text: string, setting: SettingId): boolean {
  const folded = fold(text);
  // "Since we boarded": aboard whatever it is, but a lift, which nobody boards.
  return (
    SAYS_ABOARD[setting]?.test(folded) === true ||
    (setting !== 'hotel-lift' && JUST_BOARDED.test(folded))
  );
}

/** Boarding said as done: "since we boarded", "we've just boarded", "just boarded". */
const JUST_BOARDED =
  /\b(?:since (?:we|i) boarded|(?:we|i)(?:['’]?ve| have)? (?:just )?boarded|just boarded)\b/u;

/**
 * True when a seed names a coach to travel on ("the coach to the sea", "a night coach"), not a
 * football coach: where it names no place, such a coach waits at the services.
 */
export function namesCoach(text: string): boolean {
  return /\b(?:a|the|night|overnight|last|late|early) coach\b|(?:^|[,.;] )coach\b|\bcoach (?:to|across|over|through|from|into|home|back)\b/u.test(
    fold(text),
  );
}

/**
 * True when a seed travels by coach in so many words ("the overnight coach to paris", "coach
 * home"): enough to outweigh a train it also names ("cos the train is 2 pricey"), as "the coach"
 * alone (perhaps a football coach) is not.
 */
export function travelsByCoach(text: string): boolean {
  return /\b(?:night|overnight|last|late|early) coach\b|\bcoach (?:to|home|from|back)\b/u.test(
    fold(text),
  );
}

/**
 * The folded seed with only the words that may say where the reader is bound: not the places it
 * says they come from ("home from the cemetery gates", "home after my shift at the hospital", up
 * to a "to" that says where they go instead) or leave ("out of the city"), nor whoever's
 * occasion they go to ("my sister's wedding" is no sister's flat), nor who travels with them
 * ("with my sister to see my dad" is bound for the dad).
 */
export function whereBound(text: string): string {
  const steps = [OCCASIONS, BEEN_THERE, ORIGINS, LEAVING, PASSING, WITH_KIN, ALONG_WITH_KIN];
  return steps.reduce((seed, pattern) => blanked(seed, pattern), fold(text));
}

/**
 * Where the reader has been, up to the end of its clause: "been to my mums, train home" is not
 * bound for Mum's, nor "went to a gig and now the night bus" for the gig.
 */
const BEEN_THERE =
  /\b(?:been|went|gone|after going|after being) (?:over |round |back )?to\b[^,.;]*?(?=\b(?:and|now|then|but|so|home|bus|train|tram|taxi|cab|uber|coach|ferry|flight|plane|tube|lift)\b|[,.;]|$)/gu;

/** Someone's occasion: "my sister's wedding", "my nans funeral", "her leaving do". */
const OCCASIONS =
  /\b[a-z]+(?:['’]s|s) (?:wedding|funeral|birthday|party|graduation|leaving do)\b/gu;

/**
 * A place the reader only passes, up to where the seed says it is bound: "the last tram past the
 * old cemetery to my grandmother's" is bound for the grandmother, not the cemetery.
 */
const PASSING = /\b(?:past|passing|via)\b.*?(?=\bto\b|[,;]|$)/gu;

/** A place the reader leaves: "the last train out of the city", "leaving home". */
const LEAVING =
  /\b(?:out of|leaving) (?:the |my |our )?(?:city|town|village|country|home|house|flat)\b/gu;

/**
 * A place the seed says the reader is bound for by its name ("the red-eye to Lisbon", "the
 * overnight coach to Glasgow", "to Port Ellen"), or undefined. Only a capitalised name after "to"
 * (one or two words), and not someone ("to Mum's") nor a day or month.
 */
export function namedPlace(text: string): string | undefined {
  for (const [, name] of text.matchAll(CAPITALISED_PLACE)) {
    if (name !== undefined && !NOT_NAMES.has(name.split(/[ -]/u)[0] ?? '')) return name;
  }
  // A city everyone knows, typed in lower case on a phone ("red eye to lisbon", "bus 2 berlin").
  return knownCity(LOWER_CASE_PLACE.exec(` ${fold(text)}`)?.[1]);
}

/** The city of KNOWN_CITIES that one or two words typed in lower case name, or undefined. */
function knownCity(words: string | undefined): string | undefined {
  for (const candidate of [words, words?.split(' ')[0]]) {
    const city = candidate === undefined ? undefined : KNOWN_CITIES.get(candidate);
    if (city !== undefined) return city;
  }
  return undefined;
}

/**
 * The city where whatever the seed is bound for is ("to a conference in Manchester", "for a
 * wedding in rome", "to see family in dublin"), by a name or one of KNOWN_CITIES, or undefined.
 * Not where the reader comes from ("back from a gig in leeds") nor lives ("i live in leeds").
 */
export function namedPlaceIn(text: string): string | undefined {
  for (const found of text.matchAll(PLACE_IN)) {
    const [, lead = '', name, lower] = found;
    if (/\b(?:from|frm|after|since|live|lives|living)\b/iu.test(lead)) continue;
    const city =
      name !== undefined && !NOT_NAMES.has(name.split(' ')[0] ?? '') ? name : knownCity(lower);
    if (city !== undefined) return city;
  }
  return undefined;
}

/**
 * "To" or "for" and something to go to, in up to four words ("a conference", "see family", "my
 * cousins wedding"), then "in" and a place: a name, or words in lower case. Not a change of trains,
 * sleep, being late, or a home ("to my flat in leeds").
 */
const PLACE_IN =
  /(?<![\p{L}'’])(?:[Tt]o|[Ff]or) ((?:a|an|the|my|our|his|her|see|visit|meet)(?: (?!(?:flat|house|home|place|room|bed|kids|children)\b)[\p{L}'’]+){0,3}?) in (?:(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}'’])|([a-z]+(?: [a-z]+)?))/gu;

/** Not a "to" of going somewhere: "next to", "listening to", "talking to", "due to". */
const NOT_GOING = '(?<!\\b(?:next|listening|listen|talking|talk|due|thanks) )';

/** A capitalised name after "to", whole: "to New Year's" names no New. */
const CAPITALISED_PLACE = new RegExp(
  `${NOT_GOING}\\bto ((?:\\p{Lu}\\p{Ll}+)(?:[ -]\\p{Lu}\\p{Ll}+)?)(?![ -]\\p{Lu}|['’\\p{L}])`,
  'gu',
);

/** One or two words in lower case after "to", or "2" as a phone writes it ("bus 2 berlin"). */
const LOWER_CASE_PLACE = new RegExp(`${NOT_GOING}(?:\\bto|(?<=\\s)2) ([a-z]+(?: [a-z]+)?)\\b`, 'u');

/**
 * A place the seed is bound for that no timetable has, as the seed says it: one it says is gone or
 * strange ("to a town that was flooded for a reservoir", "to a station that closed in 1974"), a
 * fairytale's ("to the frost queen's palace", "to the giant's castle"), the moon or the
 * underworld, or a numbered pier ("a briefcase to pier 9"); undefined for any other. Readers who
 * typed one were taken to the old market square.
 */
export function namedStrangePlace(text: string): string | undefined {
  const folded = fold(text).replace(/[’']/gu, '’');
  const [, gone, fairytale, numbered] = STRANGE_PLACE.exec(folded) ?? [];
  const place = gone ?? fairytale ?? numbered;
  // Said of the reader ("a station that closed before i was born") it would need their words
  // turned round: another reading is left to find it.
  if (place === undefined || /\b(?:i|im|i’m|me|my|we|us|our)\b/u.test(place)) return undefined;
  return place.replace(/\b(doesn|isn|wasn|won|can|didn|hasn|aren)t\b/gu, '$1’t');
}

/** Places a seed may say are gone or strange ("a town that ..."), and where a fairytale lives. */
const ORDINARY_PLACES =
  'town|village|city|station|stop|platform|island|house|street|road|hotel|church|school|harbour|port|lighthouse|pier';
const FAIRYTALE_PLACES = 'palace|castle|tower|kingdom|forest|woods|cave|lair|court|hall';
/** Whose a fairytale's place is: "the giant's castle", not "the queen's hall" or "the magistrate's court". */
const FAIRYTALE_BEINGS =
  'giant|giants|witch|wizard|troll|dragon|goblin|goblins|ogre|sorcerer|fairy|fairies|(?:frost|snow|ice|fairy|goblin|elf|wicked|dark|sea|mountain) (?:queen|king)';
const STRANGE_PLACE = new RegExp(
  `${NOT_GOING}\\bto (?:` +
    // Said to be gone, drowned, closed or not there, in a clause of up to six words.
    `((?:a|an|the) (?:[a-z]+ ){0,2}(?:${ORDINARY_PLACES}) (?:that|which|where) (?:[a-z0-9]+ ){0,4}(?:flooded|drowned|closed|demolished|burned|burnt|vanished|disappeared|exist|exists|existed|gone|sank|sunk|died|lost|dead|abandoned|knocked|nobody|no one|isn['’]?t on|doesn['’]?t exist|does not exist|is not on|appears|moves)(?: [a-z0-9]+){0,4})(?=[,.;!?]|$| (?:by|on|with|and|but|so|tonight|at \\d)\\b)` +
    // A fairytale's, someone's of one ("the frost queen’s palace"), or the fairytale's own place.
    `|((?:the|a) (?:[a-z]+ )?(?:${FAIRYTALE_BEINGS})’s (?:${FAIRYTALE_PLACES})|the (?:underworld|land of the dead|edge of the world|end of the world|bottom of the sea|moon))\\b(?! (?:party|club|bar|pub|night|concert|gig|cinema|festival|exhibition))` +
    `|((?:pier|dock|berth) \\d{1,3}[a-z]?)\\b)`,
  'u',
);

/**
 * The counties, regions and countries a seed may name in lower case, as they are written, among
 * KNOWN_CITIES ("sleeper to cornwall", "ferry to france"): a reader steps off in them, not at them
 * ("You step off at Spain").
 */
export const REGIONS: ReadonlySet<string> = new Set([
  'Cornwall',
  'Devon',
  'Yorkshire',
  'Norfolk',
  'Kent',
  'the Highlands',
  'Skye',
  'Ireland',
  'France',
  'Spain',
  'Italy',
  'Germany',
  'Scotland',
  'Wales',
  'Portugal',
  'Greece',
  'Norway',
  'Holland',
]);

/**
 * Cities a seed may name in lower case, as they are written (not those that are everyday words
 * too, such as Nice or Bath).
 */
const KNOWN_CITIES: ReadonlyMap<string, string> = new Map(
  [
    'London',
    'Glasgow',
    'Edinburgh',
    'Manchester',
    'Leeds',
    'Liverpool',
    'Birmingham',
    'Bristol',
    'Cardiff',
    'Belfast',
    'Dublin',
    'Newcastle',
    'Aberdeen',
    'Inverness',
    'Brighton',
    'York',
    'Paris',
    'Berlin',
    'Lisbon',
    'Porto',
    'Madrid',
    'Barcelona',
    'Rome',
    'Milan',
    'Venice',
    'Naples',
    'Vienna',
    'Prague',
    'Budapest',
    'Amsterdam',
    'Brussels',
    'Oslo',
    'Stockholm',
    'Copenhagen',
    'Helsinki',
    'Warsaw',
    'Krakow',
    'Athens',
    'Istanbul',
    'Tallinn',
    'Riga',
    'New York',
    'Chicago',
    'Boston',
    'Toronto',
    'Montreal',
    'Tokyo',
    'Osaka',
    'Seoul',
    'Sydney',
    'Melbourne',
    'Lagos',
    'Nairobi',
    'Cairo',
    'Mumbai',
    'Delhi',
    'Los Angeles',
    'San Francisco',
    'Denver',
    'Seattle',
    'Miami',
    'Washington',
    'Vancouver',
    'Singapore',
    'Bangkok',
    'Munich',
    'Hamburg',
    'Zurich',
    'Geneva',
    'Florence',
    'Seville',
    'Marseille',
    'Lyon',
    'Cork',
    'Galway',
    'Oxford',
    'Cambridge',
    'Sheffield',
    'Nottingham',
    'Plymouth',
    'Swansea',
    'Dundee',
    // Ferry ports readers type in lower case ("ferry to calais").
    'Calais',
    'Dover',
    'Dieppe',
    'Cherbourg',
    'Santander',
    'Bilbao',
    'Rotterdam',
    'Holyhead',
    'Stranraer',
    // And the counties, regions and countries a sleeper, a ferry or a flight goes to.
    ...REGIONS,
  ]
    .map((city): [string, string] => [city.toLowerCase(), city])
    // As phones write them: "red eye to nyc".
    .concat([['nyc', 'New York']]),
);

/** The reader's own new home, as a destination ("our new flat" is your new flat), or undefined. */
export function namedNewHome(text: string): string | undefined {
  // Not a sister's new flat.
  const home = /\b(?:my|our|a) new (flat|house|home|place)\b/u.exec(fold(text))?.[1];
  return home === undefined ? undefined : `your new ${home}`;
}

/**
 * "To see my father", "visiting my gran", "to my mum's place": someone of the reader's they are
 * on their way to, as a destination ("your father’s house"), or undefined. Not one in hospital or
 * a hospice: that is a bedside (see ROLE_WORD_FOR), and the hospital is where they are.
 */
export function namedVisit(text: string): string | undefined {
  const folded = fold(text);
  if (/\b(?:hospital|ward|hospice|icu|intensive care|a ?& ?e)\b/u.test(folded)) return undefined;
  const place = TO_KINS_PLACE.exec(folded);
  const then = TO_KINS_PLACE_THEN.exec(folded);
  const visiting = VISITING.exec(folded);
  const called = TO_CALLED_KINS_PLACE.exec(folded);
  const kin =
    place?.[1] ??
    place?.[3] ??
    place?.[4] ??
    then?.[1] ??
    then?.[2] ??
    visiting?.[1] ??
    visiting?.[2] ??
    visiting?.[3] ??
    called?.[1];
  if (kin !== undefined) return `your ${inFull(kin)}’s ${place?.[2] ?? called?.[2] ?? 'house'}`;
  // Both parents, whose house is theirs ("coach to my parents', first time home in three years").
  return TO_PARENTS.test(folded) ? 'your parents’ house' : undefined;
}

/**
 * Someone of the reader's waiting up for them ("my mum is waiting up for me at arrivals"), as
 * the house the night is bound for, or undefined. Read in the whole seed: said after "from
 * uni" or "after my shift", it is still who waits at the end.
 */
export function namedWaiting(text: string): string | undefined {
  const found = WAITING_UP.exec(fold(text));
  const kin = found?.[1] ?? found?.[2];
  return kin === undefined ? undefined : `your ${inFull(kin)}’s house`;
}

/** Words of a generic place a seed may be bound for ("to the airport", "to the coast"). */
const GENERIC_PLACES = [
  'airport',
  'coast',
  'sea',
  'seaside',
  'beach',
  'station',
  'docks',
  'harbour',
  'island',
  'mountains',
  'hospital',
  'university',
  'hotel',
  'ferry port',
  'dorm',
  'dorms',
  'halls',
  // Where a night out or a night's work is ("uber to the pub", "night bus to the office").
  'pub',
  'club',
  'gig',
  'office',
  'match',
];

/**
 * A generic place the seed is bound for, as the seed says it ("the airport"), or undefined:
 * where nothing of ours matches it, the reader still goes where they said.
 */
export function namedGenericPlace(text: string): string | undefined {
  // A vet at night is an emergency one, whatever the seed calls it ("to the vets", "to the
  // emergency vet"): readers with a sick animal were sent to the sea.
  if (TO_THE_VET.test(fold(text))) return 'the all-night vet';
  // Casualty is the hospital ("cab to A&E with my mum").
  if (TO_CASUALTY.test(fold(text))) return 'the hospital';
  const found = GENERIC_PLACE.exec(fold(text));
  const place = found?.[1] ?? found?.[2];
  return place === undefined ? undefined : `the ${place}`;
}

const TO_THE_VET = /\bto the (?:[a-z0-9-]+ ){0,2}vets?\b/u;
const TO_CASUALTY = /\bto (?:the )?(?:a ?& ?e|a and e|casualty|emergency room)\b|\bto the er\b/u;

const GENERIC_PLACE = new RegExp(
  `\\bto the (${GENERIC_PLACES.join('|')})\\b|\\bto (?:my |our )?(dorms?|halls|hotel)\\b`,
  'u',
);

/**
 * Someone the seed says the reader travels with, by name ("with Marta and her accordion") or by
 * what they are to the reader ("with my sister"), the pronoun the seed gives them ("her", "his",
 * "my sister") if it gives one, and their kin word if it says; undefined when it names nobody.
 */
export function namedCompanion(
  seed: string,
):
  | { name: string | undefined; pronoun: 'she' | 'he' | undefined; kin: string | undefined }
  | undefined {
  const text = oneOfThem(seed);
  const found = WITH_SOMEONE.exec(text);
  const [, mine, title, name] = found ?? [];
  const written = mine ?? title;
  const lower = found === null ? WITH_KIN_NAMED_LOWER.exec(text) : null;
  if (
    lower?.[1] !== undefined &&
    lower[2] !== undefined &&
    !NOT_LOWER_NAMES.has(lower[2]) &&
    // "w my 4yo daughter": kin after an age, not a name.
    !KIN_WORDS.includes(lower[2]) &&
    // "with my gran visiting from leeds": what someone does, not who they are.
    !lower[2].endsWith('ing') &&
    // Nor an adverb before what someone does ("w my mum not talking to me", "silently crying";
    // Lily is a name).
    !ADVERBS_BEFORE_DOING.has(lower[2]) &&
    !(/ly$/u.test(lower[2]) && /^\s*\p{L}+ing\b/u.test(text.slice(lower.index + lower[0].length)))
  ) {
    const kin = lower[1].toLowerCase();
    return {
      name: capitalised(lower[2]),
      pronoun: KIN_PRONOUNS[kin] ?? pronounSaidAfter(text, lower.index + lower[0].length),
      kin: inFull(kin),
    };
  }
  if (found === null || name === undefined || isNotAName(name)) {
    // Kin without a name ("with my sister, we're not talking"): a name is drawn for them.
    const saidAlong = kinSaidAlong(text);
    const along = saidAlong?.found;
    const withKin = WITH_KIN.exec(text);
    const kin = (
      withKin?.[1] ??
      withKin?.[2] ??
      withKin?.[3] ??
      along?.[1] ??
      along?.[2] ??
      along?.[3]
    )?.toLowerCase();
    if (kin !== undefined) {
      // "me and my sister Priya": kin said along, with the name after it.
      // Only where "me and my sister" said who it is: "with my dad, me and my sister Priya" is
      // no Priya of Dad's.
      const after =
        withKin !== null || along?.[1] === undefined
          ? null
          : NAME_AFTER.exec(text.slice(along.index + along[0].length));
      // "my old friend Tom snoring in the top bunk": a name between kin and what they do.
      const betweenName = withKin === null ? saidAlong?.name : undefined;
      const named = after?.[1] !== undefined && !isNotAName(after[1]) ? after[1] : betweenName;
      // A friend has no pronoun of their own: their name may ("my old friend Tom").
      const said = withKin ?? along;
      const pronoun =
        KIN_PRONOUNS[kin] ??
        TYPED_NAMES[named?.toLowerCase() ?? ''] ??
        // "w my 3yo, shes finally asleep on me".
        (named === undefined && said !== undefined
          ? pronounSaidAfter(text, said.index + said[0].length)
          : undefined);
      return { name: named, pronoun, kin: inFull(kin) };
    }
    // One of our own names typed in lower case ("w jonah to get his wallet back").
    const ours = OUR_NAME_LOWER.exec(text);
    if (ours?.[1] !== undefined) {
      const pronoun = pronounSaidAfter(text, ours.index + ours[0].length);
      return { name: capitalised(ours[1]), pronoun, kin: undefined };
    }
    // A given name typed in lower case ("night train with leo to berlin").
    const typed = TYPED_NAME_ALONG.exec(text);
    const given = (typed?.[1] ?? typed?.[2] ?? typed?.[3])?.toLowerCase();
    if (typed !== null && given !== undefined) {
      const pronoun =
        TYPED_NAMES[given.toLowerCase()] ?? pronounSaidAfter(text, typed.index + typed[0].length);
      return { name: capitalised(given), pronoun, kin: undefined };
    }
    // Someone said to be along by name: "Theo and I", "me and Theo".
    const alongByName = ALONG_BY_NAME.exec(text);
    const byName = alongByName?.[1] ?? alongByName?.[2];
    if (byName !== undefined && !isNotAName(byName))
      return { name: byName, pronoun: undefined, kin: undefined };
    // "My ex is on this bus": aboard, though not with the reader.
    const ex = EX_ABOARD.exec(text);
    if (ex !== null)
      return {
        name: undefined,
        pronoun: pronounSaidAfter(text, ex.index + ex[0].length),
        kin: 'ex',
      };
    // "Wife in labour", "her waters just broke": she is beside the reader.
    const labour = labourSaid(text);
    if (labour !== null) {
      const word = (labour[1] ?? labour[2] ?? 'partner').toLowerCase();
      return { name: undefined, pronoun: 'she', kin: word === 'missus' ? 'wife' : inFull(word) };
    }
    // "We just got married": whoever the reader married is along, unnamed.
    return JUST_WED.test(text)
      ? { name: undefined, pronoun: undefined, kin: 'partner' }
      : undefined;
  }
  const kin = written?.toLowerCase();
  const full = kin === undefined ? undefined : inFull(kin);
  const kinPronoun = kin === undefined ? undefined : KIN_PRONOUNS[kin];
  if (kinPronoun !== undefined) return { name, pronoun: kinPronoun, kin: full };
  return { name, pronoun: pronounSaidAfter(text, found.index + found[0].length), kin: full };
}

/**
 * An ex of the reader's aboard, not with them: "avoiding my ex on the tram", "my ex is on this
 * bus", "my ex just got on". Not one fled or left behind ("running from my ex", "my ex kept the
 * flat").
 */
const EX_ABOARD =
  /(?<!\b(?:from|fleeing|escaping|left|leaving|with|w|and|n|&) )\b(?:(?:avoiding|dodging|hiding from|ignoring) (?:my|our) ex\b|(?:my|our) ex (?:is |just |has just )?(?:on (?:board\b|(?:this|the|my|our) (?:[a-z0-9]+ ){0,2}(?:bus|tram|train|coach|ferry|boat|plane|flight|carriage))|aboard|got on|getting on|boarded|(?:is )?here|(?:sat|sitting|standing)(?: down)? (?!(?:at|in) (?:home|his|her|their|my)\b)(?:right |just )?(?:opposite|behind|in front|across|near|next|two|three|a few|at the back|at the front)))\b/iu;

/** True when the seed has the reader's ex aboard, not with them (EX_ABOARD). */
export function exAboard(text: string): boolean {
  return EX_ABOARD.test(text);
}

/**
 * Words that are nobody's name: "with my Sister" is kin with no name; "with Father Brown" names
 * nobody we can tell; nor is a city anyone ("falling in love with Paris").
 */
function isNotAName(word: string): boolean {
  return (
    NOT_NAMES.has(word) ||
    KIN_WORDS.includes(word.toLowerCase()) ||
    KNOWN_CITIES.has(word.toLowerCase())
  );
}

/**
 * Kin said to be along (ALONG_WITH_KIN), with the name said between them and what they do ("my
 * old friend Tom snoring"); undefined when what stands there is no name ("my dad died and i cant
 * face going home" has no Dad along).
 */
function kinSaidAlong(
  text: string,
): { found: RegExpExecArray; name: string | undefined } | undefined {
  const found = ALONG_WITH_KIN.exec(text);
  if (found === null) return undefined;
  const between = found[4];
  if (between === undefined) return { found, name: undefined };
  const name = capitalised(between);
  const isName = (/^\p{Lu}/u.test(between) || isTypedName(between)) && !isNotAName(name);
  if (isName) return { found, name };
  // Any other word only if it says when or how ("my brother finally asleep", "my mum asleep
  // beside me"): not what kin did ("my dad died and i") nor where ("my dad already asleep at home").
  return BETWEEN_KIN_AND_SLEEP.has(between.toLowerCase()) ? { found, name: undefined } : undefined;
}

/**
 * Words that may stand between kin along and their sleeping: when or how, the sleeping itself, and
 * what is left of them ("my dad's ghost is driving").
 */
const BETWEEN_KIN_AND_SLEEP: ReadonlySet<string> = new Set([
  'ghost',
  'finally',
  'just',
  'now',
  'both',
  'also',
  'all',
  'snoring',
  'asleep',
  'sleeping',
  'dozing',
]);

/**
 * A stranger the seed names ("a stranger called Wren who knows my name", "a man named Felix keeps
 * staring"), with the pronoun the seed or the name gives them, or undefined: someone of the night,
 * not anyone the reader travels with, so the story meets them as its first stranger by that name.
 */
export function namedStranger(
  text: string,
): { name: string; pronoun: 'she' | 'he' | undefined; young: boolean | undefined } | undefined {
  const found = STRANGER_CALLED.exec(text);
  const [, who = '', called, someone] = found ?? [];
  const name = called ?? someone;
  if (found === null || name === undefined || NOT_NAMES.has(name)) return undefined;
  const said = STRANGER_WORDS[who.toLowerCase()];
  const pronoun =
    said?.pronoun ??
    TYPED_NAMES[name.toLowerCase()] ??
    pronounSaidAfter(text, found.index + found[0].length);
  // Whether the seed says they are grown or a child ("a man named", "a kid called"), if it does.
  const young = said?.young;
  return { name, pronoun, young };
}

/** What the words for a stranger say of them: "a man" is he and grown, "a kid" a child. */
const STRANGER_WORDS: Readonly<
  Record<string, { pronoun?: 'she' | 'he'; young?: boolean } | undefined>
> = {
  man: { pronoun: 'he', young: false },
  guy: { pronoun: 'he', young: false },
  bloke: { pronoun: 'he', young: false },
  'old man': { pronoun: 'he', young: false },
  boy: { pronoun: 'he', young: true },
  lad: { pronoun: 'he', young: true },
  woman: { pronoun: 'she', young: false },
  lady: { pronoun: 'she', young: false },
  'old woman': { pronoun: 'she', young: false },
  'old lady': { pronoun: 'she', young: false },
  girl: { pronoun: 'she' },
  kid: { young: true },
};

const STRANGER_CALLED =
  /\b(?:[Aa]n?|[Ss]ome|[Tt]his|[Tt]he) (stranger|man|guy|bloke|boy|lad|woman|girl|lady|old man|old woman|old lady|passenger|traveller|kid) (?:called|named|calling (?:himself|herself|themselves)) (\p{Lu}\p{Ll}{1,13})(?![\p{L}'’])|\b[Ss]omeone (?:called|named) (\p{Lu}\p{Ll}{1,13})(?![\p{L}'’])/u;

/** A capitalised name straight after kin ("me and my sister Priya"). */
const NAME_AFTER = /^ (\p{Lu}\p{Ll}{1,15})(?![\p{L}'’])/u;

/** A name typed in lower case, as it is written: "ines" is Ines. */
function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A clause that opens with someone's pronoun: "shes finally asleep", "he's so grumpy". */
const OF_THEM = /^\s*(?:she|he)(?:['’]?s| is)?\b[^,.;!?]*/iu;

/**
 * The pronoun a seed gives someone named just before `from`, up to its next comma ("with Tom
 * after his interview" is he; "with Tom, to see her mother" says nothing of Tom).
 */
function pronounSaidAfter(text: string, from: number): 'she' | 'he' | undefined {
  const [clause = '', next = ''] = text.slice(from).split(',');
  // Or the next clause, when it is about them: "w my 3yo, shes finally asleep on me".
  const after = `${clause} ${OF_THEM.exec(next)?.[0] ?? ''}`;
  // "shes" and "hes" as a phone writes them.
  const said = /\b(?:(her|shes?)|(his|hes?))\b/iu.exec(after);
  return said === null ? undefined : said[1] === undefined ? 'he' : 'she';
}

/**
 * The hour a seed names, as openings say it ("3am" is "at three in the morning", "the midnight
 * train" "at midnight"), or undefined: only the dead of night, one to five (dawn is not night).
 */
export function namedHour(text: string): string | undefined {
  const found =
    /\b(?:(midnight|12 ?a\.?m\b)|([1-5]) ?a\.?m\b|(one|two|three|four|five) in the morning|(small hours))/u.exec(
      fold(text),
    );
  if (found === null) return undefined;
  const [, midnight, digit, word, small] = found;
  if (midnight !== undefined) return 'at midnight';
  if (small !== undefined) return 'in the small hours';
  return `at ${word ?? HOUR_WORDS[Number(digit)] ?? 'three'} in the morning`;
}

const HOUR_WORDS = ['', 'one', 'two', 'three', 'four', 'five'];

/** The pronoun a kin word gives ("my sister Maren" is she); friends and partners give none. */
const KIN_PRONOUNS: Readonly<Record<string, 'she' | 'he'>> = {
  sister: 'she',
  mother: 'she',
  mum: 'she',
  daughter: 'she',
  wife: 'she',
  girlfriend: 'she',
  aunt: 'she',
  grandmother: 'she',
  gran: 'she',
  niece: 'she',
  brother: 'he',
  father: 'he',
  dad: 'he',
  son: 'he',
  husband: 'he',
  boyfriend: 'he',
  'ex-husband': 'he',
  'ex-wife': 'she',
  'ex-boyfriend': 'he',
  'ex-girlfriend': 'she',
  uncle: 'he',
  grandfather: 'he',
  nephew: 'he',
  grandma: 'she',
  granny: 'she',
  nan: 'she',
  mom: 'she',
  grandpa: 'he',
  grandad: 'he',
  fiance: 'he',
  fiancé: 'he',
  fiancee: 'she',
  fiancée: 'she',
  // A small child as a parent says them ("my lil girl asleep on me").
  'little girl': 'she',
  'lil girl': 'she',
  'little boy': 'he',
  'lil boy': 'he',
  // As phones write them (said in full: KIN_IN_FULL).
  sis: 'she',
  gf: 'she',
  bro: 'he',
  bf: 'he',
};

/** Kin words as a phone writes them, and as the story says them: "your sister", not "your sis". */
const KIN_IN_FULL: Readonly<Record<string, string>> = {
  'little girl': 'daughter',
  'lil girl': 'daughter',
  'little boy': 'son',
  'lil boy': 'son',
  sis: 'sister',
  bro: 'brother',
  bf: 'boyfriend',
  gf: 'girlfriend',
  roomate: 'roommate',
  kid: 'child',
  fiance: 'fiancé',
  fiancee: 'fiancée',
};

/** What a reader calls a parent or grandparent: "my father" is Dad, "my gran" Gran. */
const KIN_TITLES: Readonly<Record<string, string>> = {
  mum: 'Mum',
  mother: 'Mum',
  mom: 'Mom',
  dad: 'Dad',
  father: 'Dad',
  gran: 'Gran',
  granny: 'Granny',
  grandma: 'Grandma',
  grandmother: 'Gran',
  nan: 'Nan',
  grandad: 'Grandad',
  grandpa: 'Grandpa',
  grandfather: 'Grandad',
};

/** The pronoun a kin word in full gives ("sister" is she); friends and partners give none. */
export function kinPronoun(kin: string): 'she' | 'he' | undefined {
  return KIN_PRONOUNS[kin];
}

/** The name a reader calls kin by ("Dad"), for a parent or grandparent; else undefined. */
export function kinTitle(kin: string): string | undefined {
  return KIN_TITLES[kin];
}

/** The ways a seed may write a kin word: "sister", "sis". */
export function kinWordsFor(full: string): string[] {
  return [full, ...Object.keys(KIN_IN_FULL).filter((short) => KIN_IN_FULL[short] === full)];
}

/** Kin words that say nothing of who someone is. */
const KIN_WITHOUT_PRONOUN = [
  'friend',
  'partner',
  'cousin',
  'colleague',
  'flatmate',
  'housemate',
  'roommate',
  'roomate',
  'mate',
  'child',
  'kid',
  'toddler',
  'ex',
];

/** Kin a seed may say without "my": "with a friend", "with an old mate". */
const FRIENDS = ['friend', 'mate', 'colleague'];

/** A word as a seed may write it, capitalised or not ("Aunt Jo", "my Dad"). */
function eitherCase(word: string): string {
  return `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${word.slice(1)}`;
}

const KIN_WORDS = [...Object.keys(KIN_PRONOUNS), ...KIN_WITHOUT_PRONOUN];

/** A child's age as a phone writes it: "3yo", "5 yr old", "7 year old"; only a child's. */
const YEARS_OLD = '(?:yo|y/o|yrs? old|years? old|year-old)';
export const AGE = `(?:1[0-7]|[1-9]) ?${YEARS_OLD}`;

/**
 * A child by their age, as a phone writes it ("my 3yo", "w my 5 yr old", "me and my 7 year
 * old"): kin in itself, and a word before kin ("my 3yo daughter"). Only before kin, a word of
 * what they do, or the end of a clause: "my 10 year old dog" and "my 2 year old iPhone" are nobody.
 */
const CHILD_AGE = `${AGE}(?=\\s*(?:[^\\p{L}\\s]|$)|['’]?s\\b|\\s+(?:${[
  ...KIN_WORDS,
  ...'boy girl twins kids and n who is was has asleep sleeping snoring on in at to for from with w shes hes she he just finally keeps wont cant crying screaming tonight going lol'.split(
    ' ',
  ),
].join('|')})\\b)`;
const IS_CHILD_AGE = new RegExp(`^${CHILD_AGE}$`, 'u');

/** Kin words in a pattern, with a child's age among them. */
const KIN = [...KIN_WORDS, CHILD_AGE].join('|');

/**
 * True when the seed says someone of the reader's along has died ("with my gran Rosa, who died
 * last year", "last train with my late dad", "w my dead sister"); the seed names who is along.
 */
export function kinAlongDied(text: string, kin: string): boolean {
  const word = `(?:${kinWordsFor(kin).join('|')})`;
  // Said of them, next to them: "our dad died last week" is no ghost of the sister along.
  return new RegExp(
    `\\b(?:my|our) (?:late|dead) ${word}\\b|\\b${word}(?: [a-z]+)?,? (?:who|that|she|he|they)(?: has| had|['’]s)? (?:died|passed(?: away| on)?)\\b|\\bghost of (?:my|our) ${word}\\b|\\b(?:my|our) ${word}['’]?s ghost\\b`,
    'u',
  ).test(fold(text));
}

/** A kin word as the story says it: "your sister", not "your sis"; "my 3yo" is "your child". */
function inFull(kin: string): string {
  return KIN_IN_FULL[kin] ?? (IS_CHILD_AGE.test(kin) ? 'child' : kin);
}

/** Kin words written as a title before a name without "my": "Aunt Jo", not "Father Brown". */
const TITLES = ['aunt', 'uncle', 'grandma', 'granny', 'gran', 'nan', 'grandpa', 'grandad'];

/** What a reader calls kin without "my": the titles, and "mum" or "dad" ("with Dad", "Mum and I"). */
const CALLED_KIN = [...TITLES, 'mum', 'mom', 'dad'];

/**
 * "with", or "w" or "w/" as a phone writes it ("ferry w my dad"), or "taking my son Leo", "getting
 * my drunk mate home" (who was missing from every beat).
 */
// Any of them may open a seed, capitalised by the phone ("Driving my daughter Pia"); not after
// what one does with someone who is not along ("after a fight with Marco", "texting my mum").
const WITH =
  '(?<!\\b(?:fight|a row|argument|argued|fought|falling out|fell out|broke up|split up|texting|on the phone|face ?timing|in love) )(?:[Ww]ith|[Ww]/?|[Tt]aking|[Bb]ringing|[Dd]riving|(?:[Gg]etting?|[Hh]elping?|[Ww]alking?)(?= (?:my|our) (?:[^\\s,.;!?]+ ){1,2}home\\b))';

/** Dogs and cats as a seed names them ("my puppy", "the cat"), and any animal kept as a pet. */
const DOG = '(?:dog|doggo|puppy|pup|spaniel|terrier|collie|lurcher|whippet|greyhound|labrador|pug)';
const CAT = '(?:cat|kitten|kitty)';
/**
 * An animal of the reader's said to be along: "w my dog", "taking the cat", "me and the puppy".
 * Not one only mentioned ("my dog died today", "missing my dog", "left my cat at home").
 */
const OWNED = `\\b(?:${WITH} (?:my|our|the|a)|me (?:and|n|&) (?:the|my)) (?:old |little |big |new |pet )?`;
/** Words after an animal that put it beside the reader: "my dog and i", "my dog asleep at my feet". */
const SAID_ALONG =
  '(?= (?:(?:and|n|&) (?:i|me)|(?:is )?(?:asleep|sleeping|snoring|beside me|next to me|with me|on my|in my|at my))\\b)';
const PET = `(?:${DOG}|${CAT}|pet|rabbit|bunny|hamster|guinea pig|parrot|budgie|tortoise|ferret)`;

/** What may stand between "with my" and a kin word: "with my little sister". */
// Or how they are tonight ("with my grumpy grandad"), or a child's age ("my 3yo daughter").
const KIN_ADJECTIVE = `(?:(?:little|big|older|younger|best|oldest|old|late|dead|grumpy|sleepy|tired|cranky|drunk|sick|poorly|moody|sulky|angry|upset|bored|excited|nervous|teenage|${CHILD_AGE}) )?`;

/**
 * "with my sister", "with our Dad", "with a friend": kin with no name, and not something of
 * theirs ("with my mum's ashes").
 */
const WITH_KIN = new RegExp(
  `\\b${WITH} (?:(?:my|our|the) ${PET} (?:and|n|&) )?(?:(?:my|our) ${KIN_ADJECTIVE}(${[...KIN_WORDS.map(eitherCase), CHILD_AGE].join('|')})|(${[
    ...CALLED_KIN.map(eitherCase),
    // As a phone writes them, without "my": "sleeper w bf".
    'bf',
    'gf',
  ].join('|')})|an? ${KIN_ADJECTIVE}(${FRIENDS.join('|')}))(?!['’\\p{L}])`,
  'u',
);

/**
 * A second of the reader's own along, said after the first ("w my mum and my little brother
 * Sam"): their kin word in full and the name the seed gives them, if it gives one; or undefined.
 */
export function secondKin(seed: string): { kin: string; name: string | undefined } | undefined {
  const text = oneOfThem(seed);
  const first = WITH_KIN.exec(text) ?? ALONG_WITH_KIN.exec(text) ?? WITH_SOMEONE.exec(text);
  if (first === null) return undefined;
  const rest = text.slice(first.index + first[0].length);
  const and = AND_KIN.exec(rest);
  const kin = and?.[1]?.toLowerCase();
  if (and === null || kin === undefined) {
    const firstKin = inFull((first[1] ?? first[2] ?? first[3] ?? '').toLowerCase());
    // Or said along in a clause of their own: "w gf, my dads asleep in the back".
    const later = kinSaidAlong(rest);
    const word = (later?.found[1] ?? later?.found[2] ?? later?.found[3])?.toLowerCase();
    // Or the first is one of several ("with my two kids"): the second is another.
    if (word === undefined || later?.found.index === 0)
      return pluralKin(seed) === firstKin ? { kin: firstKin, name: undefined } : undefined;
    const full = inFull(word);
    return full === firstKin ? undefined : { kin: full, name: later?.name };
  }
  // "... and my little brother Sam": his name, as the seed gives it.
  const named = NAME_AFTER.exec(rest.slice(and.index + and[0].length))?.[1];
  return { kin: inFull(kin), name: named };
}

/**
 * Children said in the plural, as along or with the reader's own ("with my two kids", "my 2 boys
 * asleep on me", "me and the kids", "w my wife and kids", "the kids asleep either side of me"):
 * "the" only after "with" or "and", or before their sleeping; no word at all only after "my wife
 * and". So "the kids at the back", "a mum with two kids" and "on the bus with twins" are nobody's.
 * Boys and girls only counted or little ("out with my girls" are friends). The singular each
 * stands for is after the match.
 */
const PLURAL_KIN = new RegExp(
  `(?:\\b(?:my|our) |(?<=(?:\\b(?:with|w/?|taking|bringing|and|n)|&) )the |(?<=\\b(?:my|our) \\p{L}+ (?:and|n|&) )|\\bthe (?=(?:kids|children|twins|little ones) (?:are |r )?(?:(?:both|all|fast|still) )?(?:asleep|sleeping|either side|beside me|next to me|with me|on me)\\b))(?:(?:two|2|three|3|four|4|twin|little|lil|young|sleepy|tired|grumpy|cranky) )*(?:(kids|children|twins|little ones)|(sons|(?<=\\b(?:two|2|three|3|four|4|twin|little|lil) )boys)|(daughters|(?<=\\b(?:two|2|three|3|four|4|twin|little|lil) )girls))(?![\\p{L}'’])`,
  'iu',
);

/** The seed with children said in the plural (PLURAL_KIN) said as one of them: "my kid". */
function oneOfThem(seed: string): string {
  return seed.replace(
    PLURAL_KIN,
    (_, kids?: string, sons?: string) =>
      `my ${kids !== undefined ? 'kid' : sons !== undefined ? 'son' : 'daughter'}`,
  );
}

/**
 * True when the first of the reader's own along is one of several ("my two kids asleep on me"):
 * what the seed says of them is said of the second too.
 */
export function firstKinPlural(seed: string): boolean {
  const plural = pluralKin(seed);
  return plural !== undefined && namedCompanion(seed)?.kin === plural;
}

/** The kin word in full of children said in the plural ("my two boys" is son), or undefined. */
function pluralKin(seed: string): string | undefined {
  const found = PLURAL_KIN.exec(seed);
  if (found === null) return undefined;
  return found[1] !== undefined ? 'child' : found[2] !== undefined ? 'son' : 'daughter';
}

/**
 * "and my brother" straight after the first of the reader's own (a name may come between), and
 * travelling: not "and my dad is meeting us there".
 */
const AND_KIN = new RegExp(
  `^(?: \\p{L}{2,12})?,? (?:and|&|\\+) (?:(?:my|our) )?${KIN_ADJECTIVE}(${KIN})(?![\\p{L}'’])(?! (?:is|was|will|meets?|meeting|waits?|waiting|picks?|picking)\\b)`,
  'iu',
);

/**
 * Someone said to be elsewhere, in the rest of a clause: not beside the reader. Only after what
 * they do ("my mum crying at home", "my sister singing in the choir tonight", "my son eating his
 * tea at his dads", "crying on the phone"), since "me and my sister on the last train tonight" is
 * along.
 */
const ELSEWHERE_PLACE =
  'at home|at (?:his|her|their) |at work|on the phone|down the phone|over the phone';
const ELSEWHERE = `(?![^,.;!?]*\\b(?:${ELSEWHERE_PLACE}|tonight|tomorrow|in the (?:group )?chat)\\b)`;
/** The same for sleeping: "my dad asleep at home" is at home, "my son asleep at my feet" is not. */
const NOT_AT_HOME = `(?![^,.;!?]*\\b(?:${ELSEWHERE_PLACE})\\b)`;

/**
 * What someone does beside the reader, as a seed says it: "my sister crying into her sleeve",
 * "my grumpy grandad muttering about the seats", "my brother refusing to look at me". Not what
 * is done from elsewhere ("texting", "waiting", "crying on the phone").
 */
const DOING_BESIDE = [
  'crying',
  'sobbing',
  'sulking',
  'muttering',
  'moaning',
  'complaining',
  'grumbling',
  'refusing',
  'ignoring me',
  'glaring',
  'reading',
  'humming',
  'singing',
  'chatting',
  'laughing',
  'giggling',
  'eating',
  'scrolling',
  'fidgeting',
  'whining',
  'wriggling',
  'drooling',
  'holding my hand',
  'leaning on me',
  'colouring',
  'drawing',
  'knitting',
  // Or how they are: "dad is grumpy n wont stop complaining", "mum hasnt said a word".
  'grumpy',
  'upset',
  'drunk',
  "hasn['’]?t said a word",
  'has not said a word',
  "won['’]?t stop",
  "won['’]?t look at me",
  'bouncing',
].join('|');

/** How a seed says someone is asleep beside the reader: "my dad snoring in the bunk below". */
const ASLEEP = [
  'passed out',
  'snoring',
  'asleep',
  'sleeping',
  'dozing',
  'dozed off',
  'fell asleep',
  'gone to sleep',
  'went to sleep',
];

/** Not someone else's: "my friend's dad", "his son", "a woman whose dad". */
const NOT_SOMEONE_ELSES = "(?<!(?:['’]s|\\b(?:his|her|their|its|a|the|whose)) )";

/**
 * Where someone sits beside the reader now: "next to me", "sitting opposite me" ("my dead
 * grandmother is sitting next to me" is along, as "with my gran" is); not where they sat once,
 * or elsewhere ("my gran sat next to me every sunday in church", "was right behind me in the
 * queue").
 */
const BESIDE_ME =
  '(?<!\\bwas )(?:(?:sitting|sits|standing) (?:right )?(?:beside|next to|opposite|across from|behind) me|(?:right )?(?:beside|next to) me)(?![^,.;!?]*\\b(?:at (?:the|a|her|his|our|my) |in (?:the |his |her |their )?(?:car|church|queue)|every|used to)\\b)';

/** Said of kin between their word and where they sit: "my gran, who died last year, is beside me". */
const WHO_DIED =
  "(?:,? (?:who|that) (?:has |had |['’]s )?(?:died|passed(?: away| on)?)\\b[^,.;!?]{0,20},?(?! and (?:i|me)\\b))?";

/** Driving with the reader aboard: "is driving", "drives me home", not "is driving me mad". */
const DRIVING_US =
  '(?:(?: us| me)(?! (?:mad|crazy|nuts|insane|bonkers|up the wall|round the bend|round the twist|to drink|to distraction))| the (?:car|cab|taxi|van|minicab|uber|bus)\\b(?! (?:behind|in front|ahead))|(?<=is driving)(?=\\s*(?:[,.;!?]|$)))';

/**
 * Kin said to be along another way: "me and my dad", "just me and dad", "my sister and I", "Gran
 * and I", "my dad snoring in the bunk below", "my mum asleep beside me", "Mum drives me": with
 * "my" for every kin word, without it only for what a reader calls kin (CALLED_KIN).
 */
const ALONG_WITH_KIN = new RegExp(
  `\\b(?:me (?:and|n|&) (?:(?:my|our) ${KIN_ADJECTIVE})?(${KIN})(?!['’\\p{L}])|(?:(?:my|our) ${KIN_ADJECTIVE}(${KIN})|${NOT_SOMEONE_ELSES}(${CALLED_KIN.join('|')}))(?:['’]?s)?${WHO_DIED} (?:(?!(?:is|was|and|fast|sound|still|hes|shes|theyre|so|too|sitting|sat|sits|standing|stood)\\b)(\\p{L}{2,14}) )?(?:and (?:i|me)\\b|(?:is |was )?(?:fast |sound |still )?(?:${ASLEEP.join('|')}|${BESIDE_ME}|with me|(?:drives|is driving)${DRIVING_US}|takes me|is taking me)${NOT_AT_HOME}|(?:is |was |has been |['’]s )?(?:${DOING_BESIDE})\\b${ELSEWHERE}))`,
  'iu',
);

/**
 * How the seed says kin along are tonight, as a companion's mood: "my sister crying into her
 * sleeve" is tearful, "my grumpy grandad muttering" grumpy, "my brother who won't talk to me"
 * distant. Read from the words about them (before the kin word, and after it up to the end of
 * the clause), in order; the first that says one is theirs.
 */
const KIN_MOODS: readonly (readonly [string, string])[] = [
  [
    'distant',
    "won['’]?t (?:talk|speak|look)|not (?:talking|speaking)|hasn['’]?t said a word|has not said a word|refus\\w* to (?:talk|speak|look)|ignoring me|sulk\\w*|silent treatment|giving me the silent",
  ],
  ['tearful', 'crying|sobbing|weeping|in tears|teary|tearful|upset'],
  [
    'grumpy',
    'grumpy|muttering|moaning|complaining|grumbling|cranky|grouchy|moody|in a (?:proper |foul |bad |right )?mood|in a strop|stroppy',
  ],
  ['nervous', 'nervous|scared|anxious|terrified|frightened|afraid|worried'],
  [
    'sleepy',
    'asleep|sleeping|dozing|dozed off|fell asleep|passed out|snoring|sleepy|tired|exhausted|knackered',
  ],
  ['restless', 'fidgeting|wriggling|bored|restless|hyper|bouncing|wired'],
  ['cheerful', 'laughing|giggling|singing|chatty|buzzing|excited'],
];
const KIN_MOOD_WORDS = KIN_MOODS.map(([, words]) => `(?:${words})`).join('|');
/** Each mood with the pattern its words make, compiled once. */
const KIN_MOOD_PATTERNS = KIN_MOODS.map(
  ([mood, words]) => [mood, new RegExp(`\\b(?:${words})\\b`, 'iu')] as const,
);
const KIN_SAID_WITH_MOOD = new RegExp(
  `\\b(?:(?:my|our) (?:(${KIN_MOOD_WORDS}) )?${KIN_ADJECTIVE}(${KIN})|${NOT_SOMEONE_ELSES}(${CALLED_KIN.join('|')}))(?:['’]s)?(?!['’\\p{L}])([^,.;!?()]*)`,
  'giu',
);

/** Silence between the reader and whoever is along, as a clause of its own or said of both. */
const WE_ARE_NOT_TALKING =
  /(?:(?:^|[,.;])\s*|\bwe(?:['’]?re| are)?\s+)(?:still\s+)?not\s+(?:speaking|talking)\b(?! to (?:anyone|anybody|people)\b)/iu;

/**
 * A row between the reader and whoever is along, said of both: "our first big fight", "we had a
 * row", "after our argument", "we argued all the way to the station".
 */
const WE_FOUGHT =
  /\b(?:(?:our|we(?:['’]?ve| have)? had (?:a|our)|after (?:a|our)) (?:(?:first|big|huge|massive|stupid|silly|awful|horrible|first ever|worst) )*(?:fight|row|argument|falling out)\b(?! (?:with|at)\b)|we (?:just )?(?:fought|argued|rowed|fell out)\b(?! (?:with|at)\b)|we['’]?re (?:fighting|arguing)\b)/iu;

/** The mood kin along are said to be in (KIN_MOODS), or undefined when the seed says none. */
export function kinMoodSaid(seed: string): string | undefined {
  const text = oneOfThem(seed);
  // An ex the reader is avoiding, or who is avoiding them.
  if (EX_ABOARD.test(text) && namedCompanion(text)?.kin === 'ex') return 'distant';
  // "My sister and I take the night ferry, not speaking since the funeral".
  if (WE_ARE_NOT_TALKING.test(text)) return 'distant';
  // "With my husband, our first big fight": after a row, kin along keep to themselves.
  if (WE_FOUGHT.test(text) && namedCompanion(text) !== undefined) return 'distant';
  // In labour beside the reader: not amused, nor grieving.
  if (labourAlong(text)) return 'nervous';
  // Said of the first of the reader's own, not anyone else ("w bf, my sis crying" is the sister's).
  const first = namedCompanion(text);
  const found = [...text.matchAll(KIN_SAID_WITH_MOOD)].find(
    (match) => inFull((match[2] ?? match[3] ?? '').toLowerCase()) === first?.kin,
  );
  if (found === undefined) return undefined;
  // Up to where the reader speaks of themselves, or someone else comes in: "my sister and i are
  // so nervous" is both; "my daughter singing to a crying baby" is not tearful. And the next
  // clause when it is about them, by their pronoun ("w my 3yo, shes finally asleep on me"; not
  // "with my mum, he is so grumpy").
  const next = OF_THEM.exec(text.slice(found.index + found[0].length).replace(/^,/u, ''));
  const theirs =
    next !== null &&
    (first?.pronoun === undefined || /^\s*s/iu.test(next[0]) === (first.pronoun === 'she'));
  const about = `${found[4] ?? ''} ${theirs ? next[0] : ''}`;
  const said = `${found[1] ?? ''} ${about.split(/\b(?:and i|i['’]?m|im|i am|but i|(?:to|at|with|for) (?:an?|the|some|this|that|my|his|her|their))\b/iu)[0] ?? ''}`;
  return KIN_MOOD_PATTERNS.find(([, pattern]) => pattern.test(said))?.[0];
}

/**
 * Whose funeral the seed says the reader is going to or coming from ("home to my father's
 * funeral", "after my nans funeral"), as the story says them ("father", "nan"); or undefined.
 */
export function funeralOf(text: string): string | undefined {
  return kinsOccasion(KINS_FUNERAL, text);
}

/** Whose wedding the seed names, in its word ("my sisters wedding": "sister"), or undefined. */
export function weddingOf(text: string): string | undefined {
  return kinsOccasion(KINS_WEDDING, text);
}

function kinsOccasion(occasion: RegExp, text: string): string | undefined {
  const found = occasion.exec(fold(text));
  // "Grans funeral" as a phone writes it: Gran's.
  const kin = found?.[1] ?? found?.[2];
  return kin === undefined ? undefined : inFull(kin);
}

const KINS = `\\b(?:(?:my|our) ${KIN_ADJECTIVE}(${KIN})|${NOT_SOMEONE_ELSES}(${CALLED_KIN.join('|')}))(?:['’]?s)?`;
const KINS_FUNERAL = new RegExp(`${KINS} funeral\\b`, 'u');
const KINS_WEDDING = new RegExp(`${KINS} wedding\\b`, 'u');

/** Someone's sleeping, as a seed says it. */
const SAID_ASLEEP = new RegExp(`\\b(?:${ASLEEP.join('|')})\\b`, 'iu');

/** True when the seed says someone of the reader's along is asleep ("my daughter asleep"). */
export function kinAsleep(seed: string): boolean {
  const text = oneOfThem(seed);
  const named = namedCompanion(text);
  const first = named?.kin;
  const along = kinSaidAlong(text);
  // Only the first of the reader's own, who comes into the story first: "w gf, my dads asleep in
  // the back" has a girlfriend along, awake.
  if (along !== undefined && SAID_ASLEEP.test(along.found[0]))
    return (
      inFull((along.found[1] ?? along.found[2] ?? along.found[3] ?? '').toLowerCase()) === first
    );
  // "w my 3yo, shes finally asleep on me": said of them in the next clause, by their pronoun.
  const next = ASLEEP_NEXT.exec(text);
  const pronoun = named?.pronoun;
  const said = next?.[1]?.toLowerCase().startsWith('s') === true ? 'she' : 'he';
  return first !== undefined && next !== null && (pronoun === undefined || pronoun === said);
}

/** Kin's sleeping said in the clause after them: "w my 3yo, shes finally asleep on me". */
const ASLEEP_NEXT = new RegExp(
  `\\b(?:my|our|w|with) [^,.;!?]*, (she|he)(?:['’]?s| is)? (?:finally |fast |sound |just )?(?:${ASLEEP.join('|')})\\b${NOT_AT_HOME}`,
  'iu',
);

/**
 * True when the seed's first companion of the reader's own is a small child: "w my 3yo", "my
 * toddler", "my little boy", "my daughter lily (6)". Such a child does not read the reader the
 * news, buy the teas or ask whether the door was locked.
 */
export function kinYoung(seed: string): boolean {
  const text = oneOfThem(seed);
  const kin = namedCompanion(text)?.kin;
  return (
    kin !== undefined &&
    ['child', 'toddler', 'son', 'daughter', 'kid'].includes(kin) &&
    // Or children in the plural but not grown sons or daughters ("my two kids asleep on me").
    (YOUNG_CHILD.test(text) ||
      /\b(?:kids|children|twins|little ones|boys|girls)\b/iu.test(PLURAL_KIN.exec(seed)?.[0] ?? ''))
  );
}

/** A small child, said next to "my" or "with": not someone else's child nor a grown son's. */
const YOUNG_CHILD = new RegExp(
  `\\b(?:my|our|w/?|with) (?:(?:[1-9]|10) ?${YEARS_OLD}|toddler|(?:little|lil) (?:one|son|daughter|boy|girl))\\b|\\b(?:son|daughter) \\p{L}+ \\((?:[1-9]|10)\\)`,
  'iu',
);

/** Kin of whom "my mums" is one person's, not many people. */
const ELDERS = (
  'mum mom dad mother father nan gran granny grandma grandpa grandad grandmother grandfather ' +
  'bf gf boyfriend girlfriend bro sis wife husband partner aunt auntie uncle'
).split(' ');

/** What a place of someone's is called: "my mum's house", and, in the world, "your mum’s house". */
export const KINS_PLACES = ['place', 'house', 'flat', 'home', 'farmhouse', 'farm', 'cottage'];

/**
 * To a place of someone of the reader's: "to my mum's place", "to my gran's", "to my nans at
 * 2am", "to my dads in leeds". Not "to my sister's wedding": only a home, or nothing after but
 * a word that says when, why or where ("for xmas", "tonight", "in leeds").
 */
const TO_KINS_PLACE = new RegExp(
  `${NOT_GOING}\\bto (?:my|our) ${KIN_ADJECTIVE}(?:(${KIN})(?:['’]s|s) (${KINS_PLACES.join('|')})\\b|(?:(${ELDERS.join('|')})s|(${KIN})['’]s)(?=\\s*(?:[,.;!]|$)))`,
  'u',
);

/**
 * To the place of kin called without "my", as a reader calls them: "last train to grandad's",
 * "to mums for tea", "to nan's house".
 */
const TO_CALLED_KINS_PLACE = new RegExp(
  `${NOT_GOING}\\bto (mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa)(?:['’]s|s)(?: (${KINS_PLACES.join('|')}))?(?![\\p{L}'’])`,
  'u',
);

/** To both parents: "to my parents'", "home to my folks", "to see mum and dad". */
const TO_PARENTS =
  /\bto (?:see |visit )?(?:my |our )?(?:parents|folks|(?:mum|mom|mam) (?:and|n|&) dad)(?:['’]s?)?(?![\p{L}])|\bvisiting (?:my |our )?(?:parents|folks|(?:mum|mom|mam) (?:and|n|&) dad)\b/u;

/**
 * The same with a word after it that says when, why or where ("to my nans at 2am", "to my mum's
 * for xmas", "to my dads in leeds"): without an apostrophe only for a parent or grandparent, as
 * "to my mates at the pub" or "back to my kids at 3am" are plurals.
 */
const TO_KINS_PLACE_THEN = new RegExp(
  `${NOT_GOING}\\bto (?:my|our) ${KIN_ADJECTIVE}(?:(${ELDERS.join('|')})s|(${KIN})['’]s)(?=\\s*(?:\\d|(?:at|for|tonight|tomorrow|with|w|after|before|in|on|cos|because|to|and|from|lol)\\b))`,
  'u',
);

/**
 * On the way to someone of the reader's: "to see my dad", "visiting our nan", "to see grandma",
 * "to meet our new baby niece" (meeting anyone else is somewhere: "to meet my sister at the
 * station").
 */
const VISITING = new RegExp(
  `\\b(?:(?:to (?:go and )?(?:see|visit)|visiting|seeing) (?:(?:my|our) ${KIN_ADJECTIVE}(${KIN})|(${CALLED_KIN.join('|')}))|(?:to meet|meeting) (?:my|our) (?:(?:new|baby|newborn) )+(${KIN}))(?!['’\\p{L}])`,
  'u',
);

/**
 * Someone's place or party the seed is bound for, as the story says it, or undefined: a friend's
 * by name ("tram to sams house" is Sam’s house, "taxi to Jess's party" Jess’s party, "bus to my
 * mate dave's" Dave’s place), or a party of someone of the reader's ("to my mums birthday party"
 * is your mum’s birthday party). Not where the reader comes from ("home from jess's party"), nor
 * a shop ("to Nando's"): a name readers type in lower case, or one with a place after it. Whose
 * wedding or funeral it is, the reader's role says (`roleAsSaid`).
 */
export function namedOccasion(text: string): string | undefined {
  // Nor one the reader has been to ("went to toms party", "after going to sams party", "been to
  // bens"): only the part of the seed after the last such word.
  const bound = blanked(fold(text), ORIGINS).replace(BEEN_TO, (part) => ' '.repeat(part.length));
  const party = TO_KINS_PARTY.exec(bound);
  if (party?.[1] !== undefined && party[2] !== undefined)
    return `your ${inFull(party[1])}’s ${party[2]}`;
  const friends = TO_FRIENDS_PLACE.exec(bound);
  const [, friend, typed, apostrophe, place] = friends ?? [];
  if (typed === undefined) return undefined;
  const name = [typed, ...(apostrophe === undefined ? [typed.replace(/s$/u, '')] : [])].find(
    (candidate) =>
      // After "my mate" any name is someone's, said with its apostrophe ("to my mate dave's"):
      // without one, "my friend chris" is Chris, not Chri.
      ((friend !== undefined && apostrophe !== undefined) ||
        isTypedName(candidate) ||
        (place !== undefined && new RegExp(`\\b${capitalised(candidate)}\\b`, 'u').test(text))) &&
      !NOT_NAMES.has(capitalised(candidate)) &&
      !KIN_WORDS.includes(candidate),
  );
  // "To sam" alone is someone written to, not somewhere: a place is theirs ("to sam's", "to sams").
  if (name === undefined || (place === undefined && apostrophe === undefined && name === typed))
    return undefined;
  return `${capitalised(name)}’s ${place ?? 'place'}`;
}

/** Everything up to a visit the reader has made already: "went to", "been to", "after going to". */
const BEEN_TO = /^.*\b(?:went|been|gone|was|were|after going|after)(?= (?:over )?to\b)/u;

/** Parties, as a seed says them after whose they are ("leaving do", "surprise party"). */
const PARTIES =
  '(?:(?:surprise|birthday|engagement|retirement|leaving|christmas|xmas|new years?|house ?warming|graduation|hen|stag) )?(?:party|do|bash|leaving do|housewarming|graduation)';

const TO_KINS_PARTY = new RegExp(
  `${NOT_GOING}\\bto (?:my|our) ${KIN_ADJECTIVE}(${KIN})(?:['’]s|s) (${PARTIES})\\b`,
  'u',
);

/** Where the seed says the reader goes next after a friend's, when it says more. */
const SAID_AFTER =
  '(?=\\s*(?:[,.;!?]|$|\\d|(?:at|for|tonight|tomorrow|with|w|after|before|in|on|cos|because|to|and|lol|then|by|via)\\b))';

const TO_FRIENDS_PLACE = new RegExp(
  `${NOT_GOING}\\bto (my (?:mate|friend|pal|bestie|best friend|bff) )?([a-z]{2,13}?)(['’]s?)?(?: (house|flat|place|${PARTIES}|wedding|gig))?${SAID_AFTER}`,
  'u',
);

/**
 * Whom of the reader's a bedside is for, as the story says them ("your mum"): the one they are
 * on their way to see ("to see my dad in hospital"), else the one the seed says is dying or in
 * hospital ("train w my sister, our dad is dying" is Dad's, not the sister's); undefined when it
 * names none.
 */
export function bedsideFor(text: string): string | undefined {
  const folded = fold(text);
  const visiting = VISITING.exec(folded);
  const kin =
    visiting?.[1] ?? visiting?.[2] ?? visiting?.[3] ?? DYING_KIN.exec(folded)?.[1] ?? undefined;
  const title = kin === undefined ? undefined : KIN_TITLES[kin];
  return kin === undefined ? undefined : `your ${title?.toLowerCase() ?? inFull(kin)}`;
}

/** The reader's own who lies dying or in hospital: "our dad is dying", "my grandads only got hours". */
const DYING_KIN = new RegExp(
  `\\b(?:my|our) ${KIN_ADJECTIVE}(${KIN})(?:['’]?s)?(?:,? (?:who|she|he)(?:['’]?s| is)?)? (?:is |has |had |was )?(?:dying|${NOT_LONG}|collapsed|had a (?:heart attack|stroke|fall)|(?:in|into) (?:the )?(?:hospital|icu|intensive care|a ?& ?e))`,
  'u',
);

/**
 * Someone of the reader's waiting for them at the other end: "my gran is waiting up for me",
 * "my girlfriend's waiting at arrivals". Not one waiting for something else ("my sister is
 * waiting for a kidney", "my dad is waiting for surgery") or with the reader ("waiting with me").
 */
const WAITING_UP = new RegExp(
  `\\b(?:(?:my|our) ${KIN_ADJECTIVE}(${KIN})|(${[...CALLED_KIN, 'sis', 'bro'].join('|')}))(?: is|['’]?s| will be|) (?:still )?waiting(?: up\\b| at\\b| (?:for|4) (?:me|us)\\b|\\s*(?:[,.;!]|$))`,
  'u',
);

/** Words that join a clause to the next as readers type them: "w my bf luca cos ...". */
const JOINING_WORDS = 'cos coz cuz bc because since and but so who as after before from'.split(' ');
/**
 * A purpose that may follow a name ("w my daughter ruby for her open day", "w jonah to get his
 * wallet"): not any "for" or "to", which follow words too ("late for school", "next to me").
 */
const PURPOSE_AFTER_NAME =
  'for (?:my|our|his|her|their)\\b|to (?:see|get|visit|meet|pick|collect|watch|fetch)\\b';
/** Words of when that may follow a name: "w my son kai tonight". */
const TIME_WORDS = 'tonight tomorrow tmrw today'.split(' ');
/** A time of day that may follow a name ("w my son kai 11pm"): not an age or a count. */
const CLOCK_TIME = '\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)\\b';

/**
 * Where a name typed in lower case ends: the clause, or a time, a joining word or a purpose that
 * follows it.
 */
const NAME_ENDS = `(?=\\s*(?:[,(.;]|$)|\\s+(?:${CLOCK_TIME}|${PURPOSE_AFTER_NAME}|(?:${[...JOINING_WORDS, ...TIME_WORDS].join('|')})\\b|[a-z]{2,}ing\\b))`;

/**
 * Kin with a name typed in lower case on a phone ("w my sister ines, she's scared", "my daughter
 * lily (6)", "w my son kai 11pm", "w my bf luca cos ..."): only where the name ends (NAME_ENDS),
 * and is not a word that follows kin otherwise.
 */
const WITH_KIN_NAMED_LOWER = new RegExp(
  `\\b${WITH} (?:my|our) ${KIN_ADJECTIVE}(${KIN}) (\\p{Ll}{2,12})${NAME_ENDS}`,
  'u',
);

/** Words that end a clause after kin and are nobody's name: "with my dad tonight". */
const NOT_LOWER_NAMES: ReadonlySet<string> = new Set([
  ...ASLEEP,
  ...JOINING_WORDS,
  ...TIME_WORDS,
  // "w my bf hes so drunk": the boyfriend was named Hes.
  ...'again too home now please lol xx abroad alone there here away back both at on in for by to til till until around about aged age off just out up down over all only still then finally really actually probably hes shes theyre im so very is was has had being getting who'.split(
    ' ',
  ),
]);

/**
 * The name a seed gives the reader's animal ("my dog biscuit", "our cat, Miso", "my puppy called
 * Bean"), capitalised, or undefined: not a word that says what it does or where ("my dog and i",
 * "my dog on the bus", "my cat is sick").
 */
export function namedPet(text: string): string | undefined {
  const found = PET_NAME.exec(text.replace(/[-\s]+/gu, ' '));
  const [, called, name, after = ''] = found ?? [];
  if (name === undefined || NOT_PET_NAMES.has(name.toLowerCase())) return undefined;
  // A name: written as one, said to be one, or in lower case where a name ends, before the rest
  // of the seed goes on ("my dog biscuit on the night bus", not "my dog loves buses").
  // A lower-case word that says what the animal does ("shaking", "howled") is no name.
  const named =
    /^\p{Lu}/u.test(name) ||
    called !== undefined ||
    (!/(?:ing|ed|ly)$/u.test(name) && NAME_GOES_ON.test(after));
  return named ? capitalised(name.toLowerCase()) : undefined;
}

/**
 * The kind of animal the reader's is, as the seed says it ("taking my cat to the emergency vet",
 * "the dog's been sick"): "cat", "dog". Undefined when it says none, or only "pet".
 */
export function namedPetKind(text: string): string | undefined {
  const kind = PET_KIND.exec(fold(text))?.[1];
  if (kind === undefined || kind === 'pet') return undefined;
  return ONLY_DOG.test(kind) ? 'dog' : ONLY_CAT.test(kind) ? 'cat' : kind;
}

const ONLY_DOG = new RegExp(`^${DOG}$`, 'u');
const ONLY_CAT = new RegExp(`^${CAT}$`, 'u');

const PET_KIND = new RegExp(
  `\\b(?:my|our|the) (?:old |little |big |new |sick |poorly |poor )?(${PET})\\b`,
  'u',
);

const PET_NAME = new RegExp(
  `\\b(?:my|our) (?:old |little |big |new |sick |poorly )?${PET},? ((?:called|named) )?(\\p{L}{3,})(?!['’\\p{L}])(.{0,8})`,
  'iu',
);

/**
 * The pronoun a seed gives the reader's animal after naming it ("my dog biscuit, shes scared of
 * the rain" is she), or undefined: an animal is "it" unless the seed says otherwise.
 */
export function petPronoun(text: string): 'she' | 'he' | undefined {
  const folded = fold(text);
  const animal = new RegExp(`\\b${PET}\\b`, 'u').exec(folded);
  if (animal === null) return undefined;
  const after = folded.slice(animal.index + animal[0].length);
  const said = /\b(?:(she|shes|she['’]s|her)|(he|hes|he['’]s|him|his))\b/u.exec(after);
  if (said === null) return undefined;
  return said[1] === undefined ? 'he' : 'she';
}

/** What may follow a pet's name typed in lower case. */
const NAME_GOES_ON = new RegExp(
  `^(?:[,.;!?)]|$| (?:on|to|for|at|in|and|w|with|from|is|has|hes|shes|who|cos|because|bc|beside|next|${[...ASLEEP, ...TIME_WORDS].join('|')})\\b)`,
  'u',
);

/** Words after "my dog" that are no name, whatever follows them. */
const NOT_PET_NAMES: ReadonlySet<string> = new Set([
  ...NOT_LOWER_NAMES,
  ...KIN_WORDS,
  ...'the and has hes shes its who that was will got needs his her our your with into from onto across through cos because since is are she he they it him them beside near under behind next dog cat puppy kitten rabbit pet'.split(
    ' ',
  ),
]);

/** Words that come before an -ing word as readers type ("my mum not talking to me"): no names. */
const ADVERBS_BEFORE_DOING: ReadonlySet<string> = new Set(
  (
    'not also barely always kinda even never so literally basically currently already ' +
    'really actually probably finally totally seriously honestly usually only clearly ' +
    'obviously suddenly quietly slowly constantly'
  ).split(' '),
);

/** Our names that are words too: "with ash in the air", "rook feathers", "juniper gin". */
const NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  'ash sable rook wren quill juniper'.split(' '),
);

/**
 * One of the names the world draws, typed in lower case after "with" where a name ends ("w priya
 * to see her fave band"): none of those left is a word, so it can only be someone's name.
 */
const OUR_NAME_LOWER = new RegExp(
  `\\b${WITH} (${COMPANION_NAMES.map(([name]) => name.toLowerCase())
    .filter((name) => !NAMES_THAT_ARE_WORDS.has(name))
    .join('|')})${NAME_ENDS}`,
  'u',
);

/**
 * Married today or so ("we just got married", "we got married tonight", "newlyweds"), not forty
 * years ago: "we got married" alone says nothing of when.
 */
const JUST_MARRIED =
  "(?:^|(?<=[,.;:!?] )|\\b(?:we|i)(?:['’](?:ve|re|m)| have| are| am|re|m)? )(?:just got married|got married (?:today|tonight|yesterday|last night|earlier|this (?:morning|afternoon|evening))|just married|newly married)\\b|\\bnewly ?weds?\\b";

/** Walking out of, or away from, something of the reader's ("ran away from my wedding"). */
const WALKING_OUT =
  '(?:(?:ran|run|running|walked|walking) (?:away |off |out )?(?:from|of)|out of|left|leaving|skipping|skipped)';

/** How a reader says they feel as the night begins. */
export type Mood = 'quarrel' | 'drunk' | 'sleepless' | 'low' | 'glad';

/** Who may be drunk on a night bus who is not the reader: "a very drunk man". */
const SOMEONE_ELSE =
  '(?! (?:man|men|guy|guys|woman|women|bloke|lad|lads|girl|girls|people|person|couple|passengers?|group|stranger|driver))';
/** Said of someone else before it: "the guy next to me is so drunk". */
const SAID_OF_SOMEONE_ELSE =
  "(?<!\\b(?:is|are|was|were|hes|he['’]s|shes|she['’]s|theyre|they['’]re|everyone|everybody) )";

/**
 * How a seed says the reader feels, in this order: after a fight, a few drinks in, unable to
 * sleep, low after a bad day, glad. Only of the reader ("kinda drunk", not "a drunk on the bus"
 * nor "the guy next to me is so drunk"; "been crying", not "a baby crying").
 */
const MOODS: readonly (readonly [Mood, RegExp])[] = [
  [
    'quarrel',
    /\b(?:(?:we|i) (?:just )?had (?:a |an |another |)(?:fight|row|argument|falling out)|(?:fight|row|argument|falling out) with (?:my|our|him|her|them)\b|(?:^|\b(?:i|we|just|after|been|still|was|were|im|i['’]m|we['’]re) )(?:argued|arguing|fighting) with|fell out with|we (?:argued|fought)|after (?:our|that|the big) (?:fight|row|argument)|after a (?:fight|row|argument) with)\b/u,
  ],
  [
    'drunk',
    new RegExp(
      `${SAID_OF_SOMEONE_ELSE}\\b(?:(?:i['’]?m|im|i am|kinda|kind of|a bit|bit|so|very|really|slightly|quite|still|pretty|super|little) (?:drunk|tipsy|hammered|sloshed)${SOMEONE_ELSE}|drunk af|(?:had|having|after) (?:a few|one too many|too many|a few too many)(?= (?:drinks|pints|beers|wines|glasses|shots|bevvies)\\b|\\s*(?:[,.;!]|$))|(?:a few|too many) (?:drinks|pints) in)\\b|^(?:drunk|tipsy)\\b${SOMEONE_ELSE}`,
      'u',
    ),
  ],
  [
    'sleepless',
    /\b(?:can['’]?t|cant|cannot|couldn['’]?t|couldnt) sleep|\binsomnia\b|\b(?:i['’]?m|im|still) not sleeping\b|\bsleepless\b|\bwide awake\b|\bno sleep\b/u,
  ],
  [
    'low',
    /(?<!\bnot (?:a |such a |that )?)\b(?:rough|bad|awful|terrible|horrible|shit|crap|worst|hard) (?:day|night|week)\b(?! for\b)|\b(?:feeling|feel|i['’]?m|im|so|really|bit|kinda) (?:sad|down(?! (?:for|to)\b)|lonely|rubbish|awful|shit)\b|\b(?:feeling|feel|i['’]?m|im|bit|kinda)(?: a bit| so| really)? low\b|\b(?:i['’]?ve been|been|i['’]?m|im|i keep|cant stop|can['’]t stop) crying\b|\bheartbroken\b|\bgutted\b|\bmiss (?:him|her|them)\b(?! (?:stop|train|bus|flight|ferry|tram|coach|connection))/u,
  ],
  [
    'glad',
    /(?<!\bnot )\b(?:so|really|super|too|well) (?:excited|happy|hyped|buzzing)\b|\bcan['’]?t wait\b(?! (?:any longer|for (?:this|it|today|the day)\b|to (?:get (?:out|home|off)|leave|be home)\b))|\bover the moon\b|(?<!\bnot the )\bbest day\b|(?:^|[,.;!]\s*)(?:so\s+)?(?:happy|excited|buzzing|elated|ecstatic|giddy)\s*(?:[,.;!]|$)/u,
  ],
];

/** Every mood the seed says (MOODS), in MOODS's order. */
export function namedMoods(text: string): Mood[] {
  const seed = text.toLowerCase();
  return MOODS.filter(([, said]) => said.test(seed)).map(([mood]) => mood);
}

/** How the seed says the reader feels (MOODS), the first in order, or undefined. */
export function namedMood(text: string): Mood | undefined {
  return namedMoods(text)[0];
}

/**
 * Given names readers type in lower case for whoever is with them ("night train with leo"), with
 * the pronoun the name usually has, or none where it goes either way (then the seed's own, by
 * `pronounSaidAfter`). None is a word a reader would type after "with" for anything else ("will",
 * "rose", "jack", "max", "molly" and "charlie" are left out), so there each can only be someone.
 */
const TYPED_NAMES: Readonly<Record<string, 'she' | 'he' | undefined>> = Object.fromEntries([
  ...'dave mike chris rob andy jon jim phil gary ian leo tom ben dev jake josh dan danny matt nick ollie harry oscar theo noah liam ethan lucas luca marco omar ali ahmed amir raj ravi arjun hamza tariq jonas lukas felix hugo louis luke adam david james john michael paul pete peter simon steve tim tony sean ryan kevin callum finn jamal mateo diego pablo carlos juan luis ivan kenji hiro tyler connor aidan owen rhys dylan nathan isaac elijah aaron george alfie archie freddie henry arthur joe joel'
    .split(' ')
    .map((name) => [name, 'he'] as const),
  ...'emma olivia sophie sophia chloe lucy ella mia amelia ava isla zoe maya priya aisha fatima sara sarah anna hannah laura kate katie jess jessica beth megan rachel nina lena marta elena sofia julia clara eva emily amy ellie rosie freya martha alice eliza leah nadia yasmin zara amira layla mei yuki ana maria carmen lucia paula laila tara gemma claire helen jenny liz lizzie becky abbie abby millie evie isabel isabella bella sienna niamh aoife'
    .split(' ')
    .map((name) => [name, 'she'] as const),
  ...'sam alex jamie kai casey riley morgan quinn'
    .split(' ')
    .map((name) => [name, undefined] as const),
]);

const TYPED_NAME = `(${Object.keys(TYPED_NAMES).join('|')})(?![\\p{L}'’])`;

/**
 * Someone by a given name typed in lower case: "with leo to berlin", "w sam", "me and leo", "leo
 * and i".
 */
const TYPED_NAME_ALONG = new RegExp(
  `\\b(?:${WITH} ${TYPED_NAME}|me (?:and|n|&) ${TYPED_NAME})|\\b${TYPED_NAME} and (?:i|me)\\b`,
  // Phones capitalise a seed's first word: "With leo", "Me and sam".
  'iu',
);

/**
 * Whoever is in labour beside the reader: "wife in labour", "my gf's waters just broke", "her
 * waters broke" (whoever she is, she is the reader's). Not someone else's labour ("my sister is in
 * labour" is a newborn to meet).
 */
const LABOUR_ALONG = new RegExp(
  `(?:\\b(?:my|our) |(?<=^|[,;:] ?))(?:(wife|gf|girlfriend|partner|missus)(?:['’]?s| is| has)? (?:just )?(?:(?:gone|went|going) into|in) labou?r\\b(?! day)|(wife|gf|girlfriend|partner|missus)['’]?s waters\\b|(?<=^|[,;:] ?)her waters\\b)(?![^.;!?]*\\b(?:back home|at home|miles away|(?:at|in) (?:the )?hospital|already there|to get there|rang|called|texted)\\b)`,
  'iu',
);

/** True when the seed has whoever is in labour beside the reader (LABOUR_ALONG). */
export function labourAlong(text: string): boolean {
  return labourSaid(text) !== null;
}

/**
 * Where the seed says whoever is in labour beside the reader: LABOUR_ALONG's match, with "her
 * waters" hers only where the seed has named no one else before it ("my sister rang, her waters
 * broke" is the sister's); else null.
 */
function labourSaid(text: string): RegExpExecArray | null {
  const found = LABOUR_ALONG.exec(text);
  if (found === null || found[1] !== undefined || found[2] !== undefined) return found;
  return ANY_KIN.test(text.slice(0, found.index)) ? null : found;
}

const ANY_KIN = new RegExp(`\\b(?:${KIN}|${CALLED_KIN.join('|')})\\b`, 'iu');

/** A seed whose reader travels with whom they have just married. */
const JUST_WED = new RegExp(
  `${JUST_MARRIED}|\\b(?:home|back) from our (?:own )?wedding(?! (?:anniversary|ring|photos?))\\b`,
  'iu',
);

/** A name readers type in lower case: a common given name, or one of ours ("ines"). */
function isTypedName(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in TYPED_NAMES || OUR_NAMES.has(lower);
}

/** Our own names, in lower case, that are no words ("wren" is). */
const OUR_NAMES: ReadonlySet<string> = new Set(
  COMPANION_NAMES.map(([name]) => name.toLowerCase()).filter(
    (name) => !NAMES_THAT_ARE_WORDS.has(name),
  ),
);

/** Someone said to be along by name without "with": "Theo and I", "me and Theo". */
const ALONG_BY_NAME =
  /\b(?:[Mm]e and (\p{Lu}\p{Ll}{1,13})(?!['’\p{L}])|(\p{Lu}\p{Ll}{1,13}) and (?:[Ii]|me)\b)/u;

/**
 * "with Marta", "with my sister Maren", "with grandma Ilse", "with Aunt Jo": the kin word, if
 * any, from a fixed list ("with my dog Biscuit" names nobody; after "my" in any case, else only
 * as a title), then a capitalised name.
 */
const WITH_SOMEONE = new RegExp(
  `\\b${WITH} (?:(?:my|our) ${KIN_ADJECTIVE}(?:(${[...KIN_WORDS.map(eitherCase), CHILD_AGE].join('|')}) )?|(${TITLES.map(
    eitherCase,
  ).join('|')}) )?(\\p{Lu}\\p{Ll}{1,13})(?!['’\\p{L}])`,
  'u',
);

/**
 * A floor the seed names by its number ("the lift to the 40th floor"), or undefined: a lift goes
 * there rather than to the floor of ours whose name shares the word "floor".
 */
export function namedFloor(text: string): string | undefined {
  const folded = fold(text);
  // A floor the building does not have ("floor 13 in a building that only has 12", "a floor
  // that shouldnt exist") is ours that no button shows.
  if (NO_FLOOR_THERE.test(folded)) return NO_SUCH_FLOOR;
  const floor = /\b(\d{1,3}(?:st|nd|rd|th)) floor\b/u.exec(folded)?.[1];
  if (floor !== undefined) return `the ${floor} floor`;
  // As a lift's buttons say it ("lift to floor 13"): readers were taken to the fourteenth.
  // Not the one it is on or leaves ("lift on floor 7, going down").
  const button = /(?<!\b(?:on|from|at|off|leaving) )\bfloor (\d{1,3})\b/u.exec(folded)?.[1];
  if (button !== undefined)
    return button === '0' ? 'the ground floor' : `the ${ordinal(Number(button))} floor`;
  // Said in words ("the forty-first floor"): as the seed says it.
  const said = FLOOR_IN_WORDS.exec(folded)?.[1];
  if (said !== undefined) return `the ${said.replace(/^([a-z]+ty) /u, '$1-')} floor`;
  // Or the room the seed goes up to ("up to room 914"), not any it numbers ("room 4 has no window").
  const room = /\bto room (\d{1,4})\b/u.exec(folded)?.[1];
  return room === undefined ? undefined : `room ${room}`;
}

/** Ours, of the hotel lift's destinations: where a floor that is not there is. */
const NO_SUCH_FLOOR = 'a floor the buttons do not show';

const NO_FLOOR_THERE =
  /\bfloor (?:that|which) (?:shouldnt|shouldn['’]t|should not|doesnt|doesn['’]t|does not|isnt|isn['’]t) (?:exist|be there)\b|\bonly (?:has|goes up to|goes to) (?:\d+|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty)(?: (?:floors?|storeys?))?\b|\bno (?:\d+(?:th|st|nd|rd)|thirteenth) floor\b/u;

/** A number as an ordinal in figures: 13 is "13th", 22 "22nd". */
function ordinal(number: number): string {
  const teens = number % 100 >= 11 && number % 100 <= 13;
  const suffix = teens ? 'th' : (['th', 'st', 'nd', 'rd'][number % 10] ?? 'th');
  return `${String(number)}${suffix}`;
}

/** A floor a seed numbers in words, up to the ninety-ninth: "the forty-first floor". */
const FLOOR_IN_WORDS =
  /\b((?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth) floor\b/u;

/** Words a seed may capitalise that name no place and nobody: family, days, months, articles. */
const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'Mum Mom Mam Mummy Mommy Dad Daddy Papa Mama Gran Granny Grandma Grandad Grandpa Nan Nana ' +
    'God Christmas Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February ' +
    'March April May June July August September October November December The My Our His Her ' +
    'Their Your A An I Aunt Uncle'
  ).split(' '),
);

// "Since the funeral" is after it; "frm" is how a phone writes from.
const ORIGINS = /\b(?:from|frm|after|since)\b.*?(?=\bto\b|$)/gu;
/**
 * Where a seed says the reader is bound ("to my sister's wedding"), up to a "from" or "after"; not
 * where they have been ("after going to sams party", "went to a gig", "been to my mums").
 */
const DESTINATIONS =
  /(?<!\b(?:been|went|gone|after going|after being) )\bto\b.*?(?=\b(?:from|frm|after|since)\b|$)/gu;

/** A folded seed with what `pattern` matches turned to spaces, every other word where it was. */
function blanked(folded: string, pattern: RegExp): string {
  return folded.replace(pattern, (part) => ' '.repeat(part.length));
}

/** Words that say nothing about who someone is or where they are going. */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of in on by to for from with who is not here still off going home night old just ' +
    'retired tired empty long way your their that this where what into over last first and ' +
    'but you has had was one two all its her his she him own out now can may any are called ' +
    'working something far too carrying doing talks like under without whose full waiting ' +
    'clear three someone does getting keeps past right finishing end left ten years ago hand ' +
    'before will name every knows being another longer once other side after almost back ' +
    'turned across beyond different closed hour late ending double sent check were born ' +
    'season checking remember cannot walked travelling missed lost light chasing morning ' +
    // Too common to tell a parent's ashes from a tin whistle, a parents' evening or a tin of
    // biscuits, a wedding guest from the early ferry, or a cake on the knees from aching knees.
    'tin parent parents biscuit early knees ' +
    // Celebrating a promotion or a birthday is no anniversary; the anniversary names itself.
    'celebrating ' +
    // A nan who is poorly is no pet for the vet, nor is anyone to meet a newborn, nor is
    // falling asleep a dog at the reader's feet.
    'taking poorly meet asleep feet arms ' +
    // Ears ringing or popping are no gig's without one.
    'ears ringing ' +
    // Any party is no bride's who walked out of her own ("uber home from the party" was in the
    // hotel lift): the bride names herself, or walks out of her wedding (ROLE_WORD_FOR).
    'party ' +
    // Crossing to the island is the ferry, not the deckhand who missed the first crossing.
    'crossing ' +
    // A pet dog is a dog, not a poorly pet bound for the vet.
    'pet ' +
    // Getting married is the telling word, not getting.
    'get'
  ).split(' '),
);

const tellingWordsOf = new Map<string, readonly string[]>();

/** The words that tell a phrase apart: "a student travelling to a funeral" is student, funeral. */
export function tellingWords(phrase: string): readonly string[] {
  let words = tellingWordsOf.get(phrase);
  if (words === undefined) {
    words = fold(phrase)
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 3 && !FILLER_WORDS.has(word));
    // Phrases are the world's fixed roles and destinations: the map stays small.
    tellingWordsOf.set(phrase, words);
  }
  return words;
}

/**
 * Words that already chose the setting: "hotel lift" names the lift, not the pianist from the
 * hotel bar. (A word that chose the tone may choose more: "the last tram to the cemetery" is a
 * ghost story bound for the cemetery gates.)
 */
const CHOOSING_WORDS: ReadonlySet<string> = new Set(
  SETTINGS.flatMap(([, words]) => words.flatMap(tellingWords)),
);

/**
 * The option a seed names by one of its telling words, the earliest named in the seed ("my
 * father's funeral" names "a student travelling to a funeral"), or undefined when it names none.
 */
export function namedOption(text: string, options: readonly string[]): string | undefined {
  const seed = fold(text);
  let best: { option: string; at: number } | undefined;
  for (const option of options) {
    for (const word of tellingWords(option)) {
      if (CHOOSING_WORDS.has(word)) continue;
      const at = wholeWordAt(seed, word);
      if (at !== -1 && (best === undefined || at < best.at)) best = { option, at };
    }
  }
  return best?.option;
}

/** Not somewhere else in the carriage: "baby crying two rows behind me", "across the aisle". */
const NOT_OVER_THERE =
  '(?![^,.;!?]*\\b(?:behind|opposite|across|rows?|somewhere|in front|next to me|nearby|over there|down the|her arms|his arms)\\b)';

/** A baby, as a parent says one: "my newborn", "the baby", "our little one", not a baby brother. */
const BABY =
  '(?:(?:newborn|new ?born|new|tiny|little|sleeping|baby) )?(?:babies|baby|infant|newborn|little one)(?: (?:girl|boy|daughter|son|twins?))?';

/** What no baby along is followed by: a baby brother, baby clothes or a bump, a baby's things. */
const BABY_THEN =
  '(?! (?:brother|sister|bro|sis|clothes|bump|shower|names?|photos?|pics?|pictures?|steps?|monitor|food|wipes|stuff|things|bag|carrier|formula|milk|teeth|shop|shopping|no\\.? ?\\d|number|on the way|due|coming)\\b)';

/**
 * A baby along with the reader: held, carried, brought home or asleep in their arms, or said by an
 * age in weeks or months ("w my 6 month old"); not one cried by a stranger ("a baby crying
 * behind me"), nor one to meet ("to meet my sister's new baby").
 */
const BABY_ALONG =
  `\\b(?:w/?|with|holding|carrying|cradling|bringing|feeding|rocking|me and|me n) (?:my |our |the )?(?:newborn |new born |new )?(?:${BABY}|(?:newborn|new born) (?:daughter|son|girl|boy|twins?))${BABY_THEN}|` +
  // And beside whoever else is along: "w my husband and baby", "me n my wife n the baby".
  `\\b(?:w/?|with|me and|me n) (?:my |our )?(?:husband|hubby|wife|missus|partner|bf|gf|boyfriend|girlfriend|fianc[eé]e?|mum|mom|dad|mother|father|sister|brother) (?:and|n|&) (?:my |our |the )?${BABY}${BABY_THEN}|` +
  `\\b(?:my|our) ${BABY}(?:['’]?s| is)? (?:(?:finally|fast|sound|just) )?(?:asleep|sleeping|on my chest|in (?:my|the) (?:arms|pram|sling|car ?seat|buggy|stroller))\\b|` +
  // "w my 6 month old", not a 4 month old puppy.
  `\\b(?:my|our|w/?|with) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) ?(?:wks?|weeks?|mo|mos|months?)(?: |-)?old\\b(?! (?:puppy|pup|dog|kitten|cat|lab|labrador|rabbit|bunny|hamster|kitty|pet|foal|lamb|creature|hound|moggy)\\b)|` +
  `\\b(?:my|our|the) newborn\\b(?= (?:home|on my|in my|asleep))|` +
  // Said bare, as a parent types it: "baby finally asleep in the car seat", "teething baby on the
  // night bus", "w my 2 boys n the baby in the pram"; not "a baby" or "the baby" of a stranger,
  // nor one somewhere else in the carriage ("baby crying somewhere behind me", "a mum and baby
  // asleep", "baby asleep in her arms").
  `(?<=^|[,;:] ?|\\b(?:and|n|&) the )(?:teething )?baby(?:['’]?s| is)? (?:(?:finally|fast|sound|just|still) )?(?:asleep|sleeping|teething|crying|screaming|on my chest|in (?:my|the) (?:arms|pram|sling|car ?seat|buggy|stroller))\\b${NOT_OVER_THERE}|` +
  `(?<=^|[,;:] ?)teething baby\\b${NOT_OVER_THERE}`;

/**
 * Other ways a seed says what a reader's errand is ("after my mother died" is after a funeral,
 * "since we broke up" after a breakup), said in the errands' own words.
 */
const ROLE_WORD_FOR: readonly (readonly [RegExp, string])[] = [
  // A bar exam is no hotel bar ("bar exam at 8" was the pianist from the hotel bar).
  [/\bbar exams?\b/gu, 'exam'],
  // A nurse's night, however it is said ("still in my scrubs", "lost a patient tonight"), is a
  // long shift (a doctor's as well as a nurse's): readers were a pharmacist or a chess player,
  // beside a stranger in scrubs.
  [
    /\b(?:(?:in|wearing) (?:my|our) scrubs|(?:lost|losing|lose) (?:a|my|another) patient)\b/gu,
    'shift',
  ],
  // A first date still ahead is the way to one, said so ("first date tmrw in lisbon", "omw to a
  // 1st date"), and one that went well or badly is behind ("first date went well, bus home").
  [/\b1st date\b/gu, 'first date'],
  [
    /\bfirst date (?:tonight |today |yesterday |last night )?(?=(?:went|was|is over|over|done)\b)|\bhad (?:a |my |our )?first date\b/gu,
    'after a first date ',
  ],
  // Someone else's first date is nobody's errand ("my sister has a first date tonight", "driving my
  // son to his first date"); the reader's own, still ahead, is the way to one.
  [
    /(?<=\b(?:his|her|their|has|have|daughters|sons|sisters|brothers|mates|friends|[a-z]+['’]s) (?:a )?)first date\b/gu,
    'appointment',
  ],
  [
    /(?<!\b(?:his|her|their|has|have|daughters|sons|sisters|brothers|mates|friends|[a-z]+['’]s) (?:a )?)\bfirst date (?=(?:tmrw|tmr|tomoz|2moro|tomorrow|tomorow|tonight|in the morning|at \d|later|this evening)\b)/gu,
    'to a first date ',
  ],
  [
    /\b(?:on (?:my|the) way|omw|heading|going|off|out) (?:to|on) (?:a |my |our )?first date\b/gu,
    'on the way to a first date',
  ],
  // An animal of the reader's that is ill or hurt is a night at the vet ("my sick cat", "the
  // dog's been hit by a car"), whatever else the seed says of it.
  [
    new RegExp(
      `\\b(?:my|our|the) (?:old |little |poor )?(?:sick|ill|poorly|injured|hurt) ${PET}\\b|\\b(?:my|our|the) (?:old |little |poor |pet |big )?${PET}['’]?s? (?:is |has |got |has got |has been |been )?(?:sick|ill|poorly|injured|hurt|hit)\\b|\\b(?:my|our|the) ${PET} to the (?:[a-z0-9-]+ ){0,2}vets?\\b|\\bvets\\b`,
      'gu',
    ),
    'vet',
  ],
  // A dog or a cat of the reader's travels with them ("w my dog", "the dog and i"); a dog or cat
  // of anyone else's (a stray, a hot dog, cat's eyes on the road) is no reader's.
  [new RegExp(`${OWNED}${DOG}\\b|\\b(?:my|our|the) ${DOG}${SAID_ALONG}`, 'gu'), 'hound'],
  [new RegExp(`${OWNED}${CAT}\\b|\\b(?:my|our|the) ${CAT}${SAID_ALONG}`, 'gu'), 'moggy'],
  [new RegExp(`\\b(?:${DOG}|${CAT})\\b`, 'gu'), 'creature'],
  [/\bhound\b/gu, 'dog'],
  [/\bmoggy\b/gu, 'cat'],
  // A baby the reader has with them is theirs to carry, asleep in their arms ("holding my newborn
  // daughter", "w the baby in the pram", "bringing our newborn home", "w my 6 month old"): said
  // "babyalong" until every other baby (a newborn to meet, a baby brother) has been read.
  [new RegExp(BABY_ALONG, 'gu'), 'babyalong'],
  // A baby just born, or about to be, is a newborn to meet ("my sister's new baby", "she's in
  // labour"), not a baby brother or a partner called babe.
  [
    new RegExp(
      `\\b(?:new|newborn) (?:baby|grandchild|grandson|granddaughter|niece|nephew|son|daughter|arrival)\\b|\\blabou?r ward\\b|${LABOUR}|\\bhad (?:the|her|a|their|our) baby\\b|\\bbaby (?:is|was|has been) (?:born|here|coming|due)\\b|\\bmidwife\\b`,
      'gu',
    ),
    'newborn',
  ],
  // Any other baby is nobody's errand (a word no role has), until the reader's own is "baby" again.
  [/\bbaby\b/gu, 'wee'],
  [/\bbabyalong\b/gu, 'baby'],
  // Someone of the reader's who died ("my mother died"), not a phone or the wind.
  [
    /(?<=\b(?:(?:my|our|his|her|their) (?:mother|father|mum|mom|dad|grandmother|grandfather|gran|granny|grandma|grandpa|nan|brother|sister|husband|wife|partner|son|daughter|friend|aunt|uncle)|mum|mom|dad|gran|granny|grandma|grandpa|grandad|nan) )died\b|\bin mourning\b/gu,
    'funeral',
  ],
  [
    /\b(?:we|they|i) broke up\b|(?:^|(?<=[,.;:!?] )|(?<=\b(?:i|we) ))(?:just |finally )?broke up (?:w|with)\b|(?<=\b(?:after|since) (?:the|my|our) )divorce\b|\b(?:getting|got|been|being) dumped\b|\bsplit up\b|\b(?:he|she|they|bf|gf|boyfriend|girlfriend|partner|husband|wife|fianc[eé]e?) (?:just )?(?:dumped|broke up with) me\b|\b(?:he|she|they|bf|gf|boyfriend|girlfriend|partner|husband|wife|fianc[eé]e?) (?:just )?left me(?=\s*(?:[,.;!]|$|tonight\b|today\b|for\b))/gu,
    'breakup',
  ],
  // A wedding's things are no wedding: an anniversary, photographs; a wedding ring is no ring
  // carried to a proposal ("lost my wedding ring"). (A wedding dress is worn to one.)
  [/\bwedding (?=(?:anniversary|photos?|pictures?|video|album)\b)/gu, ''],
  [/\bwedding (?:ring|rings|band)\b/gu, 'keepsake'],
  // Running away from one's own wedding is no wedding guest's errand, nor anyone married (home
  // from it is a newlywed's, below).
  [new RegExp(`(?<=\\b${WALKING_OUT} (?:my|our) (?:own )?)wedding\\b`, 'gu'), 'bride'],
  // Just married ("we just got married", "newlyweds"): home from a wedding of their own.
  // (said "justwed" while any other "newly" is made a word that tells nothing: "my sister is newly
  // married" is hers).
  [new RegExp(JUST_MARRIED, 'gu'), 'justwed'],
  [/\bnewly\b/gu, 'lately'],
  [/\bjustwed\b/gu, 'newly'],
  // The reader's own wedding, when they say so ("im getting married tomorrow", "for my wedding"),
  // is theirs (said "nuptials" until everyone else's marrying is a wedding and any other
  // "married" a word that tells nothing: a married couple, a sister getting married); not on the
  // way home from one (the role's direction sees to that).
  [
    /\b(?:(?:i['’]?m|i am|we['’]?re|we are|fianc[eé]e? and i|fianc[eé]e?) getting married|^getting married|(?<=[,.;:!?] )getting married(?= (?:tomorrow|tmrw|today|tonight|in the morning))|(?:my|our) (?:own )?wedding(?: day| night)?)\b/gu,
    'nuptials',
  ],
  [/\b(?:(?:get|getting) married|to marry)\b/gu, 'wedding'],
  [/\bmarried\b/gu, 'wed'],
  [/\bnuptials\b/gu, 'married'],
  [/\bxmas\b/gu, 'christmas'],
  [/\bwrk\b/gu, 'work'],
  // A honeymoon of the reader's, not a suite where someone once honeymooned.
  [/\bhoney ?moon\b/gu, 'honeymoon'],
  [/\b(?:home|back) from (?:our |my |the )?honeymoon\b/gu, 'home newly'],
  [/\bhoneymooned\b/gu, 'stayed'],
  [/\bmtgs?\b/gu, 'meeting'],
  // Travelling for work: "work trip", "business trip", "conference in berlin", "client pitch in
  // the morning" (said "bizx" until any other business, a business park or one's own, is a word
  // no role has); not the daily journey to work, nor a video or a school conference.
  [
    /\b(?:work|business|sales) trips?\b|\btravell?ing for (?:work|business)\b|\b(?:away|here|there|abroad) on business\b|(?<!\b(?:video|zoom|teams|school|press|parent teacher|parents) )\bconferences?\b|\bclient (?:meeting|pitch|dinner|visit)s?\b|\bbusiness (?:meeting|class|dinner)\b/gu,
    'bizx',
  ],
  [/\bbusiness\b/gu, 'trade'],
  [/\bbizx\b/gu, 'business'],
  // A holiday, whatever it is called, and not a bank holiday or a Holiday Inn. One that is over, or
  // a holiday flight home, is one the reader is coming home from ("holidays over, flight home",
  // "end of our holiday"). Home for the holidays is home for Christmas; any other "holidays" of
  // the season ("working over the holidays") no trip.
  [/\bbank holidays?\b|\bholiday inn\b/gu, 'dayoff'],
  [/\bhome for the holidays\b/gu, 'home for christmas'],
  [/\b(?:for|over|during) the holidays\b/gu, 'season'],
  [
    /\b(?:holidays?|hols|vacation|vacay)(?:['’]?s| is| are)? (?:over|done|finished)\b|\b(?:end|last day|last night) of (?:the |our |my |a )?(?:[a-z]+ )?(?:holidays?|hols|vacation|vacay)\b|\b(?:holidays?|hols|vacation|vacay) (?:flight|train|ferry|coach|bus) (?:home|back)\b/gu,
    'from holiday',
  ],
  // A getaway is a holiday, unless it is a heist's or a car's ("heist getaway on the night train").
  [
    /\b(?:holidays?|hols|vacation|vacay|(?<!\b(?:heist|the|a|our|my|clean|quick|fast) )getaway(?! (?:car|driver|vehicle|van|bike))|mini ?break|city break)\b/gu,
    'holiday',
  ],
  // The reader engaged tonight or lately ("we just got engaged", "proposed and she said yes"; said
  // "betrothed" until any other engaged, a line, a loo, a sister, is a word no role has).
  [
    /\b(?:we|i|me and [a-z]+|[a-z]+ and i)(?: (?:just|finally|only|have|ve|['’]ve))? got engaged\b|(?:^|[,;.!] ?)(?:just |finally )?got engaged\b|\bwe(?:['’]?re| are) engaged\b|\bproposed(?: to (?:her|him|them|my [a-z]+))?,? (?:and|n|&) (?:she|he|they) said yes\b/gu,
    'betrothed',
  ],
  [/\bengaged\b/gu, 'occupied'],
  [/\bbetrothed\b/gu, 'engaged'],
  // The reader's own keys lost ("cant find my keys", "lost my keys", "locked out"; said "keysgone"
  // until any other keys, a set on a seat or in a hand, are a word no role has).
  [
    /\b(?:cant|can['’]t|cannot|couldnt|couldn['’]t) find (?:my|our|the) (?:house |front door |door |flat )?keys\b|\b(?:lost|forgot|forgotten|left) (?:my|our) (?:house |front door |door |flat )?keys\b|\blocked (?:myself )?out\b(?! of (?:my |the |)(?:phone|account|laptop|computer|email|app|icloud|bank)\b)|\b(?:my )?keys (?:are |r )?(?:lost|gone|missing)\b/gu,
    'keysgone',
  ],
  [/\bkeys\b/gu, 'keyring'],
  [/\bkeysgone\b/gu, 'keys'],
  // Followed ("something is following me home", "somethin folowing me on the tram", "being
  // followed"; said "shadowed" until any other following, a show, a route, a friend's advice, is
  // a word no role has).
  [
    /\b(?:some(?:one|thing|body|1)|somethin|(?:a|this|some|that) (?:man|woman|guy|bloke|figure|shadow|car|van)|it|he|she|they)(?:['’]?s| is| keeps| kept| has been| has| was)? (?:follow|folow)(?:ing|in|s|ed)? (?:me|us)\b(?! on (?:insta(?:gram)?|twitter|tiktok|x|socials|social media|spotify|strava|here)\b)|\b(?:being|been|im being|i['’]?m being) (?:follow|folow)ed\b(?! on (?:insta(?:gram)?|twitter|tiktok|x|socials|social media|spotify|strava)\b)/gu,
    'shadowed',
  ],
  [/\bfollowed\b/gu, 'trailed'],
  [/\bshadowed\b/gu, 'followed'],
  // A gig, a concert or a festival is a gig; a night out (a party, the club, the pub, drinks) is a
  // night out with friends, the role's telling word, which said of anyone else ("my friends
  // funeral", "with friends to the alps") names nothing.
  [/\b(?:gigs?|concerts?|festivals?|glastonbury|rave|dj set)\b/gu, 'gig'],
  [/\bfriends?(?:['’]?s)?\b/gu, 'pals'],
  // A party still ahead ("going to a party alone", "to my mates house party", "for the works
  // christmas do", "pre drinks") is one to arrive at, fashionably late, with whatever names it
  // ("christmas", "works"); a party left behind ("been to a party", "back to hers after the
  // party") is a night out (below).
  [
    /(?<!\b(?:been|went|gone|was|were|back|after going|after) (?:to|for) [^,.;]*)(?<=\b(?:to|for) (?:a|the|his|her|their|my|our|(?!hers\b|theirs\b)[a-z]+['’]?s) )(?:(?!wedding\b)[a-z'’]+ ){0,2}(?:part(?:y|ies)|(?:christmas|works|work|office|leaving|hen|stag|birthday) do|housewarming)\b|\bpre-? ?drinks\b/gu,
    'fashionably',
  ],
  // Delivering anything but a letter ("deliver a sealed box", "delivering a briefcase to pier 9")
  // is no letter to deliver by hand.
  [
    /\bdeliver(?:ing|ed|s)?\b(?= (?:a|an|the|this|my|her|his|their) (?:[a-z]+ )?(?:box|briefcase|parcel|package|jar|case|bag|suitcase|crate|heart|body|pizzas?|food|takeaway|baby)\b)/gu,
    'bring',
  ],
  // A letter the reader carries to someone ("a letter for my brother", "the letter my gran asked
  // me to deliver"), not one they got ("got a letter to say i got the job") or a delivery round.
  [
    /(?<!\b(?:got|get|received|opened|had) (?:a|the|my|this|that) )\b(?:love )?letter(?= (?:for|to|i wrote|my \p{L}+ asked|i have to|i need to|i must|i promised)\b)|\bto deliver\b|\bdeliver(?:ing)? (?:a|the|it|this|my|her|his|their)\b/gu,
    'deliver',
  ],
  [/\bletters?\b/gu, 'note'],
  // Results had, of an exam or a test ("got my a level results"), not still to come.
  [
    /\b(?:got|had|opened|just got) (?:my|our|the) (?:[a-z]+ ){0,2}results?\b|\bresults (?:came|are in|came back)\b|\bresults day\b(?! (?:tomorrow|tmrw|tmr|tomoz|next)\b)/gu,
    'resultshad',
  ],
  [/\bresults?\b/gu, 'outcome'],
  [/\bresultshad\b/gu, 'results'],
  // Not one's own wedding party (the bride's, above), nor one still ahead ("into town for the
  // party", "pre-drinks").
  [
    /(?<!\b(?:for|to|pre|pre-) (?:the |a |some |)|\bpre-?)\b(?:christmas (?:party|parties|do)|(?<!\b(?:own|wedding|bride|search|rescue|working|third) )part(?:y|ies)|clubbing|the club|a club|nightclub|the pub|a pub|pub crawl|drinks|night out|leaving do|works do|hen do|stag do|hen party|stag party)\b/gu,
    'friends',
  ],
  // An anniversary to celebrate, not the anniversary of a crash or of a death ("of our first
  // date" is still one to celebrate).
  [
    /\banniversary(?= of (?:(?:the|his|her|my|our|their) )?(?:crash|accident|death|passing|loss|fire|flood|war|disaster)\b)|\b(?:death|memorial) anniversary\b/gu,
    'memorial',
  ],
  // Seeing someone of the reader's again after years ("to meet my father after 12 years").
  [
    /\b(?:meet|meeting|see|seeing|visit|visiting)\b(?= (?:my|our) [a-z ]{2,24}?\b(?:after (?:\d+|a few|many|so many|all these|all those|[a-z]+) (?:years|decades)|after a decade|for the first time in)\b)|\breunit(?:e|ed|ing)\b|\b(?:not|havent|haven['’]t|never) seen (?:her|him|them|each other|my [a-z]+) (?:in|for) (?:\d+|a few|many|so many|[a-z]+) (?:years|yrs|decades)\b/gu,
    'reunion',
  ],
  // Home from a bedside ("been to see my dad in hospital", "after visiting mum on the ward",
  // "back from visiting my dad in the care home", "visiting hours are over"), not on the way to it: a word no role has until every other
  // visiting is said otherwise (the end of this table).
  [
    new RegExp(
      `\\b(?:(?:been|went|gone) (?:to (?:go and )?(?:see|visit)|visiting)|(?:after|from) (?:seeing|visiting)) (?:(?:my|our) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')})\\b[^,.;]{0,30}?\\b(?:in|at|on) (?:the |a |her |his |their )?(?:hospital|hospice|ward|icu|intensive care|a ?& ?e|(?:care|nursing|residential) home)\\b|\\b(?:after|end of) visiting hours\\b|\\bvisiting hours (?:are |were |is |was )?(?:over|ended|finished|done)\\b`,
      'gu',
    ),
    'visitinghours',
  ],
  // Someone of the reader's in hospital is a bedside to reach ("to see my dad in hospital").
  [
    new RegExp(
      `\\b(?:in|into) (?:the )?hospital\\b(?<=\\b(?:(?:my|our) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')})(?:['’]?s)? (?:is )?(?:in|into) (?:the )?hospital)`,
      'gu',
    ),
    'bedside',
  ],
  // Someone of the reader's dying, or having an operation ("his dads dying", "my mum who is
  // dying", "my mums op at 8"): a bedside, though the seed may not say hospital. Not the
  // reader's own operation, nor "her op" (often whoever travels with the reader, who is no
  // bedside to reach).
  [
    new RegExp(
      `\\b(?:(?:(?:my|our|his|her|their) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')})(?:['’]?s)?(?:,? (?:who|she|he)(?:['’]?s| is)?)? (?:is )?(?:dying|on (?:her|his) deathbed|${NOT_LONG})(?! (?:to|for|wish)\\b)|(?:${KIN})['’]?s (?:[a-z]+ )?(?:op|operation|surgery))\\b`,
      'gu',
    ),
    'bedside',
  ],
  // Someone of the reader's taken ill tonight ("our father collapsed an hour ago", "my mum had a
  // stroke"): a bedside to reach.
  [
    new RegExp(
      `\\b(?:(?:my|our|his|her|their) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')})(?:['’]?s)? (?:has |just |)(?:collapsed|had a (?:heart attack|stroke|fall|fit|seizure)|(?:was|been|got) rushed in|(?:is|was|got) taken ill|took a turn|(?:has |)been admitted|(?:was|got) admitted)\\b`,
      'gu',
    ),
    'bedside',
  ],
  // Someone of the reader's poorly, on a night bound for the hospital ("black cab to the
  // hospital, my dad is poorly"): a bedside to reach, not a fare the reader cannot afford.
  [
    new RegExp(
      `\\b(?:my|our) ${KIN_ADJECTIVE}(?:${KIN})(?:['’]?s| is| has been) (?:really |very |so |quite )?(?:poorly|ill|sick(?! of)|unwell|not well|in a bad way)\\b(?:(?=.*\\b(?:hospital|a ?& ?e|ward|icu)\\b)|(?<=\\b(?:hospital|a ?& ?e|ward|icu)\\b.*))`,
      'gu',
    ),
    'bedside',
  ],
  // Seeing someone of the reader's "before she goes", or in intensive care: a bedside.
  [
    new RegExp(
      `\\b(?:see|visit|seeing|visiting) (?:(?:my|our) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')}) (?:before (?:she|he|they) (?:goes|go|dies|die)\\b(?! (?:back|on|to|home|away|out|abroad|off)\\b)|in (?:the )?(?:icu|intensive care)\\b)|\\b(?:(?:my|our) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')})(?:['’]?s| is)? in (?:the )?(?:icu|intensive care)\\b`,
      'gu',
    ),
    'bedside',
  ],
  // Someone just out of a coma, or still in one, is a bedside; so is a hospice ("driving my mum
  // to the hospice" had a passenger whose name keeps being called).
  [/\b(?:in|from|out of) (?:a|the|his|her|their) coma\b|\bhospice\b/gu, 'bedside'],
  // On the way to the hospital to see someone of the reader's ("the 3am bus to the hospital to
  // see my mother").
  [
    new RegExp(
      `\\bhospital\\b(?= to (?:go and )?(?:see|visit) (?:(?:my|our) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')})\\b)`,
      'gu',
    ),
    'bedside',
  ],
  // Going to see someone of the reader's at the hospital ("going to see dad at the hospital").
  [
    new RegExp(
      `(?<=\\b(?:see|visit|seeing|visiting) (?:(?:my|our) ${KIN_ADJECTIVE}(?:${KIN})|${CALLED_KIN.join('|')}) (?:at|in) (?:the )?)hospital\\b`,
      'gu',
    ),
    'bedside',
  ],
  // A first shift is ahead, not behind: no reader ending a double shift; nor is one the reader is
  // starting or heading in for ("starting my night shift at the hospital").
  [
    /\b(?:first|(?:starting|start|heading in for|going in for|off to|on the way to|on my way to) (?:my |a |the |)) ?(?:night |day |early |late )?shift\b/gu,
    'first duty',
  ],
  // Someone's manager is their boss, not the café's night manager ("my manager yelled at me").
  [/\b(?:my|our|his|her|their|the) (?:line |new |old )?manager\b(?<!\bthe manager)/gu, 'boss'],
  // A suitcase not the reader's is the traveller's ("picked up the wrong suitcase", "this suitcase
  // isnt mine"); their own ("with my suitcase") names nobody.
  [
    /\b(?:wrong|someone else['’]?s|somebody else['’]?s|a stranger['’]?s) (?:suit)?case\b|\bsuitcase (?:is not|isnt|isn['’]t|that isnt|that is not|that isn['’]t) mine\b/gu,
    'traveller',
  ],
  // Someone else's shift is theirs ("home after his shift"): the reader is not off work.
  [/(?<=\b(?:his|her|their|[a-z]+['’]s) (?:[a-z]+ )?)shift\b/gu, 'duty'],
  // A date is a first date only when it is one ("after our first date", "home from a date"),
  // not the date on a ticket.
  [
    /(?<!\b(?:first|second|blind|dinner|a|our|my) )\bdates?\b|\bdates?(?= (?:on|of|printed|stamped)\b)/gu,
    'day',
  ],
  // The reader's own birthday is not a cake carried to someone else's.
  [/\bmy (?:own )?(?:\d+(?:st|nd|rd|th) )?birthday\b/gu, 'my day'],
  // Moving house is moving to a new home ("moving out", "moving to my mum's", "our new flat"),
  // not a new year, a moving walkway, someone new in town or a sister's new flat.
  [/(?<=['’]s )\bnew\b|\bnew\b(?! (?:house|home|flat|place)\b)/gu, 'other'],
  [
    /\bmoving\b(?! (?:house|home|flats?|out|in|into|abroad|to|away|back|country|city)\b)/gu,
    'other',
  ],
  [/\brelocating\b/gu, 'moving'],
  // A ring road is a road; a ring is a ring only when it is someone's or a kind of one, not a
  // bell to ring or a boxing ring.
  [/\bring road\b/gu, 'road'],
  [/\brings?(?= (?:the|a|my|your|her|his|out|through|round|again|for)\b)/gu, 'peal'],
  [
    /(?<!\b(?:a|the|my|her|his|their|our|your|engagement|gold|silver|diamond|[a-z]+['’]s) |[,;:] |^)\brings?\b/gu,
    'peal',
  ],
  // Proposing is carrying a ring to someone ("gonna propose to priya tomorrow").
  [
    /\bpropos(?:e|ing)\b(?! (?:a|an|the|that|this|we)\b)|\bpop(?:ping)? the question\b/gu,
    'matchbox',
  ],
  [/\bvisiting\b/gu, 'calling'],
  [/\bvisitinghours\b/gu, 'visiting'],
];

function inRoleWords(folded: string): string {
  return ROLE_WORD_FOR.reduce((seed, [words, word]) => seed.replace(words, word), folded);
}

/**
 * Words that some place's own reader shares with an errand, or with the place itself: "after my
 * shift at the bakery" is someone going home after a long shift, not the night bus's nurse; "to
 * my grandad's funeral" a mourner, not the airport's translator; "in my cabin" or "we share a
 * cabin" no passenger in a cabin booked under another name. A place's reader is named by its own
 * words ("nurse", "translator", "booked"), not these (see `namedPlaceRole`).
 */
const NOT_A_PLACE_READERS_WORD: ReadonlySet<string> = new Set(['shift', 'funeral', 'cabin']);

/**
 * Words of a reader's role too common in what people type to say who they are: "bad day at work,
 * taxi home" was a comedian after a bad set, "she's really poorly" someone who cannot really
 * afford the fare, "both kids asleep on me" a chef with burns on both wrists, "lost my ticket" a
 * ticket inspector, "no signal" a signal engineer. The role's other words still name it ("the
 * comedian", "inspector", "engineer").
 */
const NOT_A_READERS_WORD: ReadonlySet<string> = new Set(
  (
    'bad set really fare both wrists burns door given wearing black sealed round return ' +
    'game player shaking seven twenty stranger coat route office yours suitcase case ' +
    'journey counting ticket signal fault booked hotel bar shop manager cafe café hospital ' +
    'sleeping passenger family argument teacher blank passport photograph map bridge model ' +
    'cardboard sign boot papers relief lighthouse tunnels milestones uniform clocks columns ' +
    'balance day setting freshly find sure hours'
  ).split(' '),
);

/** The reader of a place a seed names, as `namedRole`, by none of NOT_A_PLACE_READERS_WORD. */
export function namedPlaceRole(
  text: string,
  roles: readonly string[],
  direction: (role: string) => RoleDirection | undefined,
): string | undefined {
  return namedRole(text, roles, direction, NOT_A_PLACE_READERS_WORD);
}

/**
 * The reader a seed names, the earliest named, each looked for where its direction allows (see
 * ROLE_DIRECTIONS): a reader bound for a funeral outside the seed's origins, one coming home
 * from it outside where it is bound, anyone else anywhere; never by a word in `unsaid`.
 * Undefined when it names none.
 */
export function namedRole(
  text: string,
  roles: readonly string[],
  direction: (role: string) => RoleDirection | undefined,
  unsaid: ReadonlySet<string> = new Set(),
): string | undefined {
  const seed = inRoleWords(fold(text));
  const within = {
    bound: blanked(seed, ORIGINS),
    homeward: blanked(seed, DESTINATIONS),
  };
  let best: { role: string; at: number } | undefined;
  for (const role of roles) {
    const way = direction(role);
    const searched = way === undefined ? seed : within[way];
    for (const word of tellingWords(role)) {
      if (CHOOSING_WORDS.has(word) || NOT_A_READERS_WORD.has(word) || unsaid.has(word)) continue;
      const at = wholeWordAt(searched, word);
      if (at !== -1 && (best === undefined || at < best.at)) best = { role, at };
    }
  }
  return best?.role;
}

/**
 * Things a reader can carry that a seed may name, beyond the motifs the corpus writes for: the
 * general motif threads tell them. Each noun's last word means nothing else in the corpus (not
 * "ring", which bells do, nor "watch"), so a beat that names it names the motif.
 */
export const SEED_OBJECTS: readonly string[] = [
  'umbrella',
  'lantern',
  'locket',
  'seashell',
  'pebble',
  'bracelet',
  'necklace',
  'harmonica',
  'doll',
  'kite',
];

/** Words a seed may put before one, kept with it: "a red umbrella", "the paper kite". */
const OBJECT_WORDS: ReadonlySet<string> = new Set(
  (
    'red blue green yellow black white grey gray silver golden gold brass paper wooden glass ' +
    'tin little tiny broken striped velvet china porcelain'
  ).split(' '),
);

/**
 * The thing a seed names from `SEED_OBJECTS` with the word before it when that describes it
 * ("red umbrella"), the earliest named; else a stranger's thing it names ("child’s shoe");
 * undefined when it names neither.
 */
export function namedObject(text: string): string | undefined {
  const seed = fold(text);
  let best: { noun: string; at: number } | undefined;
  for (const noun of SEED_OBJECTS) {
    const at = wholeWordAt(seed, noun);
    if (at !== -1 && (best === undefined || at < best.at)) best = { noun, at };
  }
  if (best === undefined) return strangersThing(seed);
  const before = seed.slice(0, best.at).trimEnd().split(' ').pop() ?? '';
  return OBJECT_WORDS.has(before) ? `${before} ${best.noun}` : best.noun;
}

/**
 * Things a seed may name as someone else's, found and not the reader's own: "a lost child's
 * shoe", "a stranger's hat". Said whole, possessor and all, they name the motif only so (see
 * `namesMotif`), since "shoe" or "coat" alone means other things in the corpus.
 */
const POSSESSED_OBJECTS: readonly string[] = ['shoe', 'hat', 'cap', 'book', 'drawing', 'coat'];

/** Whose thing is the reader's own, or no one's in particular: not a found thing. */
const NOT_A_STRANGER: ReadonlySet<string> = new Set(
  'my our your his her their its own someone somebody anyone anybody everyone nobody'.split(' '),
);

/** "A lost child's shoe", "the dead man's hat": an article first, and no "of" after. */
const STRANGERS_THING = new RegExp(
  `(?:^|\\s)(?:a|an|the) (?:(\\p{L}+) )?(\\p{L}+)['’]s (${POSSESSED_OBJECTS.join('|')})(?! of)(?!\\p{L})`,
  'u',
);

/** The thing a seed names as a stranger's ("child’s shoe"), or undefined. */
function strangersThing(seed: string): string | undefined {
  const found = STRANGERS_THING.exec(seed);
  const [, owner = '', possessor, noun] = found ?? [];
  if (possessor === undefined || noun === undefined) return undefined;
  if (NOT_A_STRANGER.has(owner) || NOT_A_STRANGER.has(possessor)) return undefined;
  return `${possessor}’s ${noun}`;
}
