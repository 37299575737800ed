/**
 * A revelation written for each companion role, keyed by the role's exact words: the turn of the
 * story told about the first companion ({k}), with what follows after yes and after no. The
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
      ask: '{k.name} admits {k.they} worked this route for thirty years, and it closes for good tonight; do you ride it to the end together?',
      yes: '{k.name} straightens {k.their} cap and says it is an honour to have a passenger for the last run. | | you rode the closing route with {k.name}',
      no: 'You say it should be {k.their} own goodbye, and {k.name} nods, moved, and goes to stand by the door. | | you left {k.name} to say goodbye alone',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you let {k.name} call out the stops one last time?',
            yes: '{k.name} calls them in a voice worn smooth by thirty years, and you learn each by heart. | | you heard {k.name} call the last stops',
            no: 'You ask for quiet instead, and {k.name} mouths the names silently at every stop. | | you asked {k.name} for quiet',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you watch {k.name} say goodbye to the route from where you sit?',
            yes: '{k.name} touches the window at every stop, gently, the way you would touch a sleeping dog. | | you watched {k.name} say goodbye',
            no: 'You look away to give {k.them} privacy, and hear {k.them} laugh once, softly. | | you gave {k.name} privacy',
          },
        ],
      },
    },
  ],
  'a knitter working on something far too long': [
    {
      id: 'measuring',
      hold: 'no',
      ask: '{k.name} has been knitting the night itself, and it ends when the wool runs out; do you ask how much is left?',
      yes: '{k.name} holds up the ball: barely a handful, and {k.they} knit{k.s} more slowly now. | | you asked how much wool was left',
      no: 'You do not ask, and {k.name} knits on, steady, as if that were the kindest answer. | | you did not ask how much wool was left',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} to knit the last rows carefully?',
            yes: '{k.name} says {k.they} always {k.have}, and shows you the last row: it has your initials in it. | | you asked {k.name} to knit carefully',
            no: 'You leave it to {k.name}, who knows best, and the needles click on like a clock. | | you left the last rows to {k.name}',
          },
        ],
        no: [
          {
            hold: 'no',
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
      ask: '{k.name} whispers that the goldfish grants one wish a year, and tonight is the night; will you let {k.them} wish for you?',
      yes: '{k.name} wishes into the bag very seriously, and will not say what, and the goldfish flicks its tail. | | you let {k.name} wish for you',
      no: 'You say {k.they} should wish for {k.themself}, and {k.name} thinks hard and wishes for a dog. | | you told {k.name} to wish for {k.themself}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} if the wish came true?',
            yes: '{k.name} says not yet, but that wishes are slow, like goldfish. | | you asked whether the wish came true',
            no: 'You leave it a secret, and {k.name} looks very pleased with {k.themself}. | | you left the wish a secret',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you promise {k.name} you will help look after the dog, if it comes?',
            yes: '{k.name} shakes your hand on it, solemnly, and the goldfish is a witness. | | you promised to help with the wished-for dog',
            no: 'You make no promise, and {k.name} says the goldfish will sort it out. | | you made no promise about the dog',
          },
        ],
      },
    },
  ],
  'an old sailor who talks to the windows': [
    {
      id: 'ship-lost',
      hold: 'no',
      ask: '{k.name} tells you {k.their} ship went down fifty years ago tonight, and {k.they} {k.have} been travelling home ever since; do you believe {k.them}?',
      yes: '{k.name} thanks you, and for a moment smells of salt and tar and cold wind. | | you believed {k.name} about the ship',
      no: 'You say it must have been a dream, and {k.name} says the sea is mostly dreams. | | you did not believe {k.name} about the ship',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you help {k.name} find the way home, since you are going in that direction?',
            yes: '{k.name} says you already are helping, just by going, and settles back content. | | you offered to see {k.name} home',
            no: 'You say you cannot promise, and {k.name} says no sailor ever could. | | you could not promise {k.name} a way home',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} to tell you the dream, then?',
            yes: '{k.name} tells it: a green sea, a small boat, and a light on the shore that was always yours. | | you heard {k.name}’s dream of the sea',
            no: 'You let the dream be, and {k.name} goes back to the windows, murmuring. | | you let {k.name}’s dream be',
          },
        ],
      },
    },
  ],
  'a nurse still in scrubs': [
    {
      id: 'ward-round',
      hold: 'yes',
      ask: '{k.name} says gently that this journey is {k.their} ward round, and you are the patient; do you let {k.them} check on you?',
      yes: '{k.name} takes your pulse, nods, and says you are doing much better than you think. | | you let {k.name} check on you',
      no: 'You say you are well, and {k.name} smiles the way nurses smile at brave, tired people. | | you told {k.name} you were well',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} what you are being treated for?',
            yes: 'Tiredness, {k.name} says, the long kind, and prescribes one good morning. | | you asked what you were being treated for',
            no: 'You decide not to know, and {k.name} writes something kind on a chart you cannot see. | | you did not ask about your treatment',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} to check on someone else instead?',
            yes: '{k.name} goes to sit with the oldest passenger, and you watch a little of the weight leave them. | | you sent {k.name} to someone else',
            no: 'You let {k.name} sit, and {k.they} fall{k.s} asleep at last, still on duty. | | you let {k.name} rest',
          },
        ],
      },
    },
  ],
  'a guest in a crumpled wedding suit': [
    {
      id: 'groom',
      hold: 'no',
      ask: '{k.name} admits {k.they} {k.were} not a guest at the wedding but the one being married, and walked out before the vows; do you ask why?',
      yes: 'Because {k.they} saw, at the last moment, that it was the wrong life, {k.name} says, and was brave for once. | | you asked why {k.name} walked out',
      no: 'You do not ask, and {k.name} looks grateful, and smooths the crumpled suit. | | you did not ask about the wedding',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell {k.name} that it was brave?',
            yes: '{k.name} laughs shakily and says you are the first person to say so. | | you told {k.name} it was brave',
            no: 'You keep your view to yourself, and {k.name} says that is fair, nobody knows yet. | | you kept your view of the wedding',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you offer {k.name} your coat, since the suit is no use against the cold?',
            yes: '{k.name} accepts it and looks, for the first time tonight, like {k.themself}. | | you gave {k.name} your coat',
            no: 'You keep your coat, and {k.name} shivers with great dignity. | | you kept your coat',
          },
        ],
      },
    },
  ],
  'a teenager doing homework by torchlight': [
    {
      id: 'older-than',
      hold: 'yes',
      ask: 'You understand that {k.name} is you, years ago, doing homework on this same journey; do you say so?',
      yes: '{k.name} looks up at you, and you both recognise the same frown, and laugh. | | you recognised yourself in {k.name}',
      no: 'You say nothing, and {k.name} goes on working, and you remember how that felt. | | you let {k.name} be your younger self in peace',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell {k.name} one thing you wish someone had told you at that age?',
            yes: 'You tell {k.them}, and {k.name} writes it down in the margin, very seriously. | | you told your younger self one true thing',
            no: 'You decide {k.they} will find it out {k.themself}, and that finding out is the point. | | you let your younger self find out alone',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you help with the homework anyway, since you know how it ends?',
            yes: 'You help a little, and {k.name} gets it right, and looks at you oddly. | | you helped your younger self with homework',
            no: 'You let {k.name} struggle, kindly, the way you once had to. | | you let your younger self struggle',
          },
        ],
      },
    },
  ],
  'a retired magician': [
    {
      id: 'vanished-you',
      hold: 'no',
      ask: '{k.name} confesses that this whole night is {k.their} last trick, and you are the one {k.they} {k.are} making vanish; will you let {k.them} finish it?',
      yes: '{k.name} bows, and says the trick is to vanish you from a bad year into a better one. | | you let {k.name} finish the trick',
      no: 'You refuse to vanish, and {k.name} laughs delightedly and says you were always the hardest audience. | | you refused to vanish for {k.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} where you will reappear?',
            yes: 'Somewhere with the lights on, {k.name} says, and a kettle, and someone saying your name. | | you asked where you would reappear',
            no: 'You trust the trick, and {k.name} looks prouder of you than of any applause. | | you trusted {k.name}’s trick',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} to try the trick on {k.themself} instead?',
            yes: '{k.name} considers it, and says maybe, one day, when {k.they} {k.have} somewhere to go. | | you asked {k.name} to vanish instead',
            no: 'You leave it, and {k.name} tucks the trick away for another night. | | you let {k.name} keep the trick',
          },
        ],
      },
    },
  ],
  'a night watchman off duty': [
    {
      id: 'your-house',
      hold: 'yes',
      ask: '{k.name} says the building {k.they} watched for twenty years was your childhood home; do you ask what {k.they} saw?',
      yes: 'Mostly quiet nights, {k.name} says, and once a light left on in your room that {k.they} never turned off. | | you asked what {k.name} watched over',
      no: 'You leave the house its privacy, and {k.name} nods, as a good watchman would. | | you left the old house its privacy',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} to keep the light on a little longer?',
            yes: '{k.name} promises, and you feel it somewhere behind you, warm and small. | | you asked {k.name} to keep the light on',
            no: 'You say it can go out now, and {k.name} says that is a good sign. | | you let the old light go out',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you thank {k.name} for the twenty years, all the same?',
            yes: '{k.name} says it was the easiest job in the world, and looks away to hide {k.their} face. | | you thanked {k.name} for the watching',
            no: 'You say nothing, and {k.name} seems to prefer it, like all watchmen. | | you left the watching unthanked',
          },
        ],
      },
    },
  ],
  'a fortune teller going home': [
    {
      id: 'your-future',
      hold: 'no',
      ask: '{k.name} admits {k.they} can see your whole future from here, clear as a timetable; do you want to know it?',
      yes: '{k.name} tells you only the next part: a morning, a cup, a door that opens when you knock. | | you asked {k.name} for your future',
      no: 'You say you would rather find out, and {k.name} looks at you with enormous relief. | | you refused to hear your future',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} whether the rest of it is kind?',
            yes: '{k.name} says mostly, and that the unkind parts are short and you are not alone in them. | | you asked whether your future was kind',
            no: 'You stop there, and {k.name} says that is the wisest thing anyone has asked of {k.them}. | | you stopped at the next part',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} about {k.their} own future instead?',
            yes: '{k.name} laughs and says it is a long quiet one with a garden in it, and does not seem sorry. | | you asked {k.name} about {k.their} future',
            no: 'You leave {k.name}’s future alone too, and {k.they} {k.are} grateful. | | you left {k.name}’s future alone',
          },
        ],
      },
    },
  ],
  'a tired busker with a guitar': [
    {
      id: 'song-of-night',
      hold: 'yes',
      ask: 'You realise every tune {k.name} has hummed tonight has been about you, though {k.they} cannot know it; do you tell {k.them}?',
      yes: '{k.name} stops, stares at the guitar, and then laughs until {k.they} {k.have} to wipe {k.their} eyes. | | you told {k.name} the songs were about you',
      no: 'You keep it to yourself, and the next song is about you too, and you let it be. | | you let {k.name} play your songs unknowing',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} to play one more, now that you both know?',
            yes: '{k.name} plays it, and this time it ends well, on purpose. | | you asked {k.name} for one more song',
            no: 'You ask for quiet, and {k.name} rests the guitar and hums instead. | | you asked {k.name} for quiet',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you sing along to the next one, since it is yours?',
            yes: 'You sing, badly, and {k.name} grins and plays louder to cover you. | | you sang along to your own song',
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
      ask: '{k.name} lifts the cloth: the cage holds a small warm light, your courage, kept safe; will you take it back?',
      yes: 'You take it, and it settles into your chest like a bird coming home to roost. | | you took back your courage',
      no: 'You ask {k.name} to keep it a little longer, and {k.they} cover{k.s} the cage tenderly. | | you left your courage with {k.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} how {k.they} came to have it?',
            yes: 'You left it on a bench years ago, {k.name} says, and {k.they} had been carrying it ever since. | | you asked how {k.name} had your courage',
            no: 'You do not ask, and {k.name} folds the empty cloth with great care. | | you did not ask about your courage',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you promise {k.name} you will ask for it back before the end?',
            yes: '{k.name} nods and says {k.they} will be listening for it. | | you promised to ask for your courage',
            no: 'You promise nothing, and {k.name} says courage is patient. | | you made no promise about your courage',
          },
        ],
      },
    },
  ],
  'a priest without a collar': [
    {
      id: 'last-rites',
      hold: 'yes',
      ask: '{k.name} admits {k.they} {k.were} called out tonight to sit with someone at the end, and that someone asked for you; will you go with {k.them}?',
      yes: '{k.name} takes your arm, and you both go quietly, as people do toward such things. | | you went with {k.name} to the bedside',
      no: 'You say you cannot, and {k.name} says the asking was already a kind of going. | | you could not go with {k.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you say something to the one who asked for you?',
            yes: 'You say thank you, and you mean it, and {k.name} nods as if it were a prayer. | | you spoke to the one who asked for you',
            no: 'You only hold their hand, and {k.name} says that is the better prayer. | | you only held their hand',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you give {k.name} a message to carry instead?',
            yes: 'You give one, short and true, and {k.name} repeats it twice to be sure. | | you sent a message with {k.name}',
            no: 'You send nothing, and {k.name} says silence carries well too. | | you sent no message',
          },
        ],
      },
    },
  ],
  'a twin whose sibling is not here': [
    {
      id: 'you-twin',
      hold: 'no',
      ask: '{k.name} says quietly that you are the missing twin, and that you left so long ago you forgot; do you believe {k.them}?',
      yes: 'You believe it, and the world shifts a little, like a chair finding its feet. | | you believed you were {k.name}’s twin',
      no: 'You say you would have remembered, and {k.name} smiles and says that is exactly what {k.they} said too. | | you did not believe you were {k.name}’s twin',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you wave at the same moment as {k.name}, the way twins do?',
            yes: 'You wave together, exactly together, and far off a light blinks twice. | | you waved in time with {k.name}',
            no: 'You keep still, and {k.name} waves for both of you, which is what {k.they} always did. | | you let {k.name} wave for both of you',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you let {k.name} pretend, just for tonight?',
            yes: '{k.name} pretends, and it is easy and warm, and neither of you minds. | | you let {k.name} pretend you were twins',
            no: 'You say it would not be fair to the real one, and {k.name} agrees. | | you would not pretend to be the twin',
          },
        ],
      },
    },
  ],
  'a cartographer with inky fingers': [
    {
      id: 'not-on-map',
      hold: 'yes',
      ask: '{k.name} admits your destination is on no map {k.they} {k.have} drawn, and {k.they} {k.have} drawn them all; do you still want to go?',
      yes: '{k.name} opens a fresh sheet and says then you will be the first to chart it. | | you chose to go somewhere unmapped',
      no: 'You hesitate, and {k.name} says hesitation is how most maps begin. | | you hesitated at the edge of the map',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you let {k.name} name the place when you get there?',
            yes: '{k.name} is delighted and names it after you, which you pretend to mind. | | you let {k.name} name the unmapped place',
            no: 'You say it should name itself, and {k.name} writes that down as a rule. | | you let the place name itself',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you describe the place you are going, so {k.name} can draw it after all?',
            yes: 'You describe it, and {k.name} draws, and it looks exactly like somewhere you have always wanted to live. | | you described the place for {k.name} to draw',
            no: 'You leave the page blank, and {k.name} says blank is the most honest map. | | you left the map blank',
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
      ask: '{k.name} says {k.they} {k.have} been translating tonight into the language of the dead, for someone listening; do you want to know who?',
      yes: 'Someone who loved you, {k.name} says, and who says your jokes are still terrible. | | you learned who was listening',
      no: 'You say it is enough to be listened to, and {k.name} translates that too. | | you did not ask who was listening',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell one more terrible joke, for them?',
            yes: 'You tell it, and {k.name} translates, and far away someone laughs. | | you told a joke for the listener',
            no: 'You say something kind instead, and {k.name} translates it slowly, with care. | | you said something kind for the listener',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} to stop translating now, and rest?',
            yes: '{k.name} stops mid-sentence, and the silence that follows is full of thanks. | | you let {k.name} rest from translating',
            no: 'You let {k.name} go on, and {k.their} murmur becomes a kind of lullaby. | | you let {k.name} go on translating',
          },
        ],
      },
    },
  ],
  'a child who talks like an old clerk': [
    {
      id: 'the-office',
      hold: 'yes',
      ask: '{k.name} informs you that {k.they} {k.are} the clerk in charge of lost journeys, and yours has been found; will you sign for it?',
      yes: '{k.name} produces a form in triplicate, and you sign, and the night feels officially yours. | | you signed for your found journey',
      no: 'You decline, and {k.name} stamps the form Unclaimed with an air of deep regret. | | you left your journey unclaimed',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} where it had been lost all this time?',
            yes: 'In a drawer marked Later, {k.name} says, which is where most journeys end up. | | you asked where your journey had been',
            no: 'You do not ask, and {k.name} approves of your discretion. | | you did not ask where it had been',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} whether you may claim it later?',
            yes: '{k.name} says there is a window until morning, and notes your interest. | | you asked to claim your journey later',
            no: 'You let it go, and {k.name} files it away with a small, sad sniff. | | you let your journey be filed away',
          },
        ],
      },
    },
  ],
  'a porter with an empty trolley': [
    {
      id: 'carry-you',
      hold: 'no',
      ask: '{k.name} says the trolley is empty because tonight {k.they} {k.are} meant to carry you, not your luggage; will you let {k.them}?',
      yes: 'You sit on the trolley, absurd and comfortable, and {k.name} pushes you along as if you weighed nothing. | | you let {k.name} carry you on the trolley',
      no: 'You say you can walk, and {k.name} walks beside you anyway, pushing the empty trolley. | | you walked beside {k.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} who asked {k.them} to carry you?',
            yes: 'Your grandmother, {k.name} says, long ago, and tips an imaginary cap. | | you asked who asked {k.name} to carry you',
            no: 'You do not ask, and {k.name} hums as {k.they} push{k.es}. | | you just let {k.name} push',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you let {k.name} carry just your bag, then, to keep {k.their} dignity?',
            yes: '{k.name} loads it with ceremony, and the two of you go on in step. | | you let {k.name} carry your bag',
            no: 'You carry your own, and {k.name} says you are a stubborn passenger, fondly. | | you carried your own bag',
          },
        ],
      },
    },
  ],
  'a beekeeper with a veil folded on one knee': [
    {
      id: 'tell-bees',
      hold: 'yes',
      ask: '{k.name} says the bees must be told everything, and asks what {k.they} should tell them about you; will you answer?',
      yes: 'You tell {k.them} one true thing, and {k.name} nods and says the bees will like that. | | you told {k.name} what to tell the bees',
      no: 'You say the bees can make up their own minds, and {k.name} says they usually do. | | you left the bees to their own minds',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} what the bees will say back?',
            yes: '{k.name} says they will hum for three days and then make the best honey in years. | | you asked what the bees would say',
            no: 'You leave it to the bees, and {k.name} smiles into the veil. | | you left the bees their answer',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} what the bees already know about you?',
            yes: 'That you are kind to small things, {k.name} says, which is all bees ever want to know. | | you asked what the bees knew',
            no: 'You let the bees keep their knowledge, and {k.name} approves. | | you let the bees keep their secrets',
          },
        ],
      },
    },
  ],
  'a clockmender with a pocket full of springs': [
    {
      id: 'stopped-clock',
      hold: 'no',
      ask: '{k.name} admits every clock tonight has stopped at the minute you set out, and only {k.they} can start them; will you let {k.them}?',
      yes: '{k.name} turns a tiny screw, and all at once the night begins to move again. | | you let {k.name} start the clocks',
      no: 'You ask for one more stopped minute, and {k.name} grants it, and it is very long and very still. | | you asked for one more stopped minute',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} why they stopped at all?',
            yes: 'Because you were not ready, {k.name} says, and clocks are kinder than people think. | | you asked why the clocks stopped',
            no: 'You let the reason be, and {k.name} winds {k.their} own watch, satisfied. | | you let the clocks’ reason be',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you use the stopped minute to say something you have been saving?',
            yes: 'You say it to the still air, and {k.name} looks away politely until you are done. | | you used the stopped minute',
            no: 'You just breathe in it, and that, {k.name} says, is what most people need. | | you just breathed in the stopped minute',
          },
        ],
      },
    },
  ],
  'a firefighter going home smelling of smoke': [
    {
      id: 'your-fire',
      hold: 'yes',
      ask: '{k.name} says tonight’s fire was on a street you once lived on, and everyone got out; do you ask which house?',
      yes: '{k.name} names it, and it was yours, once, and you are glad it stood long enough to be saved. | | you asked which house burned',
      no: 'You do not ask, and {k.name} says only that the cat was furious and fine. | | you did not ask which house',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} whether anything was left?',
            yes: 'A door, {k.name} says, still standing, painted the blue you remember. | | you asked what was left',
            no: 'You let it be, and {k.name} says some things are better remembered whole. | | you let the old house be',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you laugh about the furious cat with {k.name}?',
            yes: 'You laugh together, and the smoke seems to lift from {k.name} a little. | | you laughed with {k.name} about the cat',
            no: 'You only nod, and {k.name} closes {k.their} eyes, tired and glad. | | you only nodded',
          },
        ],
      },
    },
  ],
  'a chess player replaying a lost game': [
    {
      id: 'the-move',
      hold: 'no',
      ask: '{k.name} shows you the lost game is tonight, move for move, and you are about to play the next piece; do you play it?',
      yes: 'You move, and {k.name} goes very still, and then says quietly that it is the winning line. | | you played the next move of the night',
      no: 'You leave the board, and {k.name} says the game can wait, it has waited years. | | you left the night’s game unplayed',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} what the winning line wins?',
            yes: 'A draw, {k.name} says, which in chess and in life is mostly peace. | | you asked what the winning line won',
            no: 'You do not ask, and {k.name} resets the pieces with a small, satisfied click. | | you did not ask what you had won',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you offer to play it out tomorrow, in daylight?',
            yes: '{k.name} writes the position on a napkin and gives it to you, as a promise. | | you promised {k.name} a daylight game',
            no: 'You make no promise, and {k.name} says the best games are never finished. | | you left the game unfinished',
          },
        ],
      },
    },
  ],
  'a gardener with soil still under the nails': [
    {
      id: 'planting-you',
      hold: 'yes',
      ask: '{k.name} says tonight is a planting, you are the seed, and the journey is the dark; do you let it be so?',
      yes: '{k.name} smiles and says then you will come up somewhere green, in the spring. | | you let the night be a planting',
      no: 'You say you are not ready to be planted, and {k.name} says no seed ever is. | | you would not be planted',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {k.name} what you will grow into?',
            yes: '{k.name} says something hardy, with flowers late in the year, when nobody expects them. | | you asked what you would grow into',
            no: 'You leave it to the dark, and {k.name} says that is how it should be. | | you left your growing to the dark',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} to wait a season, then?',
            yes: '{k.name} agrees, and says seeds keep, in a cool place, for as long as they must. | | you asked {k.name} to wait a season',
            no: 'You ask nothing, and {k.name} tucks the idea away with the other seeds. | | you asked {k.name} for nothing',
          },
        ],
      },
    },
  ],
  'a stargazer waiting for a clear sky': [
    {
      id: 'you-star',
      hold: 'no',
      ask: '{k.name} says the star {k.they} waited for all night is you, seen from very far off; do you look up to see where?',
      yes: 'You look up, and for a moment you could swear something up there is looking back, kindly. | | you looked up to where you were seen from',
      no: 'You keep your eyes down, and {k.name} says stars never need to look at themselves. | | you kept your eyes down',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you wave, in case whoever is watching can see?',
            yes: 'You wave, and {k.name} writes the time down exactly, as if it were an event. | | you waved at whoever was watching',
            no: 'You only look, and that seems to be enough for whoever is looking back. | | you only looked back',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {k.name} how far away the watcher is?',
            yes: 'Many years, {k.name} says, which means they are seeing you long ago, and still loving it. | | you asked how far away the watcher was',
            no: 'You leave the distance alone, and {k.name} says distance is the least of it. | | you left the distance alone',
          },
        ],
      },
    },
  ],
};
