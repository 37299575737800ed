/**
 * Seed to world. The same seed always gives the same world, in any process. A seed that names
 * a setting, tone, weather, reader's role, destination or motif the world knows gets it (see
 * `seed-words.ts`); the rest is drawn from the seed's hash.
 */
import { normaliseSeed } from '../seed';
import type { Random } from '../random';
import { createRandom, pickDistinct, pickIndex, pickOne } from '../random';
import type {
  Genre,
  Motif,
  Pronoun,
  RoleDirection,
  SettingId,
  StartingSituation,
  Weather,
} from './ingredients';
import {
  BABY_ROLE,
  NEWBORN_ROLE,
  COMPANION_MOODS,
  COMPANION_NAMES,
  COMPANION_ROLES,
  CREW_OFF_DUTY,
  ERRAND_ROLES,
  MOOD_ROLES,
  NEW_JOB_ROLE,
  ERRANDS_WITHOUT_TICKET,
  GENRES,
  motif as motifOf,
  MOTIFS,
  namesMotif,
  NOT_BOUND_FOR,
  BOUND_FOR,
  OUTWARD_ROLES,
  READER_ANIMALS,
  READER_ERRANDS,
  READERS_IN_SORROW,
  READERS_WHO_ARRIVE,
  ROLES_ALONE,
  ROLE_DIRECTIONS,
  SETTING_IDS,
  SETTINGS,
  WEATHERS,
} from './ingredients';
import {
  namedObject,
  namedOption,
  namedCompanion,
  namedFloor,
  namedGenericPlace,
  namedNewHome,
  whereBound,
  namedHour,
  namedPlace,
  namedPlaceIn,
  namedStranger,
  kinAlongDied,
  namedStrangePlace,
  saysNewJob,
  saysUnknownDestination,
  namedOccasion,
  namedVisit,
  bedsideFor,
  saysLabour,
  labourAlong,
  namedWaiting,
  kinPronoun,
  kinTitle,
  kinWordsFor,
  KINS_PLACES,
  namedMood,
  namedMoods,
  namedPet,
  namedPetKind,
  petPronoun,
  namedRole,
  namedPlaceRole,
  namesCoach,
  secondKin,
  travelsByCoach,
  readSeedWords,
  namedFloorBelow,
  kinMoodSaid,
  firstKinPlural,
  AGE,
  funeralOf,
  saysUnderground,
  saysPram,
  saysCarSeat,
  saysBabyCried,
  weddingOf,
  saysAboard,
  tellingWords,
} from './seed-words';
import type { Mood } from './seed-words';

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
  weather: Weather;
  /** How many beats the arc aims for before its ending (the story may run a little longer). */
  length: number;
}

export const MIN_TARGET_LENGTH = 9;
export const MAX_TARGET_LENGTH = 15;

/** Most nights are clear; the rest share rain, snow and fog. */
const WEATHER_ODDS: readonly Weather[] = [
  'clear',
  'clear',
  'clear',
  'clear',
  'rain',
  'rain',
  'fog',
  'snow',
];

