/**
 * Narration that fits every setting and genre: companions, foreshadowing threads and their
 * payoffs, the approach to the destination, and the world's steadiness or fraying.
 */
import type { SharedCorpus } from './types';
import { q } from './types';

export const SHARED_CORPUS: SharedCorpus = {
  companions: [
    q(
      'yes',
      'Do you ask {c.name} where {c.they} will go after {destination}?',
      '{c.name} says nowhere in particular, and that {c.they} would like the company.',
      'You do not ask, and {c.name} goes on gazing at a point far beyond the glass.',
    ),
    q(
      'yes',
      'Will you tell {c.name} your real name?',
      'You tell {c.them}, and {c.name} repeats it carefully, as if to keep it safe.',
      'You give a name that is not yours, and {c.name} smiles as though {c.they} knew.',
    ),
    q(
      'yes',
      'Do you thank {c.name} for keeping you company?',
      '{c.name} looks surprised and then pleased, and the night seems a little shorter.',
      'You say nothing, and {c.name} grows quieter, more like a memory than a person.',
    ),
    q(
      'no',
      'Do you let {c.name} read your palm?',
      '{c.name} traces your palm and says your lifeline has a stop in it nobody has named.',
      'You keep your hands in your lap, and {c.name} reads the dark window instead.',
    ),
    q(
      'yes',
      'Do you ask {c.name}, {c.role}, how long the journey has been?',
      '{c.name} counts on {c.their} fingers and laughs, saying since about nine o’clock.',
      'You do not ask, and {c.name} looks as if {c.they} might have been travelling for years.',
    ),
    q(
      'yes',
      'Will you lend {c.name} your pen?',
      '{c.name} writes a short letter with it and hands the pen back warm.',
      'You keep your pen, and {c.name} writes with a fingertip on the fogged glass instead.',
    ),
    q(
      'no',
      'Do you agree to swap seats with {d.name}?',
      'From {d.name}’s seat the world outside looks like a different country entirely.',
      'You keep your seat, and the view stays stubbornly, reassuringly the same.',
    ),
    q(
      'yes',
      'Do you tell {d.name} that {d.their} bag is open?',
      '{d.name} thanks you and zips it shut on a glimpse of folded letters.',
      'You say nothing, and a small moth climbs out of the bag and flies straight at the light.',
    ),
    q(
      'yes',
      'Will you share your headphones with {d.name}?',
      'You share a song, and {d.name} taps the beat on the seat in front.',
      'You keep the music to yourself, and {d.name} hums a different song that fits it exactly.',
    ),
    q(
      'no',
      'Do you ask {d.name}, who seems {d.mood} tonight, what is on {d.their} mind?',
      '{d.name} tells you in a long whisper that leaves you less sure of everything.',
      'You let {d.name} be, and {d.their} mood passes like weather.',
    ),
    q(
      'yes',
      'Do you offer {c.name} your seat by the heater?',
      '{c.name} takes it gratefully, and the warmth loosens {c.their} shoulders.',
      'You stay put, and {c.name} pulls {c.their} coat tighter against a draught only {c.they} can feel.',
    ),
    q(
      'yes',
      'Do you ask {c.name} and {d.name} how they met?',
      'They met tonight, it turns out, and both are glad of it.',
      'You do not ask, and later you are no longer sure they are strangers to each other.',
    ),
    q(
      'no',
      'Will you let {d.name} tell your fortune with a pack of cards?',
      '{d.name} turns over the same card three times running and will not say what it means.',
      'You decline, and {d.name} shuffles the cards back into a plain, ordinary pack.',
    ),
    q(
      'yes',
      'Do you laugh at {c.name}’s terrible joke?',
      'You laugh, and {c.name} looks so pleased that you laugh again.',
      'You keep a straight face, and the joke seems to hang in the air, unfinished.',
    ),
  ],
  plants: {
    motif: [
      q(
        'yes',
        'There is {aMotif} on the seat beside you that nobody put there; do you keep it?',
        'You pocket {motif}, and it sits there warm, as if it had been waiting for you.',
        'You leave {motif} where it lies, but it is beside you again when you next look down.',
      ),
      q(
        'yes',
        'Do you pick up {aMotif} that {c.name} has dropped?',
        '{c.name} thanks you for {motif} and tells you to keep it, for now.',
        'You leave it, and {c.name} picks up {motif} without a word, watching you oddly.',
      ),
      q(
        'no',
        'Will you ask {d.name} what is so important about {aMotif} on the floor?',
        '{d.name} says {motif} is a sign, and will not say of what.',
        'You do not ask, and {motif} rolls gently to rest against your shoe.',
      ),
      q(
        'yes',
        'Is that {aMotif} in the window’s reflection, where nothing should be?',
        'It is, and when you turn round {motif} is really there, resting in your lap.',
        'You tell yourself it is not, and the reflection of {motif} fades slowly, unconvinced.',
      ),
    ],
    companion: [
      q(
        'yes',
        'You catch {k.name} hiding a letter addressed to you; do you say anything?',
        '{k.name} promises to explain before the end of the journey, and means it.',
        'You let it pass, and {k.name} relaxes, though {k.their} hand stays on the pocket.',
      ),
      q(
        'no',
        'Do you ask {k.name} why the mention of {destination} makes {k.them} flinch?',
        '{k.name} says {k.they} will tell you when you get closer, and not before.',
        'You do not ask, and {k.name} carefully avoids the word for the rest of the night.',
      ),
      q(
        'yes',
        'Will you promise to keep {k.name}’s secret before you hear it?',
        'You promise, and {k.name} whispers only half of it, saving the rest for later.',
        'You refuse to promise, and {k.name} swallows the secret back down.',
      ),
      q(
        'yes',
        'Do you notice that {k.name} knows the way without looking?',
        'You notice, and {k.name} catches you noticing and gives a small, guilty smile.',
        'You let it go, and {k.name} keeps guiding you without seeming to.',
      ),
    ],
    door: [
      q(
        'no',
        'Do you try the handle of the locked door that was not there before?',
        'The handle is warm and does not turn, but something behind the door knocks back.',
        'You leave the door alone, but its outline stays at the edge of your vision.',
      ),
      q(
        'yes',
        'Will you keep the small brass key {c.name} presses into your hand?',
        'You keep the key, and {c.name} says you will know the door when you see it.',
        'You give the key back, and {c.name} hides it somewhere you will find it later.',
      ),
      q(
        'no',
        'Do you look through the keyhole of the door marked Private?',
        'Through the keyhole you see a room full of morning light and your own coat on a chair.',
        'You walk past, and the door marked Private waits, patient and unlocked.',
      ),
      q(
        'yes',
        'Do you memorise the number on the door nobody uses?',
        'The number is the date you set out, and you fix it firmly in mind.',
        'You do not, but the number follows you, repeating on every sign you pass.',
      ),
    ],
  },
  payoffs: {
    motif: [
      q(
        'yes',
        '{motif} is the same one you lost as a child; do you let yourself believe it?',
        'You believe it, and the whole night rearranges itself around that small, true thing.',
        'You refuse to believe it, and {motif} grows cold and strange in your hand.',
      ),
      q(
        'yes',
        'Now {motif} points the way toward {destination}; will you follow where it leads?',
        'You follow {motif}, and the way ahead becomes plain and short.',
        'You ignore it, and {motif} keeps pointing somewhere off the edge of every map.',
      ),
      q(
        'no',
        'Will you give {motif} to {c.name}, who has been looking for it all night?',
        '{c.name} takes {motif} and something leaves {c.their} face, an old weight let go.',
        'You keep {motif}, and it hums in your pocket like a small held promise.',
      ),
      q(
        'yes',
        'At last you understand why {motif} keeps returning; do you say it aloud?',
        'You say it aloud, and {motif} goes quiet, its message delivered.',
        'You keep it unsaid, and {motif} goes on turning up, patient as a tide.',
      ),
    ],
    companion: [
      q(
        'yes',
        '{k.name} finally hands you a letter in your own handwriting; do you open it?',
        'The letter tells you to trust {k.name}, and you see now that you always have.',
        'You keep it sealed, and {k.name} nods as if that, too, was in the letter.',
      ),
      q(
        'yes',
        '{k.name} confesses {k.they} had made this journey before; do you ask how it ended?',
        '{k.name} says it ended well, because someone asked exactly that.',
        'You do not ask, and {k.name} looks relieved and a little lost.',
      ),
      q(
        'no',
        'The secret {k.name} kept is that {k.they} had come to take your place; will you let {k.them}?',
        '{k.name} slips into your life like a coat, and you feel light and strangely free.',
        'You refuse, gently, and {k.name} laughs with relief, as if set free as well.',
      ),
      q(
        'yes',
        '{k.name} admits to knowing {destination} well; do you ask {k.them} to come with you?',
        '{k.name} agrees at once, and the last of {k.their} secrets seems to fall away.',
        'You do not ask, and {k.name} stays behind you, a face among the reflections.',
      ),
    ],
    door: [
      q(
        'yes',
        'The door you noticed earlier stands open now; do you step through?',
        'You step through and find the same journey on the other side, only kinder.',
        'You stay, and the open door waits, spilling light across the floor.',
      ),
      q(
        'yes',
        'The door from earlier is right in front of you, unlocked; will you open it?',
        'The door opens with a sound like a word finally said.',
        'You leave it shut, and the handle turns a little by itself.',
      ),
      q(
        'no',
        'Behind the door you noticed earlier someone is calling your name; do you answer?',
        'You answer, and the door swings wide with a rush of warm air.',
        'You keep silent, and the calling softens into plain wind under the door.',
      ),
      q(
        'yes',
        'The door from earlier now has your name on it; do you knock?',
        'You knock, and someone on the other side says come in as if you were expected.',
        'You do not knock, and the door stays closed, keeping its patience.',
      ),
    ],
  },
  approaches: [
    q(
      'yes',
      'The next {stop} is {destination}; do you gather your things now?',
      'You gather your things, and every small weight of them feels right.',
      'You leave your things where they are, and they seem to belong to someone else.',
    ),
    q(
      'yes',
      'Will you say goodbye to {c.name} before {destination}?',
      'You say goodbye, and {c.name} holds your hand a moment longer than needed.',
      'You slip away without a word, and {c.name} waves at the space where you were.',
    ),
    q(
      'no',
      'Do you close your eyes for the last stretch?',
      'Behind your eyelids the journey keeps going, along a track you do not recognise.',
      'You keep your eyes open, and the last stretch unrolls plain and true.',
    ),
    q(
      'yes',
      'Do you watch for the first sign of {destination}?',
      'The first sign appears, ordinary and well lit, spelling {destination} clearly.',
      'You stop watching, and the signs begin to spell places that do not exist.',
    ),
    q(
      'yes',
      'Will you stand as the {vessel} slows for the last time?',
      'You stand, steady on your feet, as the brakes take hold.',
      'You stay seated, and the {vessel} slows for a very long time without ever stopping.',
    ),
    q(
      'no',
      'Do you let the last of the night carry you where it likes?',
      'You let go, and the night takes you gently somewhere else entirely.',
      'You hold your course, and {destination} keeps its place ahead of you.',
    ),
  ],
  fraying: [
    'As the {vessel} flickers for a moment like a bad recording',
    'When the faces around you blur the way faces do in dreams',
    'While the light outside changes from night to noon and back',
    'As your own hands look briefly like someone else’s',
    'When the last few minutes seem to repeat themselves',
    'As the names on the signs slide off their boards',
    'While {c.name} speaks, and the words arrive out of order',
    'As the floor forgets for a moment that it is a floor',
  ],
  steady: [
    'As the {vessel} settles into a calm, sure rhythm',
    'When the lights burn clear and steady overhead',
    'While {c.name} smiles at you, solid and warm and real',
    'As the way ahead lines up toward {destination}',
    'When every clock you can see agrees on the time',
    'As the world holds its shape around you like a good coat',
  ],
  echoes: [
    'As {aMotif} glints for a moment in the corner of your eye',
    'When you notice {aMotif} drawn in the condensation on the glass',
    'While {c.name} turns {aMotif} over and over in {c.their} fingers',
    'As the smell of the night brings back {aMotif} you once owned',
    'When a poster on the wall shows nothing but {aMotif}',
    'As someone nearby hums a tune about {aMotif}',
  ],
  reactions: {
    yes: [
      'You say yes, and the {vessel} seems to lean into the choice with you.',
      'Yes, you decide, and {c.name} nods as if {c.they} had expected nothing else.',
      'You answer yes before you can doubt it, and the lights steady overhead.',
      'You agree, and the night rearranges itself a little around your yes.',
      'Yes, you say, and {destination} feels a stop closer.',
      'You nod, and {c.name} lets out a breath, relieved.',
      'Yes, you tell the night, and it seems to listen.',
      'You say yes quietly, and the {vessel} hums as if it approves.',
      'You choose yes, and {c.name} squeezes your arm once.',
      'Yes, you answer, and something in the air loosens its grip.',
    ],
    no: [
      'You shake your head, and the {vessel} carries the refusal on into the dark.',
      'No, you decide, and {c.name} looks away, not unkindly.',
      'You say no, and somewhere a door you did not know about quietly closes.',
      'You decline, and the night accepts it with a long, low hum.',
      'No, you say, and {destination} seems to drift a little further off.',
      'You refuse, and {c.name} raises an eyebrow but says nothing.',
      'No, you tell the night, and it goes quiet around you.',
      'You say no softly, and the {vessel} rattles on regardless.',
      'You choose no, and {c.name} shrugs as if it hardly matters.',
      'No, you answer, and the dark outside seems to lean a little closer.',
    ],
  },
};
