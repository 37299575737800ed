/**
 * The last stretch for any setting and genre: approaches to the destination (or, for a reader
 * still waiting, to the end of the wait), and endings tied to what the reader did or to a
 * thread the story left open.
 */
import type { EndingKind } from '../../../vocabulary';
import type { LineSpec, QuestionSpec } from '../types';

export const APPROACHES: readonly QuestionSpec[] = [
  {
    id: 'gather',
    hold: 'yes',
    // A plane's next stop is no gate, and it has no doors to stand by (its own approaches).
    needs: 'aboard !setting:airport-gate',
    ask: 'The next {stop} is {destination}; do you gather your things now?',
    yes: 'You gather your things, and every small weight of them feels right. | +ready | you gathered your things in good time',
    no: 'You leave your things where they are, and they begin to look like someone else’s. | | you left your things till the last moment',
  },
  {
    id: 'goodbye',
    hold: 'yes',
    needs: 'aboard',
    ask: 'Will you say goodbye to {companion.name} before {destination}?',
    yes: 'You say goodbye, and {companion.name} holds your hand a moment longer than needed. | | you said goodbye to {companion.name}',
    no: 'You leave it unsaid, and {companion.name} waves at the space where you were sitting. | | you left without saying goodbye to {companion.name}',
  },
  {
    id: 'eyes',
    hold: 'no',
    // A lift has no last stretch to close your eyes on, nor a line to go along.
    needs: 'aboard !setting:hotel-lift',
    ask: 'Do you close your eyes for the last stretch?',
    yes: 'Behind your eyelids the journey keeps going, along a line you do not recognise. | | you closed your eyes for the last stretch',
    no: 'You keep your eyes open, and the last stretch unrolls plain and true. | +ready | you kept your eyes open to the end',
  },
  {
    id: 'first-sign',
    hold: 'yes',
    // A lift shows its floors, not signs.
    needs: 'aboard !setting:hotel-lift',
    ask: 'Do you watch for the first sign of {destination}?',
    yes: 'The first sign appears, ordinary and well lit, and it is the right one. | +ready | you watched for the first sign of {destination}',
    no: 'You look at your hands instead, and the last of the way goes by without you watching. | | you did not watch for the signs',
  },
  {
    id: 'doors',
    hold: 'yes',
    needs: 'aboard !setting:airport-gate',
    ask: 'Will you stand by the doors as the {vessel} slows for the last time?',
    yes: 'You stand ready, steady on your feet, as the {vessel} slows beneath you. | +ready | you stood ready by the doors',
    no: 'You stay where you are, and the {vessel} slows for a very long time without quite stopping. | | you stayed put as the {vessel} slowed',
  },
  {
    id: 'let-go',
    hold: 'no',
    // Not for a reader already standing ready as the vessel slows.
    needs: 'aboard !ready',
    ask: 'Do you let the last of the night carry you wherever it likes?',
    yes: 'You let go, and the night takes you gently somewhere of its own choosing. | -ready | you let the night carry you',
    no: 'You hold your course, and {destination} keeps its place ahead of you. | +ready | you held your course for {destination}',
  },
  {
    id: 'coat',
    hold: 'yes',
    needs: 'aboard',
    ask: 'Do you button your coat now, ready for {destination}?',
    yes: 'You button it to the chin, and the night lets go of you one button at a time. | +ready | you buttoned your coat in good time',
    no: 'You leave it open, and the warmth of the {vessel} holds on to you a little longer. | | you left your coat open till the end',
  },
  {
    id: 'count-down',
    hold: 'yes',
    // A lift's last stretch is seconds, not minutes out in the dark.
    needs: 'aboard !setting:hotel-lift',
    ask: 'Will you count down on your fingers the last minutes to {destination}?',
    yes: 'One by one you fold them down, and the last stretch feels short and sure. | +ready | you counted down the last minutes',
    no: 'You let the minutes run as they will, uncounted, somewhere out in the dark. | | you let the minutes run uncounted',
  },
  {
    id: 'be-told',
    hold: 'yes',
    // A lift shows its floors, and nobody need tell a plane's passengers they have landed.
    needs: 'aboard !setting:hotel-lift !setting:airport-gate',
    ask: 'Will you ask to be told when you reach {destination}?',
    yes: 'A voice says it will call you in good time, and you believe it, and rest easy. | +ready | you asked to be told at {destination}',
    no: 'You ask no one, and trust yourself to know the place when you see it. | | you trusted yourself to know the place',
  },
  {
    id: 'ticket-ready',
    hold: 'yes',
    // A plane's passengers showed theirs at the gate.
    needs: 'aboard !setting:airport-gate',
    ask: 'Do you find your ticket now, so it is in your hand at {destination}?',
    yes: 'You find it at the bottom of a pocket, creased and faithful, and keep hold of it. | +ready | you found your ticket in good time',
    no: 'You leave it wherever it is, and trust it to turn up when it matters. | | you trusted your ticket to turn up',
  },
  {
    id: 'send-word',
    hold: 'no',
    // Not from one floor of a hotel to another, nor from a plane in the air.
    needs: 'aboard !setting:hotel-lift !setting:airport-gate',
    ask: 'Will you send a message to say you are nearly at {destination}?',
    yes: 'You send it, and the little tick comes back at once, as if someone were waiting up. | +ready | you sent word that you were nearly there',
    no: 'You keep it to yourself; you would rather arrive than announce it. | | you sent no word ahead',
  },
  {
    id: 'look-back',
    hold: 'no',
    // A lift has no way behind it to look along.
    needs: 'aboard !setting:hotel-lift',
    ask: 'Do you look back once along the way you came, before {destination}?',
    yes: 'Behind you the dark has closed up neatly, like water, and there is only ahead. | | you looked back the way you came',
    no: 'You keep your eyes forward, and {destination} seems a little nearer for it. | +ready | you kept your eyes forward',
  },
  {
    id: 'awake',
    hold: 'no',
    // Nobody falls asleep between a hotel's lobby and its top floor.
    needs: 'aboard !setting:hotel-lift',
    ask: 'Will you keep yourself awake for the last stretch, whatever it takes?',
    yes: 'You sit up straight with your eyes wide, and the dark goes by, every yard of it counted. | +ready | you kept awake for the last stretch',
    no: 'You let your head rest, and the {vessel} rocks you somewhere soft and far. | | you let yourself doze in the last stretch',
  },
  {
    id: 'bag-down',
    hold: 'yes',
    // Not from a plane's lockers as it comes in to land, when everyone stays seated.
    needs: 'aboard !setting:hotel-lift !setting:airport-gate',
    ask: 'Do you take your bag down now, so it is in your hand at {destination}?',
    yes: 'You lift it down, and its weight in your hand feels like a decision made. | +ready | you took your bag down in good time',
    no: 'You leave it where it is, and it settles in as if it meant to travel on. | | you left your bag where it was',
  },
  {
    id: 'clear-patch',
    hold: 'yes',
    // Glass mists on a wet or cold night, not a clear one, and not a plane's.
    needs: 'aboard !setting:hotel-lift !setting:airport-gate !weather:clear',
    ask: 'Will you rub a clear patch on the window to watch for {destination}?',
    yes: 'You rub it clear with your sleeve, and the dark beyond begins to look familiar. | +ready | you watched for {destination} through the glass',
    no: 'You leave the glass misted, and the world outside goes by unseen. | | you left the window misted',
  },
  {
    id: 'press-again',
    hold: 'yes',
    needs: 'aboard setting:hotel-lift',
    ask: 'Will you press the button for {destination} yourself, just to be sure?',
    yes: 'It lights up, warm and certain, and the lift seems to take the hint. | +ready | you pressed the button for {destination} yourself',
    no: 'You leave it, and the lift hums past floors nobody asked for. | | you trusted the lift to remember',
  },
  {
    id: 'stand-early',
    hold: 'no',
    // Nobody stands on a plane coming in to land, nor in the back of a cab.
    needs: 'aboard !setting:hotel-lift !setting:airport-gate !setting:night-cab',
    ask: 'Do you get to your feet well before {destination}, to be sure?',
    yes: 'You stand, swaying a little, and feel the night begin to hand you back. | +ready | you stood up well before {destination}',
    no: 'You stay sitting, comfortable, and the last stretch blurs in the warm. | | you stayed sitting till the end',
  },
  {
    id: 'say-name',
    hold: 'yes',
    // A name to say: not 'a conference you no longer remember'.
    needs: 'aboard named-destination',
    ask: 'Will you say {destination} under your breath, over and over, so as not to forget it?',
    yes: 'The name becomes a small tune, and the {vessel} seems to keep time to it. | +ready | you kept {destination} on your lips',
    no: 'You let it go quiet, and for a while you could not have said where you were going. | | you let the name of {destination} go quiet',
  },
  {
    id: 'another',
    hold: 'yes',
    needs: 'waiting stranded',
    ask: 'Will you ask whether any other {vessel} runs tonight?',
    yes: 'A tired voice says there is always one more, for those who wait properly. | | you asked after one more {vessel}',
    no: 'You do not ask, and the silence tells you everything the timetable would have. | | you did not ask after another {vessel}',
  },
  {
    id: 'warmer',
    hold: 'no',
    needs: 'waiting stranded',
    ask: 'Do you go and find somewhere warmer to wait out the night?',
    yes: 'You find a warmer corner, and the cold lets go of your hands one finger at a time. | | you found a warm corner to wait in',
    no: 'You stay where the {vessel} left you, keeping faith with the empty dark. | | you stayed where the {vessel} had left you',
  },
];

