/**
 * Threads that fit any setting and genre, each written with its own payoffs; and payoffs for
 * threads the storyteller did not plant (an AI narrator's, or an earlier telling's), which
 * assume nothing but the thread's kind.
 */
import type { ThreadKind } from '../../../vocabulary';
import type { QuestionSpec, ThreadSpec } from '../types';

export const THREADS: readonly ThreadSpec[] = [
  {
    kind: 'companion',
    id: 'hidden-letter',
    plant: {
      hold: 'yes',
      does: 'see:letter',
      ask: 'You catch {first.name} hiding a letter with your name on it; do you say anything?',
      yes: '{first.name} says it is for later, and puts it away with great care. | +asked-k | you caught {first.name} hiding a letter with your name on it',
      no: 'You let it pass, and {first.name} relaxes, though {first.their} hand stays on the pocket. | | you let {first.name} keep the letter hidden',
    },
    payoffs: [
      {
        hold: 'yes',
        needs: 'has:letter',
        ask: '{first.name} finally hands you the letter with your name on it; do you open it?',
        yes: 'It is in your own handwriting, and it asks you to be kind to {first.name}. | take:letter | you read the letter in your own handwriting',
        no: 'You keep it sealed, and {first.name} nods as if that, too, was in the letter. | take:letter | you kept the letter from {first.name} sealed',
      },
      {
        hold: 'no',
        needs: 'has:letter asked-k',
        ask: '{first.name} says the letter was written by someone who made this journey before you; will you read it now?',
        yes: 'The letter says only: you were not alone, and you will not be. | take:letter | you read the letter {first.name} had kept for you',
        no: 'You ask {first.name} to keep it, and {first.they} put{first.s} it away like something precious. | | you left the letter with {first.name}',
      },
      {
        hold: 'no',
        // No small child plays with fire, nor writes goodbyes.
        needs: 'has:letter !kin-young',
        ask: '{first.name} burns the corner of the letter with your name on it, then stops; will you ask {first.them} why?',
        yes: '{first.name} says the letter was a goodbye, and that {first.they} would rather say it to your face. | | you asked {first.name} why {first.they} almost burned the letter',
        no: 'You say nothing, and {first.name} smooths the scorched letter flat and gives it to you without a word. | take:letter | you let {first.name} give you the scorched letter',
      },
    ],
  },
  {
    kind: 'companion',
    id: 'flinch',
    plant: {
      hold: 'no',
      // Whoever travels with the reader is going there too.
      needs: '!kin',
      ask: 'When you say where you are going, {first.name} flinches; do you ask why?',
      yes: '{first.name} says {first.they} will tell you when you are closer, and not before. | +asked-k | you asked {first.name} why {destination} made {first.them} flinch',
      no: 'You do not ask, and {first.name} goes quiet whenever it comes up. | | you did not ask why {first.name} flinched',
    },
    payoffs: [
      {
        hold: 'yes',
        ask: '{first.name} confesses {first.they} grew up at {destination} and left without a goodbye; will you carry one for {first.them}?',
        yes: '{first.name} tells you the name to give it to, and says it twice so you will not forget. | | you promised to carry {first.name}’s goodbye',
        no: '{first.name} nods and says some goodbyes have to be carried in person. | | you would not carry {first.name}’s goodbye',
      },
      {
        hold: 'yes',
        needs: 'asked-k',
        ask: 'Closer now, {first.name} keeps {first.their} word and explains the flinch: someone there is still waiting for {first.them}; do you ask who?',
        yes: 'A brother, {first.name} says, and {first.they} {first.have} not written to him in eleven years. | | you learned who waits for {first.name}',
        no: 'You let {first.name} keep the name, and {first.they} seem{first.s} grateful to be trusted with it. | | you let {first.name} keep the name to {first.themself}',
      },
      {
        hold: 'no',
        ask: 'When someone says {destination} aloud, {first.name} flinches again and then laughs at {first.themself}; do you laugh with {first.them}?',
        yes: 'You laugh together, and whatever the name held for {first.name} loosens and lets go. | | you laughed with {first.name} about {destination}',
        no: 'You keep a kind silence, and {first.name} says thank you, meaning something larger. | | you kept a kind silence for {first.name}',
      },
    ],
  },
  {
    kind: 'companion',
    id: 'promise',
    plant: {
      hold: 'yes',
      // Not someone of the reader's the seed has silent ("she hasnt said a word since we left").
      needs: '!kin-distant !kin-young',
      ask: '{first.name} says there is something {first.they} must tell you; will you promise to keep it before you hear it?',
      yes: 'You promise, and {first.name} nods and says {first.they} will tell you when the time is right. | +promised-k | you promised to keep {first.name}’s secret unheard',
      no: 'You refuse to promise, and {first.name} swallows the secret back down, unhurt. | | you would not promise {first.name} anything unheard',
    },
    payoffs: [
      {
        hold: 'yes',
        // A small child never pays: no secret in that.
        needs: 'promised-k !kin-young',
        ask: '{first.name} tells you the secret at last: {first.they} {first.have} never paid for tonight’s journey; do you keep your promise?',
        yes: 'You keep it, and {first.name} squeezes your arm, a debt paid that was never owed. | | you kept {first.name}’s secret whole',
        no: 'You say it aloud, and nothing happens at all, which seems to surprise {first.name} most. | | you said {first.name}’s secret aloud',
      },
      {
        hold: 'no',
        needs: '!promised-k',
        ask: '{first.name} decides to tell you the secret anyway: {first.they} {first.were} on this journey once before; do you believe {first.them}?',
        yes: '{first.name} looks relieved, as if belief were the thing {first.they} had been travelling toward. | | you believed {first.name}’s secret',
        no: 'You shake your head, and {first.name} laughs and says that is what {first.they} said too, once. | | you did not believe {first.name}',
      },
      {
        hold: 'yes',
        // Told to a reader who promised to keep it: one who refused saw it swallowed back down.
        needs: 'promised-k',
        ask: '{first.name} says the secret is only that {first.they} {first.have} been afraid of this night for years; do you tell {first.them} you are afraid too?',
        yes: '{first.name} nods, and being afraid together turns out to be a different thing entirely. | | you told {first.name} you were afraid too',
        no: 'You say nothing, and {first.name} seems braver for having said it aloud. | | you let {first.name} be afraid alone',
      },
    ],
  },
  {
    kind: 'companion',
    id: 'knows-way',
    plant: {
      hold: 'yes',
      // Someone the reader travels with knows the night as well as they do, not too well.
      needs: '!known:first',
      ask: '{first.name} seems to know this place, and this night, far too well; do you say so?',
      yes: 'You say so, and {first.name} gives a small, guilty smile and does not deny it. | +noticed-k | you said how well {first.name} knew the night',
      no: 'You let it go, and {first.name} goes on steering you gently, without seeming to. | | you let {first.name} steer you without asking',
    },
    payoffs: [
      {
        hold: 'yes',
        ask: '{first.name} confesses {first.they} {first.have} made this exact journey before; do you ask how it ended?',
        yes: '{first.name} says it ended well, because someone asked exactly that. | | you asked {first.name} how the journey ended last time',
        no: 'You do not ask, and {first.name} looks relieved and a little lost. | | you never asked {first.name} how it ended last time',
      },
      {
        hold: 'yes',
        needs: 'noticed-k',
        ask: '{first.name} admits {first.they} {first.were} sent to see you safely to {destination}; will you let {first.them} finish the job?',
        yes: '{first.name} straightens up, proud and shy at once, like someone given back a purpose. | | you let {first.name} see you safely home',
        no: 'You thank {first.them} and say you can manage, and {first.name} looks lighter for it. | | you told {first.name} you could manage alone',
      },
      {
        hold: 'no',
        ask: '{first.name} goes quiet, suddenly unsure, as if the way {first.they} knew by heart had changed; do you say it will be all right?',
        yes: 'You say so, and {first.name} lets out a breath, relieved to be a passenger for once. | | you told {first.name} it would be all right',
        no: 'You wait, and {first.name} finds the way again, slower now, and more careful. | | you waited for {first.name} to find the way',
      },
    ],
  },
  {
    kind: 'door',
    id: 'new-door',
    plant: {
      hold: 'no',
      ask: 'Do you try the handle of a narrow door you are sure was not there a moment ago?',
      yes: 'The handle is warm and does not turn, but something behind the door knocks back. | +tried-door | you tried the handle of the door that had not been there',
      no: 'You leave the door alone, but its outline stays at the edge of your sight. | | you left the new door alone',
    },
    payoffs: [
      {
        hold: 'yes',
        ask: 'The narrow door that was not there before stands open now; do you step through?',
        yes: 'You step through and find the same journey beyond it, only kinder. | | you stepped through the narrow door',
        no: 'You stay, and the narrow door waits, spilling warm light across the floor. | refuse | you stayed on this side of the narrow door',
      },
      {
        hold: 'yes',
        needs: 'tried-door',
        ask: 'Whatever knocked behind the narrow door knocks again, softly, three times; do you knock back?',
        yes: 'You knock, and the door swings inward as if it had only wanted to be asked. | | you knocked back at the narrow door',
        no: 'You keep your hands still, and the knocking fades like someone giving up, kindly. | refuse | you did not answer the knocking',
      },
      {
        hold: 'yes',
        ask: 'The narrow door from earlier is there again, close enough to touch, its handle turned toward you; will you open it?',
        yes: 'The handle turns easily, and the door opens onto a quiet, lit room. | | you opened the narrow door at last',
        no: 'You walk past, and behind you the narrow door closes with a soft, understanding click. | refuse | you walked past the narrow door',
      },
    ],
  },
  {
    kind: 'door',
    id: 'given-key',
    travels: true,
    plant: {
      hold: 'yes',
      needs: '!motif:brass-key !motif:lighthouse-keyring',
      does: 'see:key',
      ask: 'Will you take a small iron key {first.name} is holding out to you?',
      yes: 'You keep the key, and {first.name} says you will know the door when you see it. | take:key | you kept the key {first.name} pressed on you',
      no: 'You shake your head, and {first.name} slips the key away with a look you cannot read. | give:key | you would not take {first.name}’s key',
    },
    payoffs: [
      {
        hold: 'yes',
        needs: 'held:key',
        ask: 'A door has appeared where there was none, with a keyhole the exact shape of {first.name}’s iron key; do you try it?',
        yes: 'The key turns as if it had been turning all night, and the door gives. | | you turned {first.name}’s key in the lock',
        no: 'You leave the key in your pocket, and the door stays shut, unoffended. | refuse | you kept the key in your pocket',
      },
      {
        hold: 'no',
        needs: 'given:key',
        ask: 'A door has appeared where there was none, its keyhole shaped like the key you refused; will you ask {first.name} for it after all?',
        yes: '{first.name} hands it over, and the door answers the key at once, as if it had been listening. | take:key | you asked for the key after all and opened the door',
        no: 'You leave the key where it is, and {first.name} laughs and says you are stubborn. | refuse | you let the key stay given',
      },
      {
        hold: 'yes',
        needs: 'held:key',
        ask: '{first.name} points to a small door that was not there before and says the iron key was for this; do you go to it?',
        yes: 'You go, and the door is waiting, unlocked, as if the key had only ever been a promise. | | you went to the door the key was for',
        no: 'You stay where you are, and {first.name} shrugs and says doors keep. | refuse | you stayed away from the key’s door',
      },
    ],
  },
  {
    kind: 'door',
    id: 'door-number',
    plant: {
      hold: 'yes',
      // A lift's only door is its own, and a plane's are not for walking through.
      needs: '!setting:hotel-lift !setting:airport-gate',
      ask: 'Do you memorise the number painted on a door that nobody seems to use?',
      yes: 'The number is the date you set out, and you fix it firmly in mind. | +door-number | you memorised the number on the unused door',
      no: 'You do not, but the number stays at the edge of your mind, like a tune you cannot place. | | you tried to ignore the number on the unused door',
    },
    payoffs: [
      {
        hold: 'yes',
        ask: 'The door with the painted number stands right before you now, ajar; will you go in?',
        yes: 'The door opens with a sound like a word finally said. | | you went in through the numbered door',
        no: 'You leave it ajar, and the number fades slowly from the paint. | refuse | you left the numbered door ajar',
      },
      {
        hold: 'no',
        needs: 'door-number',
        ask: 'Someone behind the numbered door is calling the number you memorised; do you answer?',
        yes: 'You answer, and the door swings wide with a rush of warm air. | | you answered the voice behind the numbered door',
        no: 'You keep silent, and the calling softens into plain wind under the door. | refuse | you stayed silent at the numbered door',
      },
      {
        hold: 'no',
        // Signs go past only a reader who is moving overland: no one in a lift, at sea or aloft.
        needs: 'aboard !setting:hotel-lift !setting:ferry-terminal !setting:airport-gate',
        ask: 'The number from the unused door is on every sign you pass now; will you go back and try that door?',
        yes: 'The door opens before you can knock, as if the signs had sent word ahead. | | you went back to the numbered door',
        no: 'You stop reading signs, and the numbers fade back into ordinary words. | refuse | you did not go back to the numbered door',
      },
    ],
  },
  {
    kind: 'motif',
    id: 'found-motif',
    plant: {
      hold: 'yes',
      does: 'see:motif',
      ask: 'There is {aMotif} beside you that nobody put there; do you keep it?',
      yes: 'You keep {motif} close, and it is warm, as if it had been waiting for you. | take:motif | you kept {motif} nobody had put there',
      no: 'You leave {motif} where it lies, but it is beside you again when you next look down. | | you left {motif} where it lay',
    },
    payoffs: [
      {
        hold: 'yes',
        needs: 'has:motif',
        ask: 'Looking at {motif} again, do you let yourself believe it is the one you lost as a child?',
        yes: 'You believe it, and the whole night rearranges itself around that small, true thing. | take:motif | you believed {motif} was the one you lost',
        no: 'You refuse to believe it, and {motif} grows cold and strange in the light. | | you would not believe {motif} was yours',
      },
      {
        hold: 'yes',
        needs: 'held:motif',
        // Trusted, not followed: a reader aboard cannot follow anything, and "the way ahead
        // becomes plain and short" was a promise a missed stop then broke.
        ask: 'Now {motif} seems to tug toward {destination}, as if it knew the way; will you trust it?',
        yes: 'You trust {motif}, and the rest of the way feels a little plainer for it. | | you trusted {motif} toward {destination}',
        no: 'You ignore it, and {motif} goes still, as if content to wait until you ask. | | you ignored where {motif} pointed',
      },
      {
        hold: 'yes',
        needs: 'has:motif',
        ask: 'Someone asks whether {motif} is yours; do you say yes?',
        yes: 'You say it is, and it is, and saying so feels like coming home. | take:motif | you claimed {motif} as yours',
        no: 'You say no, and {motif} is handed on to a child, who is delighted with it. | give:motif | you let {motif} go to a child',
      },
    ],
  },
  {
    kind: 'motif',
    id: 'dropped-motif',
    plant: {
      hold: 'yes',
      does: 'see:motif',
      ask: 'Do you pick up {aMotif} that {first.name} has dropped without noticing?',
      yes: '{first.name} thanks you for {motif} and tells you to keep it, for now. | take:motif | you picked up {motif} {first.name} dropped',
      no: 'You leave it, and {first.name} picks up {motif} without a word, watching you oddly. | give:motif | you left {motif} for {first.name} to pick up',
    },
    payoffs: [
      {
        hold: 'no',
        needs: 'held:motif',
        ask: 'Will you give {motif} back to {first.name}, who has been glancing at it all night?',
        yes: '{first.name} takes {motif}, and something leaves {first.their} face, an old weight let go. | give:motif | you gave {motif} back to {first.name}',
        no: 'You keep {motif}, and it stays close by you like a small held promise. | | you kept {motif} from {first.name}',
      },
      {
        hold: 'yes',
        needs: 'given:motif',
        ask: '{first.name} offers {motif} to you again, this time on purpose; do you accept it?',
        yes: 'You accept, and {first.name} says it was always meant to end up with you. | take:motif | you accepted {motif} from {first.name} at last',
        no: 'You refuse gently, and {first.name} nods and closes {first.their} hand around it for good. | | you let {first.name} keep {motif}',
      },
      {
        hold: 'yes',
        needs: 'has:motif',
        ask: '{first.name} asks if you would like to know where {motif} came from; do you?',
        yes: '{first.name} says it was a present from someone long gone, given on a night very like this one. | | you heard the story of {motif}',
        no: 'You say some things are better unexplained, and {first.name} smiles and lets the story keep. | | you left the story of {motif} untold',
      },
    ],
  },
];

