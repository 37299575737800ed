/**
 * Whoever the reader travels with, known to them (a role of "your ...": "Esme, your sister",
 * "Theo, your travelling companion"): how they come into the story, and the questions of
 * someone the reader knows, in place of a stranger's trade. Readers met their own kin only as
 * a dropped glove and a nod, then not again: these make them someone to travel with.
 */
import type { QuestionSpec } from './types';

/**
 * The first beat that names them: already beside the reader, not arriving; waking, on a night
 * whose seed has them asleep ("my daughter asleep on the window": world key kin-asleep), who then
 * joked and read the news as if they had never slept.
 */
export const KIN_INTRODUCTIONS: readonly QuestionSpec[] = [
  {
    id: 'wakes',
    hold: 'yes',
    needs: 'kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, wakes with a start and asks where you are; do you admit you are not quite sure?',
    yes: '{companion.name} considers this, decides it is fine, and stays awake to keep you company. | | you told {companion.name} you were not sure where you were',
    no: 'You say nearly there, and {companion.name} yawns, believes you, and sits up to see for {companion.themself}. | | you told {companion.name} you were nearly there',
  },
  {
    id: 'wake',
    hold: 'no',
    needs: 'kin-asleep',
    does: 'meet:companion',
    ask: 'Will you wake {companion.name}, {companion.role}, who has slept since you set off, just to have someone to talk to?',
    yes: '{companion.name} surfaces, grumbles, asks the time, and then stays up with you after all. | | you woke {companion.name} for company',
    no: 'You let {companion.them} sleep, and a little later {companion.name} wakes on {companion.their} own and smiles at you. | | you let {companion.name} wake in {companion.their} own time',
  },
  {
    id: 'earbud',
    hold: 'yes',
    needs: '!kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, nudges you and holds out one earbud; do you take it and listen?',
    yes: 'It is a song you both know too well to say so, and {companion.name} taps the beat on your knee. | | you shared {companion.name}’s music',
    no: 'You shake your head, and {companion.name} listens alone, humming the words you both know. | | you let {companion.name} listen alone',
  },
  {
    id: 'scarf',
    hold: 'no',
    needs: '!kin-asleep',
    does: 'meet:companion',
    ask: 'Will you lend {companion.name}, {companion.role}, your scarf, since {companion.they} forgot {companion.their} own again?',
    yes: '{companion.name} rolls {companion.their} eyes and wraps it twice round, which is its own kind of thanks. | | you lent {companion.name} your scarf',
    no: 'You keep it, and a minute later {companion.name} turns up {companion.their} own collar without a word. | | you kept your scarf from {companion.name}',
  },
  {
    id: 'door',
    hold: 'yes',
    needs: '!kin-asleep',
    does: 'meet:companion',
    ask: 'Will you ask {companion.name}, {companion.role}, whether {companion.they} remembered to lock the door before you left?',
    yes: '{companion.name} says yes, and then, less sure, probably, and you both decide it is fine. | | you asked {companion.name} about the locked door',
    no: 'You let it go and trust {companion.them}, which is most of what travelling together is. | | you trusted {companion.name} with the door',
  },
  {
    id: 'snacks',
    hold: 'no',
    needs: '!kin-asleep',
    does: 'meet:companion',
    ask: 'Do you open the snacks that {companion.name}, {companion.role}, packed for the journey, though you said you would not need them?',
    yes: '{companion.name} says nothing at all, magnificently, and passes you the good ones. | | you opened the snacks {companion.name} packed',
    no: 'You leave them packed, and {companion.name} looks at the bag and then at you, and waits. | | you left {companion.name}’s snacks packed',
  },
  {
    id: 'quiet',
    hold: 'yes',
    needs: '!kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has gone quiet beside you, looking at nothing; do you ask what is wrong?',
    yes: '{companion.name} says nothing is, and then, after a while, tells you anyway. | | you asked {companion.name} what was wrong',
    no: 'You leave {companion.them} to it, and after a while {companion.name} leans against you, which is its own answer. | | you let {companion.name} be quiet',
  },
  {
    id: 'joke',
    hold: 'no',
    needs: '!kin-asleep !sorrow',
    does: 'meet:companion',
    ask: 'Will you tell {companion.name}, {companion.role}, the terrible joke you saved for the journey?',
    yes: '{companion.name} groans, and then laughs despite {companion.themself}, which was the plan. | | you told {companion.name} your terrible joke',
    no: 'You save it, and {companion.name} narrows {companion.their} eyes, knowing you are saving something. | | you saved your joke from {companion.name}',
  },
  {
    id: 'tea',
    hold: 'yes',
    // Tea is bought where there is somewhere to buy it: not on a bus, a tram or in a lift.
    needs: '!kin-asleep !setting:night-bus !setting:night-tram !setting:hotel-lift',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has bought two teas while you were not looking and holds one out; do you take it?',
    yes: 'It is too hot and too sweet, exactly as {companion.name} knows you like it. | | you took the tea {companion.name} bought you',
    no: 'You shake your head, and {companion.name} drinks both, slowly, making a point of it. | | you left {companion.name} both teas',
  },
  {
    id: 'news',
    hold: 'no',
    needs: '!kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, is reading you the news from a phone, the good bits only; do you let {companion.them} go on?',
    yes: '{companion.name} finds three good things, which on a night like this feels like plenty. | | you let {companion.name} read you the good news',
    no: 'You ask for quiet, and {companion.name} puts the phone away and hums instead. | | you asked {companion.name} for quiet',
  },
];

