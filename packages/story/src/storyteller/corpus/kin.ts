/**
 * Whoever the reader travels with, known to them (a role of "your ...": "Esme, your sister",
 * "Theo, your travelling companion"): how they come into the story, and the questions of
 * someone the reader knows, in place of a stranger's trade. Readers met their own kin only as
 * a dropped glove and a nod, then not again: these make them someone to travel with.
 */
import type { LineSpec, QuestionSpec } from './types';

/**
 * The first beat that names them: already beside the reader, not arriving; waking, on a night
 * whose seed has them asleep ("my daughter asleep on the window": world key kin-asleep), who then
 * joked and read the news as if they had never slept. A small child ("w my 3yo": kin-young) does
 * not buy the teas or read out the news; kin the seed says will not talk ("my brother who won't
 * talk to me": kin-distant), in tears (kin-tearful) or grumpy (all three kin-low) do not hold out
 * an earbud or read out the news. An ex (kin-ex) shares no snacks; one aboard ("my ex is on this
 * bus": ex-aboard) is not beside the reader either.
 */
export const KIN_INTRODUCTIONS: readonly QuestionSpec[] = [
  {
    id: 'wakes',
    hold: 'yes',
    needs: '!kin-driving !kin-late kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, wakes with a start and asks where you are; do you admit you are not quite sure?',
    yes: '{companion.name} considers this, decides it is fine, and settles back against you with one eye open. | | you told {companion.name} you were not sure where you were',
    no: 'You say nearly there, and {companion.name} yawns, believes you, and sits up to see for {companion.themself}. | | you told {companion.name} you were nearly there',
  },
  {
    id: 'wake',
    hold: 'no',
    // Nobody wakes a sleeping small child for company.
    needs: '!kin-driving !kin-late kin-asleep !kin-young',
    does: 'meet:companion',
    ask: 'Will you wake {companion.name}, {companion.role}, asleep against you, just to have someone to talk to?',
    yes: '{companion.name} surfaces, grumbles, asks the time, and then stays up with you after all. | | you woke {companion.name} for company',
    no: 'You let {companion.them} sleep, and a little later {companion.name} wakes on {companion.their} own and smiles at you. | | you let {companion.name} wake in {companion.their} own time',
  },
  {
    id: 'earbud',
    hold: 'yes',
    needs: '!kin-driving !kin-late !kin-asleep !kin-young !kin-low',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, nudges you and holds out one earbud; do you take it and listen?',
    yes: 'It is a song you both know too well to say so, and {companion.name} taps the beat on your knee. | | you shared {companion.name}’s music',
    no: 'You shake your head, and {companion.name} listens alone, humming the words you both know. | | you let {companion.name} listen alone',
  },
  {
    id: 'scarf',
    hold: 'no',
    needs: '!kin-driving !kin-late !kin-asleep !kin-young !kin-tearful !kin-ex',
    does: 'meet:companion',
    ask: 'Will you lend {companion.name}, {companion.role}, your scarf, since {companion.they} forgot {companion.their} own again?',
    yes: '{companion.name} rolls {companion.their} eyes and wraps it twice round, which is its own kind of thanks. | | you lent {companion.name} your scarf',
    no: 'You keep it, and a minute later {companion.name} turns up {companion.their} own collar without a word. | | you kept your scarf from {companion.name}',
  },
  {
    id: 'door',
    hold: 'yes',
    needs: '!kin-driving !kin-late !kin-asleep !kin-young !kin-low !kin-ex',
    does: 'meet:companion',
    ask: 'Will you ask {companion.name}, {companion.role}, whether {companion.they} remembered to lock the door before you left?',
    yes: '{companion.name} says yes, and then, less sure, probably, and you both decide it is fine. | | you asked {companion.name} about the locked door',
    no: 'You let it go and trust {companion.them}, which is most of what travelling together is. | | you trusted {companion.name} with the door',
  },
  {
    id: 'snacks',
    hold: 'no',
    // Nobody packs for a lift ride.
    needs: '!kin-driving !kin-late !kin-asleep !kin-young !kin-ex !setting:hotel-lift',
    does: 'meet:companion',
    ask: 'Do you open the snacks that {companion.name}, {companion.role}, packed for the journey, though you said you would not need them?',
    yes: '{companion.name} says I told you so, magnificently, and passes you the good ones. | | you opened the snacks {companion.name} packed',
    no: 'You leave them packed, and {companion.name} looks at the bag and then at you, and waits. | | you left {companion.name}’s snacks packed',
  },
  {
    id: 'quiet',
    hold: 'yes',
    needs: '!kin-driving !kin-late !kin-asleep !kin-ex',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has gone quiet beside you, looking at nothing; do you ask what is wrong?',
    yes: '{companion.name} says nothing is, and then, after a while, tells you anyway. | | you asked {companion.name} what was wrong',
    no: 'You leave {companion.them} to it, and after a while {companion.name} leans against you, which is its own answer. | | you let {companion.name} be quiet',
  },
  {
    id: 'joke',
    hold: 'no',
    needs: '!kin-driving !kin-late !kin-asleep !sorrow !kin-tearful !kin-ex !labour',
    does: 'meet:companion',
    ask: 'Will you tell {companion.name}, {companion.role}, the terrible joke you saved for the journey?',
    yes: '{companion.name} groans, and then laughs despite {companion.themself}, which was the plan. | | you told {companion.name} your terrible joke',
    no: 'You save it, and {companion.name} narrows {companion.their} eyes, knowing you are saving something. | | you saved your joke from {companion.name}',
  },
  {
    id: 'tea',
    hold: 'yes',
    // Tea is bought where there is somewhere to buy it: not on a bus, a tram, in a lift or a cab.
    needs:
      '!kin-driving !kin-late !kin-asleep !kin-young !kin-low !setting:night-bus !setting:night-tram !setting:hotel-lift !setting:night-cab',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has bought two teas while you were not looking and holds one out; do you take it?',
    yes: 'It is too hot and too sweet, exactly as {companion.name} knows you like it. | | you took the tea {companion.name} bought you',
    no: 'You shake your head, and {companion.name} drinks both, slowly, making a point of it. | | you left {companion.name} both teas',
  },
  {
    id: 'news',
    hold: 'no',
    needs: '!kin-driving !kin-late !kin-asleep !kin-young !kin-low',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, is reading you the news from a phone, the good bits only; do you let {companion.them} go on?',
    yes: '{companion.name} finds three good things, which on a night like this feels like plenty. | | you let {companion.name} read you the good news',
    no: 'You ask for quiet, and {companion.name} puts the phone away and hums instead. | | you asked {companion.name} for quiet',
  },
  {
    id: 'lights',
    hold: 'yes',
    // A lift has no window.
    needs: '!kin-driving !kin-late kin-young !kin-asleep !setting:hotel-lift',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, nose to the window, asks whether the lights outside are following you; do you say yes?',
    yes: '{companion.name} waves to them solemnly, and one of them, you could swear, waves back. | | you told {companion.name} the lights were following you',
    no: 'You explain about streetlights, and {companion.name} listens politely and goes on waving anyway. | | you explained the lights to {companion.name}',
  },
  {
    id: 'count',
    hold: 'no',
    needs: '!kin-driving !kin-late kin-young !kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, wants to count everything out loud, the lights, the buttons, your fingers; do you count along?',
    yes: 'You get to eleven together, twice, and {companion.name} declares it a very good number. | | you counted along with {companion.name}',
    no: 'You ask for a quiet minute, and {companion.name} counts under {companion.their} breath instead, lips moving, to twenty and back. | | you let {companion.name} count alone',
  },
  {
    id: 'why-dark',
    hold: 'yes',
    needs: '!kin-driving !kin-late kin-young !kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, asks why the night is dark all the way down; do you try to answer?',
    yes: 'You do your best with the sun and the far side of the world, and {companion.name} nods, satisfied. | | you explained the night to {companion.name}',
    no: 'You say it is a very good question, and {companion.name} accepts this as if it were an answer. | | you called it a very good question',
  },
  {
    id: 'sleeve',
    hold: 'yes',
    needs: '!kin-driving !kin-late kin-tearful !kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, is crying quietly into {companion.their} sleeve; do you put an arm round {companion.them}?',
    yes: '{companion.name} leans into you and cries a little harder, and then, slowly, less. | | you put an arm round {companion.name}',
    no: 'You pass {companion.them} a tissue instead, and {companion.name} takes it with a wet, grateful laugh. | | you passed {companion.name} a tissue',
  },
  {
    id: 'ex-glance',
    hold: 'no',
    // Rows and a window: not in a lift.
    needs: '!kin-driving !kin-late ex-aboard !setting:hotel-lift',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has not looked your way once since getting on; do you look first?',
    yes: 'You look, and at that exact moment {companion.name} looks too, and you both pretend otherwise. | | you looked at {companion.name} first',
    no: 'You keep your eyes on the window, and feel {companion.name} not looking at you the whole way. | | you did not look at {companion.name}',
  },
  {
    id: 'ex-lift',
    hold: 'yes',
    needs: '!kin-driving !kin-late ex-aboard setting:hotel-lift aboard',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, steps into the lift, sees you, and stays, facing the doors; do you say hello?',
    yes: 'You say it, and {companion.name} says it back to the doors, and the floors go by. | | you said hello to {companion.name}',
    no: 'You say nothing, and neither does {companion.name}, and the lift is very small. | | you said nothing to {companion.name}',
  },
  {
    id: 'ex-lobby',
    hold: 'no',
    needs: '!kin-driving !kin-late ex-aboard setting:hotel-lift waiting',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, waits for the same lift across the lobby; do you go and stand nearer?',
    yes: 'You cross the carpet, and {companion.name} does not move away, and does not look round either. | | you went to stand nearer {companion.name}',
    no: 'You stay where you are, and the lobby between you is as wide as a year. | | you kept the lobby between you and {companion.name}',
  },
  {
    id: 'tears-dry',
    hold: 'no',
    needs: '!kin-driving !kin-late kin-tearful !kin-asleep',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has stopped crying and is staring hard at nothing; will you ask what happened?',
    yes: '{companion.name} tells you some of it, in a flat small voice, and then leans on you for the rest. | | you asked {companion.name} what had happened',
    no: 'You stay quiet beside {companion.them}, and after a while {companion.name} takes your hand and holds on. | | you let {companion.name} keep it to {companion.themself}',
  },
  {
    id: 'ex-window',
    hold: 'yes',
    // A window: not in a lift.
    needs: '!kin-driving !kin-late ex-aboard !setting:hotel-lift',
    does: 'meet:companion',
    ask: 'In the dark window you can see {companion.name}, {companion.role}, looking at you; do you look back?',
    yes: 'You meet {companion.their} eyes in the glass, and neither of you looks away first. | | you met {companion.name}’s eyes in the window',
    no: 'You keep your eyes on your hands, and the window keeps the look for later. | | you did not meet {companion.name}’s eyes',
  },
  // Kin who died, along all the same ("my dead grandmother is sitting next to me"): the first
  // beat says so, since "your late gran" is only ever called Gran.
  {
    id: 'late-beside',
    hold: 'yes',
    needs: '!kin-driving kin-late',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, sits beside you as if {companion.they} had never died; do you say {companion.their} name?',
    yes: 'You say it, and {companion.name} smiles as if {companion.they} had waited a long time to hear it. | | you said {companion.name}’s name out loud',
    no: 'You do not trust your voice, and {companion.name} pats your hand, light as paper: there is time. | | you kept {companion.name}’s name to yourself',
  },
  {
    id: 'late-known',
    hold: 'no',
    needs: '!kin-driving kin-late',
    does: 'meet:companion',
    ask: 'You went to the funeral, yet here is {companion.name}, {companion.role}, plain as day; will you touch {companion.their} sleeve?',
    yes: 'The cloth is cold and real, and {companion.name} laughs softly, the same laugh. | | you touched {companion.name}’s sleeve to be sure',
    no: 'You keep your hands in your lap, afraid {companion.name} might go, and {companion.they} stay{companion.s}. | | you did not touch {companion.name}, in case',
  },
  // At the wheel, as the seed says ("my dead grandmother is driving the bus"): not beside the
  // reader.
  {
    id: 'late-wheel',
    hold: 'yes',
    needs: 'kin-driving kin-late',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, is at the wheel as if {companion.they} had never died; do you call out {companion.their} name?',
    yes: '{companion.name} lifts a hand from the wheel without looking round, the way {companion.they} always did. | | you called out {companion.name}’s name',
    no: 'You only watch the back of {companion.their} head, and {companion.name} drives on, careful as ever. | | you watched {companion.name} drive in silence',
  },
  {
    id: 'wheel',
    hold: 'no',
    needs: 'kin-driving !kin-late',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, drives with both hands on the wheel, as always; do you ask for the radio on?',
    yes: '{companion.name} finds a station playing something old, and taps the wheel in time. | | you asked {companion.name} for the radio',
    no: 'You leave the quiet be, and {companion.name} hums into it instead, eyes on the road. | | you left {companion.name} to drive in the quiet',
  },
  {
    id: 'first-word',
    hold: 'no',
    // Not an ex who has just got on: "all night" had them along from the start.
    needs: '!kin-driving !kin-late kin-distant !kin-asleep !kin-ex !kin-young',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has not said a word to you all night; do you say the first one?',
    yes: 'You say something small about the weather, and {companion.name} does not answer, but does not move away either. | | you said the first word to {companion.name}',
    no: 'You leave the silence be, and after a while {companion.name} shifts, as if about to speak, and does not. | | you left the silence to {companion.name}',
  },
  {
    id: 'pretend-reading',
    hold: 'yes',
    // Seats: not in a lift.
    needs: '!kin-driving !kin-late kin-distant !kin-asleep !setting:hotel-lift !kin-ex !kin-young',
    does: 'meet:companion',
    ask: '{companion.name}, {companion.role}, has taken the seat furthest from yours and pretends to read; do you sit beside {companion.them}?',
    yes: 'You sit, and {companion.name} turns a page without reading it, and does not move away. | | you sat down beside {companion.name}',
    no: 'You stay where you are, and {companion.name} reads the same page for a very long time. | | you left {companion.name} to the pretend reading',
  },
];

