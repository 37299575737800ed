/**
 * The last tram of the night: the reader is aboard an old tram grinding through a sleeping city,
 * its bell, its sparking wire, its wooden seats and its stops with saints' names.
 */
import type { SettingCorpus } from '../types';

export const NIGHT_TRAM: SettingCorpus = {
  openings: [
    'You are {role}, on the last tram to {destination}.',
    'The last tram of the night grinds through the sleeping city toward {destination}, and you, {role}, sit on its wooden bench.',
    'You are {role}, riding the last tram of the night to {destination} while the overhead wire spits blue sparks.',
    'Its bell clanging at empty crossings, the last tram of the night carries you, {role}, toward {destination}.',
    {
      text: 'Snow lies untouched on the cobbles as the last tram of the night carries you, {role}, toward {destination}.',
      needs: 'weather:snow',
    },
    {
      text: 'Rain shines on the rails as the last tram of the night carries you, {role}, toward {destination}.',
      needs: 'weather:rain',
    },
    {
      text: 'The last tram of the night feels its way through fog toward {destination}, with you, {role}, aboard.',
      needs: 'weather:fog',
    },
  ],
  leadIns: [
    'As the overhead wire spits a shower of blue sparks',
    'When the tram’s bell clangs at a crossing with no one waiting',
    'While the wheels squeal around the long curve by the river',
    'As the tram crosses the bridge and the lamps double in the water',
    'When the wooden seats creak together like an old ship',
    'As a stop called Saint Somebody slides past unlit',
    'While the driver’s cab glows green behind its little door',
    'As the tram waits at a junction for a signal only it can see',
    'When the leather straps sway all together like a row of bells',
    'As the rails hum ahead of you through the cobbles',
    'While a shuttered bakery breathes warm yeast into the street',
  ],
  arrivals: [
    {
      text: 'When {c.name}, {c.role}, steps up from a stop under a dead streetlamp',
      does: 'meet:c',
    },
    { text: 'As {c.name}, {c.role}, catches the tram at a run', does: 'meet:c' },
    { text: 'When {c.name}, {c.role}, looks up from the far end of the car', does: 'meet:c' },
    { text: 'As {c.name}, {c.role}, swings aboard by the brass pole', does: 'meet:c' },
  ],
  questions: [
    {
      id: 'strap',
      hold: 'yes',
      ask: 'Do you stand and hold a leather strap to see the city better?',
      yes: 'From standing you see over the rooftops to a lit clock tower that you are sure was not there yesterday. | | you stood by a strap to see the city',
      no: 'You stay on the bench, and the city passes at knee height, all doorsteps and cats. | +seated | you stayed on the wooden bench',
    },
    {
      id: 'driver-cab',
      hold: 'no',
      ask: 'Do you tap on the little door of the driver’s cab?',
      yes: 'The door opens an inch, and a voice inside asks whether you would like to ring the bell. | +rang-bell | you tapped on the driver’s door',
      no: 'You leave the driver be, and the cab keeps its green glow and its secrets. | | you left the driver’s cab alone',
    },
    {
      id: 'bell-rope',
      hold: 'yes',
      needs: 'rang-bell',
      ask: 'Will you pull the bell rope, as the driver invited?',
      yes: 'The bell rings out across the sleeping city, and three windows light up as if answering. | | you rang the tram bell for the driver',
      no: 'You leave the rope, and after a moment the driver rings it instead, twice, softly. | | you left the bell rope alone',
    },
    {
      id: 'bakery',
      hold: 'yes',
      ask: 'Will you get off for a minute at the bakery stop, where the baker is waving?',
      yes: 'The baker presses a hot roll into your hand, and the tram waits for you without complaint. | | you took a hot roll from the waving baker',
      no: 'You wave back from your seat, and the smell of bread follows the tram for two whole streets. | | you only waved to the baker',
    },
    {
      id: 'fare',
      hold: 'yes',
      ask: 'Do you drop your fare into the old brass box by the door?',
      yes: 'The fare chinks down a long, long way, as if the box were a well. | | you paid your fare into the brass box',
      no: 'You keep your fare, and the brass box rattles once, in a hurt sort of way. | | you kept your fare',
    },
    {
      id: 'river',
      hold: 'no',
      ask: 'Do you look down at the river as the tram crosses the bridge?',
      yes: 'In the water the tram crosses the bridge the other way, and a face like yours looks up. | | you looked down into the river',
      no: 'You look ahead, and the far bank arrives steady and ordinary. | | you kept your eyes on the far bank',
    },
    {
      id: 'wrong-stop',
      hold: 'yes',
      ask: 'Will you tell {c.name} that {c.their} stop has just gone by?',
      yes: '{c.name} laughs and says {c.they} had never meant to get off there, only to see it go by. | | you warned {c.name} about the stop',
      no: 'You say nothing, and {c.name} watches the stop go with a small, private smile. | | you let {c.name}’s stop go by unmentioned',
    },
    {
      id: 'scratched',
      hold: 'no',
      ask: 'Do you read the names scratched into the wooden seat back?',
      yes: 'Among the initials and hearts is your own name, and the year you were born. | | you found your name scratched into the seat',
      no: 'You lean back against them instead, and the seat holds you like a hand. | | you leaned back without reading',
    },
    {
      id: 'sparks',
      hold: 'yes',
      ask: 'Do you count the sparks from the wire to stay awake?',
      yes: 'You count forty-one, and the counting keeps the city lined up in order. | | you counted the sparks from the wire',
      no: 'You stop counting, and the sparks fall soft and slow, like snow made of light. | | you stopped counting sparks',
    },
    {
      id: 'cemetery',
      hold: 'no',
      ask: 'When the tram slows beside the cemetery wall, do you look over it?',
      yes: 'Someone among the stones is holding up a lantern, as if waiting for a tram of their own. | | you looked over the cemetery wall',
      no: 'You look at your hands, and the cemetery wall runs past like a long grey sentence. | | you kept from looking at the cemetery',
    },
    {
      id: 'window-steam',
      hold: 'yes',
      ask: 'Will you write your stop in the steam on the window, so you will not forget it?',
      yes: 'You write {destination}, and the words stay clear while the glass around them mists. | | you wrote {destination} in the steam',
      no: 'You leave the glass blank, and someone else’s finger writes a word backwards from the outside. | | you left the steamed window blank',
    },
    {
      id: 'conductor',
      hold: 'yes',
      ask: 'Do you show your pass to the conductor who appears from nowhere with a ticket punch?',
      yes: 'He punches it with a hole the shape of a star and says, good, good, you are expected. | | you showed your pass to the conductor',
      no: 'You pretend to be asleep, and the conductor punches the air above your head and moves on. | | you pretended to sleep through the conductor',
    },
  ],
  boarding: [],
  vessels: [],
  threads: [
    {
      kind: 'door',
      id: 'rear-platform',
      plant: {
        hold: 'no',
        ask: 'Do you notice the old rear platform is chained off, with a sign reading Not In Service Since 1952?',
        yes: 'Beyond the chain the platform is bright with daylight, though it is the middle of the night. | +saw-platform | you saw daylight on the rear platform',
        no: 'You look away, and the chain chinks softly, like someone touching it. | | you looked away from the chained rear platform',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: 'The chain across the old rear platform has fallen away; do you step out onto it?',
          yes: 'You step out into warm daylight and a street you have never seen, full of bicycles. | | you stepped onto the rear platform',
          no: 'You stay inside, and the chain lifts itself back across the gap. | refuse | you stayed off the rear platform',
        },
        {
          hold: 'no',
          needs: 'saw-platform',
          ask: 'The daylight beyond the chained platform has spread to your feet; will you follow it out?',
          yes: 'You follow it out into noon, and the tram rings its bell once behind you, a farewell. | | you followed the daylight out',
          no: 'You draw your feet back, and the daylight withdraws too, without hurry. | refuse | you drew back from the daylight',
        },
        {
          hold: 'no',
          ask: 'The conductor unhooks the chain across the rear platform and bows you toward it; do you go?',
          yes: 'You step out into the bright, impossible afternoon, and the tram rings farewell. | | you went out onto the rear platform',
          no: 'You stay in your seat, and the conductor hooks the chain back with a small sigh. | refuse | you stayed inside',
        },
      ],
    },
    {
      kind: 'companion',
      id: 'same-tram',
      plant: {
        hold: 'yes',
        ask: 'Do you ask {k.name} why {k.they} keep{k.s} checking a tram timetable from years ago?',
        yes: '{k.name} says {k.they} will explain at the end of the line, and folds it away carefully. | +asked-k | you asked {k.name} about the old timetable',
        no: 'You do not ask, and {k.name} keeps running a finger down its columns, lips moving. | | you left {k.name} to the old timetable',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits this is the tram {k.they} had missed, once, on the night that changed everything; do you ask what happened?',
          yes: '{k.name} tells you, quietly, and when {k.name} finishes the old timetable is only paper. | | you heard why {k.name} had missed the tram',
          no: 'You let it rest, and {k.name} nods, grateful, and tucks the timetable away for good. | | you let {k.name}’s old night rest',
        },
        {
          hold: 'no',
          needs: 'asked-k',
          ask: 'Nearly at the end of the line, {k.name} keeps {k.their} word and offers you the old timetable; will you take it?',
          yes: 'You take it, and the stops on it are the ones you have passed tonight, in order. | | you took {k.name}’s old timetable',
          no: 'You tell {k.name} to keep it, and {k.name} looks lighter for having offered. | | you let {k.name} keep the old timetable',
        },
        {
          hold: 'yes',
          ask: '{k.name} finds tonight’s date on the old timetable, circled in faded pencil; do you ask who circled it?',
          yes: '{k.name} says {k.they} had, years ago, hoping someone would be on this tram with {k.them}. | | you asked who circled the date',
          no: 'You let it be, and {k.name} looks at you as if you were the answer to it. | | you let the circled date be',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'end-of-line',
      hold: 'yes',
      ask: 'The driver calls out {destination}, end of the line; do you stand for the door?',
      yes: 'You stand, and the tram bell gives a last small ring, just for you. | +ready | you stood for the door at the end of the line',
      no: 'You stay seated, and the tram shudders and waits, as if giving you time. | | you stayed seated at the end of the line',
    },
    {
      id: 'last-curve',
      hold: 'no',
      ask: 'Do you lean out of the window on the last curve to see {destination} ahead?',
      yes: 'The cold catches your breath, and there it is, {destination}, lit and waiting. | | you leaned out to see {destination}',
      no: 'You keep inside, warm, and let {destination} come to you. | | you let {destination} come to you',
    },
  ],
};
