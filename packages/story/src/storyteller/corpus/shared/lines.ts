/**
 * Lead-in clauses for any setting: by the world's steadiness, the motif's return and the
 * weather; the frames that call back to an earlier choice; and general reactions for when the
 * previous beat came from another narrator.
 */
import type { Answer } from '../../../vocabulary';
import type { LineSpec } from '../types';

/**
 * The fact a boarding lead-in that names nobody leaves: everyone who waited with the reader is
 * aboard. (Those named are aboard by name: no fact needed.)
 */
export const BOARDED_TOGETHER_FACT = 'boarded-together';

/** When the world is coming apart (continuity 0-2). */
export const FRAYING: readonly LineSpec[] = [
  'As everything around you flickers for a moment like a bad recording',
  'As the faces nearby blur the way faces do in dreams',
  'While the light outside changes from night to noon and back',
  'As your own hands look briefly like someone else’s',
  'While the last few minutes seem to repeat themselves',
  'As the names on the signs slide off their boards',
  {
    text: 'While {companion.name} speaks, and the words arrive out of order',
    needs: 'company:some',
  },
  'As the floor forgets for a moment that it is a floor',
  'While your reflection lags a second behind you',
  'As an announcement plays twice, the second time in your voice',
];

/** When the world holds firm (continuity 5-6). */
export const STEADY: readonly LineSpec[] = [
  { text: 'As the {vessel} settles into a calm, sure rhythm', needs: 'aboard' },
  'As the lights burn clear and steady overhead',
  { text: 'While {companion.name} smiles at you, solid and warm and real', needs: 'company:some' },
  { text: 'As the way ahead lines up toward {destination}', needs: 'aboard' },
  'While every clock you can see agrees on the time',
  'As the world holds its shape around you like a good coat',
  'While your breath comes slow and even',
  { text: 'As the timetable keeps its promises for once', needs: 'waiting !boarding-refused' },
];

/**
 * The reader's own animal, along for the night (world key animal): readers with a dog found it
 * gone after the opening. Said of any animal, well or poorly, at the feet or in a basket.
 */
export const ANIMAL_LINES: readonly LineSpec[] = [
  'As the small warm weight you brought with you shifts, sighs and settles again',
  {
    text: 'As the animal you brought with you stares hard at something you cannot see',
    needs: '!baby',
  },
  {
    text: 'While you count the breaths of the creature you brought along, each one a small relief',
    needs: '!baby',
  },
  {
    text: 'As a small warm nose finds your hand, checking that you are still there',
    needs: '!baby',
  },
  // A baby asleep in the reader's arms (world key baby), or in a pram (pram) or a car seat
  // (car-seat) beside them.
  {
    text: 'While the baby sleeps on against you, one small fist closed on your collar',
    needs: 'baby !pram !car-seat',
  },
  { text: 'As the baby stirs, makes one small cross sound, and settles again', needs: 'baby' },
  {
    text: 'While you count the baby’s breaths against your neck, each one a small relief',
    needs: 'baby !pram !car-seat',
  },
  {
    text: 'While the baby sleeps on under the hood of the pram, one small fist up by one ear',
    needs: 'baby pram',
  },
  {
    text: 'As you rock the pram an inch forward and an inch back, without thinking',
    needs: 'baby pram',
  },
  {
    text: 'While the baby sleeps on in the car seat, strapped in snug and frowning at a dream',
    needs: 'baby car-seat',
  },
  {
    text: 'As you rock the car seat by its handle, an inch this way and that, without thinking',
    needs: 'baby car-seat',
  },
];

/**
 * How the reader said they feel, now and then (world key mood): readers who typed "kinda drunk",
 * "cant sleep" or "we had a fight" found the night had not heard them.
 */
/**
 * What the seed says is strange about the ride itself, said early as a lead-in and now and then
 * after (see PREMISE): readers who typed "the bus has no driver" met a driver who glanced in the
 * mirror. None names the driver: a ride nobody drives has none to name (`driverNeeds`).
 */