/** Payoffs for threads the storyteller did not plant: they assume nothing but the kind. */
export const FOREIGN_PAYOFFS: Readonly<Record<ThreadKind, readonly QuestionSpec[]>> = {
  motif: [
    {
      id: 'return',
      hold: 'yes',
      needs: 'has:motif',
      ask: 'Here is {motif} again, as if it had followed you all this way; do you keep it this time?',
      yes: 'You keep it, and it sits easy in your hand, its work done. | take:motif | you kept {motif} at last',
      no: 'You let it go, and {motif} is gone the next time you look, without fuss. | lose:motif | you let {motif} go for good',
    },
    {
      id: 'meaning',
      hold: 'yes',
      needs: 'has:motif',
      ask: 'At last you understand why {motif} keeps returning; do you say it aloud?',
      yes: 'You say it aloud, and {motif} goes quiet, its message delivered. | | you said aloud what {motif} meant',
      no: 'You keep it unsaid, and {motif} goes on turning up, patient as a tide. | | you kept to yourself what {motif} meant',
    },
  ],
  companion: [
    {
      id: 'told',
      hold: 'yes',
      ask: '{first.name} finally tells you what {first.they} {first.have} been keeping back all night; do you forgive {first.them} for keeping it?',
      yes: 'You forgive {first.them}, and {first.name} breathes out as if {first.they} had been holding it since dark. | | you forgave {first.name} for the secret',
      no: 'You say you need time, and {first.name} says that is fair, and means it. | | you did not forgive {first.name} at once',
    },
    {
      id: 'owed',
      hold: 'no',
      ask: '{first.name} says you are owed the truth and offers it now; do you take it?',
      yes: '{first.name} tells you, simply, and it is smaller and sadder than you feared. | | you heard {first.name}’s truth at last',
      no: 'You tell {first.name} to keep it, and {first.they} look{first.s} more grateful than you expected. | | you let {first.name} keep the truth',
    },
  ],
  door: [
    {
      id: 'open',
      hold: 'yes',
      ask: 'A door you have been half aware of all night stands open now; do you step through?',
      yes: 'You step through and find the same night on the other side, only kinder. | | you stepped through the door at last',
      no: 'You stay, and the open door waits, spilling light across the floor. | refuse | you stayed on this side of the door',
    },
    {
      id: 'name',
      hold: 'yes',
      ask: 'The door you glimpsed earlier now has your name on it; do you knock?',
      yes: 'You knock, and someone on the other side says come in as if you were expected. | | you knocked on the door with your name',
      no: 'You do not knock, and the door stays closed, keeping its patience. | refuse | you did not knock on the named door',
    },
  ],
};