/** Builds the world a seed describes. Throws `InvalidSeedError` for a seed that is not valid. */
export function createWorld(seedInput: string): World {
  const seed = normaliseSeed(seedInput);
  const named = readSeedWords(seed);
  const random = createRandom(`world|${seed}`);
  // Every draw is made whether or not the seed overrides it, so naming one thing in a seed does
  // not reshuffle the rest of its world.
  const drawnSetting = boundIfNeeded(pickOne(random, SETTING_IDS), seed);
  const bound = whereBound(seed);
  const byCoach = namesCoach(seed);
  const setting =
    // A coach journey said beside a train is the coach ("overnight coach to paris cos the train
    // is 2 pricey"), not the platform where readers who name a train wait.
    (named.setting === 'empty-platform' && travelsByCoach(seed) ? undefined : named.setting) ??
    // A coach runs where coaches do, or to a place of ours that only another place reaches ("the
    // coach to the island of Skerra" meets the ferry); not to one the seed merely mentions on
    // the way to a city of its own ("the overnight coach to Glasgow to visit grandad in
    // hospital" is no night bus to the hospital on the hill).
    (byCoach
      ? (settingOfPeopleAndPlaces(seed, COACH_SETTINGS) ??
        // A place it is bound for, not where it comes from nor anyone in it ("bar exam at 8,
        // coach back up from my parents" is no hotel with a pianist in its bar).
        (namesOnlyOurPlaces(seed) ? settingOfPlaces(bound) : undefined) ??
        'service-station')
      : settingOfPeopleAndPlaces(seed)) ??
    drawnSetting;
  const ingredients = SETTINGS[setting];
  const companionCount = 2 + pickIndex(random, 3);
  const names = pickDistinct(random, COMPANION_NAMES, companionCount);
  const roles = pickDistinct(random, COMPANION_ROLES, companionCount);
  // Moods differ: two "restless" companions in one night read as one told twice.
  const moods = pickDistinct(random, COMPANION_MOODS, companionCount);
  const drawn = names.map(([name, pronoun], index): Companion => ({
    name,
    pronoun,
    role: roles[index] ?? 'a fellow traveller',
    mood: moods[index] ?? 'quiet',
  }));
  const drawnGenre = pickOne(random, GENRES);
  const drawnRole = pickOne(random, ingredients.roles);
  const drawnIndex = pickIndex(random, ingredients.destinations.length);
  const drawnMotif = pickOne(random, MOTIFS);
  const length = MIN_TARGET_LENGTH + pickIndex(random, MAX_TARGET_LENGTH - MIN_TARGET_LENGTH + 1);
  const drawnWeather = pickOne(random, WEATHER_ODDS);
  const seeing = namedVisit(bound);
  const visit = seeing ?? namedWaiting(seed);
  // A friend's place or someone's party ("to sams", "to my mums birthday party") is where the
  // night goes, as a visit is, though nobody of ours lives there; not on the way home ("went to
  // toms party, night bus home now" is home from it).
  const headingHome = HEADING_HOME.test(bound);
  const occasion = headingHome ? undefined : namedOccasion(seed);
  const visiting = visit ?? occasion;
  // A place no timetable has, as the seed says it ("to a town that was flooded for a reservoir",
  // "to the giant's castle"), where a vessel goes from place to place.
  const strange = ingredients.bound ? namedStrangePlace(bound) : undefined;
  // Or one the seed says nobody will tell the reader ("wont tell me where were going"), off the lift.
  const unnamed = ingredients.stop !== 'floor' && !headingHome && saysUnknownDestination(seed);
  const seeded = namedCompanion(seed);
  const along = seeded !== undefined;
  const purpose = OWN_PURPOSE.test(bound);
  // How the reader says they feel (MOODS), read once for the role and its draw.
  const said = namedMoods(seed);
  // Kin along who died ("with my gran Rosa, who died last year"): the night is their ghost's.
  const late = seeded?.kin !== undefined && kinAlongDied(seed, seeded.kin);
  const role =
    namedPlaceRole(seed, ingredients.roles, directionOf) ??
    namedRole(seed, ingredients.bound ? ERRAND_ROLES : ERRANDS_WITHOUT_TICKET, directionOf) ??
    // The eve of a new job, however the reader feels about it ("first day at the new job
    // tomorrow, cant sleep").
    (saysNewJob(seed) && !along ? NEW_JOB_ROLE : undefined) ??
    // A seed that says only how the reader feels is about that.
    moodRole(seed, said) ??
    drawnWithout(
      [
        // A reader with a reason of their own, or someone beside them, is drawn no errand that
        // would take its place, nor a night spent at work or lost to themselves.
        ...(visiting !== undefined || purpose || along ? READER_ERRANDS : []),
        ...(along || purpose || visiting !== undefined ? ROLES_ALONE : []),
        ...(purpose || visiting !== undefined ? CREW_OFF_DUTY : []),
        // Nor is anyone going home, to someone of theirs, or on an errand or in company of their
        // own, drawn on the way to someone else's (the morning's loaves, a fault on the line).
        ...(GOING_HOME.test(bound) || purpose || along || visiting !== undefined
          ? OUTWARD_ROLES
          : []),
        // Nor is anyone bound for a place of the seed's own ("taxi to the airport") drawn on the
        // way to a stranger's door or the morning's loaves, nor, unless it is home, going home
        // after a shift or a bad set ("uber to the hotel").
        ...(namesOnlyOurPlaces(bound) &&
        namedGenericPlace(bound) === undefined &&
        occasion === undefined
          ? []
          : [...OUTWARD_ROLES, ...(GOING_HOME.test(bound) ? [] : HOMEWARD_PLACE_ROLES)]),
        // Nor is anyone bound for a place no timetable has, or none they are told, drawn an errand
        // or a shift of their own ("train to the giant's castle" was a mourner on the way to a
        // funeral, "a ghost taxi driver who wont tell me where were going" a paramedic going home).
        ...(strange !== undefined || unnamed
          ? [...READER_ERRANDS, ...OUTWARD_ROLES, ...HOMEWARD_PLACE_ROLES]
          : []),
        // Nor is anyone with a wife, a husband or a partner drawn to propose, to walk out of their
        // own wedding party, or to come home from a first date or a breakup ("wanting to tell my
        // wife everything" was carrying a ring, unsure whose finger it was for).
        ...(PARTNERED.test(seed) ? UNPARTNERED_ROLES : []),
        // Nor is a parent with their child drawn as a student, a teenager or a runaway.
        ...(PARENT.test(seed) || firstKinPlural(seed) ? YOUNG_ROLES : []),
        // Nor is anyone with company of their own, unless it is their child, drawn as a parent
        // whose children are elsewhere ("night bus home with my girlfriend after our first big
        // fight" was a parent at the end of a long day).
        ...(along && !PARENT.test(seed) && !firstKinPlural(seed) ? PARENT_ROLES : []),
        // Nor is anyone whose seed says how they are tonight drawn an errand that would say why
        // ("cant sleep again" was a mourner on the way to a funeral).
        ...(said.length > 0 ? READER_ERRANDS : []),
        // Nor is anyone who cannot sleep drawn as someone who sleeps past their stop.
        ...(said.includes('sleepless') ? SLEEPERS : []),
        // Nor anyone glad tonight as someone fleeing a row or a party, or in mourning ("coming
        // home from glastonbury, muddy, hoarse, happy" walked out of a family argument).
        ...(said.includes('glad') ? [...TROUBLED_ROLES, ...READERS_IN_SORROW] : []),
        // Nor is anyone in a cabin of their own drawn in one booked under another name.
        ...(OWN_CABIN.test(seed) ? ['a passenger in a cabin booked under another name'] : []),
      ],
      ingredients.roles,
      drawnRole,
    );
  const destination =
    (ingredients.stop === 'floor' ? (namedFloorBelow(seed) ?? namedFloor(bound)) : undefined) ??
    (fromWhereNamed(role, bound, ingredients.destinations)
      ? HOME_STOPS[ingredients.stop]
      : undefined) ??
    (ingredients.bound
      ? (ours(namedPlace(seed), ingredients.destinations.filter(ownedByNamed(bound, visit))) ??
        namedNewHome(bound) ??
        genericPlace(bound, ingredients.destinations, setting) ??
        occasion ??
        // Where the seed's errand is ("to a conference in Manchester"), unless it goes home or
        // to someone of the reader's there ("to my dads in leeds" is his house).
        (visit === undefined && !headingHome
          ? ours(namedPlaceIn(seed), ingredients.destinations)
          : undefined) ??
        strange)
      : undefined) ??
    (unnamed ? UNNAMED_PLACE : undefined) ??
    namedOption(bound, ingredients.destinations.filter(ownedByNamed(bound, visit))) ??
    // A bedside is at the hospital, not the house of whoever lies there ("bus to the hospice to
    // see my dad").
    alwaysBoundFor(role, ingredients.destinations) ??
    // A birth under way is at the hospital ("her waters just broke"), where the place has one.
    (saysLabour(seed)
      ? ingredients.destinations.find((place) => /\bhospital\b/u.test(place))
      : undefined) ??
    (ingredients.bound
      ? (bedsideOf(role, seed) ??
        visited(
          visit,
          ingredients.destinations,
          setting === 'airport-gate' && seeing !== undefined,
        ))
      : undefined) ??
    // Lost keys are a problem at one's own door, unless the seed goes to whoever has a spare.
    (role === 'someone who cannot find their keys' ? HOME_STOPS[ingredients.stop] : undefined) ??
    (headingHome || GOING_BACK.test(bound) ? HOME_STOPS[ingredients.stop] : undefined) ??
    drawnFor(role, ingredients.destinations, drawnIndex, GOING_HOME.test(bound));
  const object = namedObject(seed);
  const motif =
    MOTIFS.find((candidate) => namesMotif(seed, candidate)) ??
    (object === undefined ? drawnMotif : motifOf(object));
  const underground = isUnderground({ setting, seed });
  // Adjustments come after every draw, so they change only the companions they touch.
  const companions = withNamedStranger(
    withSaidMood(
      withSecondKin(
        withSeededName(
          withoutClashingRoles(
            withSeededCompanion(
              drawn.slice(0, Math.min(companionsFor(length), ingredients.room ?? Infinity)),
              seed,
            ),
            role,
            random,
            // Below ground there is no sky for a stargazer to wait on, and no trolley fits in a
            // cab; and a nurse is the reader, not a stranger in scrubs ("tram home in my scrubs").
            [
              ...(underground ? ['stargazer'] : []),
              ...(ingredients.noRoomFor ?? []),
              ...(SAYS_NURSE.test(seed) ? ['nurse', 'scrubs'] : []),
            ],
          ),
          seeded,
          random,
          late,
        ),
        seed,
      ),
      seed,
    ),
    seeded === undefined ? namedStranger(seed) : undefined,
    random,
  );
  return {
    seed,
    setting,
    genre: named.genre ?? (late ? 'ghost' : gladGenre(drawnGenre, role)),
    role,
    destination,
    companions,
    motif,
    // Below ground there is no weather to see, unless the seed says so.
    weather: named.weather ?? (underground ? 'clear' : drawnWeather),
    length,
  };
}