export const PREMISE_LINES: readonly LineSpec[] = [
  { text: 'As the wheel turns by itself, with nobody behind it', needs: 'no-driver !kin-driving' },
  {
    text: 'While the indicator ticks for a turn that nobody aboard decided to take',
    needs: 'no-driver !kin-driving',
  },
  {
    text: 'As the brakes ease on by themselves at a red light, and off again at the green',
    needs: 'no-driver !kin-driving',
  },
  {
    text: 'While the empty seat at the front steers you on as if it knows the way',
    needs: 'no-driver !kin-driving',
  },
  // The first of each says what the seed said, and is the one told first (pools.ts).
  {
    text: 'As {first.name} greets you by name, though you have never met',
    needs: 'knows-name',
  },
  {
    text: 'While {first.name} says your name again, softly, as if trying it for size',
    needs: 'knows-name',
  },
  {
    text: 'As {first.name}, who knew your name before you gave it, watches you with a patient smile',
    needs: 'knows-name',
  },
  {
    text: 'As {first.name} slows for a red light and waits, both hands on the wheel',
    needs: 'kin-driving',
  },
  {
    text: 'While {first.name} takes the next bend one-handed, humming, as if {first.they} had never stopped driving',
    needs: 'kin-driving',
  },
  {
    text: 'As {first.name} catches your eye in the mirror and looks back at the road',
    needs: 'kin-driving',
  },
];

export const MOOD_LINES: readonly LineSpec[] = [
  { text: 'While sleep keeps its distance, as it has all night', needs: 'mood:sleepless' },
  { text: 'As your eyes stay wide open, however heavy they feel', needs: 'mood:sleepless' },
  {
    text: 'While the tiredness that is not sleepiness hums behind your eyes',
    needs: 'mood:sleepless',
  },
  { text: 'While the last drink still hums pleasantly behind your eyes', needs: 'mood:drunk' },
  {
    text: 'As the night tilts a little more than it should, the way it does after a few drinks',
    needs: 'mood:drunk',
  },
  { text: 'While you concentrate very hard on seeming sober', needs: 'mood:drunk' },
  { text: 'While the day you have had sits heavy in your chest', needs: 'mood:low' },
  { text: 'As the weight of the day eases a little, breath by breath', needs: 'mood:low' },
  { text: 'While you try not to go over it all again', needs: 'mood:low' },
  { text: 'While the argument plays itself over in your head once more', needs: 'mood:quarrel' },
  {
    text: 'As you think of the words you wish you had said, and the ones you wish you had not',
    needs: 'mood:quarrel',
  },
  {
    text: 'While the row keeps going, quietly, in your head',
    needs: 'mood:quarrel',
  },
  { text: 'While your happiness keeps trying to get out as a grin', needs: 'mood:glad' },
  { text: 'As the excitement you set out with keeps you wide awake', needs: 'mood:glad' },
  {
    text: 'While you smile at nothing in particular, for a reason you could not explain to a stranger',
    needs: 'mood:glad',
  },
];

/**
 * The first beat aboard, or any later one until it is said, for a reader who waited with
 * company: whoever they met while waiting comes aboard too, by name, so no one later appears
 * beside them unexplained. A line names one companion ({companion}), two ({companion} and
 * {other}), or, naming nobody, three or more.
 */