/**
 * Glimpses of them, out of sight for a while, as the seed has them: still in tears, still grumpy,
 * too small for the seat. Readers found a crying sister who never cried again after her first
 * beat, and a tired child who was never tired.
 */
export const KIN_PRESENCE: readonly LineSpec[] = [
  {
    text: 'As {companion.name} wipes {companion.their} eyes on a sleeve and looks away',
    needs: 'kin-tearful',
  },
  { text: 'While {companion.name} cries a little, quietly, and then stops', needs: 'kin-tearful' },
  { text: 'As {companion.name} mutters darkly about the heating', needs: 'kin-grumpy' },
  { text: 'While {companion.name} sighs at nothing in particular, loudly', needs: 'kin-grumpy' },
  { text: 'While {companion.name} yawns hugely and leans on you', needs: 'kin-sleepy' },
  { text: 'As {companion.name} blinks slowly, fighting sleep and losing', needs: 'kin-sleepy' },
  // Silence in grief as much as in a sulk ("hasnt said a word since the church").
  {
    text: 'While {companion.name} looks out at the dark, far inside {companion.their} own thoughts',
    needs: 'kin-distant',
  },
  {
    text: 'While {companion.name} swings {companion.their} legs, too short to reach the floor',
    needs: 'kin-young !setting:hotel-lift',
  },
  { text: 'As {companion.name} holds your hand and swings it', needs: 'kin-young' },
  // Anyone of the reader's the seed says is not low, small or sleepy, nor an ex (one said asleep
  // wakes as they come in, and then is awake): a sister met in the second beat of ten
  // was not seen again in one night in ten.
  {
    text: 'As {companion.name} catches your eye and pulls a face only the two of you understand',
    needs: '!kin-low !kin-young !kin-sleepy !kin-ex',
  },
  {
    text: 'While {companion.name} checks {companion.their} phone, sighs, and puts it away again',
    needs: '!kin-driving !kin-late !kin-low !kin-young !kin-sleepy !kin-ex',
  },
  {
    text: 'As {companion.name} watches the dark go by, the way {companion.they} always used to',
    needs: 'kin-late',
  },
  {
    text: 'While {companion.name} hums the tune {companion.they} always hummed, the one you had nearly forgotten',
    needs: 'kin-late',
  },
  {
    text: 'As {companion.name} nudges you to look at something, and then it is gone',
    needs: '!kin-driving !kin-low !kin-young !kin-sleepy !kin-ex',
  },
  {
    text: 'While {companion.name} leans back, eyes half shut, listening to the night go by',
    needs: '!kin-driving !kin-low !kin-young !kin-sleepy !kin-ex',
  },
];

