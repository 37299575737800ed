/**
 * Genre-specific narration: the tone's small events, its choices, its revelations at the turn,
 * its approach to the destination, and its endings.
 */
import type { Genre } from '../../world/ingredients';
import type { GenreCorpus } from './types';
import { q } from './types';

export const GENRE_CORPUS: Readonly<Record<Genre, GenreCorpus>> = {
  mystery: {
    leadIns: [
      'As you notice {c.name} checking the same page of a notebook again',
      'When you realise nobody has spoken above a whisper since you arrived',
      'While a phone buzzes somewhere and nobody reaches for it',
      'As a folded note appears wedged beside your seat',
      'When {d.name} glances at the door every time it moves',
      'As you catch a name that does not belong to anyone here',
      'While a torn luggage label flutters at your feet',
      'As somebody’s watch alarm sounds at an hour no one would choose',
    ],
    questions: [
      q(
        'yes',
        'Do you ask to see the notebook {c.name} has been writing in all night?',
        '{c.name} shows you a list of stops with one circled twice in red.',
        'You leave it, and {c.name} tears out a page and eats it, calmly, like a biscuit.',
      ),
      q(
        'no',
        'Do you read the folded note without telling anyone?',
        'The note says, in careful capitals, that someone here is not who they claim.',
        'You pass the note to {d.name} unopened, and {d.name} pockets it with a quiet nod.',
      ),
      q(
        'yes',
        'Will you tell {d.name} that the timetable on the wall makes no sense?',
        '{d.name} has noticed it too, and together you work out that an hour is missing.',
        'You keep the timetable to yourself, and it seems to lose another hour in the silence.',
      ),
      q(
        'yes',
        'Do you keep the torn luggage label at your feet as evidence?',
        'The label names a passenger who left this route years ago, and you keep it safe.',
        'You let the label go, and it drifts away toward the dark as though called.',
      ),
      q(
        'no',
        'Do you follow {c.name}, who has just slipped quietly away?',
        'You find {c.name} whispering to someone who is wearing your face.',
        'You stay where you are, and {c.name} comes back soon, smelling of cold air.',
      ),
      q(
        'yes',
        'Will you compare your ticket with {c.name}’s?',
        'The tickets match except for the seat number, which on {c.their} ticket is yours.',
        'You keep your ticket private, and {c.name} studies you a moment longer than is polite.',
      ),
      q(
        'no',
        'Do you pocket the key you find in the lost property box?',
        'The key is warm and stamped with the number of a room in a building that burned down.',
        'You close the box, and the key inside rattles twice before it goes still.',
      ),
      q(
        'yes',
        'Do you write down everything you have seen so far?',
        'Writing it down steadies you, and the pieces begin to line up on the page.',
        'You trust your memory, and already the first hour of the night is blurring.',
      ),
    ],
    turns: [
      q(
        'yes',
        'The circled stop on every list is {destination}; do you tell the others what you have found?',
        'You tell them, and {c.name} finally admits {c.they} had been sent to watch you.',
        'You keep the secret, and everyone’s eyes slide toward you as if they already know.',
      ),
      q(
        'yes',
        'Is the missing hour the one you cannot remember?',
        'Yes, and as you admit it the hour returns, full of small, harmless, ordinary things.',
        'No, you insist, and somewhere a clock begins to tick backwards.',
      ),
      q(
        'no',
        'The name on the torn label is your own; do you claim the bag it came from?',
        'The bag holds your coat from a winter you never had, still wet with rain.',
        'You leave the bag unclaimed, and the case closes itself like a book finished.',
      ),
      q(
        'yes',
        'Will you confront {d.name} about the second ticket in {d.their} pocket?',
        '{d.name} hands it over at once, and it is a ticket home, made out in your name.',
        'You say nothing, and {d.name} slips the second ticket under the door of the night.',
      ),
      q(
        'no',
        'Do you follow the figure you have glimpsed at the edge of every stop?',
        'The figure turns, and it is you, older, shaking your head very gently.',
        'You let the figure go, and it stops appearing, as if a question had been answered.',
      ),
    ],
    approaches: [
      q(
        'yes',
        'With {destination} close, do you lay out everything you know for {c.name}?',
        '{c.name} listens, nods, and says the answer was never the destination at all.',
        'You keep your counsel, and the clues dissolve like sugar in the dark.',
      ),
      q(
        'yes',
        'Will you stand ready at the door before the last {stop}?',
        'You stand ready, and the door’s rubber seal sighs open a finger’s width.',
        'You keep your seat, and the last {stop} slides up slower than seems possible.',
      ),
      q(
        'no',
        'Do you open the envelope addressed to whoever arrives last?',
        'The envelope holds a photograph of tonight, taken from somewhere you have never stood.',
        'You leave it sealed, and it is gone when you next look, which is a kind of answer.',
      ),
      q(
        'yes',
        'Is this the moment to ask {k.name} the question you have saved all night?',
        'You ask, and {k.name} answers simply, as if {k.they} had waited all night to be asked.',
        'You wait, and {k.name} turns away with the answer still behind {k.their} teeth.',
      ),
    ],
    endings: {
      arrival: [
        'You step out at {destination} with the night solved, every clue finally where it belongs.',
        'At {destination} the doors open on an ordinary dawn, and the mystery folds itself away like a ticket in your pocket.',
        'You arrive at {destination} knowing exactly who was watching, and it turns out to have been kindness all along.',
      ],
      'missed-stop': [
        '{destination} slides past the window while you are still piecing it together, and the {vessel} carries you on into another unsolved morning.',
        'You realise too late that the circled stop was the one you missed, and the case stays open as the {vessel} rolls on.',
        'By the time you understand, {destination} is behind you, and {c.name} is only a name in your notebook.',
      ],
      loop: [
        'You look up and the first {stop} of the night is outside again, with the notebook blank and the clues waiting to be found.',
        'The clock finds its missing hour by starting over, and you are back where the night began, holding the same folded note.',
        'Everything resets with a soft click, and you begin the night again, somehow sure you have solved it before.',
      ],
      door: [
        'The locked door at the end opens to your key, and behind it you find the answer to every question you forgot to ask.',
        'The key turns in a door you had not seen all night, and you step through into the room where the mystery began.',
        'A door swings open onto warm light and a table set for you, and the last clue is simply your name.',
      ],
    },
  },
  surreal: {
    leadIns: [
      'As the {vessel} passes the same lit window for the third time',
      'When the floor tilts gently like the deck of a boat',
      'While your shadow lags a little behind you',
      'As the ceiling fills with slow, drifting fish made of light',
      'When every clock in sight shows a different season',
      'As {c.name}’s voice arrives a second after {c.their} lips move',
      'While the night outside turns the pale colour of milk',
      'As the signs around you begin to use words you have dreamed',
    ],
    questions: [
      q(
        'no',
        'Do you follow the staircase that has appeared beside you?',
        'The stairs lead up into a small sky where your childhood kite is still flying.',
        'You stay on level ground, and the staircase folds itself away like a paper fan.',
      ),
      q(
        'yes',
        'Will you hold {c.name}’s hand as the floor softens?',
        'Your hands meet, and the floor firms up under you as if reassured.',
        'You keep your hands to yourself, and the floor sinks to the ankles, warm as sand.',
      ),
      q(
        'no',
        'Do you answer the moon when it calls your name?',
        'You answer, and the moon thanks you and comes a little closer to listen.',
        'You pretend not to hear, and the moon sulks behind an ordinary cloud.',
      ),
      q(
        'yes',
        'Do you count your fingers to check that you are awake?',
        'Ten fingers, all yours, and the world sharpens around you like a focused lens.',
        'You do not count, and later you are not sure how many hands you have been using.',
      ),
      q(
        'no',
        'Will you taste the snow that is falling indoors?',
        'The snow tastes of burnt sugar and makes you remember a birthday you never had.',
        'You brush the snow away, and it melts into plain, sensible water.',
      ),
      q(
        'yes',
        'Do you ask {d.name} whether {d.they} can see the fish of light swimming overhead?',
        '{d.name} can, and saying so aloud makes them swim more slowly and politely.',
        'You do not ask, and the fish gather around you alone, curious and bright.',
      ),
      q(
        'no',
        'Do you open the umbrella someone has left for you?',
        'Under the umbrella it is raining tiny letters that spell out the rest of the night.',
        'You leave it furled, and it hops away on its handle like a patient heron.',
      ),
      q(
        'yes',
        'Do you keep watching the signs for {destination}?',
        'The signs hold still for you, spelling {destination} clearly every time.',
        'You look away, and the signs start spelling the names of people you have loved.',
      ),
    ],
    turns: [
      q(
        'yes',
        'The window shows you asleep at home; do you wave to yourself?',
        'Your sleeping self waves back, and something between you settles into place.',
        'You turn away, and the sleeper in the window opens their eyes and turns away too.',
      ),
      q(
        'no',
        'Will you let the {vessel} take you through the painted wall ahead?',
        'You pass through the wall into the painting of the night you are in.',
        'You brace, and the wall becomes an ordinary wall, with an ordinary door in it.',
      ),
      q(
        'yes',
        'Is {c.name} the one who dreamed all of this?',
        'Yes, {c.name} admits, and {c.they} will try to dream you somewhere kind.',
        'No, says {c.name}, and looks at you as if you might be the dreamer.',
      ),
      q(
        'no',
        'Do you step into the reflection that is holding out its hand?',
        'Your reflection pulls you through, and the world reverses like a turned glove.',
        'You step back, and your reflection shrugs and goes back to copying you.',
      ),
      q(
        'yes',
        'Will you name the colour the sky has turned?',
        'You name it, and having a name makes the strange colour gentle and near.',
        'You leave it nameless, and the colour spreads across everything, including you.',
      ),
    ],
    approaches: [
      q(
        'yes',
        'As {destination} floats into view, do you reach out to steady it?',
        'You take hold, and {destination} stops floating and settles on solid ground.',
        'You let it drift, and {destination} bobs away like a balloon let go.',
      ),
      q(
        'no',
        'Do you let go of everything you are carrying before the last {stop}?',
        'Your bags rise gently and float away, and you feel weightless and not quite here.',
        'You hold on, and their ordinary weight anchors you to the seat.',
      ),
      q(
        'yes',
        'Will you thank the {vessel} for carrying you this far?',
        'The {vessel} hums in answer, warm and proud under your hand.',
        'You say nothing, and the {vessel} begins to forget you were ever aboard.',
      ),
      q(
        'yes',
        'Do you wake {k.name} for the last part of the journey?',
        '{k.name} wakes smiling, and the dream around you steadies for {k.them}.',
        'You let {k.name} sleep, and {k.their} dream leaks into the world like ink.',
      ),
    ],
    endings: {
      arrival: [
        'The {vessel} sets you down at {destination} as softly as a held breath, and every strange thing bows and lets you go.',
        'You arrive at {destination} awake and whole, and the last of the floating fish swims out of the dawn.',
        '{destination} is solid under your feet at last, and the dream folds itself up small enough to keep.',
      ],
      'missed-stop': [
        '{destination} drifts past like a lantern on water, and you let the {vessel} carry you on toward a stranger shore.',
        'You watch {destination} float away behind you, and you find you are not sorry, only curious about what comes next.',
        'The last {stop} melts before you can step off, and the {vessel} sails on into a night with no edges.',
      ],
      loop: [
        'The night turns over like an hourglass, and you are back at the very beginning with {motif} in your hand.',
        'Everything blinks, and you are sitting where you started, hearing the first words of the night all over again.',
        'The world folds along its crease and opens on the same first moment, and you begin again, dreaming the same dream.',
      ],
      door: [
        'A door opens in the middle of the air, and you step through it into a morning that has been waiting for you.',
        'The door you have been carrying all night opens at last, and beyond it is a field of light you somehow recognise.',
        'You turn the handle of a door painted on nothing, and it swings wide onto the place you were always going.',
      ],
    },
  },
  noir: {
    leadIns: [
      'As rain needles the glass and a cigarette glows somewhere behind you',
      'When a car with no headlights idles just out of sight',
      'While a radio somewhere plays a song about bad luck',
      'As {c.name} turns up a collar against nothing but the air',
      'When the neon outside stutters red across everyone’s face',
      'As a man in a wet hat reads the same paragraph again',
      'While the smell of whisky drifts from a hip flask you cannot see',
      'As footsteps stop just when yours do',
    ],
    questions: [
      q(
        'no',
        'Do you take the envelope {c.name} slides across to you?',
        'The envelope is thick with old banknotes and smells of someone else’s trouble.',
        'You push it back, and {c.name} shrugs as if you have done {c.them} a favour.',
      ),
      q(
        'yes',
        'Will you keep your back to the wall and your eyes on the door?',
        'From the wall you see everything, and nobody moves without you knowing.',
        'You drop your guard, and when you look up the room has rearranged itself around you.',
      ),
      q(
        'no',
        'Do you ask the man in the wet hat for a light?',
        'He lights your match from his and says your name like a debt he means to collect.',
        'You keep your distance, and the man in the wet hat loses interest in you.',
      ),
      q(
        'yes',
        'Do you trust {d.name} with the truth about why you are here?',
        '{d.name} hears you out, lights a cigarette and promises to watch your back.',
        'You lie smoothly, and {d.name} smiles the way people do at a lie they have bought before.',
      ),
      q(
        'no',
        'Will you follow the car idling outside with no headlights?',
        'The car leads you to a building with your name painted over the door.',
        'You let it go, and the rain washes its tyre marks away.',
      ),
      q(
        'yes',
        'Do you take out the old photograph you always carry?',
        'The photograph is creased and real, and you know the face in it by heart.',
        'You leave it in your pocket, and by morning you cannot picture the face in it.',
      ),
      q(
        'no',
        'Do you pick up the telephone that has been ringing all night?',
        'A voice says the job is off, and that you should never have taken it.',
        'You let it ring, and in time it stops, which is its own kind of warning.',
      ),
      q(
        'yes',
        'Will you buy {c.name} a drink and listen to {c.their} story?',
        '{c.name} talks for an hour, and most of it even sounds true.',
        'You do not ask, and {c.name}’s story goes unspoken, which may be worse.',
      ),
    ],
    turns: [
      q(
        'yes',
        'A photograph in the lost property shows {k.name} years younger; do you call {k.them} on it?',
        '{k.name} admits {k.they} had been paid to bring you here, and looks sick about it.',
        'You keep the photograph to yourself, and {k.name} keeps smiling, a little too hard.',
      ),
      q(
        'no',
        'Will you take the gun that has appeared in your coat?',
        'The gun is heavy and cold, and it changes the way everyone looks at you.',
        'You leave it, and when you check again there is only a key in its place.',
      ),
      q(
        'yes',
        'Is the job you came for really about {destination}?',
        'It is, and saying so out loud makes the whole crooked night make sense.',
        'It is not, you realise, and the night tilts toward some other, darker town.',
      ),
      q(
        'yes',
        'Do you tell {d.name} that you know who sent {d.them}?',
        '{d.name} goes pale, then laughs, then tells you everything.',
        'You hold your tongue, and {d.name} goes on believing you are the easy mark.',
      ),
      q(
        'no',
        'Will you burn the letter that names you?',
        'The letter burns blue, and your name curls up into the smoke and is gone.',
        'You keep the letter, and it is proof that you, at least, were really here.',
      ),
    ],
    approaches: [
      q(
        'yes',
        'With {destination} ahead, do you settle your account with {c.name}?',
        'You settle up, and {c.name} shakes your hand like a clean break.',
        'You leave the debt hanging, and {c.name} files it away for another night.',
      ),
      q(
        'yes',
        'Will you be first off the {vessel} at the last {stop}?',
        'You are ready at the door, collar up, one step ahead for once.',
        'You hang back, and the shadows at the {stop} lean closer to look.',
      ),
      q(
        'no',
        'Do you slip out the back way before anyone sees you?',
        'You vanish through the back, and the night closes behind you like water.',
        'You stay in plain sight, and for once nobody has any reason to look.',
      ),
      q(
        'yes',
        'Do you let {k.name} walk away with the money?',
        '{k.name} takes it and, to your surprise, comes back to give you half.',
        'You keep the money, and {k.name} watches you with a cold, patient interest.',
      ),
    ],
    endings: {
      arrival: [
        'You step out at {destination} into rain that finally feels clean, with nobody following and nothing owed.',
        '{destination} takes you in under its wet neon, and for the first time in years you sleep without a gun beside the bed.',
        'You reach {destination} with the truth in your pocket and your name your own again.',
      ],
      'missed-stop': [
        'You miss {destination} while watching a face in the crowd, and the {vessel} carries you on to a town where nobody knows your name.',
        'The last {stop} comes and goes in the rain, and you ride on, one more stranger with a story nobody asked for.',
        '{destination} is a smear of neon behind you, and you light a cigarette and let the night decide where you land.',
      ],
      loop: [
        'The rain starts over, and so do you, back at the first {stop} with the same envelope in your hand.',
        'You blink and it is the start of the night again, the same wet hat, the same song, the same bad luck.',
        'The night deals you the same cards again, and you are back at the beginning, wiser and no better off.',
      ],
      door: [
        'The back door opens onto an alley full of morning, and you walk out of the story before it can catch you.',
        'The key fits the door with your name on it, and behind it is an empty office and a window full of sunrise.',
        'A door you never noticed swings open, and you step through it and out of the whole crooked business for good.',
      ],
    },
  },
  folk: {
    leadIns: [
      'As someone begins an old song about a {vessel} that never stopped',
      'When a hare appears from nowhere and sits watching you',
      'While the wind carries the smell of woodsmoke and wet bracken',
      'As {c.name} hums a tune {c.their} grandmother knew',
      'When a single bell rings from a church you cannot see',
      'As salt and rowan berries appear on the sill beside you',
      'While the moon sits low and yellow as a lantern',
      'As a crow settles nearby and tilts its head at you',
    ],
    questions: [
      q(
        'yes',
        'Do you leave a coin for the luck of the road?',
        'The coin is taken by a quick brown hand, and the road feels kinder at once.',
        'You keep your coin, and somewhere out in the dark something laughs at you.',
      ),
      q(
        'no',
        'Will you answer the riddle the old woman beside you whispers?',
        'You answer, and the old woman says that is right and also that you will pay for it.',
        'You politely refuse, and she nods, saying the wise ones always do.',
      ),
      q(
        'yes',
        'When {c.name} starts an old road song, do you join in?',
        'Your voices fit together, and the song carries you both through the dark stretch.',
        'You stay quiet, and the song goes on in voices that are not in the room.',
      ),
      q(
        'no',
        'Do you follow the pale lights dancing just out of reach?',
        'The lights lead you in a circle, and you return with your pockets full of river stones.',
        'You keep to the path, and the lights sulk away over the water.',
      ),
      q(
        'yes',
        'Will you share your bread with the stranger at your side?',
        'The stranger eats and blesses your journey in a language older than the roads.',
        'You keep your bread, and the stranger’s face grows longer and sadder until you look away.',
      ),
      q(
        'yes',
        'Do you turn your coat inside out as {d.name} advises?',
        'Your coat inside out, the tricks of the night slide off you like rain.',
        'You leave it as it is, and the night begins to play its tricks on you.',
      ),
      q(
        'no',
        'Do you give your true name when the stranger in the grey hood asks?',
        'You give your name, and it is written in a ledger you will be asked about later.',
        'You give a false name, and no harm can find you under it tonight.',
      ),
      q(
        'yes',
        'Will you carry the hawthorn sprig {c.name} offers you?',
        'The hawthorn pricks your finger, and a little blood keeps you rooted in the world.',
        'You refuse it, and {c.name} tucks it behind {c.their} own ear with a worried look.',
      ),
    ],
    turns: [
      q(
        'yes',
        'The song {c.name} sings is about this very night; do you ask how it ends?',
        '{c.name} tells you the ending is not written yet, and that you are writing it.',
        'You do not ask, and the song skips its last verse as if it had been torn out.',
      ),
      q(
        'no',
        'Will you step inside the ring of pale mushrooms?',
        'Inside the ring the music is loud and the time is all wrong.',
        'You step around it, and the ring of mushrooms shrinks back into the grass.',
      ),
      q(
        'yes',
        'Is {k.name} one of the fair folk, as the old rhyme warns?',
        'Yes, {k.name} admits, and promises on iron that {k.they} will do you no harm.',
        'No, says {k.name}, but {k.their} smile has too many teeth in it.',
      ),
      q(
        'yes',
        'Will you take the iron nail {c.name} offers you against the fair folk?',
        'The nail is cold and heavy in your palm, and the night’s tricks slide off you.',
        'You refuse the nail, and something out in the dark takes an interest in you.',
      ),
      q(
        'no',
        'Will you eat the fruit offered from the silver dish?',
        'The fruit is sweeter than anything, and you forget what year it is.',
        'You decline, and the dish clouds over like a breath on cold glass.',
      ),
    ],
    approaches: [
      q(
        'yes',
        'As {destination} comes near, do you thank the road for carrying you?',
        'You thank the road aloud, and it seems to hurry you kindly on.',
        'You say nothing, and the road lengthens under you, sulking.',
      ),
      q(
        'no',
        'Do you look back at the way you came, as the old tales forbid?',
        'You look back, and the road behind you has rolled itself up like a rug.',
        'You keep your eyes forward, as your grandmother would have wanted.',
      ),
      q(
        'yes',
        'Will you tie a ribbon to the last milestone for luck?',
        'The ribbon flutters bright behind you, a mark that you passed this way.',
        'You leave no mark, and the milestone forgets you as you pass.',
      ),
      q(
        'yes',
        'Do you pay the toll that {k.name} names?',
        'You pay it, and {k.name} bows low and opens the way.',
        'You refuse, and {k.name} sighs and sets you a harder road instead.',
      ),
    ],
    endings: {
      arrival: [
        'You come into {destination} as the birds begin, with the luck of the road still warm in your pocket.',
        'The road delivers you to {destination} at first light, and every old charm you carried goes quiet, its work done.',
        '{destination} opens its gate to you at sunrise, and the night’s songs fade like dew from the grass.',
      ],
      'missed-stop': [
        'The old road forks without warning, and {destination} is lost behind the hill as you walk on into a different tale.',
        'You pass {destination} in the mist without knowing it, and the road takes you on to wherever it had in mind.',
        'The {vessel} never stops at {destination} after all, and you learn a new song on the long way round.',
      ],
      loop: [
        'The circle closes as the old stories always warned, and you are back at the first {stop}, the song just beginning.',
        'You have walked the ring of the night all the way round, and the first bell of the evening is ringing again.',
        'Round and round, as the rhyme goes, and you find yourself at the start with the same coin in your hand.',
      ],
      door: [
        'A door opens in the side of the hill, and warm light and fiddle music call you through into the other country.',
        'The old door in the hedge swings open for you at last, and beyond it the morning smells of apples.',
        'You knock three times as the rhyme says, and the door opens onto the hearth you have been travelling toward all your life.',
      ],
    },
  },
};