export const BOARDED_TOGETHER: readonly LineSpec[] = (
  [
    { text: 'As {companion.name} comes aboard behind you', needs: '!setting:hotel-lift' },
    // Someone the reader knows sits with them, not a little way off.
    {
      text: 'While {companion.name} finds a place nearby',
      needs: '!setting:hotel-lift !known:companion',
    },
    {
      text: 'With {companion.name} settling in a little way off',
      needs: '!setting:hotel-lift !known:companion',
    },
    {
      text: 'As {companion.name} takes the seat beside you',
      needs: '!setting:hotel-lift known:companion',
    },
    { text: 'With {companion.name} pressed in beside you', needs: 'setting:hotel-lift' },
    { text: 'As {companion.name} squeezes in after you', needs: 'setting:hotel-lift' },
    {
      text: 'As {companion.name} and {other.name} come aboard behind you',
      needs: '!setting:hotel-lift',
    },
    {
      text: 'While {companion.name} and {other.name} find places nearby',
      needs: '!setting:hotel-lift !known:companion !known:other',
    },
    {
      text: 'With {companion.name} and {other.name} settling in a little way off',
      needs: '!setting:hotel-lift !known:companion !known:other',
    },
    {
      text: 'As {companion.name} and {other.name} take the seats beside you',
      needs: '!setting:hotel-lift known:companion known:other',
    },
    {
      text: 'With {companion.name} and {other.name} pressed in beside you',
      needs: 'setting:hotel-lift',
    },
    {
      text: 'As {companion.name} and {other.name} squeeze in after you',
      needs: 'setting:hotel-lift',
    },
    { text: 'As everyone who waited with you comes aboard too', needs: '!setting:hotel-lift' },
    { text: 'As everyone who waited in the lobby squeezes in too', needs: 'setting:hotel-lift' },
  ] as const
).map((line) =>
  line.text.includes('{companion.name}') ? line : { ...line, does: `+${BOARDED_TOGETHER_FACT}` },
);

/**
 * Whoever waited with the reader, brought aboard by name a beat or more after the reader boarded
 * (when the boarding beat could not say it): said plainly to have made it aboard, so nobody is
 * simply found there; not "after you", since the doors may have closed on the reader's heel. A
 * line names one companion, or two.
 */
export const BOARDED_LATE: readonly LineSpec[] = [
  {
    text: 'While {companion.name}, who made it aboard too, sits nearby',
    needs: '!setting:hotel-lift !known:companion',
  },
  {
    text: 'While {companion.name}, who made it aboard too, drops into the seat beside you',
    needs: '!setting:hotel-lift known:companion',
  },
  {
    text: 'While {companion.name}, who squeezed in too, stands close',
    needs: 'setting:hotel-lift',
  },
  {
    text: 'While {companion.name} and {other.name}, who made it aboard too, sit nearby',
    needs: '!setting:hotel-lift !known:companion !known:other',
  },
  {
    text: 'While {companion.name} and {other.name}, who made it aboard too, take the seats beside you',
    needs: '!setting:hotel-lift known:companion known:other',
  },
  {
    text: 'While {companion.name} and {other.name}, who squeezed in too, stand close',
    needs: 'setting:hotel-lift',
  },
];

/** The motif's return, once it is in the story. */
export const ECHOES: readonly LineSpec[] = [
  { text: 'As {motif} glints for a moment in the corner of your eye', needs: 'has:motif' },
  { text: 'As you notice {motif} drawn in the condensation on the glass', needs: 'has:motif' },
  { text: 'While you turn {motif} over and over in your hands', needs: 'held:motif' },
  { text: 'Beneath a poster that shows nothing but {aMotif}', needs: 'has:motif' },
  {
    // Its shape, drawn from memory: the reader may have left it where it was.
    text: 'As you catch yourself drawing the shape of {aMotif} on your knee with one finger',
    needs: 'has:motif',
  },
  { text: 'While {motif} weighs more than it should', needs: 'held:motif' },
];