/** Questions about them, later in the night. */
export const KIN_QUESTIONS: readonly Omit<QuestionSpec, 'id'>[] = [
  {
    hold: 'yes',
    needs: '!kin-low',
    ask: 'Will you ask {companion.name} what {companion.they} {companion.are} thinking about?',
    yes: '{companion.name} says exactly what you were thinking, and you both laugh, because it is true. | | you asked {companion.name} what {companion.they} {companion.were} thinking',
    no: 'You let {companion.them} think it, and the quiet between you is the comfortable kind. | | you let {companion.name} think in peace',
  },
  {
    hold: 'yes',
    needs: '!kin-ex',
    ask: 'Do you share the last of the mints in your pocket with {companion.name}?',
    yes: 'You split them exactly, the odd one argued over, and they taste better shared. | | you shared your last mints with {companion.name}',
    no: 'You save them for later, and {companion.name} eyes your pocket once and says nothing, generously. | | you saved the last of your mints',
  },
  {
    hold: 'no',
    needs: '!kin-young',
    ask: 'Will you tell {companion.name} the thing you have been meaning to say all day?',
    yes: '{companion.name} listens to the end, then squeezes your arm, and that is the answer. | | you told {companion.name} what you had been meaning to say',
    no: 'You keep it for another night, and {companion.name}, who knows you, does not ask. | | you kept what you meant to say to {companion.name}',
  },
  {
    hold: 'yes',
    // Nobody sleeps standing in a lift.
    needs: '!kin-driving aboard !setting:hotel-lift !kin-ex',
    ask: 'Do you let {companion.name} lean on your shoulder and rest {companion.their} eyes for a while?',
    yes: '{companion.name} leans in, heavy and warm, eyes closed, and you keep very still. | | you let {companion.name} rest on your shoulder',
    no: 'You nudge {companion.them} awake, gently, and {companion.name} says {companion.they} {companion.were} only resting {companion.their} eyes. | | you kept {companion.name} awake',
  },
  {
    hold: 'no',
    needs: '!kin-distant',
    ask: 'Will you ask {companion.name} to tell the story of the last journey the two of you made?',
    yes: '{companion.name} tells it badly and at length, and gets the best part wrong, and you let {companion.them}. | | you asked {companion.name} about the last journey you shared',
    no: 'You say you remember it well enough, and {companion.name} smiles as if that were the point. | | you let the last journey go untold',
  },
  {
    hold: 'yes',
    needs: '!kin-ex',
    ask: 'Will you take a photograph of {companion.name}, here, in this strange light?',
    yes: '{companion.name} pulls a face, then a real smile, and you keep the second one. | | you took a photograph of {companion.name}',
    no: 'You keep it in your head instead, which is where the best ones end up anyway. | | you kept {companion.name} in your head, not on your phone',
  },
  {
    hold: 'yes',
    needs: 'kin-distant !kin-young',
    ask: 'Will you offer {companion.name} the last of your water, with no words attached?',
    yes: '{companion.name} takes it without a look, drinks, and hands it back, which is more than you had an hour ago. | | you offered {companion.name} your water',
    no: 'You keep it, and the distance between you stays exactly the width it was. | | you kept your distance from {companion.name}',
  },
  {
    hold: 'no',
    needs: 'kin-late',
    ask: 'Will you ask {companion.name} where {companion.they} {companion.have} been all this time?',
    yes: '{companion.name} says nearer than you would think, mostly on nights like this one. | | you asked {companion.name} where {companion.they} had been',
    no: 'You do not ask, and {companion.name} looks grateful; some answers weigh more than their questions. | | you let {companion.name} keep where {companion.they} had been',
  },
  {
    hold: 'yes',
    needs: 'kin-late',
    ask: 'Will you tell {companion.name} how everyone has been getting on since {companion.they} went?',
    yes: '{companion.name} listens to every name and nods at each, as if crossing worries off a list. | | you told {companion.name} how everyone was',
    no: 'You say everyone is fine, and {companion.name} knows you well enough to hear the rest. | | you told {companion.name} everyone was fine',
  },
  {
    hold: 'yes',
    needs: 'kin-young',
    ask: 'Will you tell {companion.name} a story to pass the time, one with a dragon in it?',
    yes: 'You tell it, and {companion.name} corrects the dragon’s name twice and the ending once, and is right both times. | | you told {companion.name} a story with a dragon in it',
    no: 'You say later, and {companion.name} tells you one instead, with no dragon and no ending, which is worse and better. | | you let {companion.name} tell the story',
  },
];