export const ENDINGS: Readonly<Record<EndingKind, readonly LineSpec[]>> = {
  arrival: [
    {
      text: 'You {alight} at {destination} with the key you kept still warm in your pocket, and the first door you come to opens to it.',
      needs: 'aboard held:key',
    },
    {
      text: 'At {destination} the ticket you picked up is clipped at last, and the date on it turns out to be today.',
      needs: 'aboard held:ticket',
    },
    {
      text: 'You {alight} at {destination} with the letter in your pocket, and the morning reads like the answer to it.',
      needs: 'aboard held:letter',
    },
    {
      text: '{destination} comes up out of the dark at last, and you step off with {motif} safe with you.',
      needs: 'aboard held:motif',
    },
    // Whoever the reader travels with ends the night beside them: readers of nights with kin
    // along found every story ended with them alone.
    {
      text: '{destination} comes up out of the dark at last, and you step off with {first.name} beside you, the way you set out.',
      needs: 'aboard kin !ex-aboard !kin-two',
    },
    // Two or more of the reader's own step off with them, not one ("w my mum and my brother"), and
    // any baby along ("you all", not a count that leaves the baby out).
    {
      text: '{destination} comes up out of the dark at last, and you all step off together, the way you set out.',
      needs: 'aboard kin-two',
    },
    // An ex aboard was never beside the reader ("my ex is on this bus").
    {
      text: '{destination} comes up out of the dark at last, and {first.name} steps off by the other door, and looks back once, and so do you.',
      needs: 'aboard ex-aboard',
    },
    // Whoever the night was bound for is there at the end of it.
    {
      text: 'You walk the last short way to {destination}, and the door opens before you can knock: {host} has waited up.',
      needs: 'aboard host',
    },
    // Whoever waits where the night comes in is there, as the seed said.
    {
      text: 'You come through into {destination} at last, and {greeter} is there at the barrier, waving as if you might not see them.',
      needs: 'aboard greeter',
    },
  ],
  'missed-stop': [
    {
      text: 'You never reach {destination} tonight, and {host} leaves the porch light on for you anyway, all night, to be sure.',
      needs: 'host',
    },
    {
      text: 'You never reach {destination} tonight, and {greeter} waits at the barrier until the last arrival, and then goes home to wait up instead.',
      needs: 'greeter',
    },
    {
      text: '{destination} slides past while you turn {motif} over in your hands, and you let the {vessel} carry you on.',
      // A plane does not pass a city as a train passes a stop.
      needs: 'aboard held:motif !named-motif !setting:airport-gate !terminus',
    },
    // A reader who let the vessel go has already seen it leave: these begin after it has gone.
    {
      text: 'Nothing else comes tonight, and you stay where you are, strangely unafraid, as grey light comes up.',
      needs: 'waiting boarding-refused',
    },
    {
      text: 'The {vessel} you would not take is long gone, and the morning finds you still waiting, and lighter.',
      needs: 'waiting boarding-refused',
    },
    {
      text: 'You ride on past {destination} with {first.name} asleep against your shoulder, and neither of you minds.',
      // Not past a bedside or an errand the reader was bound for: they would mind.
      needs:
        'aboard kin !kin-ex !kin-two !errand !terminus !setting:airport-gate !setting:hotel-lift',
    },
    {
      text: 'You ride on past {destination} with {first.name} asleep against your shoulder, and none of you minds.',
      needs: 'aboard kin-two !errand !terminus !setting:airport-gate !setting:hotel-lift',
    },
    {
      text: 'The {vessel} leaves without you both, and you and {first.name} wait out the night together, which is its own arriving.',
      needs: 'waiting kin !kin-two',
    },
    {
      text: 'The {vessel} leaves without any of you, and you all wait out the night together, which is its own arriving.',
      needs: 'waiting kin-two',
    },
  ],
  loop: [
    {
      text: 'Everything folds back to its first minute, and {first.name}’s secret goes round with it, still untold, waiting for next time.',
      needs: 'open-kind:companion',
    },
    {
      text: 'The night folds back to where it began, and the door you never opened is waiting for you there again.',
      needs: 'open-kind:door',
    },
    {
      text: 'The night starts over with a soft click, and {motif} is waiting at the beginning, patient as ever.',
      needs: 'open-kind:motif has:motif',
    },
    {
      text: 'The night folds back to its first minute, and {first.name} is beside you again, as if neither of you had left.',
      needs: 'kin !ex-aboard !kin-two',
    },
    {
      text: 'The night folds back to its first minute, and you are all together at the start of it again, as if none of you had left.',
      needs: 'kin-two',
    },
    {
      text: 'The night comes round to its first minute again, and {pet} sighs, as if {petIt} had known all along.',
      needs: 'animal',
    },
    // A reader on the way to a bedside, a funeral or the vet is still on their way.
    {
      text: 'The night folds back to its first minute, and you set out again at once, as sure as ever of where it has to end.',
      needs: 'sorrow',
    },
  ],
  door: [
    {
      text: 'The key you kept turns in the last door of the night, and you step through into a morning that was waiting for you.',
      needs: 'held:key',
    },
    {
      text: 'You go through together, {first.name} a step behind you, into a morning that was waiting for you both.',
      // Not an ex kept at a distance all night, who steps off by the other door instead.
      needs: 'through-door kin !ex-aboard !kin-two',
    },
    {
      text: 'You all go through together, {first.name} a step behind you, into a morning that was waiting for every one of you.',
      needs: 'through-door kin-two',
    },
    {
      text: '{pet} goes through first, unafraid, and you follow into a morning that smells of grass.',
      needs: 'through-door animal',
    },
    // The door leads where the night was going, for a reader on the way to grief or fear.
    {
      text: 'The far side is the very place you were on your way to, quiet and lit, and you are there in time for what matters.',
      needs: 'through-door sorrow',
    },
    // And for one on the way to what cannot wait for any other reason: a newborn, a wedding.
    {
      text: 'The far side is the very place you were on your way to, lit and waiting, and you are there in time.',
      needs: 'through-door urgent !sorrow !baby',
    },
    // The far side, for a reader who has just gone through: these open no other door.
    {
      text: 'Behind you the night closes like a book, and ahead the morning has been keeping your place.',
      needs: 'through-door',
    },
    {
      text: 'The noise of the journey fades behind you, and what comes next is quiet, and lit, and yours.',
      needs: 'through-door',
    },
    {
      text: 'You do not look back, and when at last you think to, there is only morning where the night was.',
      needs: 'through-door',
    },
    {
      text: 'On the far side the air is mild and smells of bread, and somewhere close a kettle starts to sing.',
      needs: 'through-door',
    },
    {
      text: 'It is warmer here, and slower, and {destination}, you find, can wait until morning.',
      needs: 'through-door',
    },
  ],
};