/** The weather, each line for the weather it describes and where the reader is. */
export const WEATHER: readonly LineSpec[] = [
  // A lift car has no windows of its own: its weather is seen on the landings it passes, or
  // through the lobby's (readers met fog pressing at the windows of a lift).
  {
    text: 'As rain runs sideways across the windows',
    needs: 'weather:rain aboard !setting:hotel-lift',
  },
  {
    text: 'As each landing the lift passes shows a window streaming with rain',
    needs: 'weather:rain aboard setting:hotel-lift',
  },
  {
    text: 'As each landing the lift passes shows a window of falling snow',
    needs: 'weather:snow aboard setting:hotel-lift',
  },
  {
    text: 'As each landing the lift passes shows a window white with fog',
    needs: 'weather:fog aboard setting:hotel-lift',
  },
  {
    text: 'As rain runs down the tall lobby windows',
    needs: 'weather:rain waiting setting:hotel-lift',
  },
  // A hotel's lobby has floors of rooms above it: no rain is heard on its roof.
  {
    text: 'While the rain drums on the roof overhead',
    // No rain drums on a lift car, nor on a plane's roof (it streaks its windows instead).
    needs: 'weather:rain !setting:hotel-lift !setting:airport-gate',
  },
  {
    text: 'While rain streaks sideways across the little window',
    needs: 'weather:rain setting:airport-gate',
  },
  {
    text: 'As someone comes in shaking rain from a coat',
    // A gate is deep inside an airport: nobody comes in out of the weather there.
    needs: 'weather:rain waiting !setting:airport-gate',
  },
  {
    text: 'As the wipers of a passing car beat time with the rain',
    // Seen from a road: not from a customs hall or the services' café while waiting indoors.
    needs:
      'weather:rain !setting:sleeper-train !setting:hotel-lift !setting:ferry-terminal !setting:airport-gate !setting:empty-platform !setting:border-crossing',
  },
  {
    text: 'As snow feathers against the glass and melts',
    needs: 'weather:snow !setting:hotel-lift',
  },
  {
    text: 'While the snow outside erases the world a little more',
    needs: 'weather:snow !setting:hotel-lift',
  },
  { text: 'As a gust throws snow in through a door someone opens', needs: 'weather:snow waiting' },
  { text: 'As the snow goes blue under the lamps', needs: 'weather:snow !setting:hotel-lift' },
  {
    text: 'As snow drifts past the tall lobby windows',
    needs: 'weather:snow waiting setting:hotel-lift',
  },
  {
    text: 'As the fog presses its face to the windows',
    needs: 'weather:fog aboard !setting:hotel-lift',
  },
  {
    text: 'While the fog turns every light into a soft moon',
    needs: 'weather:fog !setting:hotel-lift',
  },
  {
    text: 'As fog presses against the tall lobby windows',
    needs: 'weather:fog waiting setting:hotel-lift',
  },
  { text: 'As the fog swallows the far end of everything', needs: 'weather:fog waiting' },
  // Not at the sea's own edge, where a foghorn is exactly where it should be.
  {
    text: 'As a foghorn sounds somewhere no sea should be',
    needs: 'weather:fog !setting:ferry-terminal',
  },
];

/**
 * Frames that call back to an earlier choice; {recall} is the remembered clause. None claims
 * the choice caused the question ("Since you kept the map, will you take the key?"): a callback
 * shares a person or the motif with its question, not a reason. Nor any regret: readers took "not
 * quite able to forget that you let Bertil keep checking the time" as blame for a harmless choice.
 */
export const CALLBACKS: readonly string[] = [
  'Still thinking of how {recall}',
  'Remembering that {recall}',
  'Mindful that {recall}',
  'Thinking back to how {recall}',
];

/** Reactions when the previous beat came from another narrator; they name no one but k. */
export const REACTIONS: Readonly<Record<Answer, readonly LineSpec[]>> = {
  yes: [
    'You say yes, and the night seems to lean into the choice with you.',
    {
      text: 'Yes, you decide, and {first.name} nods as if {first.they} had expected nothing else.',
      needs: 'company:some',
    },
    'You answer yes before you can doubt it, and the lights steady overhead.',
    'You agree, and the night rearranges itself a little around your yes.',
    'Yes, you say, and {destination} feels one stop closer.',
    { text: 'You nod, and {first.name} lets out a breath, relieved.', needs: 'company:some' },
    'Yes, you tell the night, and it seems to listen.',
    'You choose yes, and something in the air loosens its grip.',
  ],
  no: [
    'You shake your head, and the refusal travels on with you into the dark.',
    { text: 'No, you decide, and {first.name} looks away, not unkindly.', needs: 'company:some' },
    'You say no, and somewhere a door you did not know about quietly closes.',
    'You decline, and the night accepts it with a long, low hum.',
    'No, you say, and {destination} seems to drift a little further off.',
    {
      text: 'You refuse, and {first.name} raises an eyebrow but says nothing.',
      needs: 'company:some',
    },
    'No, you tell the night, and it goes quiet around you.',
    'No, you answer, and the dark outside seems to lean a little closer.',
  ],
};