/**
 * The drawn genre, unless it is a ghost story on the way to a birth, one's own wedding, home with
 * a baby, or to someone still living in danger (a bedside, the vet): readers rushing to a partner
 * in labour went through a door to "everyone you have lost". Those nights are told as folk tales
 * instead; a seed that names a ghost still gets one. (A mourner's night may still be a ghost's.)
 */
function gladGenre(drawn: Genre, role: string): Genre {
  return drawn === 'ghost' && NO_GHOSTS.includes(role) ? 'folk' : drawn;
}

/** The reader a seed says is followed (ERRAND_ROLES). */
const FOLLOWED_ROLE = 'someone sure they are being followed';

/** Readers whose night no ghost story suits: a newborn, a wedding, a baby home, the living in danger. */
const NO_GHOSTS: readonly string[] = [
  NEWBORN_ROLE,
  'someone on the way to get married',
  'someone freshly engaged',
  'someone in high spirits tonight',
  'someone off on honeymoon',
  'someone newly married, on the way home',
  BABY_ROLE,
  'someone on the way to a bedside on the ward',
  'someone taking a poorly pet to the vet',
];

/**
 * The drawn place, or the next one where it goes nowhere (the hotel lift) and the seed names an
 * errand that must travel: "hospice rang, grandads only got hours" was a housekeeper's night round.
 */
function boundIfNeeded(drawn: SettingId, seed: string): SettingId {
  if (SETTINGS[drawn].bound) return drawn;
  const errand = namedRole(seed, ERRAND_ROLES, directionOf);
  // Followed into a lift, yes; followed home, not up to a hotel suite.
  const homeward = errand === FOLLOWED_ROLE && GOING_HOME.test(seed);
  if (errand === undefined || (ERRANDS_WITHOUT_TICKET.includes(errand) && !homeward)) return drawn;
  return SETTING_IDS[(SETTING_IDS.indexOf(drawn) + 1) % SETTING_IDS.length] ?? drawn;
}

/**
 * A place the seed names ("to Leeds w my sister" is Leeds, not the sister's flat of ours), as
 * ours says it where one of ours is that place ("to Skerra" is "the island of Skerra").
 */
function ours(place: string | undefined, destinations: readonly string[]): string | undefined {
  if (place === undefined) return undefined;
  return destinations.find((destination) => destination.endsWith(place)) ?? place;
}

/** True when the seed names no place of its own, or only one of ours ("the coach to Skerra"). */
function namesOnlyOurPlaces(seed: string): boolean {
  const place = namedPlace(seed);
  return (
    place === undefined ||
    SETTING_IDS.some((id) =>
      SETTINGS[id].destinations.some((destination) => destination.endsWith(place)),
    )
  );
}

/**
 * A generic place the seed is bound for ("to the coast"), as ours by that word where we have one
 * ("the coast at Merrow Sands"), else as the seed says it.
 */
function genericPlace(
  bound: string,
  destinations: readonly string[],
  setting: SettingId,
): string | undefined {
  const generic = namedGenericPlace(bound);
  // A taxi to the airport waits at its gate: the plane does not fly to the airport.
  if (generic === undefined || PLACE_OF_SETTING[setting] === generic) return undefined;
  const word = generic.replace(/^the /u, '');
  return destinations.find((destination) => tellingWords(destination).includes(word)) ?? generic;
}

/** The generic place a setting already is: nobody travels from it to itself. */
const PLACE_OF_SETTING: Partial<Record<SettingId, string>> = {
  'airport-gate': 'the airport',
  'empty-platform': 'the station',
  'ferry-terminal': 'the ferry port',
};

/**
 * The place of the one the reader is on their way to see (`visit`: "to see my dad" is your dad's
 * house), as ours where we have it ("to see my sister" is her flat on Quarry Street); flying to
 * see them, the airport nearest it (readers on the "red eye flight to see mum" flew to their mum's
 * house). Whoever waits at arrivals is there already ("my girlfriend is waiting at arrivals").
 */
function visited(
  visit: string | undefined,
  destinations: readonly string[],
  byAir: boolean,
): string | undefined {
  if (visit === undefined) return undefined;
  const whose = visit.replace(/ house$/u, '');
  const ours = destinations.find((destination) => destination.startsWith(whose));
  if (ours !== undefined) return ours;
  return byAir ? `the airport nearest ${visit}` : visit;
}

/**
 * Where someone of the reader's lies, for a reader on the way to a bedside, at a place with no
 * hospital of its own ("flying out to see my mum who is dying" is the hospital where your mum is,
 * not her house, where no ward or nurse is waiting); undefined for anyone else.
 */
function bedsideOf(role: string, seed: string): string | undefined {
  const whose = BOUND_FOR[role] === undefined ? undefined : bedsideFor(seed);
  return whose === undefined ? undefined : `the hospital where ${whose} is`;
}