/** Last lines that look back at a choice; {recall} is the remembered clause. */
export const RECALLING_ENDINGS: Readonly<Record<EndingKind, readonly LineSpec[]>> = {
  arrival: [
    {
      text: '{destination} takes you in at last, and you step out still remembering how {recall}.',
      needs: 'aboard',
    },
    {
      text: 'You {alight} at {destination} into the first light, and of the whole night, what stays with you is how {recall}.',
      needs: 'aboard',
    },
    {
      text: 'You arrive at {destination} at last, and what you keep of the night is how {recall}.',
      needs: 'aboard',
    },
    // Short, so a long remembered choice still fits the beat.
    { text: 'You reach {destination} thinking of how {recall}.', needs: 'aboard' },
    // Whoever the reader travels with is beside them as they look back: the night's only look back
    // had left them out of its last line.
    {
      text: 'You {alight} at {destination} with {first.name} beside you, thinking of how {recall}.',
      needs: 'aboard kin !ex-aboard !kin-two',
    },
    {
      text: 'You {alight} at {destination} all together, and you think of how {recall}.',
      needs: 'aboard kin-two',
    },
    // And whoever waits at the end, as the seed said: a last line that looked back had taken
    // their place.
    {
      // Not "at {destination}": "Your dad opens the door at your dad’s house".
      text: '{host} opens the door before you can knock, and you step in at last, thinking of how {recall}.',
      needs: 'aboard host',
    },
    {
      text: '{greeter} is there at the barrier as you come through into {destination}, and you are still thinking of how {recall}.',
      needs: 'aboard greeter',
    },
  ],
  'missed-stop': [
    {
      text: '{destination} slides past in the dark, and you ride on, still going back over how {recall}.',
      // A plane does not pass a city as a train passes a stop, nor a tram the end of its line.
      needs: 'aboard !setting:airport-gate !terminus',
    },
    {
      text: 'The {vessel} turns round at {destination} and takes you back, still thinking of how {recall}.',
      needs: 'aboard terminus',
    },
    {
      text: 'You stay aboard at {destination} and ride back the way you came, remembering how {recall}.',
      needs: 'aboard terminus',
    },
    {
      text: 'The plane banks away from {destination} in the dark, and you fly on, still going back over how {recall}.',
      needs: 'aboard setting:airport-gate',
    },
    {
      text: 'You ride on past {destination}, thinking of how {recall}.',
      needs: 'aboard !setting:airport-gate !terminus',
    },
    {
      text: 'The {vessel} leaves without you, and you stay, turning over the moment {recall}.',
      needs: 'waiting !boarding-refused',
    },
    {
      text: 'Nothing else comes tonight, and you wait out the dark, turning over the moment {recall}.',
      needs: 'waiting boarding-refused',
    },
    {
      text: 'You ride on past {destination} with {first.name} beside you, going back over how {recall}.',
      needs: 'aboard kin !ex-aboard !kin-two !errand !setting:airport-gate !terminus',
    },
    {
      text: 'You and {first.name} wait out the dark together, turning over the moment {recall}.',
      needs: 'waiting kin !ex-aboard !kin-two',
    },
    {
      text: 'You all wait out the dark together, and you turn over the moment {recall}.',
      needs: 'waiting kin-two',
    },
  ],
  loop: [
    'The night folds back to its first minute, and you begin again, remembering only that {recall}.',
    'Everything starts over, and this time you mean to remember how {recall}.',
    'It all begins again, and you keep only how {recall}.',
    'The night rewinds to where it started, and all you carry back is how {recall}.',
    {
      text: 'The night folds back, {first.name} beside you again, and you keep only how {recall}.',
      needs: 'kin !ex-aboard !kin-two',
    },
  ],
  // Whoever travels with the reader goes through too: a parent whose two children slept on
  // them went through alone, "the door closes softly behind you".
  door: [
    {
      text: 'A door opens at last, and as you step through you think, of all things, of how {recall}.',
      needs: '!kin',
    },
    {
      text: 'The door gives, and you go through into the morning, carrying the memory of how {recall}.',
      needs: '!kin',
    },
    { text: 'You go through, keeping with you how {recall}.', needs: '!kin' },
    {
      text: 'On the far side, in the quiet, you find yourself thinking of how {recall}.',
      needs: 'through-door !kin',
    },
    {
      text: 'The door closes softly behind you, and what you carry through is how {recall}.',
      needs: 'through-door !kin',
    },
    {
      text: 'You and {first.name} go through together, carrying how {recall}.',
      needs: 'through-door kin !ex-aboard !kin-two',
    },
    {
      text: 'You all go through together, and you carry how {recall}.',
      needs: 'through-door kin-two',
    },
  ],
};

