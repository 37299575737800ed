/**
 * Surreal: calm, exact sentences about impossible things. Staircases appear, fish made of light
 * drift overhead, the moon calls your name; the turn asks who is dreaming.
 */
import type { GenreCorpus } from '../types';

export const SURREAL: GenreCorpus = {
  leadIns: [
    // Windows go past only for a reader on the move.
    { text: 'As the same lit window goes past for the third time', needs: 'aboard' },
    'As the floor tilts gently like the deck of a small boat',
    'While your shadow lags a little behind you',
    { text: 'As the ceiling fills with slow fish made of light', does: '+light-fish' },
    'While every clock in sight shows a different season',
    {
      text: 'As {companion.name}’s voice arrives a second after {companion.their} lips move',
      needs: 'company:some',
    },
    'While the night outside turns the pale colour of milk',
    'As the signs around you begin to use words you have dreamed',
    'As a door somewhere opens onto the sound of the sea',
    { text: 'As your coat pockets fill, quietly, with sand', does: '+sand' },
  ],
  questions: [
    {
      id: 'staircase',
      hold: 'no',
      ask: 'Do you climb the staircase that has appeared beside you?',
      yes: 'The stairs lead up into a small sky where your childhood kite is still flying. | +climbed-stair | you climbed the staircase into the small sky',
      no: 'You stay on level ground, and the staircase folds itself away like a paper fan. | | you let the staircase fold away',
    },
    {
      id: 'hand-floor',
      hold: 'yes',
      ask: 'Will you hold {companion.name}’s hand as the floor softens?',
      yes: 'Your hands meet, and the floor firms up under you both as if reassured. | | you held {companion.name}’s hand as the floor softened',
      no: 'You keep your hands to yourself, and the floor sinks to the ankles, warm as sand. | | you let the floor soften under you',
    },
    {
      id: 'moon',
      hold: 'no',
      needs: '!underground',
      ask: 'Do you answer the moon when it calls your name?',
      yes: 'You answer, and the moon thanks you and comes a little closer to listen. | +moon-close | you answered the moon',
      no: 'You pretend not to hear, and the moon sulks behind an ordinary cloud. | | you ignored the moon',
    },
    {
      id: 'fingers',
      hold: 'yes',
      ask: 'Do you count your fingers to check that you are awake?',
      yes: 'Ten fingers, all yours, and the world sharpens around you like a lens. | | you counted your fingers and found ten',
      no: 'You do not count, and later you are not sure how many hands you have been using. | | you did not count your fingers',
    },
    {
      id: 'indoor-snow',
      hold: 'no',
      ask: 'Will you taste the snow that has begun falling indoors?',
      yes: 'It tastes of burnt sugar and makes you remember a birthday you never had. | | you tasted the indoor snow',
      no: 'You brush it from your sleeves, and it melts into plain, sensible water. | | you brushed away the indoor snow',
    },
    {
      id: 'fish-ask',
      hold: 'yes',
      needs: 'light-fish',
      ask: 'Do you ask {other.name} whether {other.they} can see the fish of light swimming overhead?',
      yes: '{other.name} can, and saying so aloud makes them swim more slowly and politely. | | you and {other.name} watched the fish of light',
      no: 'You do not ask, and the fish gather around you alone, curious and bright. | | you kept the fish of light to yourself',
    },
    {
      id: 'umbrella',
      hold: 'no',
      does: 'see:umbrella',
      ask: 'An umbrella has been left propped beside you with your name on its tag; do you open it?',
      yes: 'Under the umbrella it is raining tiny words that spell out the rest of the night. | take:umbrella | you opened the umbrella of tiny words',
      no: 'You leave it furled, and it hops away on its handle like a patient heron. | lose:umbrella | you let the umbrella hop away',
    },
    {
      id: 'signs',
      hold: 'yes',
      // Signs go by on a road or a line, not at sea, in the air or between floors.
      needs: '!setting:ferry-terminal !setting:airport-gate !setting:hotel-lift',
      ask: 'Do you keep watching the signs for {destination}?',
      yes: 'The signs hold still for you, and every one of them points the right way. | | you kept watching the signs',
      no: 'You look away, and the signs start spelling the names of people you have loved. | | you looked away from the signs',
    },
    {
      id: 'pocket-sand',
      hold: 'no',
      needs: 'sand',
      ask: 'Will you empty the sand from your pockets?',
      yes: 'The sand pours out endlessly, a small beach forming at your feet, with a shell in it. | | you emptied the sand from your pockets',
      no: 'You keep the sand, and it keeps the warmth of a summer afternoon for you. | | you kept your pockets full of sand',
    },
    {
      id: 'echo',
      hold: 'yes',
      ask: 'Do you say your name aloud to hear whether it still fits?',
      yes: 'It fits, a little loose at the shoulders, like a coat you have not worn in a while. | | you said your name aloud',
      no: 'You keep quiet, and somewhere nearby someone else tries your name on. | | you left your name unsaid',
    },
    {
      id: 'balloon',
      hold: 'no',
      ask: 'Do you take the red balloon that {companion.name} is offering, though there is no string?',
      yes: 'You take it, and it sits on your palm, patient, weighing nothing and everything. | | you took {companion.name}’s red balloon',
      no: 'You decline, and the balloon drifts up through the ceiling without a mark. | | you let the red balloon drift away',
    },
    {
      id: 'colour',
      hold: 'yes',
      ask: 'Will you tell {companion.name} that {companion.their} coat has changed colour?',
      yes: '{companion.name} looks down, surprised, and says it is only the colour of the hour. | | you told {companion.name} about the coat',
      no: 'You say nothing, and the coat changes back, a little hurt. | | you said nothing about {companion.name}’s coat',
    },
    {
      id: 'lend-hour',
      hold: 'no',
      ask: 'Will you lend {companion.name} an hour of your night, since {companion.they} ran short?',
      yes: 'You pass it across, and {companion.name} tucks it into a breast pocket, where it ticks softly. | | you lent {companion.name} an hour of your night',
      no: 'You keep your hours, and {companion.name} says no matter, {companion.they} will borrow one from tomorrow. | | you kept all your hours from {companion.name}',
    },
    {
      id: 'weigh-words',
      hold: 'no',
      ask: 'Do you weigh your words on the little brass scales {companion.name} has set out?',
      yes: 'Your kind words are light as feathers and your true ones heavy, and {companion.name} notes it all without surprise. | | you weighed your words on {companion.name}’s scales',
      no: 'You keep your words unweighed, and {companion.name} packs the scales away, a little disappointed in you. | | you kept your words unweighed',
    },
    {
      id: 'post-dream',
      hold: 'no',
      ask: 'Will you post last night’s dream in the little box marked dreams, as everyone else is doing?',
      yes: 'It goes in folded small, and the box thanks you in a clerk’s voice and stamps it. | | you posted last night’s dream',
      no: 'You keep your dream, and it goes on quietly happening in your coat pocket. | | you kept last night’s dream',
    },
    {
      id: 'missing-blue',
      hold: 'no',
      ask: 'Will you report that the colour blue has gone missing from everything?',
      yes: 'You mention it, and a woman nearby nods and says it was last seen heading for the coast. | | you reported blue missing',
      no: 'You keep it to yourself and make do with the greens, which are trying their best. | | you made do without blue',
    },
    {
      id: 'tiny-door',
      hold: 'no',
      ask: 'Do you knock at the tiny door that has appeared low in the wall beside you?',
      yes: 'A voice no bigger than a cricket’s says you have the wrong house, and wishes you good night. | | you knocked at the tiny door',
      no: 'You leave it, and soon a very small light comes on behind it, and a very small kettle sings. | | you left the tiny door alone',
    },
    {
      id: 'swap-voices',
      hold: 'no',
      // Not on the way to a bedside or home from a funeral (SORROW): no radio-host voices.
      needs: '!sorrow',
      ask: 'Do you swap voices with {companion.name} for a while, just to see?',
      yes: 'Your voice sounds grand on {companion.name}, and {companion.their} voice makes you sound like a late-night radio host. | | you swapped voices with {companion.name}',
      no: 'You keep your own voice, and {companion.name} borrows the hum of the lights instead, which suits {companion.them}. | | you kept your own voice',
    },
    {
      id: 'palm-cloud',
      hold: 'no',
      // The hand is set up in the asking: readers were asked about weather never put in it.
      ask: 'Your left hand has been closed round something light and damp all night; will you open it and look?',
      yes: 'A cloud the size of a plum sits in your palm, raining very politely on your lifeline. | | you found a small cloud in your palm',
      no: 'You keep your fist closed, and something inside it rumbles softly, like a storm a long way off. | | you kept your small weather shut in',
    },
    {
      id: 'hushed-sun',
      hold: 'yes',
      ask: 'Will you keep your voice down, so as not to wake the sun sleeping under the floor?',
      yes: 'You whisper, and beneath you the sun turns over, warm through the floor, and sleeps on. | | you whispered so as not to wake the sun',
      no: 'You speak up, and a little dawn leaks round the edges of the floor before it settles again. | | you nearly woke the sun under the floor',
    },
  ],
  boarding: [
    {
      id: 'backwards',
      hold: 'yes',
      ask: 'but it is facing the wrong way, its lights pointing back the way it came; do you board it?',
      yes: 'You board, and it goes forwards anyway, politely, as if the lights were only a suggestion. | board | you boarded the backwards-facing arrival',
      no: 'You wait, and it reverses away into the night, waving its lights like a hand. | stay | you let the backwards arrival go',
    },
    {
      id: 'made-of-paper',
      hold: 'no',
      ask: 'and it is made entirely of folded paper, lit from inside; do you step aboard?',
      yes: 'The paper floor holds, crackling, and smells of old books and warm glue. | board | you stepped into the paper arrival',
      no: 'You stay, and it unfolds itself into a hundred paper birds that fly away. | stay | you watched the paper arrival fly apart',
    },
    {
      id: 'underwater',
      hold: 'yes',
      ask: 'and the inside is full of slow green water, though nothing spills; do you go in?',
      yes: 'You go in, and you can breathe, and it is cool and quiet as a held breath. | board | you went into the green water',
      no: 'You keep to the dry, and the water inside ripples as it leaves, disappointed. | stay | you kept to the dry',
    },
    {
      id: 'birthday',
      hold: 'yes',
      // Not on the way to a bedside or home from a funeral (SORROW): no party hats.
      needs: '!sorrow',
      ask: 'and every passenger inside is wearing a paper party hat; do you board and take the one they offer you?',
      yes: 'The hat fits, and someone starts a song for a birthday that turns out to be yours. | board | you took the party hat and boarded',
      no: 'You decline, and the party goes on without you, cheerfully, into the dark. | stay | you declined the party hat',
    },
    {
      id: 'small',
      hold: 'no',
      ask: 'but it is tiny, the size of a toy, and its door is just big enough for your hand; do you try?',
      yes: 'You reach in, and the rest of you follows, and inside it is exactly your size. | board | you squeezed into the tiny arrival',
      no: 'You leave it, and it trundles away across the floor like a wind-up toy. | stay | you let the tiny arrival trundle off',
    },
  ],
  revelations: [
    {
      id: 'window-home',
      hold: 'yes',
      ask: 'The dark window shows you, asleep at home in your own bed; do you wave to yourself?',
      yes: 'Your sleeping self waves back without waking, and something between you settles. | | you waved to yourself asleep at home',
      no: 'You turn away, and the sleeper in the window opens their eyes and turns away too. | | you turned from yourself asleep at home',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you tell {companion.name} that you are, in fact, asleep at home?',
            yes: '{companion.name} nods and says so is {companion.they}, most nights, and it does not make this less real. | | you told {companion.name} you were asleep at home',
            no: 'You keep it to yourself, and it sits warm in you like a secret kindness. | | you kept your sleeping self a secret',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Your sleeping self in the window is now awake and knocking on the glass; do you knock back?',
            yes: 'You knock back, and both of you laugh, and the glass goes soft as water. | | you knocked back at your waking self',
            no: 'You look away again, and the knocking becomes rain, becomes nothing. | | you ignored your own knocking',
          },
        ],
      },
    },
    {
      id: 'dreamer',
      hold: 'yes',
      ask: 'Do you ask {first.name} whether {first.they} {first.are} the one who has been dreaming all of this?',
      yes: '{first.name} admits it, and promises to try to dream you somewhere kind. | | you learned {first.name} was the dreamer',
      no: 'You do not ask, and {first.name} looks at you as if you might be the dreamer. | | you never asked {first.name} about the dream',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} to dream the end of the journey a little closer?',
            yes: '{first.name} closes {first.their} eyes and frowns, and {destination} feels, somehow, a little nearer. | | you asked {first.name} to dream the journey’s end closer',
            no: 'You let {first.name} dream as {first.they} will, and the night grows wide and strange. | | you let {first.name} dream as {first.they} would',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'If you are the dreamer, do you dare to dream something small and good on purpose?',
            yes: 'You dream a warm cup into {first.name}’s hands, and it is there, steaming. | | you dreamed a warm cup for {first.name}',
            no: 'You dream nothing on purpose, and the night goes on dreaming itself. | | you left the dream to dream itself',
          },
        ],
      },
    },
    {
      id: 'painted-wall',
      hold: 'no',
      ask: 'Everything ahead is a painted wall, and the way goes through it; will you let yourself be carried through?',
      yes: 'You pass into the painting of the night you are in, and the brushstrokes are warm. | +painted | you passed into the painted night',
      no: 'You brace yourself, and the wall becomes an ordinary wall with an ordinary door in it. | | you braced against the painted wall',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Inside the painting, do you sign your name in the corner, as painters do?',
            yes: 'You sign it small, and the painting becomes yours, and that is a comfort. | | you signed the painted night',
            no: 'You leave it unsigned, and someone else’s signature appears there in slow, careful script. | | you left the painting unsigned',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you try the handle of the ordinary door in the ordinary wall?',
            yes: 'It opens on a broom cupboard, and the sheer relief of it makes you laugh aloud. | | you opened the ordinary door onto a cupboard',
            no: 'You leave it, and the wall sighs, as if it had tried its best. | | you left the ordinary door shut',
          },
        ],
      },
    },
    {
      id: 'reflection-hand',
      hold: 'no',
      ask: 'Your reflection has stopped copying you and is holding out its hand; do you take it?',
      yes: 'Your reflection pulls you through, and the world turns inside out like a glove. | +mirrored | you took your reflection’s hand',
      no: 'You step back, and your reflection lets its hand fall and goes back to copying you, stiffly. | | you refused your reflection’s hand',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'On the mirror side everything is backwards; do you write where you are going on the glass, so you can read it?',
            yes: 'You write it backwards, and it reads forwards, and the way out is suddenly clear. | | you wrote where you were going backwards on the glass',
            no: 'You leave the glass blank, and the backwards world begins to feel like home. | | you stayed in the backwards world',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Your reflection is sulking; will you apologise to it?',
            yes: 'You apologise, and it forgives you, and copies you as it used to, perfectly, fondly. | | you apologised to your reflection',
            no: 'You do not, and for the rest of the night your reflection is a beat behind, pointedly. | | you left your reflection sulking',
          },
        ],
      },
    },
    {
      id: 'sky-colour',
      hold: 'yes',
      needs: '!underground',
      ask: 'The sky has turned a colour that has no name; will you give it one?',
      yes: 'You name it, and having a name makes the strange colour gentle and near. | +named-colour | you gave the sky a name',
      no: 'You leave it nameless, and the colour spreads across everything, including you. | | you left the new colour nameless',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you teach {companion.name} the name you gave the sky?',
            yes: '{companion.name} says it back to you, and the sky seems pleased to be talked about. | | you taught {companion.name} the sky’s new name',
            no: 'You keep the name, and the sky keeps it with you, a private joke. | | you kept the sky’s name private',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'The nameless colour is creeping toward your hands; do you let it in?',
            yes: 'Your hands glow faintly, and they are warmer, and stranger, and still yours. | | you let the colour into your hands',
            no: 'You put your hands in your pockets, and the colour waits at your wrists, polite. | | you hid your hands from the colour',
          },
        ],
      },
    },
    {
      id: 'floating',
      hold: 'yes',
      ask: 'Everyone but you has begun, very slowly, to float; do you let yourself rise with them?',
      yes: 'You rise, and from up here the whole night looks small and kind. | +floating | you rose with the floating passengers',
      no: 'You stay on the ground, the only one, and the others wave down at you fondly. | | you stayed down while the others floated',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you take {first.name}’s hand so that the two of you do not drift apart?',
            yes: '{first.name} holds on, and you drift together like two leaves on the same stream. | | you held {first.name}’s hand in the air',
            no: 'You drift alone, and it is lonelier than you expected, and then it is not. | | you drifted on your own',
          },
          {
            hold: 'no',
            ask: 'Do you look down at the place you were standing a moment ago?',
            yes: 'There is a small warm mark where you stood, like a cat’s place on a bed. | | you looked down at where you had stood',
            no: 'You look up instead, and the ceiling is much further away than it was. | | you looked up instead of down',
          },
        ],
        no: [
          {
            hold: 'yes',
            ask: 'Will you call up to {first.name} to come back down to you?',
            yes: '{first.name} comes down like a dropped scarf and lands beside you, laughing. | | you called {first.name} back down',
            no: 'You let {first.name} float on, and {first.they} wave{first.s} from near the ceiling, content. | | you let {first.name} float on',
          },
          {
            hold: 'no',
            ask: 'Do you jump, just once, to see what would happen?',
            yes: 'You go up a little and come down slowly, like a feather deciding. | | you jumped once to test the air',
            no: 'You keep your feet planted, and the floor seems grateful for the company. | | you kept your feet on the floor',
          },
        ],
      },
    },
    {
      id: 'younger',
      hold: 'no',
      // Not on the way to a bedside or home from a funeral (SORROW): a reader on the way to a dying
      // mother's bedside was asked to grow younger and remember how to run.
      needs: '!sorrow',
      ask: 'The night is running backwards, and you are growing younger by the minute; do you let it?',
      yes: 'Ten years lift off you like a wet coat, and you remember how to run. | +younger | you let the night make you younger',
      no: 'You hold on to your age, and the night slows, respectful, and runs forward again. | | you held on to your age',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you stop it before you are too young to remember where you are going?',
            yes: 'You stop at about nineteen, and {destination} still means something, and you keep it. | | you stopped yourself at nineteen',
            no: 'You let it run on, and for a while you are very small and everything is enormous. | | you let yourself grow very young',
          },
          {
            hold: 'no',
            ask: 'Do you let {first.name} see the younger you?',
            yes: '{first.name} goes very still and says you look exactly as you did the first time you met. | | you were recognised by {first.name} though younger',
            no: 'You keep your face turned away, and {first.name} introduces {first.themself} all over again, politely, which is its own gift. | | you hid the younger you from {first.name}',
          },
        ],
        no: [
          {
            hold: 'yes',
            ask: 'Do you ask {first.name} whether you look any different?',
            yes: '{first.name} studies you and says you look exactly your age, and that it suits you. | | you asked {first.name} whether you looked your age',
            no: 'You do not ask, and your reflection in the glass looks steadily back, every year in place. | | you let your reflection keep count',
          },
        ],
      },
    },
    {
      id: 'second-moon',
      hold: 'yes',
      needs: '!underground',
      ask: 'A second moon has risen beside the first, and {first.name} says it belongs to you; do you claim it?',
      yes: 'You claim it, and it brightens a little, like a dog hearing its name. | | you claimed the second moon',
      no: 'You say it must belong to someone else, and the second moon dims, hurt. | | you would not claim the second moon',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask your moon to light the way to {destination}?',
            yes: 'It lays a silver path across the dark, and the path goes exactly where you hoped. | | you asked your moon to light the way',
            no: 'You let it shine as it likes, and it lights up small, lovely things instead. | | you let your moon shine as it liked',
          },
          {
            hold: 'no',
            ask: 'Do you offer {first.name} a share of your moon?',
            yes: '{first.name} takes half, and both halves turn out to be whole, which {first.they} say{first.s} is typical. | | you shared your moon with {first.name}',
            no: 'You keep it, and {first.name} says everyone should have one thing that is only theirs. | | you kept your moon to yourself',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you apologise to the second moon?',
            yes: 'You apologise, and it brightens again, forgiving in the way of large, slow things. | | you apologised to the moon',
            no: 'You do not, and the second moon sets early, sulking, behind the first. | | you let the second moon set',
          },
        ],
      },
    },
  ],
  threads: [
    {
      kind: 'door',
      id: 'painted-door',
      plant: {
        hold: 'no',
        // A cab has no wall to paint a door on.
        needs: '!setting:night-cab',
        ask: 'Do you touch the door somebody has painted on the wall, very realistically, with a brass handle?',
        yes: 'The paint is still wet, and the handle is cold and real under your fingers. | +touched-paint | you touched the painted door',
        no: 'You leave it, and the painted door is a little more open every time you glance at it. | | you left the painted door alone',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: 'The painted door is fully open now, and morning is coming through it; do you walk in?',
          yes: 'You walk into morning, and your footprints on the floor behind you are paint. | | you walked through the painted door',
          no: 'You stay, and the painted door closes, and the paint dries. | refuse | you let the painted door dry shut',
        },
        {
          hold: 'no',
          needs: 'touched-paint',
          ask: 'Your fingers still smell of wet paint, and the painted handle is turning by itself; will you help it?',
          yes: 'You turn it together, and the wall opens like a page. | | you helped the painted handle turn',
          no: 'You wipe your fingers, and the handle stops, considerate, as if it had misread you. | refuse | you wiped the paint away',
        },
        {
          hold: 'yes',
          ask: 'The painted door now has a painted you beside it, holding it open; do you join yourself?',
          yes: 'You step into the painting beside yourself, and the two of you go through together. | | you joined your painted self',
          no: 'You wave instead, and your painted self waves back and closes the door. | refuse | you only waved at the painted door',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'steady-it',
      hold: 'yes',
      // Only a reader on the way sees the destination come into view, and not from a plane.
      needs: 'aboard !setting:airport-gate',
      ask: 'As {destination} floats into view, do you reach out to steady it?',
      yes: 'You take hold, and {destination} stops floating and settles on solid ground. | +ready | you steadied {destination} with your hand',
      no: 'You let it drift, and {destination} bobs away like a balloon let go. | | you let {destination} drift',
    },
    {
      id: 'let-go-things',
      hold: 'no',
      ask: 'Do you let go of everything you are carrying before the end?',
      yes: 'What you were carrying rises gently from your hands and floats away, and you feel weightless and not quite here. | | you let your things float away',
      no: 'You hold on, and their ordinary weight anchors you to the ground. | | you held on to your things',
    },
    {
      id: 'thank-vessel',
      hold: 'yes',
      needs: 'aboard',
      ask: 'Will you thank the {vessel} for carrying you this far?',
      yes: 'The {vessel} hums in answer, warm and proud under your hand. | | you thanked the {vessel}',
      no: 'You say nothing, and the {vessel} begins to forget you were ever aboard. | | you did not thank the {vessel}',
    },
  ],
  endings: {
    arrival: [
      {
        text: 'The {vessel} sets you down at {destination} as softly as a held breath, and every strange thing bows and lets you go.',
        needs: 'aboard',
      },
      {
        text: 'You arrive at {destination} awake and whole, and the last of the floating things drifts off into the dawn.',
        needs: 'aboard',
      },
      {
        text: '{destination} is solid under your feet at last, and the dream folds itself up small enough to keep.',
        needs: 'aboard',
      },
    ],
    'missed-stop': [
      {
        text: '{destination} drifts past like a lantern on water, and you let the {vessel} carry you on toward a stranger shore.',
        needs: 'aboard !terminus',
      },
      {
        text: 'You watch {destination} float away behind you, and find you are not sorry, only curious about what comes next.',
        // Not the end of a line (a lift's lobby), which nobody rides on past.
        needs: 'aboard !terminus',
      },
      {
        text: 'The {vessel} you waited for sails off into a sky of its own, and you stay, light and curious, as the morning paints itself in.',
        needs: 'waiting !boarding-refused',
      },
      {
        text: 'Where the {vessel} stood, the air keeps its shape for a while, and you stay, light and curious, as the morning paints itself in.',
        needs: 'waiting boarding-refused',
      },
    ],
    loop: [
      'The night turns over like an hourglass, and you are back at the very beginning, listening to the first words again.',
      'Everything blinks, and you are where you started, and the first strange thing of the night is just beginning to happen.',
      'The world folds along its crease and opens on the same first moment, and you begin again, dreaming the same dream.',
    ],
    door: [
      'A door opens in the middle of the air, and you step through it into a morning that has been waiting for you.',
      'A door painted on nothing swings wide, and beyond it is the place you were always going.',
      {
        text: 'The painted door opens one last time, and you step through and out of the picture altogether.',
        needs: 'touched-paint',
      },
    ],
  },
};