/** True when the night's platform is below ground ("the last tube"): no sky, fields or wind. */
export function isUnderground(world: Pick<World, 'setting' | 'seed'>): boolean {
  return world.setting === 'empty-platform' && saysUnderground(world.seed);
}

/** When the night begins, as openings say it: the hour the seed names, else the place's own. */
export function hourOf(world: World): string {
  return namedHour(world.seed) ?? SETTINGS[world.setting].hour;
}

/** Where a ride goes that the seed says nobody will tell the reader. */
const UNNAMED_PLACE = 'a place nobody will name';

/** Where the reader is always bound (BOUND_FOR), where the place has it. */
function alwaysBoundFor(role: string, destinations: readonly string[]): string | undefined {
  const bound = BOUND_FOR[role];
  return bound !== undefined && destinations.includes(bound) ? bound : undefined;
}

/**
 * The drawn destination, or the next one when the reader is never bound there (NOT_BOUND_FOR),
 * nor, going home, to somewhere that is no one's home (readers flying home went to a conference).
 */
function drawnFor(
  role: string,
  destinations: readonly string[],
  index: number,
  home: boolean,
): string {
  const drawn = destinations[index] ?? '';
  return NOT_BOUND_FOR[role]?.includes(drawn) === true || (home && NOWHERE_HOME.includes(drawn))
    ? (destinations[(index + 1) % destinations.length] ?? drawn)
    : drawn;
}

/** Destinations that are nobody's home. */
const NOWHERE_HOME: readonly string[] = [
  'a conference you no longer remember',
  'a hotel by the river',
];

/**
 * The drawn role, or, when it is `excluded`, another of `roles` that is not: a reader on the way
 * to see their girlfriend is not drawn to be on the way to a funeral too.
 */
function drawnWithout(
  excluded: readonly string[],
  roles: readonly string[],
  drawn: string,
): string {
  if (!excluded.includes(drawn)) return drawn;
  // Drawn again among those left, by the same draw: taking the next one instead gave the role
  // after a run of excluded ones to most readers with company.
  const left = roles.filter((role) => !excluded.includes(role));
  return left[roles.indexOf(drawn) % Math.max(1, left.length)] ?? drawn;
}

/**
 * A bus or tram home ("night bus home", "last tram home after my shift") stops nearest it: not
 * a place of ours, where readers going home were sent to a depot or a sister's flat.
 */
const GOING_HOME = /\bhome?\b/u;

/**
 * Bound for home: "last train back home", "uber home", "flying home for christmas", typed "hom";
 * not "asleep at
 * home", "no home to go to", "home-made" or "home fans".
 */