/**
 * Short endings of every kind, told only when nothing better fits the words left in the beat:
 * a long outcome and a long destination can leave little room.
 */
export const LAST_WORDS: Readonly<Record<EndingKind, readonly LineSpec[]>> = {
  arrival: [
    {
      text: 'The doors open on {destination}, and you step out into the morning.',
      needs: 'aboard',
    },
  ],
  'missed-stop': [
    {
      text: '{destination} slips by in the dark, and you ride on.',
      needs: 'aboard !setting:airport-gate !terminus',
    },
    {
      // The end of the line cannot be passed: the reader misses getting off there.
      text: 'The {vessel} turns round at {destination} and carries you back.',
      needs: 'aboard terminus',
    },
    {
      text: 'The plane banks away from {destination} in the dark, and carries you on.',
      needs: 'aboard setting:airport-gate',
    },
    {
      text: 'The {vessel} leaves without you, and the night keeps you.',
      needs: 'waiting !boarding-refused',
    },
    { text: 'The {vessel} has gone, and the night keeps you.', needs: 'waiting boarding-refused' },
  ],
  loop: ['And the night, having lost its place, begins again from the very start.'],
  door: [
    'A door opens at last, and you go through.',
    { text: 'You are through, and the night is behind you.', needs: 'through-door' },
  ],
};
