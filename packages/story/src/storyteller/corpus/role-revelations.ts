/**
 * A revelation written for each companion role, keyed by the role's exact words: the turn of the
 * story told about the first companion ({first}), with what follows after yes and after no. The
 * storyteller tries these before the genre's own revelations, so the turn belongs to someone the
 * reader has met.
 */
import type { RevelationSpec } from './types';

type RoleRevelation = Omit<RevelationSpec, 'id'> & { id: string };

export const ROLE_REVELATION_CORPUS: Readonly<Record<string, readonly RoleRevelation[]>> = {
  'a conductor off duty, still in uniform': [
    {
      id: 'last-route',
      hold: 'yes',
      ask: '{first.name} admits {first.they} worked this route for thirty years, and it closes for good tonight; will you keep {first.them} company to the end of it?',
      yes: '{first.name} straightens {first.their} cap and says it is an honour to have a passenger for the last run. | | you rode the closing route with {first.name}',
      no: 'You say it should be {first.their} own goodbye, and {first.name} nods, moved, and goes to stand by the door. | | you left {first.name} to say goodbye alone',
      follow: {
        yes: [
          {
            hold: 'yes',
            // A plane in the air has no stops to call.
            needs: '!setting:airport-gate',
            ask: 'Will you let {first.name} call out the stops one last time?',
            yes: '{first.name} calls them in a voice worn smooth by thirty years, and you learn each by heart. | | you heard {first.name} call the last stops',
            no: 'You ask for quiet instead, and {first.name} mouths the names silently at every stop. | | you asked {first.name} for quiet',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you watch {first.name} say goodbye to the route from where you sit?',
            yes: '{first.name} touches the window at every stop, gently, the way you would touch a sleeping dog. | | you watched {first.name} say goodbye',
            no: 'You look away to give {first.them} privacy, and hear {first.them} laugh once, softly. | | you gave {first.name} privacy',
          },
        ],
      },
    },
  ],
  'a knitter working on something far too long': [
    {
      id: 'measuring',
      hold: 'no',
      ask: '{first.name} has been knitting the night itself, and it ends when the wool runs out; do you ask how much is left?',
      yes: '{first.name} holds up the ball: barely a handful, and {first.they} knit{first.s} more slowly now. | | you asked how much wool was left',
      no: 'You do not ask, and {first.name} knits on, steady, as if that were the kindest answer. | | you did not ask how much wool was left',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} to knit the last rows carefully?',
            yes: '{first.name} says {first.they} always {first.have}, and shows you the last row: it has your initials in it. | | you asked {first.name} to knit carefully',
            no: 'You leave it to {first.name}, who knows best, and the needles click on like a clock. | | you left the last rows to {first.name}',
          },
        ],
        no: [
          {
            hold: 'no',
            // Not asked twice: a reader may have held the knitting's end already (roles.ts).
            needs: '!held-knitting',
            ask: 'Do you hold the loose end of the wool so it cannot tangle?',
            yes: 'The wool runs through your fingers warm and steady, like a line to shore. | | you held the end of the night’s wool',
            no: 'You let it lie, and the wool tangles once and untangles itself. | | you let the wool lie',
          },
        ],
      },
    },
  ],
  'a child carrying a goldfish in a bag': [
    {
      id: 'fish-wish',
      hold: 'yes',
      ask: '{first.name} whispers that the goldfish grants one wish a year, and tonight is the night; will you let {first.them} wish for you?',
      yes: '{first.name} wishes into the bag very seriously, and will not say what, and the goldfish flicks its tail. | | you let {first.name} wish for you',
      no: 'You say {first.they} should wish for {first.themself}, and {first.name} thinks hard and wishes for a dog. | | you told {first.name} to wish for {first.themself}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} if the wish came true?',
            yes: '{first.name} says not yet, but that wishes are slow, like goldfish. | | you asked whether the wish came true',
            no: 'You leave it a secret, and {first.name} looks very pleased with {first.themself}. | | you left the wish a secret',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you promise {first.name} you will help look after the dog, if it comes?',
            yes: '{first.name} shakes your hand on it, solemnly, and the goldfish is a witness. | | you promised to help with the wished-for dog',
            no: 'You make no promise, and {first.name} says the goldfish will sort it out. | | you made no promise about the dog',
          },
        ],
      },
    },
  ],
  'an old sailor who talks to the windows': [
    {
      id: 'ship-lost',
      hold: 'no',
      ask: '{first.name} tells you {first.their} ship went down fifty years ago tonight, and {first.they} {first.have} been travelling home ever since; do you believe {first.them}?',
      yes: '{first.name} thanks you, and for a moment smells of salt and tar and cold wind. | | you believed {first.name} about the ship',
      no: 'You say it must have been a dream, and {first.name} says the sea is mostly dreams. | | you did not believe {first.name} about the ship',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you help {first.name} find the way home, since you are going in that direction?',
            yes: '{first.name} says you already are helping, just by going, and settles back content. | | you offered to see {first.name} home',
            no: 'You say you cannot promise, and {first.name} says no sailor ever could. | | you could not promise {first.name} a way home',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} to tell you the dream, then?',
            yes: '{first.name} tells it: a green sea, a small boat, and a light on the shore that was always yours. | | you heard {first.name}’s dream of the sea',
            no: 'You let the dream be, and {first.name} goes back to the windows, murmuring. | | you let {first.name}’s dream be',
          },
        ],
      },
    },
  ],
  'a nurse still in scrubs': [
    {
      id: 'ward-round',
      hold: 'yes',
      ask: '{first.name} says gently that this journey is {first.their} ward round, and you are the patient; do you let {first.them} check on you?',
      yes: '{first.name} takes your pulse, nods, and says you are doing much better than you think. | | you let {first.name} check on you',
      no: 'You say you are well, and {first.name} smiles the way nurses smile at brave, tired people. | | you told {first.name} you were well',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} what you are being treated for?',
            yes: 'Tiredness, {first.name} says, the long kind, and prescribes one good morning. | | you asked what you were being treated for',
            no: 'You decide not to know, and {first.name} writes something kind on a chart you cannot see. | | you did not ask about your treatment',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} to check on someone else instead?',
            yes: '{first.name} sits with an old man dozing nearby, and you watch a little of the weight leave them both. | | you sent {first.name} to someone else',
            no: 'You let {first.name} sit, and {first.they} fall{first.s} asleep at last, still on duty. | | you let {first.name} rest',
          },
        ],
      },
    },
  ],
  'a guest in a crumpled wedding suit': [
    {
      id: 'groom',
      hold: 'no',
      ask: '{first.name} admits {first.they} {first.were} not a guest at the wedding but the one being married, and walked out before the vows; do you ask why?',
      yes: 'It was the wrong life, {first.name} says, seen just in time; whether leaving was brave, {first.they} cannot yet say. | | you asked why {first.name} walked out',
      no: 'You do not ask, and {first.name} looks grateful, and smooths the crumpled suit. | | you did not ask about the wedding',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell {first.name} that it was brave?',
            yes: '{first.name} laughs shakily and says you are the first person to say so. | | you told {first.name} it was brave',
            no: 'You keep your view to yourself, and {first.name} says that is fair, nobody knows yet. | | you kept your view of the wedding',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you offer {first.name} your coat, since {first.they} {first.are} shivering in that thin suit?',
            yes: '{first.name} accepts it and looks, for the first time tonight, like {first.themself}. | | you gave {first.name} your coat',
            no: 'You keep your coat, and {first.name} shivers with great dignity. | | you kept your coat',
          },
        ],
      },
    },
  ],
  'a teenager doing homework by torchlight': [
    {
      id: 'older-than',
      hold: 'yes',
      ask: 'You understand that {first.name} is you, years ago, doing homework on this same journey; do you say so?',
      yes: '{first.name} looks up at you, and you both recognise the same frown, and laugh. | | you recognised yourself in {first.name}',
      no: 'You say nothing, and {first.name} goes on working, and you remember how that felt. | | you let {first.name} be your younger self in peace',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell {first.name} one thing you wish someone had told you at that age?',
            yes: 'You tell {first.them}, and {first.name} writes it down in the margin, very seriously. | | you told your younger self one true thing',
            no: 'You decide {first.they} will find it out {first.themself}, and that finding out is the point. | | you let your younger self find out alone',
          },
        ],
        no: [
          {
            hold: 'no',
            needs: '!homework-put-away',
            ask: 'Do you help with the homework anyway, since you know how it ends?',
            yes: 'You help a little, and {first.name} gets it right, and looks at you oddly. | | you helped your younger self with homework',
            no: 'You let {first.name} struggle, kindly, the way you once had to. | | you let your younger self struggle',
          },
        ],
      },
    },
  ],
  'a retired magician': [
    {
      id: 'vanished-you',
      hold: 'no',
      ask: '{first.name} confesses that this whole night is {first.their} last trick, and you are the one {first.they} {first.are} making vanish; will you let {first.them} finish it?',
      yes: '{first.name} bows, and says the trick is to vanish you from a bad year into a better one. | | you let {first.name} finish the trick',
      no: 'You refuse to vanish, and {first.name} laughs delightedly and says you were always the hardest audience. | | you refused to vanish for {first.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} where you will reappear?',
            yes: 'Somewhere with the lights on, {first.name} says, and a kettle, and someone saying your name. | | you asked where you would reappear',
            no: 'You trust the trick, and {first.name} looks prouder of you than of any applause. | | you trusted {first.name}’s trick',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} to try the trick on {first.themself} instead?',
            yes: '{first.name} considers it, and says maybe, one day, when {first.they} {first.have} somewhere to go. | | you asked {first.name} to vanish instead',
            no: 'You leave it, and {first.name} tucks the trick away for another night. | | you let {first.name} keep the trick',
          },
        ],
      },
    },
  ],
  'a night watchman off duty': [
    {
      id: 'your-house',
      hold: 'yes',
      ask: '{first.name} says the building {first.they} watched for twenty years was your childhood home; do you ask what {first.they} saw?',
      yes: 'Mostly quiet nights, {first.name} says, and once a light left on in your room that {first.they} never turned off. | | you asked what {first.name} watched over',
      no: 'You leave the house its privacy, and {first.name} nods, as a good watchman would. | | you left the old house its privacy',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} to keep the light on a little longer?',
            yes: '{first.name} promises, and you feel it somewhere behind you, warm and small. | | you asked {first.name} to keep the light on',
            no: 'You say it can go out now, and {first.name} says that is a good sign. | | you let the old light go out',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you thank {first.name} for the twenty years, all the same?',
            yes: '{first.name} says it was the easiest job in the world, and looks away to hide {first.their} face. | | you thanked {first.name} for the watching',
            no: 'You say nothing, and {first.name} seems to prefer it that way. | | you left the watching unthanked',
          },
        ],
      },
    },
  ],
  'a fortune teller going home': [
    {
      id: 'your-future',
      hold: 'no',
      ask: '{first.name} admits {first.they} can see your whole future from here, clear as a timetable; do you want to know it?',
      yes: '{first.name} tells you only the next part: a morning, a cup, a door that opens when you knock. | | you asked {first.name} for your future',
      no: 'You say you would rather find out, and {first.name} looks at you with enormous relief. | | you refused to hear your future',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} whether the rest of it is kind?',
            yes: '{first.name} says mostly, and that the unkind parts are short and you are not alone in them. | | you asked whether your future was kind',
            no: 'You stop there, and {first.name} says most people never know when to stop, and looks almost proud. | | you stopped at the next part',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} about {first.their} own future instead?',
            yes: '{first.name} laughs and says it is a long quiet one with a garden in it, and does not seem sorry. | | you asked {first.name} about {first.their} future',
            no: 'You leave {first.name}’s future alone too, and {first.they} {first.are} grateful. | | you left {first.name}’s future alone',
          },
        ],
      },
    },
  ],
  'a tired busker with a guitar': [
    {
      id: 'song-of-night',
      hold: 'yes',
      ask: '{first.name} hums something under {first.their} breath, and you realise it is about you, though {first.they} cannot know it; do you tell {first.them}?',
      yes: '{first.name} stops, stares at the guitar, and then laughs until {first.they} {first.have} to wipe {first.their} eyes. | | you told {first.name} the songs were about you',
      no: 'You keep it to yourself, and the next song is about you too, and you let it be. | | you let {first.name} play your songs unknowing',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} to play it through, now that you both know?',
            yes: '{first.name} plays it, and it ends well, on purpose. | | you asked {first.name} for one more song',
            no: 'You ask for quiet, and {first.name} rests the guitar and hums instead. | | you asked {first.name} for quiet',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you sing along to the next one, since it is yours?',
            yes: 'You sing, badly, and {first.name} grins and plays louder to cover you. | | you sang along to your own song',
            no: 'You just listen, and the song fits you like a borrowed coat. | | you just listened to your song',
          },
        ],
      },
    },
  ],
  'a traveller with a birdcage under a cloth': [
    {
      id: 'cage-heart',
      hold: 'no',
      ask: '{first.name} lifts the cloth on a small warm light, and says it is the courage you lost years ago; will you take it back?',
      yes: 'You take it, and it settles into your chest like a bird coming home to roost. | | you took back your courage',
      no: 'You ask {first.name} to keep it a little longer, and {first.they} cover{first.s} the cage tenderly. | | you left your courage with {first.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} how {first.they} came to have it?',
            yes: 'You left it on a bench years ago, {first.name} says, and {first.they} {first.have} carried it ever since. | | you asked how {first.name} had your courage',
            no: 'You do not ask, and {first.name} folds the empty cloth with great care. | | you did not ask about your courage',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you promise {first.name} you will ask for it back before the end?',
            yes: '{first.name} nods and says {first.they} will be listening for it. | | you promised to ask for your courage',
            no: 'You promise nothing, and {first.name} says courage is patient. | | you made no promise about your courage',
          },
        ],
      },
    },
  ],
  'a priest without a collar': [
    {
      id: 'last-rites',
      hold: 'yes',
      // Going along is a promise for when they leave: readers who went "quietly" with the priest
      // were still aboard two beats later.
      ask: '{first.name} admits {first.they} {first.were} called out tonight to sit with someone at the end, who asked for you; will you go along when {first.they} leave{first.s}?',
      yes: '{first.name} takes your arm and says then you will go together, when the time comes. | | you promised to go with {first.name} to the bedside',
      no: 'You say you cannot, and {first.name} says the asking was already a kind of going. | | you could not go with {first.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell {first.name} now what you will say to the one who asked for you?',
            yes: 'You say it would be thank you, and you mean it, and {first.name} nods as if it were a prayer. | | you told {first.name} what you would say at the bedside',
            no: 'You say you will find the words there, and {first.name} says that is the better prayer. | | you kept the bedside words for the bedside',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you give {first.name} a message to carry instead?',
            yes: 'You give one, short and true, and {first.name} repeats it twice to be sure. | | you sent a message with {first.name}',
            no: 'You send nothing, and {first.name} says silence carries well too. | | you sent no message',
          },
        ],
      },
    },
  ],
  'a twin whose sibling is not here': [
    {
      id: 'you-twin',
      hold: 'no',
      ask: '{first.name} says quietly that you are the missing twin, and that you left so long ago you forgot; do you believe {first.them}?',
      yes: 'You believe it, and the world shifts a little, like a chair finding its feet. | | you believed you were {first.name}’s twin',
      no: 'You say you would have remembered, and {first.name} smiles and says that is exactly what the missing twin would say. | | you did not believe you were {first.name}’s twin',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you wave at the same moment as {first.name}, the way twins do?',
            yes: 'You wave together, exactly together, and far off a light blinks twice. | | you waved in time with {first.name}',
            no: 'You keep still, and {first.name} waves for both of you, which is what {first.they} always did. | | you let {first.name} wave for both of you',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you let {first.name} pretend, just for tonight?',
            yes: '{first.name} pretends, and it is easy and warm, and neither of you minds. | | you let {first.name} pretend you were twins',
            no: 'You say it would not be fair to the real one, and {first.name} agrees. | | you would not pretend to be the twin',
          },
        ],
      },
    },
  ],
  'a cartographer with inky fingers': [
    {
      id: 'not-on-map',
      hold: 'yes',
      ask: '{first.name} admits that no map {first.they} {first.have} ever drawn goes as far as your destination; are you glad to be going there all the same?',
      yes: '{first.name} opens a fresh sheet and says then you will be the first to chart it. | | you chose to go somewhere unmapped',
      no: 'You are not sure, and {first.name} says that is how most maps begin: with somewhere nobody is sure of. | | you refused to go somewhere unmapped',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you let {first.name} put your name in the corner of the fresh sheet, as its first traveller?',
            yes: '{first.name} writes it in small careful capitals, which you pretend to mind. | | you let {first.name} sign you on the new map',
            no: 'You say the map should stay unsigned, and {first.name} writes that down as a rule. | | you left the new map unsigned',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you describe the place you would rather go, so {first.name} can draw that instead?',
            yes: 'You describe it, and {first.name} draws, and it looks exactly like somewhere you have always wanted to live. | | you described the place for {first.name} to draw',
            no: 'You leave the page blank, and {first.name} says blank is the most honest map. | | you left the map blank',
          },
        ],
      },
    },
  ],
  'a translator muttering in three languages': [
    {
      id: 'your-words',
      hold: 'no',
      does: '+dead-listening',
      ask: '{first.name} says {first.they} {first.have} been translating tonight into the language of the dead, for someone listening; do you want to know who?',
      yes: 'Someone who loved you, {first.name} says, and who says your jokes are still terrible. | | you learned who was listening',
      no: 'You say it is enough to be listened to, and {first.name} translates that too. | | you did not ask who was listening',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell one more terrible joke, for them?',
            yes: 'You tell it, and {first.name} translates, and far away someone laughs. | | you told a joke for the listener',
            no: 'You say something kind instead, and {first.name} translates it slowly, with care. | | you said something kind for the listener',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} to stop translating now, and rest?',
            yes: '{first.name} stops mid-sentence, and the silence that follows is full of thanks. | | you let {first.name} rest from translating',
            no: 'You let {first.name} go on, and {first.their} murmur becomes a kind of lullaby. | | you let {first.name} go on translating',
          },
        ],
      },
    },
  ],
  'a child who talks like an old clerk': [
    {
      id: 'the-office',
      hold: 'yes',
      ask: '{first.name} informs you that {first.they} {first.are} the clerk in charge of lost journeys, and yours has been found; will you sign for it?',
      yes: '{first.name} produces a form in triplicate, and you sign, and the night feels officially yours. | | you signed for your found journey',
      no: 'You decline, and {first.name} stamps the form Unclaimed with an air of deep regret. | | you left your journey unclaimed',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} where it had been lost all this time?',
            yes: 'In a drawer marked Later, {first.name} says, which is where most journeys end up. | | you asked where your journey had been',
            no: 'You do not ask, and {first.name} approves of your discretion. | | you did not ask where it had been',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} whether you may claim your journey later?',
            yes: '{first.name} says there is a window until morning, and notes your interest. | | you asked to claim your journey later',
            no: 'You let it go, and {first.name} files it away with a small, sad sniff. | | you let your journey be filed away',
          },
        ],
      },
    },
  ],
  'a porter with an empty trolley': [
    {
      id: 'carry-you',
      hold: 'no',
      ask: '{first.name} says the trolley is empty because tonight {first.they} {first.are} meant to carry you, not your luggage; will you let {first.them}?',
      yes: 'You sit on the trolley, absurd and comfortable, and {first.name} pushes you along as if you weighed nothing. | | you let {first.name} carry you on the trolley',
      no: 'You say you can manage, and {first.name} keeps the empty trolley close beside you anyway. | | you said you could manage without {first.name}’s trolley',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} who asked {first.them} to carry you?',
            yes: 'Your grandmother, {first.name} says, long ago, and tips an imaginary cap. | | you asked who asked {first.name} to carry you',
            no: 'You do not ask, and {first.name} hums as {first.they} push{first.es}. | | you just let {first.name} push',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you let {first.name} carry just your bag, then, to keep {first.their} dignity?',
            yes: '{first.name} loads it with ceremony, and the two of you go on in step. | | you let {first.name} carry your bag',
            no: 'You carry your own, and {first.name} says you are a stubborn passenger, fondly. | | you carried your own bag',
          },
        ],
      },
    },
  ],
  'a beekeeper with a veil folded on one knee': [
    {
      id: 'tell-bees',
      hold: 'yes',
      ask: '{first.name} says the bees must be told everything, and asks what {first.they} should tell them about you; will you answer?',
      yes: 'You tell {first.them} one true thing, and {first.name} nods and says the bees will like that. | | you told {first.name} what to tell the bees',
      no: 'You say the bees can make up their own minds, and {first.name} says they usually do. | | you left the bees to their own minds',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} what the bees will say back?',
            yes: '{first.name} says they will hum for three days and then make the best honey in years. | | you asked what the bees would say',
            no: 'You leave it to the bees, and {first.name} smiles into the veil. | | you left the bees their answer',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} what the bees already know about you?',
            yes: 'That you are kind to small things, {first.name} says, which is all bees ever want to know. | | you asked what the bees knew',
            no: 'You let the bees keep their knowledge, and {first.name} approves. | | you let the bees keep their secrets',
          },
        ],
      },
    },
  ],
  'a clockmender with a pocket full of springs': [
    {
      id: 'stopped-clock',
      hold: 'no',
      ask: '{first.name} says every clock tonight stopped at the minute you set out, and only {first.they} can start them again; will you let {first.them}?',
      yes: '{first.name} turns a tiny screw, and all at once the night begins to move again. | | you let {first.name} start the clocks',
      no: 'You ask for one more stopped minute, and {first.name} grants it, and it is very long and very still. | | you asked for one more stopped minute',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} why the clocks stopped at all?',
            yes: 'Because you were not ready, {first.name} says, and clocks are kinder than people think. | | you asked why the clocks stopped',
            no: 'You let the reason be, and {first.name} winds {first.their} own watch, satisfied. | | you let the clocks’ reason be',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you use the stopped minute to say something you have been saving?',
            yes: 'You say it to the still air, and {first.name} looks away politely until you are done. | | you used the stopped minute',
            no: 'You just breathe in it, and that, {first.name} says, is what most people need. | | you just breathed in the stopped minute',
          },
        ],
      },
    },
  ],
  'a firefighter going home smelling of smoke': [
    {
      id: 'your-fire',
      hold: 'yes',
      ask: '{first.name} says tonight’s fire was on a street you once lived on, and everyone got out; do you ask which house?',
      yes: '{first.name} names it, and it was yours, once, and you are glad it was {first.name} who went in. | | you asked which house burned',
      no: 'You do not ask, and {first.name} says only that there was a cat, and it was furious, and fine. | | you did not ask which house',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} whether anything was left?',
            yes: 'A door, {first.name} says, still standing, painted the blue you remember. | | you asked what was left',
            no: 'You let it be, and {first.name} says some things are better remembered whole. | | you let the old house be',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you laugh about the furious cat with {first.name}?',
            yes: 'You laugh together, and the smoke seems to lift from {first.name} a little. | | you laughed with {first.name} about the cat',
            no: 'You only nod, and {first.name} closes {first.their} eyes, tired and glad. | | you only nodded',
          },
        ],
      },
    },
  ],
  'a chess player replaying a lost game': [
    {
      id: 'the-move',
      hold: 'no',
      // Not once the reader has seen the lost game won (roles.ts, role-threads.ts).
      needs: '!chess-won',
      ask: '{first.name} shows you that tonight’s game is the lost one, move for move, and it is your turn; do you make the next move?',
      yes: 'You move, and {first.name} goes very still, and then says quietly that it is the winning line. | +chess-won | you played the next move of the night',
      no: 'You leave the board, and {first.name} says the game can wait, it has waited years. | +chess-left | you left the night’s game unplayed',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} what the winning line wins?',
            yes: 'Only the game, {first.name} says, and the right to stop replaying it. | | you asked what the winning line won',
            no: 'You do not ask, and {first.name} resets the pieces with a small, satisfied click. | | you did not ask what you had won',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you offer to play it out tomorrow, in daylight?',
            yes: '{first.name} writes the position on a napkin and gives it to you, as a promise. | | you promised {first.name} a daylight game',
            no: 'You make no promise, and {first.name} says the best games are never finished. | | you left the game unfinished',
          },
        ],
      },
    },
  ],
  'a gardener with soil still under the nails': [
    {
      id: 'planting-you',
      hold: 'yes',
      ask: '{first.name} says tonight is a planting, you are the seed, and the journey is the dark; do you let it be so?',
      yes: '{first.name} smiles and says then you will come up somewhere green, in the spring. | | you let the night be a planting',
      no: 'You say you are not ready to be planted, and {first.name} says no seed ever is. | | you would not be planted',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} what you will grow into?',
            yes: '{first.name} says something hardy, with flowers late in the year, when nobody expects them. | | you asked what you would grow into',
            no: 'You leave it to the dark, and {first.name} says that is how it should be. | | you left your growing to the dark',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} to wait a season, then?',
            yes: '{first.name} agrees, and says seeds keep, in a cool place, for as long as they must. | | you asked {first.name} to wait a season',
            no: 'You ask nothing, and {first.name} tucks the idea away with the other seeds. | | you asked {first.name} for nothing',
          },
        ],
      },
    },
  ],
  'a stargazer waiting for a clear sky': [
    {
      id: 'you-star',
      hold: 'no',
      ask: '{first.name} says that from some star very far off, someone is watching you tonight; do you look up?',
      yes: 'You look up, and for a moment you could swear something up there is looking back, kindly. | +looked-up | you looked up to where you were seen from',
      no: 'You keep your eyes down, and {first.name} says stars never need to look at themselves. | | you kept your eyes down',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you wave, in case whoever is watching can see?',
            yes: 'You wave, and {first.name} writes the time down exactly, as if it were an event. | | you waved at whoever was watching',
            no: 'You only look, and that seems to be enough for whoever is looking back. | | you only looked back',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} how far away the watcher is?',
            yes: 'Many years, {first.name} says, which means they are seeing you long ago, and still loving it. | | you asked how far away the watcher was',
            no: 'You leave the distance alone, and {first.name} says distance is the least of it. | | you left the distance alone',
          },
        ],
      },
    },
  ],
};
