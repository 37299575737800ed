/**
 * A night cab: the reader is in the back from the first line, the meter ticking (unless it is an
 * app's) and the driver an arm's length away, seen mostly in the rear-view mirror. Strangers come into it only as fares the
 * driver stops for. Nobody gets on or off and there is no aisle, bell or stop to miss: pieces that
 * speak of those are kept away from it by their words (storylet.ts).
 */
import type { SettingCorpus } from '../types';

export const NIGHT_CAB: SettingCorpus = {
  openings: [
    'You are {role}, in the back of a night cab bound for {destination}.',
    '{hour}, a night cab carries you, {role}, through streets with nobody in them, toward {destination}.',
    'You are {role}, riding toward {destination} in the back of a night cab while the meter counts quietly to itself.',
    {
      text: 'The night cab pulls away from the kerb, and you, {role}, settle into the back as it turns for {destination}.',
      needs: '!kin',
    },
    {
      text: 'Rain runs in ropes down the windows of the night cab as you, {role}, ride toward {destination}.',
      needs: 'weather:rain',
    },
    {
      text: 'Snow drifts through the headlights of the night cab as you, {role}, ride toward {destination}.',
      needs: 'weather:snow',
    },
    {
      text: 'The night cab feels its way through fog toward {destination}, and you, {role}, watch the streetlights come at you one at a time.',
      needs: 'weather:fog',
    },
  ],
  leadIns: [
    'As the meter clicks on without hurry',
    'While the radio under the dashboard mutters addresses nobody answers',
    'As the cab idles at a red light on an empty junction',
    'As the little cardboard tree on the mirror turns on its string',
    'While the indicator ticks like a patient clock',
    'As the tyres hiss over a street that has just been washed',
    'While the driver drums the wheel to a song on the radio',
    'As the streetlights pour orange across your knees and away again',
    'As the cab turns down a street you have never been down',
    'While the heater breathes warm air over your ankles',
    'As the driver takes a corner one-handed',
    'As the sat-nav calmly says to carry straight on, and then nothing else',
  ],
  // A fare the driver stops for, never on an errand that cannot wait; or one who was in the front
  // all along, on a shared ride. (Nobody hails an app's car: they booked the same ride.)
  arrivals: [
    {
      text: 'When the driver pulls over for {companion.name}, {companion.role}, who asks to share',
      needs: '!urgent',
      does: 'meet:companion',
    },
    {
      text: 'As {companion.name}, {companion.role}, who has booked the same ride, gets in beside you',
      needs: '!urgent',
      does: 'meet:companion',
    },
    {
      text: 'When {companion.name}, {companion.role}, slides in beside you at a lit doorway',
      needs: '!urgent',
      does: 'meet:companion',
    },
    {
      text: 'When the driver stops for {companion.name}, {companion.role}, who climbs into the front',
      needs: '!urgent',
      does: 'meet:companion',
    },
    {
      text: 'As {companion.name}, {companion.role}, in the front since you got in, turns round',
      needs: 'urgent',
      does: 'meet:companion',
    },
    {
      text: 'When {companion.name}, {companion.role}, sharing the ride from the start, says hello at last',
      needs: 'urgent',
      does: 'meet:companion',
    },
  ],
  questions: [
    {
      id: 'meter',
      hold: 'no',
      ask: 'Do you watch the meter as it climbs?',
      yes: 'It climbs in small, steady clicks, then rests at a sum that is the year you were born. | | you watched the meter climb',
      no: 'You look away from it, and its clicking becomes as soothing as rain on a roof. | | you kept your eyes off the meter',
    },
    {
      id: 'radio-up',
      hold: 'no',
      ask: 'Will you ask the driver to turn the radio up?',
      yes: 'A late phone-in fills the cab, and the caller, quite calmly, is describing your evening. | | you asked for the radio up',
      no: 'You leave it low, and the voices murmur on like people in the next room. | | you left the radio low',
    },
    {
      id: 'shortcut',
      hold: 'no',
      ask: 'The driver offers a shortcut through the old streets; do you take it?',
      yes: 'The cab threads lanes so narrow its mirrors nearly brush the walls, and comes out somewhere you know. | | you let the driver take the shortcut',
      no: 'The driver shrugs and keeps to the main road, under a long procession of orange lamps. | | you kept to the main road',
    },
    {
      id: 'window-down',
      hold: 'yes',
      ask: 'Do you wind the window down an inch?',
      yes: 'Night air pours in, smelling of wet pavement and, faintly, of bread from an early bakery. | | you wound the window down',
      no: 'You leave it shut, and your breath makes a small grey cloud on the glass. | | you kept the window shut',
    },
    {
      id: 'visor-photo',
      hold: 'yes',
      ask: 'Will you ask the driver about the photograph tucked into the sun visor?',
      yes: 'It is the driver’s daughter on the day she learned to swim, and the cab seems a degree warmer. | | you asked about the photograph in the visor',
      no: 'You leave it be, and the photograph goes on watching the road. | | you left the photograph in the visor alone',
    },
    {
      id: 'seatbelt',
      hold: 'yes',
      ask: 'Do you put your seatbelt on, though the driver has not asked?',
      yes: 'The buckle clicks home, and the cab seems to drive a little more carefully for it. | | you buckled your seatbelt',
      no: 'You leave it, and at the next corner you slide across the back like a parcel. | | you rode without your seatbelt',
    },
    {
      id: 'count-fare',
      hold: 'yes',
      ask: 'Will you check you have enough for the fare?',
      yes: 'You count it twice in the dark, and it is enough, just, with a little over. | | you counted out the fare',
      no: 'You do not look; it will be enough or it will not, and the night will see to it. | | you left the fare to the night',
    },
    {
      id: 'driver-eyes',
      hold: 'yes',
      ask: 'Do you meet the driver’s eyes in the rear-view mirror?',
      yes: 'The eyes in the mirror are kind and very tired, and they smile before the mouth does. | | you met the driver’s eyes in the mirror',
      no: 'You look out at the dark instead, and the mirror keeps its own counsel. | | you kept your eyes from the mirror',
    },
    {
      id: 'sat-nav',
      hold: 'no',
      ask: 'Do you read the street name on the sat-nav screen?',
      yes: 'It names a street you lived on as a child, though that was in another city. | | you read a street from your childhood on the sat-nav',
      no: 'You let the little arrow find its own way, and it does, turn by patient turn. | | you let the sat-nav find its own way',
    },
    {
      id: 'mint-tin',
      hold: 'yes',
      ask: 'Will you take a mint from the tin the driver holds out over one shoulder?',
      yes: 'It is very strong and very cold, and for a moment the whole night tastes clean. | | you took a mint from the driver’s tin',
      no: 'You shake your head, and the tin goes back into the glovebox with a small rattle. | | you turned down the driver’s mint',
    },
    {
      id: 'how-was-it',
      hold: 'yes',
      // Nobody in grief is asked how their night has been.
      needs: '!sorrow',
      ask: 'Will you answer properly when the driver asks how your night has been?',
      yes: 'You tell the truth, more of it than you meant to, and the driver listens without looking round. | | you told the driver how your night had really been',
      no: 'You say it was fine, and the driver nods, and you both know that is not all of it. | | you told the driver your night was fine',
    },
    {
      id: 'river',
      hold: 'no',
      ask: 'As the cab crosses the river, do you look down at the water?',
      yes: 'The water is black and full of the city’s lights, and one of them is moving upstream. | | you saw a light move upstream on the river',
      no: 'You look ahead, and the bridge hums under the tyres and is gone. | | you let the river go by unseen',
    },
    {
      id: 'cat-in-road',
      hold: 'no',
      needs: '!animal !baby !urgent',
      ask: 'The driver slows for a cat sitting in the middle of the road; do you get out and lift it clear?',
      yes: 'The cat lets itself be lifted, heavy and warm, and watches from the kerb as you climb back in. | | you lifted the cat out of the road',
      no: 'You wait, and after a long look at the headlights the cat strolls off as if it had decided to. | | you waited for the cat to move',
    },
    {
      id: 'door-handle',
      hold: 'no',
      ask: 'Do you try your door handle, just to know that it opens?',
      yes: 'It will not, at first, and then it does, as if it had needed a moment to think. | | you tried your door handle',
      no: 'You leave it; the driver would let you out if you asked, you are almost sure. | | you left the door handle alone',
    },
    {
      id: 'mirror-beads',
      hold: 'yes',
      ask: 'Do you ask about the string of beads swinging from the mirror?',
      yes: 'The driver says they were a grandmother’s, and have not missed a night in thirty years. | | you asked about the beads on the mirror',
      no: 'You let them swing, and they click softly at every corner, like a prayer being counted. | | you let the beads on the mirror swing',
    },
    {
      id: 'phone-charger',
      hold: 'yes',
      ask: 'Will you ask to plug your dying phone into the driver’s charger?',
      yes: 'The driver passes back a cable, and your phone wakes at three per cent, which feels like plenty. | | you charged your phone from the driver’s cable',
      no: 'You let it die, and without it the night seems larger and quieter. | | you let your phone die',
    },
    {
      id: 'years-driving',
      hold: 'yes',
      ask: 'Do you ask the driver how long they have been driving nights?',
      yes: 'Twenty-two years, the driver says, and never the same night twice, not once. | | you asked how long the driver had driven nights',
      no: 'You leave the driver to the road, and the road seems glad of the attention. | | you left the driver to the road',
    },
    {
      id: 'footwell-glove',
      hold: 'no',
      ask: 'Do you pick up the glove someone has left in the footwell?',
      yes: 'It is a woman’s leather glove, still warm, with a cinema stub folded in its palm. | | you picked up the glove from the footwell',
      no: 'You leave it where it lies, and at the next corner it turns over by itself. | | you left the glove in the footwell',
    },
    {
      id: 'bakery-stop',
      hold: 'no',
      needs: '!urgent',
      ask: 'Will you ask the driver to pull in at the all-night bakery you are passing?',
      yes: 'The driver waits, engine running, while you buy two hot rolls, and takes one without being asked twice. | | you stopped for hot rolls at the bakery',
      no: 'The bakery slides past, gold and steaming, and its smell stays in the cab for a street or two. | | you let the all-night bakery go by',
    },
    {
      id: 'licence-card',
      hold: 'no',
      ask: 'Do you read the driver’s name on the licence card by the meter?',
      yes: 'The name on it is your own, spelled the way only your grandmother ever spelled it. | | you read your own name on the driver’s licence card',
      no: 'You leave the card be, and the driver stays simply the driver, which is restful. | | you never read the driver’s name',
    },
    {
      id: 'wrong-turning',
      hold: 'no',
      ask: 'The cab turns left where you would have gone right; do you say so?',
      yes: 'The driver says there are roadworks, and there are, lit like a small fairground and quite deserted. | | you questioned the driver’s turning',
      no: 'You keep quiet, and the road bends back toward where you meant to go, as roads mostly do. | | you trusted the driver’s turning',
    },
    {
      id: 'doze',
      hold: 'no',
      ask: 'Will you close your eyes, just for a few streets?',
      yes: 'You drift, and wake at a red light with the driver humming and no idea how far you have come. | | you dozed in the back of the cab',
      no: 'You keep your eyes open, and count streetlights instead of sheep. | | you kept awake in the back of the cab',
    },
    {
      id: 'whole-fare',
      hold: 'no',
      ask: 'Will you tell {companion.name} you will pay the whole fare?',
      yes: '{companion.name} protests, then thanks you, and the meter seems to slow out of respect. | | you offered to pay the whole fare for {companion.name}',
      no: '{companion.name} counts out {companion.their} half in small change, very exactly, onto your palm. | | you split the fare with {companion.name}',
    },
    {
      id: 'choose-station',
      hold: 'yes',
      ask: 'Do you let {companion.name} choose the station on the radio?',
      yes: '{companion.name} finds something old and slow, and the driver, surprisingly, sings along. | | you let {companion.name} choose the radio station',
      no: 'The radio stays where it was, and {companion.name} hums something else against it, quietly. | | you kept the radio from {companion.name}',
    },
    {
      id: 'where-bound',
      hold: 'yes',
      // Whoever the reader travels with is going where they are.
      needs: '!known:companion',
      ask: 'Will you ask {companion.name} where {companion.they} told the driver to go?',
      yes: '{companion.name} names a street you have never heard of, and the driver nods as if it were on the way. | | you asked where {companion.name} was going',
      no: 'You leave {companion.name} {companion.their} own destination, and {companion.they} seem{companion.s} grateful for it. | | you left {companion.name} to {companion.their} own destination',
    },
  ],
  boarding: [],
  vessels: [],
  threads: [
    {
      kind: 'door',
      id: 'lit-doorway',
      plant: {
        hold: 'no',
        ask: 'The cab passes the same lit doorway for the third time, its door propped open; do you ask the driver to slow down?',
        yes: 'The cab slows, and inside you glimpse a hallway papered in roses and a coat you know on a hook. | +saw-doorway | you had the driver slow for the lit doorway',
        no: 'You let it go by, and its light lies across the road behind you like a dropped scarf. | | you let the lit doorway go by',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: 'The cab stops outside the lit doorway without being asked; do you get out and go in?',
          yes: 'You step out onto the pavement, and the doorway takes you in as if it knew you. | | you went in at the lit doorway',
          no: 'You stay in your seat, and the driver pulls away with a small, approving nod. | refuse | you stayed in the cab at the lit doorway',
        },
        {
          hold: 'no',
          needs: 'saw-doorway',
          ask: 'The coat from the hook now hangs in the doorway, held out for you; will you go and put it on?',
          yes: 'You cross the pavement and shrug it on, and it fits, and the hallway behind it is warm. | | you went in for the coat on the hook',
          no: 'You shake your head, and the doorway dims, kindly, like a lamp turned down. | refuse | you left the coat on its hook',
        },
        {
          hold: 'yes',
          ask: 'The driver pulls in by the lit doorway and says this is where most people get out in the end; will you?',
          yes: 'You pay, and step out, and the doorway is exactly as warm as it looked from the road. | | you got out at the lit doorway',
          no: 'You ask to go on, and the driver says fair enough and does, without another word. | refuse | you asked the driver to go on past the lit doorway',
        },
      ],
    },
    {
      kind: 'companion',
      id: 'round-the-block',
      plant: {
        hold: 'yes',
        // Whoever travels with the reader goes where they go; nobody circles on an errand that
        // cannot wait.
        needs: '!known:first !urgent',
        ask: '{first.name} asks the driver to go round the block once more, and then once more; do you ask why?',
        yes: '{first.name} says, a little sheepishly, that {first.they} {first.are} not quite ready to arrive. | +asked-block | you asked why {first.name} kept going round the block',
        no: 'You let it pass, and the cab circles the same dark square, patient as a clock. | | you let {first.name} go round the block unremarked',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits there is someone at the end of {first.their} journey {first.they} {first.are} afraid to face; will you keep {first.them} company a while?',
          yes: 'You talk of nothing much, and when the cab next passes the square {first.name} lets it go straight on. | | you kept {first.name} company round the block',
          no: 'You leave {first.name} to it, and the circling goes on without you, quietly. | | you left {first.name} to circle the block alone',
        },
        {
          hold: 'no',
          needs: 'asked-block',
          ask: 'At last {first.name} gives the driver an address; do you ask {first.them} to ride on with you instead?',
          yes: '{first.name} laughs, surprised and glad, and tells the driver never mind the address after all. | | you asked {first.name} to ride on with you',
          no: '{first.name} gets out under a streetlamp and turns to wave, lit and easy, as the cab pulls away. | | you let {first.name} get out at last',
        },
        {
          hold: 'yes',
          ask: '{first.name} asks whether you would go round once more, just this once, for {first.them}; will you?',
          yes: 'You nod, and the driver goes round, and halfway {first.name} says that was all {first.they} needed. | | you went round the block once more for {first.name}',
          no: 'You shake your head, and {first.name} nods, and for the first time tells the driver to go straight on. | | you would not go round the block again for {first.name}',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'fare-ready',
      hold: 'yes',
      ask: 'Will you have the fare ready as the cab slows for {destination}?',
      yes: 'You hold it out, folded small, and the driver takes it without counting. | +ready | you had the fare ready',
      no: 'You leave it in your pocket a while longer, and the last streets go by unhurried. | | you left the fare in your pocket till the end',
    },
    {
      id: 'tip-driver',
      hold: 'yes',
      ask: 'Will you give the driver something over the fare as {destination} comes into view?',
      yes: 'The driver says there is no need, and takes it, and says goodnight as if it meant something. | +ready | you gave the driver something over the fare',
      no: 'You pay the fare exactly, and the driver says goodnight just the same. | | you paid the driver the fare exactly',
    },
    {
      id: 'which-side',
      hold: 'yes',
      ask: 'The driver asks which side of {destination} you want; do you tell them?',
      yes: 'You point, and the cab draws in exactly there, as neat as a full stop. | +ready | you told the driver which side to stop',
      no: 'You say anywhere will do, and the driver drives the last stretch slowly, as if choosing for you. | | you let the driver choose where to stop',
    },
  ],
};