/**
 * A motif the reader left where it was found stays there when they board (the ledger marks it
 * gone): its thread is paid off by its coming back into view in someone else's keeping, which
 * is what a motif that recurs does, without undoing the reader's No. Every other payoff needs
 * the motif at hand, so one of these is told instead. Left "where it lay", not "behind": most
 * were never the reader's (a glove a passer-by dropped).
 */
export const MOTIF_FOLLOWS: readonly QuestionSpec[] = [
  {
    id: 'motif-follows',
    hold: 'yes',
    needs: 'gone:motif',
    ask: 'A stranger nearby is turning over {aMotif}, the very one you left where it lay; do you let them keep it?',
    yes: 'You let it be theirs, and they hold it as if it were the one thing they had been missing. | | you let a stranger keep {motif}',
    no: 'You ask whether you might have it after all, and they give it up with a small, sorry smile. | take:motif | you asked the stranger for {motif}',
  },
  {
    id: 'motif-returned',
    hold: 'no',
    // Nothing is seen in a child's hands from a plane in the air.
    needs: 'gone:motif !setting:hotel-lift !setting:airport-gate',
    ask: 'Through the glass you glimpse {aMotif} like the one you left behind, in a child’s hands; do you wave?',
    yes: 'You wave, and the child holds it up to show you, and is carried away into the dark. | | you waved to the child with {motif}',
    no: 'You keep your hands still, and the child and {motif} slide away into the dark together. | | you let the child and {motif} go by',
  },
  {
    id: 'motif-handed-in',
    hold: 'yes',
    // Handed in where the reader waits, not in a lift or a plane in the air.
    needs: 'gone:motif waiting',
    ask: 'Someone calls out that {aMotif} has been handed in, the very one you left where it lay; do you go and claim it?',
    yes: 'It is the same one, no doubt of it, only a little colder than before. | take:motif | you claimed {motif} when it was handed in',
    no: 'You let it stay handed in; someone will need it more than you do. | | you left {motif} unclaimed',
  },
  {
    id: 'motif-missed',
    hold: 'no',
    needs: 'gone:motif',
    ask: 'You find yourself thinking of {motif} you left behind; do you let yourself miss it?',
    yes: 'You do, briefly and honestly, and the missing is lighter once it is admitted. | | you let yourself miss {motif}',
    no: 'You let it go, and find that letting go is enough. | | you let {motif} go for good',
  },
];