/** Questions about them, later in the night. */
export const KIN_QUESTIONS: readonly Omit<QuestionSpec, 'id'>[] = [
  {
    hold: 'yes',
    ask: 'Will you ask {companion.name} what {companion.they} {companion.are} thinking about?',
    yes: '{companion.name} says exactly what you were thinking, and you both laugh, because it is true. | | you asked {companion.name} what {companion.they} {companion.were} thinking',
    no: 'You let {companion.them} think it, and the quiet between you is the comfortable kind. | | you let {companion.name} think in peace',
  },
  {
    hold: 'yes',
    ask: 'Do you share the last of the mints in your pocket with {companion.name}?',
    yes: 'You split them exactly, the odd one argued over, and they taste better shared. | | you shared your last mints with {companion.name}',
    no: 'You save them for later, and {companion.name} eyes your pocket once and says nothing, generously. | | you saved the last of your mints',
  },
  {
    hold: 'no',
    ask: 'Will you tell {companion.name} the thing you have been meaning to say all day?',
    yes: '{companion.name} listens to the end, then squeezes your arm, and that is the answer. | | you told {companion.name} what you had been meaning to say',
    no: 'You keep it for another night, and {companion.name}, who knows you, does not ask. | | you kept what you meant to say to {companion.name}',
  },
  {
    hold: 'yes',
    // Nobody sleeps standing in a lift.
    needs: 'aboard !setting:hotel-lift',
    ask: 'Do you let {companion.name} lean on your shoulder and rest {companion.their} eyes for a while?',
    yes: '{companion.name} leans in, heavy and warm, eyes closed, and you keep very still. | | you let {companion.name} rest on your shoulder',
    no: 'You nudge {companion.them} awake, gently, and {companion.name} says {companion.they} {companion.were} only resting {companion.their} eyes. | | you kept {companion.name} awake',
  },
  {
    hold: 'no',
    ask: 'Will you ask {companion.name} to tell the story of the last journey the two of you made?',
    yes: '{companion.name} tells it badly and at length, and gets the best part wrong, and you let {companion.them}. | | you asked {companion.name} about the last journey you shared',
    no: 'You say you remember it well enough, and {companion.name} smiles as if that were the point. | | you let the last journey go untold',
  },
  {
    hold: 'yes',
    ask: 'Will you take a photograph of {companion.name}, here, in this strange light?',
    yes: '{companion.name} pulls a face, then a real smile, and you keep the second one. | | you took a photograph of {companion.name}',
    no: 'You keep it in your head instead, which is where the best ones end up anyway. | | you kept {companion.name} in your head, not on your phone',
  },
];