const HEADING_HOME =
  /(?<!\b(?:at|from|left|leave|leaving|no|away from) )\bhome?(?:wards?)?\b(?![-'’]| (?:fans?|game|team|made|town|page|office)\b)/u;

/**
 * On the way back, and nowhere named: home ("train back from the arctic monkeys gig" was bound
 * for a stranger's town). Not back to somewhere, nor the back seat.
 */
const GOING_BACK =
  /\b(?:heading|going|coming|getting|on (?:my|our|the) way|train|bus|tram|cab|taxi|uber|ferry|flight|flying|coach|sleeper|drive|driving|ride) back\b(?! (?:to|seat|seats|row|door|of|at|in|into)\b)/u;

/**
 * Where a night bound for home and no named place ends, by the kind of stop a setting has: readers
 * on the "last train back home" were sent to Coldharbour Junction, a stranger's town.
 */
const HOME_STOPS: Readonly<Record<string, string>> = {
  stop: 'the stop nearest home',
  bay: 'the stop nearest home',
  platform: 'the station nearest home',
  station: 'the station nearest home',
  pier: 'the harbour nearest home',
  gate: 'the airport nearest home',
  // A cab takes the reader to the door.
  door: 'your own front door',
};

/** A seed that names the reader's own wife, husband or partner. */
const PARTNERED = /\b(?:my|our) (?:wife|husband|hubby|missus|partner|fianc[eé]e?)(?!\p{L})/iu;

/** A seed whose cabin is the reader's own ("in my cabin on the sleeper", "we share a cabin"). */
const OWN_CABIN =
  /\b(?:(?:my|our) (?:own )?|shar(?:e|ing) (?:a|the|our) )(?:cabin|berth|bunk|compartment|couchette)\b/iu;

/** A seed whose reader travels with, or for, a child of their own ("driving my daughter Pia"). */
const PARENT = new RegExp(
  `\\b(?:my|our) (?:(?:little|baby|eldest|youngest|oldest|older|younger|teenage|small|wee|${AGE}) )?(?:daughter|son|kids?|children|child|toddler|baby|twins|teen|teenager|${AGE})s?\\b|\\b(?:my|our) (?:little|baby|eldest|youngest|oldest|older|younger|teenage|small|wee|${AGE}) (?:girl|boy|lad|lass)s?\\b`,
  'iu',
);

/** Readers too young to be anyone's parent. */
const YOUNG_ROLES: readonly string[] = [
  'a student who keeps sleeping past the right stop',
  'a student carrying a cardboard model of a bridge',
  'a student travelling to a funeral',
  'a teenager who walked out of a family argument',
  'a runaway with a return ticket',
];

/** A place's own readers on their way home (an errand's direction is ROLE_DIRECTIONS'). */
const HOMEWARD_PLACE_ROLES: readonly string[] = Object.values(SETTINGS).flatMap(({ roles }) =>
  roles.filter((role) => /\bgoing home\b/u.test(role)),
);

/**
 * True when a reader on the way home (from a shift, a gig, a funeral) is bound nowhere the seed
 * says, and the place it names is where they come from: "night shift at the hospital" went home
 * after a long shift toward the hospital on the hill.
 */
function fromWhereNamed(role: string, bound: string, places: readonly string[]): boolean {
  const homeward = ROLE_DIRECTIONS[role] === 'homeward' || HOMEWARD_PLACE_ROLES.includes(role);
  // Named where they are or were ("at the hospital"), and not where they go ("towards", "for").
  return (
    homeward &&
    /\b(?:at|from)\b/u.test(bound) &&
    !/\b(?:to|towards?|into|for)\b/u.test(bound) &&
    namedOption(bound, places) !== undefined
  );
}

/**
 * The reader of a seed that says how they feel and nothing of anyone else (MOOD_ROLES): "my son
 * cant sleep, driving him round" is the son's night, not the reader's. Glad before sleepless: "so
 * excited i cant sleep" is no insomniac's.
 */
function moodRole(seed: string, moods: readonly Mood[]): string | undefined {
  if (SOMEONE_SAID.test(seed)) return undefined;
  const mood = moods.includes('glad')
    ? 'glad'
    : moods.find((said) => MOOD_ROLES[said] !== undefined);
  return mood === undefined ? undefined : MOOD_ROLES[mood];
}

/** A seed that says something of someone ("my son", "the kids"), not of the night or its ride. */
const SOMEONE_SAID =
  /\b(?:my|our|his|her|their|the) (?!(?:own|first|last|way|night|day|bus|train|tram|ferry|flight|cab|taxi|uber|coach)\b)\p{L}+\b/iu;

/** Readers whose children are at home. */
const PARENT_ROLES: readonly string[] = ['a parent at the end of a long day'];

/** Readers whose night is sleeping through it. */
const SLEEPERS: readonly string[] = ['a student who keeps sleeping past the right stop'];

/** Readers fleeing something tonight: no glad reader is drawn as one. */
const TROUBLED_ROLES: readonly string[] = [
  'a teenager who walked out of a family argument',
  'a runaway with a return ticket',
  'a bride who walked out of her own party',
  'someone going home after a breakup',
];

/** Readers who are nobody's wife, husband or partner tonight. */
const UNPARTNERED_ROLES: readonly string[] = [
  'someone carrying a ring in a matchbox',
  'a bride who walked out of her own party',
  'someone going home after a first date',
  'someone going home after a breakup',
];

/**
 * A seed that says what the reader goes for: someone to see or something to fetch ("to see her
 * fave band", "to say bye to my boyfriend"), an occasion of theirs ("for her uni open day", "for
 * my driving test"), or a day that matters ("custody hearing", "first date", "new job"). Not
 * running to catch a bus, waiting for someone, or looking for keys.
 */
const OWN_PURPOSE =
  /\b(?:to (?:see|visit|meet|pick up|collect|watch|fetch|say (?:bye|goodbye)) \S|(?:for|to) (?:my|our|his|her|their|a|the) (?:[a-z]+ ){0,2}(?:birthday|wedding|party|open day|interview|exam|test|hearing|gig|concert|show|appointment|graduation|holiday|trip|match|game|shift|date)\b|(?:custody hearing|court (?:date|case|hearing)|(?:my|an?|the) (?:exam|hearing)|the vet|first date|new job|first day at|first (?:[a-z]+ )?shift|deploys?|deployment)\b)/u;

/**
 * Whether a destination of someone's may be the one the seed names: only where the seed goes to
 * them, however a phone writes it ("to see my sister", "to my sis's", "to my grandmother", "to my
 * brothers in kettering"), not where it names only the place ("to Kettering" is no brother's house), another
 * owner ("at her flat", of a niece, is no sister's flat), or them somewhere else ("to meet my
 * sister at the station").
 */
function ownedByNamed(bound: string, visit: string | undefined): (destination: string) => boolean {
  return (destination) => {
    const owner = /^your (\p{L}+)’s /u.exec(destination)?.[1];
    if (owner === undefined || visit?.startsWith(`your ${owner}’s`) === true) return true;
    const theirs = kinWordsFor(owner).join('|');
    // Theirs ("my brothers in kettering"), or going to them ("the sleeper to my grandmother").
    return new RegExp(
      `\\b(?:(?:${theirs})(?:['’]s|s)|to (?:my|our) (?:\\p{L}+ )?(?:${theirs}))\\b`,
      'u',
    ).test(bound);
  };
}

function directionOf(role: string): RoleDirection | undefined {
  return ROLE_DIRECTIONS[role];
}

/**
 * How many companions a story of this length can introduce and still give each a part, beside
 * boarding, the motif and the turn: two, and a third only in the longest nights. (With up to four,
 * the third and fourth were seen only as they arrived in four stories out of five.)
 */
function companionsFor(length: number): number {
  return length <= 13 ? 2 : 3;
}

/** Where a coach runs: a seed naming a coach and a place looks here first. */
const COACH_SETTINGS: readonly SettingId[] = ['service-station', 'border-crossing'];

/** The place whose destinations a seed names ("to Skerra"), readers aside. */
function settingOfPlaces(bound: string): SettingId | undefined {
  return SETTING_IDS.find((id) => namedOption(bound, SETTINGS[id].destinations) !== undefined);
}

/**
 * The place whose readers or destinations a seed names, when it names no place itself: "the
 * lighthouse keeper's daughter" waits at a ferry terminal, where the lighthouse relief keeper
 * and the lighthouse on Tern Rock are.
 */
function settingOfPeopleAndPlaces(
  seed: string,
  among: readonly SettingId[] = SETTING_IDS,
): SettingId | undefined {
  return among.find(
    (id) => namedOption(seed, [...SETTINGS[id].roles, ...SETTINGS[id].destinations]) !== undefined,
  );
}

/**
 * The companions, with the one a seed names first ("the night porter's last shift" has a porter
 * with an empty trolley): the first companion carries the night's secret and its revelation.
 */
function withSeededCompanion(companions: Companion[], seed: string): Companion[] {
  const named = namedOption(seed, COMPANION_ROLES);
  const first = companions[0];
  if (named === undefined || first === undefined || first.role === named) return companions;
  const at = companions.findIndex((companion) => companion.role === named);
  if (at > 0)
    return [companions[at] as Companion, ...companions.filter((_, index) => index !== at)];
  return [{ ...first, role: named }, ...companions.slice(1)];
}

/**
 * The companions, the first named as the seed names whoever the reader travels with (`named`,
 * read once by createWorld: "with Marta"), with the pronoun the seed gives them, else the one the name has among the drawn names,
 * else they. Nobody else's name opens as theirs does (a Mara beside a Marta reads as one misspelt):
 * such a name gives way to one from a draw made for the purpose, after every other draw.
 */
function withSeededName(
  companions: Companion[],
  named: ReturnType<typeof namedCompanion>,
  random: Random,
  late: boolean,
): Companion[] {
  const first = companions[0];
  if (named === undefined || first === undefined) return companions;
  const taken = new Set(companions.map((companion) => companion.name));
  const drawn = pickDistinct(random, COMPANION_NAMES, COMPANION_NAMES.length).filter(
    ([other]) => !taken.has(other),
  );
  // Kin the seed does not name keep the first companion's name if it is theirs ("my sister" is
  // no Tobias), else take a drawn one that is.
  // Parents and grandparents the seed does not name are called as the reader calls them.
  const title = named.kin === undefined ? undefined : kinTitle(named.kin);
  const [name, pronoun]: readonly [string, Pronoun] =
    title !== undefined && named.name === undefined
      ? [title, named.pronoun ?? 'they']
      : named.name !== undefined
        ? [
            named.name,
            named.pronoun ?? COMPANION_NAMES.find(([known]) => known === named.name)?.[1] ?? 'they',
          ]
        : named.pronoun === undefined || named.pronoun === first.pronoun
          ? [first.name, first.pronoun]
          : (drawn.find(([, own]) => own === named.pronoun) ?? [first.name, named.pronoun]);
  return [
    // Kin are who they are to the reader ("Ada, your daughter"), not a stranger's trade; so is
    // anyone the seed travels with ("Marta, your travelling companion").
    {
      ...first,
      name,
      pronoun,
      // Kin who died are "your late gran": readers who typed so met a gran packing snacks, her
      // death never said.
      role: `your ${late ? 'late ' : ''}${title?.toLowerCase() ?? childOf(named.kin, pronoun) ?? 'travelling companion'}`,
    },
    // The seed's own name among ours may have been drawn for someone else too: it is theirs alone.
    ...withoutNamesLike(companions.slice(1), name, drawn),
  ];
}

/**
 * `others`, any whose name opens as `name` does (a Mara beside a Marta reads as one misspelt)
 * renamed in turn from `spare`, a draw of names not taken.
 */
function withoutNamesLike(
  others: readonly Companion[],
  name: string,
  spare: readonly (readonly [string, Pronoun])[],
): Companion[] {
  const alike = (other: string) => other.slice(0, 3) === name.slice(0, 3);
  const left = spare.filter(([other]) => !alike(other));
  return others.map((companion) => {
    if (!alike(companion.name)) return companion;
    const [spareName, sparePronoun] = left.shift() ?? ['Wren', 'they'];
    return { ...companion, name: spareName, pronoun: sparePronoun };
  });
}

/** The trades of the young: a child's, a teenager's. */
const YOUNG_TRADE = /\b(?:child|teenager)\b/u;

/**
 * A seed whose reader is a nurse, by their trade or their night ("in my scrubs", "lost a patient"),
 * or works the hospital's shifts ("night shift at the hospital"): a nurse in scrubs met there was
 * a stranger to a reader who would know every one.
 */
const SAYS_NURSE =
  /(?:\bi'?m a nurse|(?:^|, ?)nurse\b|\b(?:in|wearing) (?:my|our) scrubs|\b(?:lost|losing|lose) (?:a|my|another) patient|\bshifts? (?:at|in|on) (?:the )?(?:hospital|ward|a ?& ?e|icu)|\bhospital (?:night |day )?shifts?)\b/iu;

/**
 * The companions, the first called as the seed calls a stranger it names ("a stranger called
 * Wren"), in the mood and trade drawn for them unless the seed says they are grown or a child
 * and the trade is not: readers who named one met nobody of that name. Nobody else's name opens
 * as theirs does (see withSeededName).
 */
function withNamedStranger(
  companions: Companion[],
  stranger: ReturnType<typeof namedStranger>,
  random: Random,
): Companion[] {
  const [first, ...rest] = companions;
  if (stranger === undefined || first === undefined) return companions;
  const { name, young } = stranger;
  // A man named Felix is no child with a goldfish, nor a kid named Pip a retired magician: the
  // trade goes to one drawn for the purpose that fits.
  const fits = (role: string) => young === undefined || YOUNG_TRADE.test(role) === young;
  const taken = new Set(companions.map((companion) => companion.role));
  const trade = fits(first.role)
    ? first.role
    : (pickDistinct(random, COMPANION_ROLES, COMPANION_ROLES.length).find(
        (role) => fits(role) && !taken.has(role),
      ) ?? first.role);
  const pronoun =
    stranger.pronoun ?? COMPANION_NAMES.find(([known]) => known === name)?.[1] ?? 'they';
  const names = new Set(companions.map((companion) => companion.name));
  const spare = pickDistinct(random, COMPANION_NAMES, COMPANION_NAMES.length).filter(
    ([other]) => !names.has(other),
  );
  return [{ ...first, name, pronoun, role: trade }, ...withoutNamesLike(rest, name, spare)];
}

/**
 * The companions, the first one in the mood the seed says they are in, if they are the reader's
 * own ("my sister crying into her sleeve" is tearful, not the cheerful one drawn): whoever had
 * that mood drawn takes the first one's.
 */
function withSaidMood(companions: Companion[], seed: string): Companion[] {
  const [first, ...rest] = companions;
  const mood = kinMoodSaid(seed);
  if (first === undefined || mood === undefined || !isKinRole(first.role)) return companions;
  // Said of several ("my two kids asleep on me"), it is the second's too.
  const both = firstKinPlural(seed) && isKinRole(rest[0]?.role ?? '');
  return [
    { ...first, mood },
    ...rest.map((companion, index) =>
      both && index === 0
        ? { ...companion, mood }
        : companion.mood === mood
          ? { ...companion, mood: first.mood }
          : companion,
    ),
  ];
}

/**
 * The companions, the second one of the reader's own too where the seed says two are along ("w
 * my mum and my little brother"): readers found the second lost to a stranger. Called as the
 * reader calls them ("Gran") or by the second companion's own name, with the kin word's pronoun.
 */
function withSecondKin(companions: Companion[], seed: string): Companion[] {
  const along = secondKin(seed);
  const [first, second, ...rest] = companions;
  if (along === undefined || first === undefined || second === undefined) return companions;
  // Only beside a first who is the reader's own ("with Paris and my sister" is no second).
  if (!isKinRole(first.role)) return companions;
  const { kin } = along;
  const title = kinTitle(kin);
  const pronoun = kinPronoun(kin) ?? second.pronoun;
  // The seed's name, or a drawn name of the kin word's pronoun: no brother is called Ysolde.
  const name =
    along.name ??
    title ??
    (pronoun === second.pronoun
      ? second.name
      : (COMPANION_NAMES.find(
          ([other, own]) =>
            own === pronoun && !companions.some((companion) => companion.name === other),
        )?.[0] ?? second.name));
  return [
    first,
    { ...second, name, pronoun, role: `your ${title?.toLowerCase() ?? childOf(kin, pronoun)}` },
    ...rest,
  ];
}

/**
 * A kin word as the story says it of someone with a pronoun: a child of the reader's who is she
 * is their daughter ("w my 3yo, shes asleep on me"; "my kids" are a son and a daughter), one
 * who is they still their child.
 */
function childOf<T extends string | undefined>(kin: T, pronoun: Pronoun): T | string {
  if (kin !== 'child' || pronoun === 'they') return kin;
  return pronoun === 'she' ? 'daughter' : 'son';
}

/**
 * Words a reader's role clashes with that it does not say: one getting married, or just married,
 * meets no guest who walked out of their own wedding.
 */
const ALSO_CLASHES: Readonly<Record<string, readonly string[]>> = {
  'someone on the way to get married': ['wedding'],
  'someone newly married, on the way home': ['wedding'],
};

/**
 * The companions, none sharing the reader's trade: a translator beside "a translator muttering
 * in three languages" reads as a mistake; nor any the place rules out (`placeClashes`: no
 * stargazer below ground). A clashing role gives way to the next role in a draw
 * made for the purpose (the last draw of the world, so it reshuffles nothing else).
 */
function withoutClashingRoles(
  companions: Companion[],
  readerRole: string,
  random: Random,
  placeClashes: readonly string[],
): Companion[] {
  const reader = new Set([
    ...tellingWords(readerRole),
    ...(ALSO_CLASHES[readerRole] ?? []),
    ...placeClashes,
  ]);
  const clashes = (role: string): boolean => tellingWords(role).some((word) => reader.has(word));
  if (!companions.some((companion) => clashes(companion.role))) return companions;
  const taken = new Set(companions.map((companion) => companion.role));
  const spare = pickDistinct(random, COMPANION_ROLES, COMPANION_ROLES.length).filter(
    (role) => !taken.has(role) && !clashes(role),
  );
  return companions.map((companion) =>
    clashes(companion.role)
      ? { ...companion, role: spare.shift() ?? 'a fellow traveller' }
      : companion,
  );
}

/**
 * True for kin the reader calls by what they are to them: "Dad", whose role is "your dad" (a
 * reader does not call their father Teodor).
 */
export function calledByKin({ name, role }: Companion): boolean {
  // Every render asks (template.ts): the lengths first, so most companions build no string.
  return (
    (role.length === name.length + 5 || role === `your late ${name.toLowerCase()}`) &&
    role.startsWith('your ') &&
    role.endsWith(name.toLowerCase())
  );
}

const HOST_PLACE = new RegExp(`^(your .+?|\\p{Lu}\\p{Ll}+)’s (?:${KINS_PLACES.join('|')})\\b`, 'u');

/**
 * The reader's own animal as the story calls it: the name the seed gives it ("my dog biscuit" is
 * Biscuit), else what it is; undefined for a reader with none.
 */
export function petOf(world: World): string | undefined {
  const animal = READER_ANIMALS[world.role];
  if (animal === undefined) return undefined;
  const kind = poorlyKind(world);
  return namedPet(world.seed) ?? (kind === undefined ? animal.kind : `your ${kind}`);
}

/** The kind of the reader's poorly animal, as the seed says it ("my cat"), on the way to the vet. */
function poorlyKind(world: World): string | undefined {
  return world.role === 'someone taking a poorly pet to the vet'
    ? namedPetKind(world.seed)
    : undefined;
}

/**
 * How the reader feels tonight, as the seed says (`namedMood`: "kinda drunk", "cant sleep", "we
 * had a fight"); never glad on the way to a bedside or a funeral. Undefined when it does not say.
 */
export function moodOf(world: World): Mood | undefined {
  const mood = namedMood(world.seed);
  return mood === 'glad' && READERS_IN_SORROW.includes(world.role) ? undefined : mood;
}

/** The reader's animal as "it", or as the seed calls it ("shes scared of the rain"): it, its. */
export function petPronounsOf(world: World): { it: string; its: string } {
  const said = petPronoun(world.seed);
  if (said === 'she') return { it: 'she', its: 'her' };
  if (said === 'he') return { it: 'he', its: 'his' };
  return { it: 'it', its: 'its' };
}

/**
 * The reader's role as the story says it: with their animal's name in it when the seed gives one
 * ("someone with Biscuit, your dog, asleep at your feet"), so the opening names it as they did.
 */
export function roleAsSaid(world: World): string {
  // Whose funeral, in the seed's word: "a mourner on the way to your father’s funeral".
  const funeral = / a funeral$/u.test(world.role) ? funeralOf(world.seed) : undefined;
  if (funeral !== undefined)
    return world.role.replace(/ a funeral$/u, ` your ${funeral}’s funeral`);
  // And whose wedding: "someone on the way to your sister’s wedding", or "to her wedding" when
  // she is the one along.
  const wedding = /\ba wedding\b/u.test(world.role)
    ? (weddingOf(world.seed) ?? marryingAlong(world))
    : undefined;
  if (wedding !== undefined)
    return world.role === 'a wedding guest who left early'
      ? `a guest who left your ${wedding}’s wedding early`
      : world.role.replace(/\ba wedding\b/u, `your ${wedding}’s wedding`);
  if (world.role === BABY_ROLE) return babyAsSaid(world.seed);
  // Bound for the party itself ("Jess’s party"), the role need not say it again.
  if (world.role === PARTY_ROLE && PARTY_PLACE.test(world.destination))
    return 'someone running fashionably late';
  // With whoever is in labour beside them, the baby is not born yet.
  if (world.role === NEWBORN_ROLE && labourAlong(world.seed))
    return 'someone whose baby is on its way tonight';
  const animal = READER_ANIMALS[world.role];
  const name = animal === undefined ? undefined : namedPet(world.seed);
  if (animal !== undefined && name !== undefined) return animal.named(name);
  // A poorly animal of a kind the seed says ("taking my cat to the emergency vet") is that.
  const kind = poorlyKind(world);
  return kind === undefined ? world.role : `someone taking your ${kind}, poorly, to the vet`;
}

const PARTY_ROLE = 'someone on the way to a party, fashionably late';
/** A destination that is a party: "Jess’s party", "your brother’s leaving do". */
const PARTY_PLACE = /’s (?:\p{L}+ )*(?:party|do|bash|birthday|housewarming|graduation)$/u;

/**
 * True when the reader's night cannot wait (READERS_WHO_ARRIVE: a bedside, a funeral, a newborn,
 * their own wedding), or is bound for the wedding of whoever travels with them ("driving my
 * sister to her wedding at 3am"): nobody rides past the bride's stop, nor goes round again.
 */
export function cannotWait(world: World): boolean {
  return READERS_WHO_ARRIVE.includes(world.role) || marryingAlong(world) !== undefined;
}

/**
 * Who is getting married, in the seed's word ("sister"), when it is whoever travels with the
 * reader to a wedding ("w my sister to her wedding"), or undefined.
 */
function marryingAlong(world: World): string | undefined {
  if (world.role !== 'someone on the way to a wedding' || weddingOf(world.seed) !== undefined)
    return undefined;
  const first = world.companions[0];
  if (first === undefined || !isKinRole(first.role)) return undefined;
  const whose =
    /\b(his|her|their) (?:own )?wedding\b(?! (?:dress|suit|fitting|shoes|rehearsal|present|gift|planning|venue|cake)\b)/u.exec(
      world.seed.toLowerCase(),
    )?.[1];
  const pronoun = { his: 'he', her: 'she', their: 'they' }[whose ?? ''];
  return pronoun === first.pronoun ? first.role.replace(/^your /u, '') : undefined;
}

/**
 * The reader with a baby along, as the seed has them: in a pram or a car seat beside the reader
 * ("w the baby in the pram"), not in their arms; asleep only at last after crying ("cab home with
 * the baby crying"), where readers had met a baby asleep all along.
 */
function babyAsSaid(seed: string): string {
  const where = saysPram(seed)
    ? 'in the pram beside you'
    : saysCarSeat(seed)
      ? 'in the car seat beside you'
      : 'in your arms';
  return saysBabyCried(seed)
    ? `someone with a baby asleep ${where} at last, after crying half the night`
    : `someone with a baby asleep ${where}`;
}

/**
 * Whom the reader is on their way to, when the night is bound for someone of theirs ("your mum"
 * for "your mum’s house"), or undefined.
 */
export function hostOf(world: World): string | undefined {
  return HOST_PLACE.exec(world.destination)?.[1];
}

/**
 * Whoever of the reader's waits for them where a flight, a ferry or a train comes in, when the
 * night is bound for a place rather than their house ("red-eye to boston, mum waiting for me at
 * arrivals": "your mum"); undefined otherwise (a night bound for them is `hostOf`'s).
 */
export function greeterOf(world: World): string | undefined {
  // A lift comes in nowhere anyone waits at a barrier.
  if (hostOf(world) !== undefined || world.setting === 'hotel-lift') return undefined;
  const waiting = namedWaiting(world.seed);
  const greeter = waiting === undefined ? undefined : HOST_PLACE.exec(waiting)?.[1];
  // Nor is anyone along waiting at the other end ("me and my mum waiting at the gate").
  return world.companions.some(({ role }) => role === greeter) ? undefined : greeter;
}

/**
 * Where the reader is as the night begins: where the place starts them, unless the seed puts them
 * aboard already ("on the red-eye to boston", "in the hotel lift"): readers who typed that they
 * were mid-flight began at the gate.
 */
export function startOf(world: World): StartingSituation {
  const { start } = SETTINGS[world.setting];
  return start === 'waiting' && saysAboard(world.seed, world.setting) ? 'aboard' : start;
}

/**
 * True for the role of someone the reader knows and travels with ("your sister", "your
 * travelling companion"), not a stranger's trade.
 */
export function isKinRole(role: string): boolean {
  return role.startsWith('your ');
}

/**
 * How a companion is first described: their role with their mood in it ("a sleepy nurse still
 * in scrubs", "an amused old sailor who talks to the windows"), so the mood the seed gave them
 * is on the page from the moment they arrive. Later lines say the role alone.
 */
export function introducedAs(companion: Companion): string {
  const match = /^an? (.+)$/u.exec(companion.role);
  const rest = match?.[1];
  if (rest === undefined) return companion.role;
  const article = /^[aeiou]/u.test(companion.mood) ? 'an' : 'a';
  // The mood takes the place of a role's own describing word: "a restless busker", not "a
  // restless, tired busker".
  return `${article} ${companion.mood} ${rest.replace(/^tired /u, '')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What is wrong with a saved world, or null. `legacy` accepts format-1 worlds, which had no
 * weather.
 */
export function findWorldProblem(world: unknown, { legacy }: { legacy: boolean }): string | null {
  if (!isRecord(world)) return 'world is missing';
  if (typeof world['seed'] !== 'string') return 'world.seed is not text';
  try {
    // The seed must still be a valid seed; the rest of the world is checked by shape.
    normaliseSeed(world['seed']);
  } catch {
    return 'world.seed is not a valid seed';
  }
  if (!(SETTING_IDS as readonly unknown[]).includes(world['setting'])) return 'unknown setting';
  if (!(GENRES as readonly unknown[]).includes(world['genre'])) return 'unknown genre';
  if (!legacy && !(WEATHERS as readonly unknown[]).includes(world['weather'])) {
    return 'unknown weather';
  }
  for (const key of ['role', 'destination'] as const) {
    if (typeof world[key] !== 'string') return `world.${key} is not text`;
  }
  const companions = world['companions'];
  if (!Array.isArray(companions) || companions.length < 2 || companions.length > 4) {
    return 'world needs two to four companions';
  }
  const names = new Set<unknown>();
  for (const companion of companions as unknown[]) {
    if (!isRecord(companion)) return 'a companion is not an object';
    for (const key of ['name', 'role', 'mood'] as const) {
      if (typeof companion[key] !== 'string') return `a companion's ${key} is not text`;
    }
    if (!['she', 'he', 'they'].includes(companion['pronoun'] as string)) return 'bad pronoun';
    names.add(companion['name']);
  }
  if (names.size !== companions.length) return 'two companions share a name';
  const motif = world['motif'];
  if (!isRecord(motif) || typeof motif['a'] !== 'string' || typeof motif['the'] !== 'string') {
    return 'world.motif is malformed';
  }
  if (!Number.isInteger(world['length'])) return 'world.length is not an integer';
  return null;
}
