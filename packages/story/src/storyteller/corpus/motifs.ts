/**
 * A thread written for each motif, keyed by its definite form ("the paper crane"): how this
 * particular small object enters a story, and what it turns out to mean. The storyteller plants
 * these before the general motif threads, so the motif is never just "a small object".
 *
 * A payoff that needs `has:motif` is told whether the reader took the motif or left it where it
 * was found (a Yes then picks it up); one whose answers have the reader keep it, give it or put it
 * away needs `held:motif`.
 *
 * Every story plants its motif, so each has two ways in (found, or given), both paid off by the
 * same payoffs: the Yes and the No before it try them in a different order, and a returning
 * reader does not meet the same object the same way every time.
 */
import type { ThreadWaysSpec } from './types';

type MotifThread = Omit<ThreadWaysSpec, 'kind'>;

export const MOTIF_CORPUS: Readonly<Record<string, readonly MotifThread[]>> = {
  'the paper crane': [
    {
      id: 'crane',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A paper crane folded from a timetable is perched beside you, wings still sharp; do you pick it up?',
          yes: 'It weighs nothing, and along one wing someone has written your name very small. | take:motif | you picked up the paper crane with your name on its wing',
          no: 'You leave it perched, and when you look again it has turned to face you. | | you left the paper crane perched',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'Someone has slipped a paper crane, folded from an old timetable, into your pocket while you were not looking; will you keep it?',
          yes: 'You keep it, and its wings tremble once in your palm, like a held breath. | take:motif | you kept the paper crane someone slipped into your pocket',
          no: 'You set it down, and it stays there, its beak turned the way you are going. | | you set the paper crane down',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Will you unfold the paper crane to read the timetable it was made from?',
          yes: 'Unfolded, it lists tonight’s stops, and the last one is circled in a hand you know. | | you unfolded the paper crane',
          no: 'You leave it folded, and it seems to settle, content to stay a bird. | | you kept the paper crane folded',
        },
        {
          hold: 'no',
          needs: 'has:motif',
          ask: 'The paper crane lifts a little in a draught, as if it wants to fly; do you let it go?',
          yes: 'It sails away down the dark, and something in you goes with it, lighter. | lose:motif | you let the paper crane fly',
          no: 'You close your hand gently around it, and it stops trying. | take:motif | you held on to the paper crane',
        },
        {
          hold: 'yes',
          needs: 'has:motif',
          ask: 'Do you fold a second paper crane to keep the first one company?',
          yes: 'Your crane is clumsy but it stands, and the two of them lean together. | | you folded a second crane',
          no: 'You leave the crane alone, and it looks, if paper can, a little lonely. | | you left the crane alone',
        },
      ],
    },
  ],
  'the brass key': [
    {
      id: 'brass-key',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A brass key on a loop of string hangs from a hook where no key should be; do you take it down?',
          yes: 'It is warm, and the teeth are worn as if it had opened the same lock every day for years. | take:motif | you took the brass key down from its hook',
          no: 'You leave it hanging, and it swings a little, though the air is still. | | you left the brass key on its hook',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'In your pocket is a brass key on a loop of string, though you own no such key; do you take it out?',
          yes: 'It is warm and worn smooth, and the paper tag on the string says only: yours. | take:motif | you found the brass key in your own pocket',
          no: 'You leave it where it is, and its small weight stays with you like a half-remembered word. | take:motif | you left the brass key in your pocket unexamined',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'The brass key warms as you near {destination}; will you take it out and hold it ready?',
          yes: 'You hold it ready, and it fits your palm like something you were born holding. | | you held the brass key ready',
          no: 'You leave it where it is, and it goes on warming in your pocket regardless. | | you kept the brass key in your pocket',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Someone asks, very politely, whether you have seen a brass key on a loop of string; do you say yes?',
          yes: 'You hand it over, and the stranger weeps with relief and says now the house can be opened. | give:motif | you returned the brass key to its owner',
          no: 'You say no, and the stranger goes on searching, and the brass key is very quiet. | | you kept the brass key from its owner',
        },
        {
          hold: 'yes',
          needs: 'has:motif',
          ask: 'Do you try the brass key in the lock of your own front door, in your mind, to see if it turns?',
          yes: 'In your mind it turns, and you hear the door of home sigh open. | | you tried the brass key in your own door',
          no: 'You do not try, and the key stays a mystery, which may be kinder. | | you left the brass key a mystery',
        },
      ],
    },
  ],
  'the red glove': [
    {
      id: 'red-glove',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A single red glove lies palm up beside you, as if waiting to be shaken; do you pick it up?',
          yes: 'It is still warm, and looks as if it would fit your left hand exactly. | take:motif | you picked up the single red glove',
          no: 'You leave it, and it curls its fingers slowly, as if disappointed. | | you left the red glove lying',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          // Nobody hurries past, or out of sight, in a lift car.
          needs: '!setting:hotel-lift',
          ask: 'A woman hurrying past drops a single red glove and does not hear you call; do you go after her with it?',
          yes: 'She is gone before you can catch her up, and the red glove stays warm in your hand. | take:motif | you went after the owner of the red glove',
          no: 'You let her go, and the red glove lies where it fell, palm up, waiting. | | you let the red glove lie where it fell',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'has:motif',
          ask: 'Across the way someone is wearing one red glove, the right one; do you go to them?',
          yes: 'They hold out the gloved hand, and yours fits into it like the other half of a sentence. | | you found the other red glove',
          no: 'You stay where you are, and they smile at you as if that, too, was fine. | | you let the other red glove go by',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you put on the red glove now, against the cold?',
          yes: 'Your hand is warm at once, warmer than a glove should make it, as if held. | | you wore the red glove',
          no: 'You keep it in your pocket, and your hand stays cold but entirely your own. | | you kept the red glove in your pocket',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you lay the red glove somewhere its owner might find it?',
          yes: 'You leave it on a ledge, and later you see it is gone, and feel glad. | lose:motif | you left the red glove for its owner',
          no: 'You keep it, and it stays warm, like a promise you did not know you had made. | take:motif | you kept the red glove',
        },
      ],
    },
  ],
  'the folded map': [
    {
      id: 'folded-map',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'Someone has left a folded map on the ledge beside you, soft as cloth from use; do you open it?',
          yes: 'It shows tonight’s journey in faded ink, with a pencilled cross at the end. | take:motif +saw-cross | you opened the folded map',
          no: 'You leave it folded, and it creaks faintly, the way old maps do when they are ignored. | | you left the folded map folded',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A stranger presses a folded map into your hands, a pencilled cross near one edge, and is gone; do you open it?',
          yes: 'It shows tonight’s journey in faded ink, and the cross sits exactly where you are going. | take:motif +saw-cross | you opened the folded map the stranger gave you',
          no: 'You keep it folded, and it is soft as cloth in your hand from years of use. | take:motif +saw-cross | you kept the stranger’s folded map folded',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          // Only a cross the reader has seen can have moved.
          needs: 'has:motif saw-cross',
          ask: 'The pencilled cross on the folded map has moved closer to where you are; do you follow it?',
          yes: 'You follow it, and the map is right about everything, even the smell of the air. | | you followed the cross on the folded map',
          no: 'You put the map away, and it rustles like someone sighing in another room. | | you put the folded map away',
        },
        {
          hold: 'yes',
          needs: 'has:motif !saw-cross',
          ask: 'The folded map you left has fallen open by itself, and a pencilled cross marks where you are going; do you look closer?',
          yes: 'Beside the cross, in small pencil, is tonight’s date and the word arrives. | +saw-cross | you looked closer at the folded map',
          no: 'You leave it, and the map folds itself up again, unoffended. | | you let the folded map fold itself away',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Do you draw your own route on the folded map, in a different colour?',
          yes: 'Your line goes somewhere the map has never shown, and the map makes room for it. | | you drew your own route on the folded map',
          no: 'You leave the map as it is, faithful to whoever drew it first. | | you left the folded map as it was',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'On the outside of the folded map, in faded pencil, is a name you know; will you say it aloud?',
          yes: 'You say it, and somewhere near, a door opens for someone who had been waiting. | | you said the name from the folded map',
          no: 'You keep the name in your mouth, and it tastes of a kitchen long ago. | | you kept the name from the folded map',
        },
      ],
    },
  ],
  'the pressed flower': [
    {
      id: 'pressed-flower',
      plants: [
        {
          hold: 'no',
          does: 'see:motif',
          ask: 'A pressed flower slips from between the pages of something and lands at your feet; do you keep it?',
          yes: 'It is a violet, flat and brown and still faintly sweet. | take:motif | you kept the pressed flower that fell into your lap',
          no: 'You brush it away, and it lands face up, as if still looking at you. | | you brushed the pressed flower away',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'An old woman is handing out pressed flowers from a tin, one for each traveller; do you take one?',
          yes: 'She chooses a violet for you, flat and brown and still faintly sweet. | take:motif | you took a pressed flower from the old woman’s tin',
          no: 'You shake your head, and she lays one near you anyway, very carefully. | | you would not take the old woman’s pressed flower',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'The pressed flower smells, suddenly, of the garden where you grew up; do you let yourself remember it?',
          yes: 'You remember the garden, every path of it, and the remembering is gentle. | | you remembered the garden of the pressed flower',
          no: 'You close your mind to it, and the smell fades, politely. | | you would not remember the garden',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you give the pressed flower to {companion.name}, who has been looking at it?',
          yes: '{companion.name} takes it carefully, as if it were still alive, and thanks you twice. | give:motif | you gave the pressed flower to {companion.name}',
          no: 'You keep it, and {companion.name} nods as if to say some things are not for sharing. | | you kept the pressed flower from {companion.name}',
        },
        {
          hold: 'yes',
          // In the reader's hands: one left where it lay was turned inside out all the same.
          needs: 'held:motif',
          ask: 'The pressed flower stirs in the warmth, as if it might open again; do you let it?',
          yes: 'It opens petal by petal, and by the end it is a living violet. | | you watched the pressed flower open',
          no: 'You shade it from the warmth, and it stays pressed; some things are kept by staying still. | | you let the pressed flower stay pressed',
        },
        {
          hold: 'yes',
          // Left where it was laid, it still has its part in the night.
          needs: 'left:motif',
          ask: 'The pressed flower you let lie stirs in the warmth, as if it might open again; do you pick it up now?',
          yes: 'You pick it up, and it opens petal by petal in your palm, alive again. | take:motif | you picked up the pressed flower as it opened',
          no: 'You leave it, and it opens anyway, for no one, which seems to be enough. | | you let the pressed flower open for no one',
        },
      ],
    },
  ],
  'the toy compass': [
    {
      id: 'toy-compass',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A toy compass from a cracker rolls against your shoe, its needle spinning; do you pick it up?',
          yes: 'The needle settles at once, pointing not north but straight at you. | take:motif | you picked up the toy compass',
          no: 'You leave it, and its needle keeps spinning, as if looking for someone. | | you left the toy compass spinning',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A child asleep on a parent’s shoulder lets a toy compass slip from one hand; do you catch it?',
          yes: 'You catch it, and the needle swings round and settles, pointing straight at you. | take:motif | you caught the toy compass the sleeping child dropped',
          no: 'It clatters down and rolls to a stop, its needle spinning as if looking for someone. | | you let the toy compass fall',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'The toy compass you left has stopped spinning at last, and points straight at you; do you pick it up now?',
          yes: 'The needle stays on you as you lift it, then swings to the way ahead. | take:motif | you picked up the toy compass at last',
          no: 'You leave it pointing, and feel it watching you for the rest of the night. | | you left the toy compass pointing at you',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'The toy compass now points firmly toward {destination}; will you trust it?',
          yes: 'You trust it, and the way ahead lines up behind the little needle. | | you trusted the toy compass',
          no: 'You shake it, and the needle shivers and points at your heart again. | | you doubted the toy compass',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you give the toy compass to {companion.name}, who seems lost in a way no map could help?',
          yes: '{companion.name} holds it, and the needle swings round to point at you, and {companion.they} laugh{companion.s}. | give:motif | you gave the toy compass to {companion.name}',
          no: 'You keep it, and {companion.name} watches the needle over your shoulder, hopeful. | | you kept the toy compass',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you let the toy compass choose your next step, just once?',
          yes: 'It points to a small kind place ahead, and you make up your mind to go there. | | you let the toy compass choose',
          no: 'You choose for yourself, and the needle seems almost proud. | | you chose for yourself',
        },
      ],
    },
  ],
  'the snow globe': [
    {
      id: 'snow-globe',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A snow globe sits where someone left it, and inside is a tiny copy of this very place; do you shake it?',
          yes: 'Snow whirls inside, and for a moment real snow seems to fall around you too. | take:motif | you shook the snow globe of this place',
          no: 'You leave it still, and inside, a tiny figure looks up at you. | | you left the snow globe still',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A stranger hands you a snow globe without a word, and inside is a tiny copy of this very place; do you shake it?',
          yes: 'Snow whirls inside, and for a moment the air around you glitters too. | take:motif | you shook the snow globe the stranger gave you',
          no: 'You hold it still, and inside, a tiny figure looks up at you and waits. | take:motif | you held the stranger’s snow globe still',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'has:motif',
          ask: 'Inside the snow globe the tiny figure is you, waving; do you wave back?',
          yes: 'You wave, and the tiny you smiles, and the snow inside settles gently. | | you waved to yourself in the snow globe',
          no: 'You look away, and the tiny you turns to face the other way too. | | you turned away from the snow globe',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'The snow globe has a hairline crack; will you keep it anyway?',
          yes: 'You keep it, and it holds together in your hands, just about. | take:motif | you kept the cracked snow globe',
          no: 'You set it down, and the water inside begins to run out like a slow, bright sigh. | lose:motif | you let the snow globe go',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'The tiny place inside the snow globe has become {destination}, under snow; do you shake it?',
          yes: 'The snow falls on {destination}, and somewhere there someone looks up and smiles. | | you shook snow onto {destination}',
          no: 'You hold it still, and {destination} sleeps under its glass, safe. | | you let {destination} sleep in the snow globe',
        },
      ],
    },
  ],
  'the blue feather': [
    {
      id: 'blue-feather',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A blue feather drifts down from nowhere and settles on your sleeve; do you keep it?',
          yes: 'You slip it into your buttonhole, and it stays there, bright as a question. | take:motif | you kept the blue feather',
          no: 'You blow it away, and it circles once and drifts off out of sight. | | you blew the blue feather away',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'There is a blue feather caught in your hair, though you have been nowhere near a bird; do you keep it?',
          yes: 'You tuck it behind your ear, where it stays, light and bright as a secret. | take:motif | you kept the blue feather from your hair',
          no: 'You shake it loose, and it spins down slowly and lands at your feet, still blue. | | you shook the blue feather loose',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'The blue feather you let go keeps turning up near you, however the draught blows; do you keep it this time?',
          yes: 'You tuck it away, and it stays, as if that was all it wanted. | take:motif | you kept the blue feather the second time',
          no: 'You let it drift on, and it goes, reluctantly, with a last blue turn. | | you let the blue feather go twice',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'A small blue bird is watching you from the dark, missing one feather; do you hold the feather out to it?',
          yes: 'The bird takes it back, and sings once, and the night seems to hold its breath to listen. | give:motif | you gave the blue feather back to its bird',
          no: 'You keep it, and the bird tilts its head and lets you. | | you kept the bird’s blue feather',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you write something with the blue feather, as if it were a quill?',
          yes: 'It writes, in blue, a single word you did not know you knew: home. | | you wrote with the blue feather',
          // Wherever it was put: behind an ear as often as in a buttonhole.
          no: 'You leave it where it is, nodding with every movement. | | you wore the blue feather',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you let the blue feather go on the draught, to see where it wants to be?',
          yes: 'It floats toward {destination}, slow and certain, and you follow its line. | lose:motif | you let the blue feather lead',
          no: 'You keep it still, and it trembles like a compass needle. | | you held the blue feather still',
        },
      ],
    },
  ],
  'the wristwatch without hands': [
    {
      id: 'handless-watch',
      plants: [
        {
          hold: 'no',
          does: 'see:motif',
          ask: 'A wristwatch without hands lies face up beside you, ticking loudly; do you put it on?',
          yes: 'It fits your wrist, and its ticking falls into step with your pulse. | take:motif | you put on the wristwatch without hands',
          no: 'You leave it, and its ticking follows you anyway, a little behind your heart. | | you left the wristwatch without hands',
        },
        {
          hold: 'yes',
          // Someone leaves only where anyone can: not a lift going up, nor a plane in the air.
          needs: 'waiting',
          does: 'see:motif',
          ask: 'Someone leaving in a hurry presses a wristwatch without hands into your palm and tells you to keep good time; will you wear it?',
          yes: 'You buckle it on, and its ticking settles, as if glad of a wrist again. | take:motif | you wore the wristwatch without hands you were given',
          no: 'You slip it into your pocket, where it ticks on, a little ahead of your heart. | take:motif | you pocketed the wristwatch without hands',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'The wristwatch without hands has stopped ticking; will you wind it?',
          yes: 'You wind it, and it starts again, and the night moves on with it. | | you wound the wristwatch without hands',
          no: 'You leave it stopped, and for a while everything around you is very still. | | you let the wristwatch without hands stop',
        },
        {
          hold: 'no',
          needs: 'has:motif',
          ask: 'Do you ask {companion.name} what time the wristwatch without hands is telling?',
          yes: '{companion.name} looks and says, quite seriously, that it says you are on time. | | you asked {companion.name} to read the handless watch',
          no: 'You keep the question, and the watch keeps its time to itself. | | you did not ask about the handless watch',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Two tiny hands have grown back on the wristwatch, both pointing at now; do you trust them?',
          yes: 'You trust them, and now feels like the right time for everything. | | you trusted the watch’s new hands',
          no: 'You cover the face with your thumb, and when you look again the hands have quietly gone. | | you covered the watch’s new hands',
        },
      ],
    },
  ],
  'the glass marble': [
    {
      id: 'marble',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A glass marble rolls to a stop against your foot, a twist of blue caught inside it; do you pick it up?',
          yes: 'Held to the light, the blue twist inside looks like a river seen from very high up. | take:motif | you picked up the glass marble',
          no: 'You leave it, and it rolls back to you, uphill, and waits. | | you let the glass marble be',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A glass marble with a blue twist like a river inside drops from someone’s pocket and rolls to you; do you pick it up?',
          yes: 'It is cold and heavy, and the little river inside catches the light and seems to run. | take:motif | you picked up the dropped glass marble',
          no: 'You let it roll on, and it circles back and stops against your foot, patient. | | you let the glass marble roll by',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'A child asks, very seriously, if you have seen a glass marble with a river in it; do you give it back?',
          yes: 'The child beams and says it was their best one, and runs to show someone. | give:motif | you gave the glass marble back',
          no: 'You say no, and the child looks at you kindly, as if they knew and forgave it. | | you kept the child’s glass marble',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you hold the glass marble up to your eye, to look for {destination} in its little river?',
          yes: 'It is there, tiny and lit and exactly as it should be. | | you found {destination} in the glass marble',
          no: 'You leave the marble be, and it stays only glass and light, which is enough. | | you left the marble only glass',
        },
        {
          hold: 'yes',
          // In the reader's hands: one left where it lay was turned inside out all the same.
          needs: 'held:motif',
          ask: 'Do you set the glass marble rolling along the floor, to see which way is downhill tonight?',
          yes: 'It rolls toward {destination}, steady and sure, and stops at the very end. | | you rolled the glass marble toward {destination}',
          no: 'You let it be, and the night stays level, as far as you can tell. | | you let the glass marble be still',
        },
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'The glass marble you let roll by has come rolling back to your foot again; do you pick it up now?',
          yes: 'You pick it up, and the little river inside seems to run faster, pleased. | take:motif | you picked up the glass marble at last',
          no: 'You nudge it away with your toe, and it rolls off toward {destination}. | | you sent the glass marble rolling on',
        },
      ],
    },
  ],
  'the tin whistle': [
    {
      id: 'tin-whistle',
      plants: [
        {
          hold: 'no',
          does: 'see:motif',
          ask: 'A tin whistle lies beside you, dented, its mouthpiece worn bright; do you try a note?',
          yes: 'The sound is thin and sweet, and somewhere far off another whistle answers. | take:motif | you played a note on the tin whistle',
          no: 'You leave it, and the draught plays one soft note through it for you. | | you left the tin whistle to the draught',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A boy gives you a dented tin whistle, saying he has played it enough for one life; do you try a note?',
          yes: 'You play one thin, sweet note, and far away another whistle answers it. | take:motif | you played a note on the boy’s tin whistle',
          no: 'You hold it without playing, and it feels warm, like a held breath. | take:motif | you kept the boy’s tin whistle quiet',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'From where you left the tin whistle comes one soft note, as if it were asking for you; do you go back for it?',
          yes: 'You pick it up, and it is warm, as if someone had just stopped playing. | take:motif | you went back for the tin whistle',
          no: 'You let it be, and the sound thins away into the hum of the night. | | you let the tin whistle call unanswered',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          // Held, not always played: the boy's whistle may have been kept quiet.
          ask: 'Another whistle is calling, nearer now, as if it had been waiting for yours; will you play back?',
          yes: 'You play, and the two tunes braid together and lead you on. | | you answered the far whistle',
          no: 'You keep silent, and the far whistle plays alone, patient and fond. | | you let the far whistle play alone',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you hand {companion.name} the tin whistle, to hear what tune comes out of it?',
          yes: '{companion.name} plays a tune you both seem to know, then hands the whistle back, warm. | | you let {companion.name} play the tin whistle',
          no: 'You keep it to yourself, and {companion.name} hums something anyway, a tune from long ago. | | you kept the tin whistle to yourself',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you play the tin whistle now, for whoever played it before you?',
          yes: 'You play, and far off someone laughs with delight, as if at a voice from home. | | you played the tin whistle for its owner',
          no: 'You put it away, and it rests against your chest like a small, quiet bird. | | you put the tin whistle away',
        },
      ],
    },
  ],
  'the cassette with no label': [
    {
      id: 'cassette',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A cassette with no label has been left on the seat beside you, the tape wound halfway; do you pocket it?',
          yes: 'It rattles softly in your pocket, like something talking to itself. | take:motif | you pocketed the cassette with no label',
          no: 'You leave it, and the little reels turn a quarter of the way round on their own. | | you left the cassette with no label',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A cassette with no label drops from a stranger’s coat, and the stranger does not stop; do you keep it?',
          yes: 'You keep it, and the tape inside shifts a little, as if settling in. | take:motif | you kept the cassette the stranger dropped',
          no: 'You leave it where it fell, and its little reels turn a little way, as if sulking. | | you left the stranger’s cassette where it fell',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'has:motif',
          // Within reach, not in hand: the reader may have left it where it fell.
          ask: '{companion.name} has an old player in {companion.their} bag, and the cassette with no label is still within reach; will you listen to it?',
          yes: 'It is your own voice, years younger, wishing you a safe journey. | | you listened to the cassette with no label',
          no: 'You leave it unplayed, and some things are better as a question. | | you left the cassette unplayed',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Do you pull out the tape of the cassette with no label, to end whatever it holds?',
          yes: 'The tape spills out shining, and whatever it held is let go, kindly. | lose:motif | you unspooled the cassette',
          no: 'You leave it whole, and it stays full of whatever it is full of. | | you kept the cassette whole',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Will you give the cassette a name at last, in pen on its blank face?',
          yes: 'You write a single word, and it feels like naming a child. | +named-motif | you named the cassette',
          no: 'You leave it nameless, which suits it. | | you left the cassette nameless',
        },
      ],
    },
  ],
  'the orange': [
    {
      id: 'orange',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'An orange rolls out of someone’s shopping and comes to rest against your foot; do you pick it up?',
          yes: 'It is heavy and cold and smells, impossibly, of a summer holiday. | take:motif | you picked up the rolling orange',
          no: 'You leave it, and it sits there glowing like a small, patient sun. | | you left the orange on the floor',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'Someone’s net bag of shopping splits, and one orange escapes and rolls to you; do you catch it?',
          // Its owner may come looking for it later: nobody is said not to.
          yes: 'You catch it, heavy and cold and smelling of a summer holiday. | take:motif | you caught the runaway orange',
          no: 'You let it roll, and it stops against a wall, bright as a dropped lamp. | | you let the runaway orange roll',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'The orange you left is still glowing where it came to rest, and nobody has claimed it; do you pick it up after all?',
          yes: 'It is cool and heavy in your palm, and smells of somewhere sunny. | take:motif | you picked up the orange after all',
          no: 'You leave it to its owner, whoever that is, and it goes on glowing. | | you left the orange for its owner',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Will you peel the orange and share it with {companion.name}?',
          yes: 'You share it segment by segment, and for a while nobody needs to say anything. | lose:motif | you shared the orange with {companion.name}',
          no: 'You keep it whole, and its smell keeps you company instead. | | you kept the orange whole',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'The orange’s owner is searching the floor nearby; do you hand it back?',
          yes: 'They thank you with a warm, tired smile, and give you the orange anyway. | take:motif | you tried to give back the orange',
          no: 'You keep it, and they find another in their bag and laugh at themselves. | | you kept the orange',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you smell the orange again, to be sure of the summer in it?',
          yes: 'It is there, sand and salt and someone calling you in for tea. | | you smelled the summer in the orange',
          no: 'You leave the summer where it is, folded up in the peel, for later. | | you saved the orange for later',
        },
      ],
    },
  ],
  'the postcard of the sea': [
    {
      id: 'postcard',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A postcard of the sea has been left on the ledge beside you, addressed to nobody; do you take it?',
          yes: 'On the back, in pencil, someone has written: wish you were here, and underlined you. | take:motif | you took the postcard of the sea',
          no: 'You leave it, and the sea on the postcard seems to shift, very slightly. | | you left the postcard of the sea in the window',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'Someone hands you a postcard of the sea that they say has been waiting for you in lost property; do you take it?',
          yes: 'On the back someone has written: wish you were here, and underlined you twice. | take:motif | you took the postcard of the sea from lost property',
          no: 'You do not take it, and they prop it up near you, the sea turned your way. | | you left the postcard of the sea unclaimed',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'The postcard of the sea you left has turned, by itself, to show its writing; will you read it from where you are?',
          yes: 'It says, in a hand like yours: nearly there, keep going. | | you read the postcard of the sea from afar',
          no: 'You look away, and the sea on the card goes on shifting, patient. | | you left the postcard unread',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'The postcard of the sea is damp, and smells of salt; do you hold it to your ear?',
          yes: 'You hear the sea, quite clearly, and a gull, and someone laughing on a beach. | | you heard the sea in the postcard',
          no: 'You keep it at arm’s length, and the damp dries, and the card is only a card. | | you kept the postcard at arm’s length',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you write a reply on the postcard of the sea, to whoever wished you were there?',
          yes: 'You write: I am coming, and the pencil is warm in your hand. | | you wrote a reply on the postcard',
          no: 'You leave it blank, and the sea on it grows calm and still. | | you left the postcard unanswered',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you show {companion.name} the postcard of the sea?',
          yes: '{companion.name} says {companion.they} know{companion.s} that beach, and that the tide there is always coming in. | | you showed {companion.name} the postcard',
          no: 'You keep it to yourself, and it sits against your heart like a small window. | | you kept the postcard to yourself',
        },
      ],
    },
  ],
  'the silver thimble': [
    {
      id: 'thimble',
      plants: [
        {
          hold: 'no',
          does: 'see:motif',
          ask: 'A silver thimble glints in a crack at your feet, worn thin by someone’s years of sewing; do you pick it up?',
          yes: 'It fits your fingertip exactly, cool and old and oddly comforting. | take:motif | you kept the silver thimble',
          no: 'You leave it in its crack, and it glints at you whenever the light moves. | | you left the silver thimble in its crack',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'Your foot knocks something small that rings like a bell: a silver thimble, worn thin by years of sewing; do you pick it up?',
          yes: 'It slips onto your fingertip as if it had been measured for it. | take:motif | you picked up the silver thimble',
          no: 'You leave it, and it rocks a little and lies still, glinting. | | you left the silver thimble where it lay',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'The silver thimble you left glints again, as if someone had polished it while you looked away; do you go and take it now?',
          yes: 'It fits your finger exactly, and it is warm. | take:motif | you went back for the silver thimble',
          no: 'You let it lie, and it dims, content to be left. | | you let the silver thimble lie',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Inside the silver thimble, scratched very small, are two initials; do you trace them with a fingertip?',
          yes: 'They are worn almost smooth, and for a moment you hear a sewing machine in a room you never saw. | | you traced the initials in the thimble',
          no: 'You leave them be, and whoever they belonged to keeps their small secret. | | you left the thimble’s initials alone',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you give the silver thimble to {companion.name}, whose coat has a loose button?',
          yes: '{companion.name} sews the button on then and there with a borrowed needle, and thanks you. | give:motif | you gave the thimble to {companion.name}',
          no: 'You keep it, and {companion.name}’s button dangles on, hopeful. | | you kept the silver thimble',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you keep the silver thimble on your finger for the rest of the night, for luck?',
          yes: 'You keep it on, and every time you touch something it makes a small, bright sound. | | you wore the silver thimble for luck',
          no: 'You slip it off into your pocket, where it clinks like a tiny bell. | | you put the silver thimble away',
        },
      ],
    },
  ],
  'the lighthouse keyring': [
    {
      id: 'lighthouse-keyring',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A lighthouse keyring, its ring empty, lies beside you with its tiny lamp still glowing; do you pick it up?',
          yes: 'The tiny lamp turns, slow as a real one, sweeping its thread of light across your palm. | take:motif | you picked up the lighthouse keyring',
          no: 'You leave it, and its little beam sweeps the floor, searching. | | you left the lighthouse keyring glowing',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A lighthouse keyring hangs from the zip of a bag nobody has come back for, its tiny lamp still turning; do you unclip it?',
          yes: 'It comes away in your hand, and its thread of light sweeps slowly across your palm. | take:motif | you unclipped the lighthouse keyring from the forgotten bag',
          no: 'You leave it, and its small beam goes on sweeping, keeping watch for the owner. | | you left the lighthouse keyring on the forgotten bag',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'has:motif',
          ask: 'The lighthouse keyring’s beam now points one way only, toward {destination}; do you follow it?',
          yes: 'You follow the beam, and it keeps you off every rock of the night. | | you followed the lighthouse keyring',
          no: 'You cover it with your hand, and the beam glows red through your fingers. | | you covered the lighthouse keyring',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you hang the lighthouse keyring where someone else lost in the dark might see it?',
          yes: 'You hang it up, and its beam sweeps on, a small kindness for a stranger. | lose:motif | you left the lighthouse keyring for a stranger',
          no: 'You keep it, and its glow lights your hands all the way. | take:motif | you kept the lighthouse keyring',
        },
        {
          hold: 'yes',
          needs: 'has:motif',
          ask: 'Do you ask {companion.name} whether {companion.they} {companion.have} ever seen the lighthouse on the keyring?',
          yes: '{companion.name} says {companion.they} {companion.were} born in one like it, and looks at the keyring with wet eyes. | | you asked {companion.name} about the lighthouse',
          no: 'You do not ask, and the little lamp keeps its own counsel. | | you kept the lighthouse to yourself',
        },
      ],
    },
  ],
  'the playing card': [
    {
      id: 'playing-card',
      plants: [
        {
          hold: 'no',
          does: 'see:motif',
          ask: 'A playing card lies face down beside you, its back patterned with tiny trains; do you turn it over?',
          yes: 'It is the queen of hearts, and someone has drawn a small smile on her. | take:motif | you turned over the playing card',
          no: 'You leave it face down, and it seems to hum with what it is not telling you. | | you left the playing card face down',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A playing card is poking out of your sleeve, though you have never done a card trick in your life; do you draw it out?',
          yes: 'It is the jack of spades, and someone has given him a moustache in biro. | take:motif | you drew the playing card from your sleeve',
          no: 'You leave it, and all night you feel its corner, pressing like a reminder. | take:motif | you left the playing card up your sleeve',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Someone nearby is playing patience and is one card short; do you give them the playing card?',
          yes: 'It is the card they needed, and the whole game comes out, and they clap softly. | give:motif | you gave the playing card to finish the game',
          no: 'You keep it, and their game stays stuck, and they do not seem to mind. | | you kept the playing card',
        },
        {
          hold: 'no',
          needs: 'has:motif',
          ask: 'The playing card has turned itself face up, and the face on it is someone you know; do you look closely?',
          yes: 'It is {companion.name} to the life, and a little way off the real one looks up and winks. | | you saw {companion.name} on the playing card',
          no: 'You put it face down again, and it stops being anyone at all. | | you did not look at the card’s new face',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you keep the playing card as a bookmark for the rest of your life?',
          yes: 'You decide you will, and the card seems to settle, pleased with its future. | | you made the playing card a bookmark for life',
          no: 'You decide it belongs to the night, and the night will have it back. | | you left the playing card to the night',
        },
      ],
    },
  ],
  'the moth-eaten scarf': [
    {
      id: 'moth-scarf',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A moth-eaten scarf has been left folded beside you, holes and all; do you wrap it round your neck?',
          yes: 'It is warmer than it should be, and smells of pipe smoke and peppermint. | take:motif | you wrapped the moth-eaten scarf round your neck',
          no: 'You leave it folded, and a small moth crawls out of it and sits on your hand. | | you left the moth-eaten scarf folded',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          // Someone leaves only where anyone can: not a plane in the air.
          needs: 'waiting',
          ask: 'An old man getting up to leave unwinds a moth-eaten scarf from his own neck and loops it round yours; do you keep it on?',
          yes: 'You keep it on, and it is warmer than it should be, and smells of peppermint. | take:motif | you kept on the old man’s moth-eaten scarf',
          no: 'You take it off and fold it, and a small moth climbs out and settles on your sleeve. | take:motif | you folded the old man’s scarf away',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'The moth-eaten scarf you set aside has slipped to the floor, and the moth sits on it, waiting; do you pick it up?',
          yes: 'You shake it out, and the moth flies up and away, and the scarf is only a scarf. | take:motif | you picked up the moth-eaten scarf',
          no: 'You leave it where it fell, and the moth settles down to wait with it. | | you left the scarf to the moth',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          // A grandfather, not a father: the companion may be the reader's own child.
          ask: '{companion.name} says the moth-eaten scarf looks exactly like one {companion.their} grandfather wore; do you offer it to {companion.them}?',
          yes: '{companion.name} holds it to {companion.their} face for a long moment, then gives it back, smiling. | | you offered {companion.name} the moth-eaten scarf',
          no: 'You keep it, and {companion.name} reaches out and smooths it for you, gently. | | you kept the moth-eaten scarf',
        },
        {
          hold: 'no',
          needs: 'held:motif',
          ask: 'Will you count the holes in the moth-eaten scarf, as if they were stars?',
          yes: 'There are exactly as many holes as years you have been alive, which makes you laugh. | | you counted the holes in the scarf',
          no: 'You leave them uncounted, and the scarf keeps its small constellations to itself. | | you left the scarf’s holes uncounted',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Do you leave the moth-eaten scarf for the next traveller who comes this way cold?',
          yes: 'You fold it and leave it where you found it, and it feels like passing on a kindness. | lose:motif | you left the scarf for the next traveller',
          no: 'You keep it, and it keeps you warm, holes and all. | take:motif | you kept the moth-eaten scarf',
        },
      ],
    },
  ],
  'the matchbook from a closed hotel': [
    {
      id: 'matchbook',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A matchbook from a hotel that closed years ago lies beside you, one match left; do you pocket it?',
          yes: 'The hotel’s name is stamped in gold, and on the inside a room number is written in pen. | take:motif | you pocketed the matchbook from the closed hotel',
          no: 'You leave it, and the last match inside seems to lean toward you. | | you left the matchbook from the closed hotel',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A stranger on the way out presses a matchbook into your hand, from a hotel that closed years ago; do you pocket it?',
          yes: 'There is one match left, and inside the cover a room number is written in pen. | take:motif | you pocketed the stranger’s matchbook from the closed hotel',
          no: 'You shake your head, and the stranger leaves it near you, one match left inside. | | you left the stranger’s matchbook lying',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Will you strike the last match from the matchbook?',
          yes: 'It flares, and for the length of its flame you see a lit hotel lobby, and someone waving. | | you struck the last match',
          no: 'You save it, and the matchbook feels heavier, as if full of something more than a match. | | you saved the last match',
        },
        {
          hold: 'no',
          needs: 'has:motif',
          ask: 'Do you ask {companion.name} whether {companion.they} {companion.have} ever stayed at the hotel on the matchbook?',
          yes: '{companion.name} says {companion.they} {companion.have}, once, on the best night of {companion.their} life, and will not say more. | | you asked {companion.name} about the closed hotel',
          no: 'You leave it, and {companion.name} glances at the matchbook as if at an old photograph. | | you kept the matchbook to yourself',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'The room number in the matchbook is the number of your own birthday; do you keep it for luck?',
          yes: 'You keep it, and it feels like a reservation made for you long ago. | take:motif | you kept the matchbook for luck',
          no: 'You leave it behind, and the closed hotel closes a little further in your mind. | lose:motif | you left the matchbook behind',
        },
      ],
    },
  ],
  'the child’s mitten': [
    {
      id: 'mitten',
      plants: [
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A child’s mitten, hand-knitted, lies beside you with its string still attached; do you pick it up?',
          yes: 'It is small enough to fit over two of your fingers, and it is warm, as if just taken off. | take:motif | you picked up the child’s mitten',
          no: 'You leave it, and it seems very small and very alone on its own. | | you left the child’s mitten lying',
        },
        {
          hold: 'yes',
          does: 'see:motif',
          ask: 'A child’s mitten, hand-knitted, hangs by its string where someone set it to be found; do you take it down?',
          yes: 'It is small enough to fit over two of your fingers, and still warm. | take:motif | you took down the child’s mitten',
          no: 'You leave it hanging, and it turns slowly on its string, like a small flag. | | you left the child’s mitten hanging',
        },
      ],
      payoffs: [
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'A small child with one cold hand is looking at you; do you give back the mitten?',
          yes: 'The child puts it on with great seriousness, and the hand is warm at once. | give:motif | you gave the child’s mitten back',
          no: 'You hesitate, and the child smiles and says you can keep it, for now. | take:motif | you kept the child’s mitten for now',
        },
        {
          hold: 'no',
          // In the reader's hands: one left where it lay was turned inside out all the same.
          needs: 'held:motif',
          ask: 'Will you turn the child’s mitten inside out, to see how it was made?',
          yes: 'Every stitch is small and even, and for a moment you can see someone’s hands working in the lamplight. | | you looked at how the mitten was made',
          no: 'You leave it as it is, a small, kind thing that someone made. | | you left the mitten as it was',
        },
        {
          hold: 'yes',
          needs: 'left:motif',
          ask: 'A small child with one cold hand is searching near where you left the mitten; do you point it out?',
          yes: 'The child pounces on it with a small cry of joy, and the hand is warm at once. | lose:motif | you showed the child where the mitten was',
          no: 'You say nothing, and the child finds it anyway, and gives you a long, forgiving look. | lose:motif | you let the child find the mitten alone',
        },
        {
          hold: 'yes',
          needs: 'held:motif',
          ask: 'Will you hang the child’s mitten somewhere high, where its owner will see it?',
          yes: 'You hang it up, and later you see it gone, and a small hand waving. | lose:motif | you hung the mitten up for its owner',
          no: 'You keep it safe in your pocket, warm against your hand. | take:motif | you kept the mitten safe',
        },
      ],
    },
  ],
};
