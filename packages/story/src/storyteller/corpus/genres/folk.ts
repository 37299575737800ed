/**
 * Folk: old rules and older courtesies. Bread and salt, iron and hawthorn, true names and
 * thresholds; a hare watches, the road listens, and the turn asks who among you is not human.
 */
import type { GenreCorpus } from '../types';

export const FOLK: GenreCorpus = {
  leadIns: [
    'As someone begins an old song about a journey that never ended',
    { text: 'As a hare appears from nowhere and sits watching you', does: '+hare' },
    'While the air carries the smell of woodsmoke and wet bracken',
    {
      text: 'As {companion.name} hums a tune {companion.their} grandmother knew',
      needs: 'company:some',
    },
    'As a single bell rings from a church you cannot see',
    'As salt and rowan berries appear on the sill beside you',
    { text: 'While the moon sits low and yellow as a lantern', needs: '!underground' },
    // A crow comes no nearer than a platform or a pier: not into a carriage or a cabin.
    { text: 'As a crow settles nearby and tilts its head at you', needs: 'waiting' },
    { text: 'As the wind says your name the way your grandmother did', needs: '!underground' },
    'As a moth the size of your palm settles on your sleeve',
  ],
  questions: [
    {
      id: 'coin-luck',
      hold: 'yes',
      does: 'see:coin',
      ask: 'Do you leave a coin on the sill for the luck of the road?',
      yes: 'The coin is gone the moment you look away, and the road feels kinder at once. | lose:coin +paid-road | you left a coin for the road',
      no: 'You keep your coin, and somewhere out in the dark something laughs at you. | take:coin | you kept your coin from the road',
    },
    {
      id: 'riddle',
      hold: 'no',
      ask: 'Will you answer the riddle that an old woman beside you whispers?',
      yes: 'You answer, and the old woman says that is right, and also that you will pay for it. | | you answered the old woman’s riddle',
      no: 'You politely decline, and she nods, saying the wise ones always do. | | you declined the old woman’s riddle',
    },
    {
      id: 'road-song',
      hold: 'yes',
      ask: 'When {companion.name} starts an old road song, do you join in?',
      yes: 'Your voices fit together, and the song carries you both through the dark stretch. | | you sang the road song with {companion.name}',
      no: 'You stay quiet, and the song goes on in voices that are not there. | | you let {companion.name} sing alone',
    },
    {
      id: 'pale-lights',
      hold: 'no',
      ask: 'Do you follow the pale lights dancing just out of reach?',
      yes: 'The lights lead you in a circle, and you come back with your pockets full of river stones. | | you followed the pale lights',
      no: 'You keep to the path, and the lights sulk away over the dark. | | you would not follow the pale lights',
    },
    {
      id: 'bread',
      hold: 'yes',
      ask: 'Will you share your bread with the stranger in the grey shawl who sits down beside you?',
      yes: 'The stranger eats and blesses your journey in a language older than roads. | +blessed | you shared your bread with the stranger',
      no: 'You keep your bread, and the stranger’s face grows longer and sadder until you look away. | | you kept your bread from the stranger',
    },
    {
      id: 'coat-inside-out',
      hold: 'yes',
      ask: 'Do you turn your coat inside out, as {other.name} advises?',
      yes: 'Your coat inside out, the tricks of the night slide off you like rain. | +coat-turned | you turned your coat inside out',
      no: 'You leave it as it is, and the night begins to play its tricks on you. | | you kept your coat the right way out',
    },
    {
      id: 'true-name',
      hold: 'no',
      ask: 'Do you give your true name when a stranger in a grey hood asks for it?',
      yes: 'You give your name, and it is written in a ledger you will be asked about later. | +name-given | you gave the hooded stranger your true name',
      no: 'You give a false name, and no harm can find you under it tonight. | | you gave the hooded stranger a false name',
    },
    {
      id: 'hawthorn',
      hold: 'yes',
      does: 'see:sprig',
      ask: 'Will you carry the hawthorn sprig {companion.name} offers you?',
      yes: 'The hawthorn snags your finger, and a bead of blood keeps you rooted in the world. | take:sprig | you carried {companion.name}’s hawthorn sprig',
      no: 'You refuse it, and {companion.name} tucks it behind {companion.their} own ear with a worried look. | give:sprig | you refused the hawthorn sprig',
    },
    {
      id: 'hare',
      hold: 'no',
      needs: 'hare',
      ask: 'Do you bow to the hare, as the old people did?',
      yes: 'The hare bows back, and lopes away, and the way ahead is clearer for it. | | you bowed to the hare',
      no: 'You stare it out, and the hare yawns, unimpressed, and vanishes. | | you stared down the hare',
    },
    {
      id: 'salt',
      hold: 'yes',
      ask: 'Will you throw a pinch of salt over your left shoulder, just in case?',
      yes: 'Behind you something sneezes, and leaves in a hurry. | | you threw salt over your shoulder',
      no: 'You keep the salt, and something behind you settles in comfortably for the journey. | | you kept the salt',
    },
    {
      id: 'crow',
      hold: 'no',
      ask: 'Do you answer the crow when it speaks?',
      yes: 'It tells you the way is longer than you think and shorter than you fear. | | you spoke with the crow',
      no: 'You ignore it, and it speaks to {companion.name} instead, who listens gravely. | | you ignored the crow',
    },
    {
      id: 'grandmother',
      hold: 'yes',
      ask: 'Do you ask {companion.name} what the old song {companion.they} hummed is about?',
      yes: '{companion.name} says it is about a traveller who was kind at every door, and so came home. | | you asked {companion.name} about the old song',
      no: 'You let the tune be, and it follows you like a loyal dog. | | you let the old tune be',
    },
    {
      id: 'red-thread',
      hold: 'yes',
      ask: 'Will you let {companion.name} tie a red thread round your wrist, knotted three times against harm?',
      yes: '{companion.name} pulls each knot tight with {companion.their} teeth, and the thread sits snug as a promise. | | you wore the red thread {companion.name} tied',
      no: 'You keep your wrists bare, and {companion.name} ties the thread round {companion.their} own instead, with a fourth knot for you. | | you would not wear the red thread',
    },
    {
      id: 'sell-luck',
      hold: 'no',
      ask: 'Will you sell your bad luck to the little man in the brown coat who offers a penny for it?',
      yes: 'He pays in a bent penny, pockets your bad luck like a lost button, and walks off whistling. | | you sold your bad luck for a bent penny',
      no: 'You keep your bad luck, and the little man tips his hat and says it suits you. | | you kept your bad luck',
    },
    {
      id: 'touch-wood',
      hold: 'yes',
      ask: 'When {companion.name} says the night will end well, do you touch wood?',
      yes: 'You knock on the nearest wood, and {companion.name} breathes out, as if a draught had been shut out. | | you touched wood for {companion.name}',
      no: 'You do not, and {companion.name} knocks twice for you and once for {companion.themself}, just in case. | | you would not touch wood',
    },
    {
      id: 'blue-eye',
      hold: 'yes',
      ask: 'Will you wear the blue glass eye a stranger presses into your hand, against the envy of others?',
      yes: 'You pin it inside your coat, and for the rest of the night no one looks at you too long. | | you wore the stranger’s blue glass eye',
      no: 'You hand it back, and the stranger shrugs and hangs it from a button of her own coat. | | you gave back the blue glass eye',
    },
    {
      id: 'right-foot',
      hold: 'yes',
      ask: 'Will you cross the next threshold right foot first, as {companion.name} says the old people did?',
      yes: 'Right foot first, and {companion.name} nods as if a small debt had been paid on your behalf. | | you crossed right foot first',
      no: 'You cross left foot first, and {companion.name} sighs and says well, now we shall see. | | you crossed left foot first',
    },
    {
      id: 'pedlar',
      hold: 'no',
      ask: 'Will you trade your scarf to the pedlar for his promise that you will get where you are going?',
      yes: 'He winds it twice round his neck and spits in his palm to seal it, and the promise feels solid. | | you traded your scarf for the pedlar’s promise',
      no: 'You keep your scarf, and the pedlar says a warm neck is worth more than most promises. | | you kept your scarf from the pedlar',
    },
    {
      id: 'burning-ear',
      hold: 'no',
      // Not on the way to a bedside or home from a funeral (SORROW): no comic gossip.
      needs: '!sorrow',
      ask: 'When your left ear starts to burn, do you bite your tongue so whoever is talking of you bites theirs?',
      yes: 'You bite down gently, and far off in some warm kitchen someone yelps and changes the subject. | | you bit your tongue to stop the gossip',
      no: 'You let it burn, and it glows all night, a small warm fire of somebody’s opinions. | | you let your left ear burn',
    },
    {
      id: 'first-drop',
      hold: 'yes',
      ask: 'Will you knock three times on the nearest wood for those who were here first, as {companion.name} does?',
      yes: 'The wood answers with a hollow sound, and {companion.name} nods at you like a neighbour. | | you knocked for those who were here first',
      no: 'You keep your hands to yourself, and {companion.name} quietly knocks a fourth time, for you. | | you would not knock for those here first',
    },
  ],
  boarding: [
    {
      id: 'threshold',
      hold: 'yes',
      ask: 'and a sprig of rowan has been tied above its door, as the old people did; do you step under it?',
      yes: 'You step under the rowan, and nothing unkind can follow you aboard. | board | you boarded under the rowan',
      no: 'You hesitate at the threshold, and the door closes as if you had answered a question. | stay | you would not cross the rowan threshold',
    },
    {
      id: 'hare-first',
      hold: 'no',
      // Steps up and a seat inside: not a lift's, nor a ferry's ramp.
      needs: '!setting:hotel-lift !setting:ferry-terminal',
      ask: 'but a hare runs up its steps ahead of you and looks back; do you follow the hare?',
      yes: 'You follow, and the hare finds you a seat and then is simply not there. | board | you followed the hare aboard',
      no: 'You let the hare go alone, and it looks at you with one gold eye as the doors close. | stay | you let the hare go alone',
    },
    {
      id: 'toll-asked',
      hold: 'yes',
      needs: '!setting:airport-gate !setting:ferry-terminal !setting:hotel-lift',
      ask: 'and the driver asks not for a fare but for your name, your true one; do you give it?',
      yes: 'You give it, and the driver writes it in an old book and lets you through. | board | you gave your true name to board',
      no: 'You give none, and the driver nods respectfully and drives away without you. | stay | you kept your name and stayed',
    },
    {
      id: 'salt-step',
      hold: 'yes',
      ask: 'but someone has poured a line of salt across its doorway; do you step over it?',
      yes: 'You step over carefully, and feel the night’s tricks stop at the line behind you. | board | you stepped over the salt',
      no: 'You will not break the line, and the doors close on the salt and on you. | stay | you would not cross the salt',
    },
    {
      id: 'bell-rung',
      hold: 'no',
      ask: 'and a bell rings three times from nowhere, which the old tales call a blessing; do you board?',
      yes: 'You board on the third ring, and it seems to follow you aboard. | board | you boarded on the third bell',
      no: 'You take it as a warning instead and stay, and the bell goes quiet, as if satisfied. | stay | you took the bells as a warning',
    },
  ],
  revelations: [
    {
      id: 'song-tonight',
      hold: 'yes',
      ask: '{first.name} begins to sing, very softly, a song about this very night; do you ask {first.them} how it ends?',
      yes: '{first.name} says the ending is not written yet, and that you are the one writing it. | | you asked how the song of tonight ends',
      no: 'You do not ask, and the song skips its last verse as if it had been torn out. | | you never asked how the song ends',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you sing the next verse yourself, since you are writing it?',
            yes: 'You sing it, haltingly, and {first.name} joins on the second line as if {first.they} had always known it. | | you sang the next verse yourself',
            no: 'You hum instead, and the verse writes itself around your humming. | | you only hummed the next verse',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you look for the torn-out verse in {first.name}’s face?',
            yes: 'It is there, in the set of {first.their} mouth, and it is sadder and kinder than you thought. | | you read the last verse in {first.name}’s face',
            no: 'You look away, and the missing verse stays missing, which may be a mercy. | | you left the last verse missing',
          },
        ],
      },
    },
    {
      id: 'mushrooms',
      hold: 'no',
      needs: 'waiting',
      ask: 'A ring of pale mushrooms has grown up through the floor around your feet; will you stay inside it?',
      yes: 'Inside the ring the music is loud and the time is all wrong. | +in-ring | you stayed inside the fairy ring',
      no: 'You step out of it, and the ring shrinks back into the cracks. | | you stepped out of the fairy ring',
      follow: {
        yes: [
          {
            hold: 'no',
            ask: 'Will you dance, since the music in the ring is asking you to?',
            yes: 'You dance, and an hour passes in a minute, and your feet are light as leaves. | | you danced in the ring',
            no: 'You stand still, and the music slows, respectful, and lets you go. | | you would not dance in the ring',
          },
        ],
        no: [
          {
            hold: 'yes',
            ask: 'Do you thank whoever grew the ring, aloud, for the offer?',
            yes: 'Something in the dark says you are welcome, and means it. | | you thanked the ring’s grower',
            no: 'You say nothing, and the cracks in the floor close up like a sulk. | | you said nothing to the ring',
          },
        ],
      },
    },
    {
      id: 'fair-folk',
      hold: 'yes',
      // The reader knows their own kin are no fairy.
      needs: '!kin',
      ask: 'Do you ask {first.name} straight out whether {first.they} {first.are} one of the fair folk, as the old rhymes warn?',
      yes: '{first.name} admits it, and swears on iron to do you no harm. | | you learned {first.name} was one of the fair folk',
      no: 'You do not ask, but {first.name}’s smile, you notice, has too many teeth in it. | | you did not ask whether {first.name} was one of the fair folk',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you shake the hand {first.name} offers, knowing what {first.they} {first.are}?',
            yes: '{first.name}’s hand is cool and light as a leaf, and the bargain is a kind one. | | you shook hands with the fair one',
            no: 'You bow instead, as the old rules say, and {first.name} bows back, pleased. | | you bowed rather than shake the fair hand',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {first.name} to say {first.their} name three times, to be sure?',
            yes: '{first.name} says it twice, laughs, and says the third time is for friends. | | you asked {first.name} for the name thrice',
            no: 'You let it go, and {first.name} smiles wider, which does not help. | | you let {first.name}’s smile go unquestioned',
          },
        ],
      },
    },
    {
      id: 'iron-nail',
      hold: 'yes',
      does: 'see:nail',
      ask: '{first.name} presses an old iron nail into your palm and says you will need it before morning; do you keep it?',
      yes: 'The nail is cold and heavy in your palm, and the night’s tricks begin to slide off you. | take:nail | you kept the iron nail',
      // Remembered as the first answer: the reader may ask for it back (below), and a last line
      // that said only "you gave back the iron nail" told the night wrong.
      no: 'You give it back, and something out in the dark takes an interest in you. | give:nail | you gave the iron nail back at first',
      follow: {
        yes: [
          {
            hold: 'yes',
            needs: 'held:nail',
            ask: 'A hand reaches for you out of the dark; do you hold up the iron nail?',
            yes: 'The hand flinches back, and the dark stops pretending to be friendly. | | you held the iron nail up to the dark',
            no: 'You let the hand take yours, and it is only a child asking the way home. | | you took the dark hand',
          },
        ],
        no: [
          {
            hold: 'no',
            needs: 'has:nail',
            ask: 'The dark has come closer since you gave the nail back; do you ask {first.name} for it after all?',
            yes: '{first.name} gives it without a word, as if {first.they} had known you would ask. | take:nail | you asked for the iron nail back',
            no: 'You trust to luck instead, and the dark watches you with open curiosity. | | you trusted to luck',
          },
        ],
      },
    },
    {
      id: 'fruit',
      hold: 'no',
      ask: 'A silver dish of fruit has appeared beside you, offered by no one; will you eat?',
      yes: 'The fruit is sweeter than anything, and you forget what year it is. | +ate-fruit | you ate from the silver dish',
      no: 'You decline, and the dish clouds over like a breath on cold glass. | | you declined the silver dish',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you let {companion.name} tell you what year it is?',
            yes: '{companion.name} tells you, gently, and it is this year, and you have lost nothing after all. | | you let {companion.name} give you back the year',
            no: 'You decide the year does not matter, and it stops mattering. | | you let the year go',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you thank whoever set the dish out, wherever they are?',
            yes: 'You thank the dark, and a single pip is left on the dish for you, like a receipt. | | you thanked the dark for the fruit',
            no: 'You turn your back on the dish, and it is gone without a sound. | | you turned your back on the dish',
          },
        ],
      },
    },
    {
      id: 'name-known',
      hold: 'yes',
      // Not someone of the reader's own, who knows it as a matter of course.
      needs: '!kin',
      ask: '{first.name} knows the name you were called as a small child, which nobody alive remembers; do you let {first.them} say it?',
      yes: '{first.name} says it softly, and something in you that has been cold for years warms through. | | you let {first.name} say your childhood name',
      no: 'You shake your head, and {first.name} keeps the name, carefully, like a bird in cupped hands. | | you would not let {first.name} say your old name',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Do you ask {first.name} who taught {first.them} your childhood name?',
            yes: '{first.name} says your grandmother did, long ago, at a crossroads, in case you ever needed it. | | you asked who taught {first.name} your name',
            no: 'You let it be a gift without a history, and {first.name} seems to think that wise. | | you took the name without asking',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Will you ask {first.name} to write the name down instead, so you can read it later?',
            yes: '{first.name} writes it on the back of your hand in something that does not wash off. | | you let {first.name} write the name on your hand',
            no: 'You leave it unwritten, and {first.name} says names have a way of finding their owners anyway. | | you left your old name unwritten',
          },
        ],
      },
    },
    {
      id: 'road-walks',
      hold: 'no',
      // Only on the road, and only once the reader is on it.
      needs:
        'aboard !setting:sleeper-train !setting:empty-platform !setting:night-tram !setting:ferry-terminal !setting:airport-gate !setting:hotel-lift',
      ask: 'You understand all at once that the road has been walking you all night, not the other way round; do you bow to it?',
      yes: 'You bow, and the road seems to settle under you, gentle as a horse that knows its rider. | | you bowed to the road',
      no: 'You stand straight, and the road hurries on, a little offended. | | you would not bow to the road',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask the road, aloud, to take you where you are going?',
            yes: 'Something answers, low and rumbling, and the way ahead straightens out. | | you asked the road to take you',
            no: 'You let it choose, and it chooses a longer, lovelier way. | | you let the road choose',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you take a pinch of dust from your shoe and keep it, for an apology to the road later?',
            yes: 'The dust is warm, and it smells of summer and hooves. | | you kept a pinch of the road',
            no: 'You dust your hands off, and the road takes note. | | you shook off the road’s dust',
          },
        ],
      },
    },
    {
      id: 'bargain',
      hold: 'yes',
      ask: 'Long ago someone in your family struck a bargain on this very journey, and tonight it falls due; do you pay it?',
      yes: 'The price is a song, and you sing it badly, and it is accepted with grave thanks. | | you paid your family’s old bargain',
      no: 'You refuse, and the night grows colder, as if a window somewhere had opened. | | you refused to pay the old bargain',
      follow: {
        yes: [
          {
            hold: 'yes',
            // Not a small child of the reader's, who knows no family history.
            needs: '!kin-young',
            ask: 'Will you ask {first.name} what the bargain bought, all those years ago?',
            yes: '{first.name} says it bought your great-grandmother a safe road home, and so, in a way, you. | | you learned what the old bargain bought',
            no: 'You leave it, and the debt sits lighter for not being looked at. | | you did not ask what the bargain bought',
          },
        ],
        no: [
          {
            hold: 'no',
            needs: '!kin-young',
            ask: 'Do you let {first.name} pay the bargain for you?',
            yes: '{first.name} pays with something from an inner pocket, and will not say what it was. | | you let {first.name} pay your family’s debt',
            no: 'You ask {first.name} not to, and the cold stays, and you bear it. | | you would not let {first.name} pay',
          },
        ],
      },
    },
  ],
  threads: [
    {
      kind: 'door',
      id: 'hedge-door',
      plant: {
        hold: 'no',
        ask: 'Do you look twice at a little door, no higher than your knee, set low in the wall?',
        yes: 'It has a knocker shaped like a hare, and someone has polished it recently. | +saw-little-door | you noticed the little door with the hare knocker',
        no: 'You do not, but you feel the little door watching you the way doors in stories do. | | you ignored the little door',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: 'The little door in the wall has grown to your height in the night; will you knock three times?',
          yes: 'You knock three times as the rhyme says, and it opens on firelight and fiddle music. | | you knocked three times at the grown door',
          no: 'You do not knock, and the door shrinks back to knee height, disappointed. | refuse | you would not knock at the grown door',
        },
        {
          hold: 'no',
          needs: 'saw-little-door',
          ask: 'The hare knocker on the little door turns its head to look at you; do you lift it?',
          yes: 'You lift it, and the door opens, and the smell of apples comes through. | | you lifted the hare knocker',
          no: 'You leave it, and the hare knocker closes its eyes, patient as stone. | refuse | you left the hare knocker alone',
        },
        {
          hold: 'yes',
          ask: 'A hare sits on the step of the little door, which now stands open; will you follow it in?',
          yes: 'You stoop and follow, and inside it is not small at all, but wide and full of morning. | | you followed the hare through the little door',
          no: 'You stay, and the hare looks at you a long moment and goes in alone. | refuse | you let the hare go in alone',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'thank-road',
      hold: 'yes',
      // Only where the night goes by road: not a ferry, a plane, a lift or the rails.
      needs:
        '!setting:ferry-terminal !setting:airport-gate !setting:hotel-lift !setting:empty-platform !setting:sleeper-train',
      ask: 'As {destination} comes near, do you thank the road for carrying you?',
      yes: 'You thank the road aloud, and it seems to hurry you kindly on. | | you thanked the road',
      no: 'You say nothing, and the road lengthens under you, sulking. | | you did not thank the road',
    },
    {
      id: 'look-back',
      hold: 'no',
      ask: 'Do you look back at the way you came, as the old tales forbid?',
      yes: 'You look back, and the way behind you has rolled itself up like a rug. | | you looked back',
      no: 'You keep your eyes forward, as your grandmother would have wanted. | | you kept your eyes forward',
    },
    {
      id: 'ribbon',
      hold: 'yes',
      ask: 'Will you tie a ribbon from your pocket somewhere here, for luck?',
      yes: 'The ribbon flutters bright behind you, a mark that you passed this way. | | you tied a ribbon for luck',
      no: 'You leave no mark, and the place forgets you as you pass. | | you left no mark',
    },
    {
      id: 'toll',
      hold: 'yes',
      ask: 'Do you pay the toll that {first.name} names for the last stretch: one true sentence?',
      yes: 'You say it, and {first.name} bows low and opens the way. | | you paid {first.name} a true sentence',
      no: 'You refuse, and {first.name} sighs and sets you a harder road instead. | | you refused {first.name}’s toll',
    },
  ],
  endings: {
    arrival: [
      {
        text: 'You come into {destination} as the birds begin, with the luck of the road still warm about you.',
        needs: 'aboard',
      },
      {
        text: 'The road delivers you to {destination} at first light, and every old charm you carried goes quiet, its work done.',
        needs: 'aboard',
      },
      {
        text: '{destination} opens its arms to you at sunrise, and the night’s songs fade like dew.',
        needs: 'aboard',
      },
      {
        text: 'You reach {destination} with the iron nail still cold in your pocket, and nothing followed you home.',
        needs: 'aboard held:nail',
      },
    ],
    'missed-stop': [
      {
        text: 'The way forks without warning, and {destination} is lost behind the hill as the {vessel} carries you into a different tale.',
        // A road's fork: not at sea, aloft, nor at the end of a line.
        needs: 'aboard !setting:ferry-terminal !setting:airport-gate !terminus',
      },
      {
        text: 'You pass {destination} in the mist without knowing it, and the {vessel} takes you on to wherever it had in mind.',
        needs: 'aboard !terminus',
      },
      {
        text: 'The {vessel} goes on without you, as the old tales said it might, and you stay, and learn a new song while the sky pales.',
        needs: 'waiting !boarding-refused !underground',
      },
      {
        text: 'The old tales said the {vessel} might go on without you, and it has; you stay, and learn a new song while the sky pales.',
        needs: 'waiting boarding-refused !underground',
      },
    ],
    loop: [
      'The circle closes, as circles in old stories do, and you are back where you began, with the whole night to go again.',
      'The night has come all the way round like a ring, and you are back at its first hour, as if none of it had happened.',
      'Round and round it goes, as the old rhymes say, and you find yourself at the start, with the night to do over.',
    ],
    door: [
      'A door opens in the side of the hill, and warm light and fiddle music call you through into the other country.',
      'The old door swings open for you at last, and beyond it the morning smells of apples.',
      'You knock three times as the rhyme says, and the door opens onto the hearth you have been travelling toward all your life.',
    ],
  },
};
