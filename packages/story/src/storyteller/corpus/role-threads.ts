/**
 * The companion thread written for each role, keyed by the role's exact words: what the first
 * companion ({first}) is keeping back, given who they are. The storyteller plants these before the
 * general companion threads, so a secret belongs to the person who keeps it.
 */
import type { ThreadSpec } from './types';

type RoleThread = Omit<ThreadSpec, 'kind'>;

export const ROLE_THREAD_CORPUS: Readonly<Record<string, readonly RoleThread[]>> = {
  'a conductor off duty, still in uniform': [
    {
      id: 'conductor-faces',
      plant: {
        hold: 'yes',
        ask: '{first.name} is studying every face as if looking for one passenger in particular; do you ask who?',
        yes: '{first.name} says, a little too lightly, that old habits die hard. | +noticed-k | you asked who {first.name} was searching for',
        no: 'You let it pass, and {first.name} goes on searching, face by face, patient as a lamp. | | you let {first.name} search the faces',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits {first.they} once let a passenger ride free and has looked for them ever since; do you ask why?',
          yes: 'Because the passenger was crying, {first.name} says, and it was the only kind thing {first.they} could do. | | you asked why {first.name} let the passenger ride free',
          no: 'You do not ask, and {first.name} looks grateful for the quiet. | | you let {first.name} keep the reason',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} says you have the face of a crying child {first.they} once let ride free, years ago; were you ever that child?',
          yes: 'You were, you remember now, and {first.name} laughs and shakes your hand as if closing a ledger. | | you remembered being the free passenger',
          no: 'No, you say, and {first.name} nods and says it hardly matters, the fare is paid. | | you said you were not the free passenger',
        },
        {
          hold: 'yes',
          ask: '{first.name} asks, a little shyly, to see your ticket, as {first.they} used to see everyone’s; will you show it?',
          yes: '{first.name} checks it with great ceremony and hands it back as if handing back a life. | | you showed {first.name} your ticket',
          no: 'You keep it, and {first.name} smiles and says a good passenger never needs asking twice. | | you kept your ticket from {first.name}',
        },
      ],
    },
  ],
  'a knitter working on something far too long': [
    {
      id: 'knitted-initials',
      plant: {
        hold: 'yes',
        ask: '{first.name} has knitted your initials into the endless knitting; do you ask why?',
        yes: '{first.name} says it is not finished yet, and neither, quite, are you. | +noticed-k | you asked about your initials in {first.name}’s knitting',
        no: 'You say nothing, and the needles click on, steady as a heartbeat. | | you let {first.name} knit on unremarked',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits the knitting was begun for someone who never came home, and offers you its end; will you take it?',
          yes: 'The wool is warm, and {first.name} casts off the last stitch with a small, satisfied snip. | | you took the end of {first.name}’s scarf',
          no: 'You let {first.name} keep it, and {first.they} begin{first.s} a new row, more slowly. | | you left {first.name} the knitting',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {first.name} how {first.they} knew your initials before you gave your name?',
          yes: '{first.name} says the wool told {first.them}, and looks as if {first.they} half believe{first.s} it. | | you asked {first.name} how {first.they} knew your initials',
          no: 'You let the mystery stand, and it keeps you warmer than the knitting would. | | you let the initials be a mystery',
        },
        {
          hold: 'yes',
          ask: '{first.name} holds the endless knitting up to you for size; do you let {first.them} wrap it round your neck?',
          yes: 'It is exactly long enough, at last, and {first.name} looks at it as if at a finished life. | | you let {first.name} wrap the knitting round you',
          no: 'You step back, and {first.name} folds the knitting over {first.their} arm, content to wait. | | you stepped back from the knitting',
        },
      ],
    },
  ],
  'a child carrying a goldfish in a bag': [
    {
      id: 'goldfish-message',
      plant: {
        hold: 'yes',
        ask: '{first.name} is whispering to the goldfish as if giving it a message; do you ask what it is?',
        yes: '{first.name} looks up and says the message is for later, and not for you yet. | +noticed-k | you asked about {first.name}’s message to the goldfish',
        no: 'You let {first.name} whisper, and the goldfish turns slow circles, listening. | | you let {first.name} whisper to the goldfish',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} says the goldfish belonged to a brother who is not here any more; will you help {first.them} let it go somewhere kind?',
          yes: 'You promise it water at the first stop with a river, and {first.name} holds you to it, solemnly. | | you promised {first.name} the goldfish would go free',
          no: 'You say the goldfish is safer with {first.name}, and {first.they} hug{first.s} the bag, relieved. | | you told {first.name} to keep the goldfish',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} says the whispered message was for you after all; do you want to hear it?',
          yes: 'It is: you were kind to someone once, when it counted, and nobody forgot. | | you heard the goldfish’s message',
          no: 'You say the fish can keep it, and {first.name} solemnly agrees. | | you let the goldfish keep its message',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {first.name} whether the goldfish has a name?',
          yes: '{first.name} tells you the name, and it is yours, and {first.they} look{first.s} proud of it. | | you asked the goldfish’s name',
          no: 'You do not ask, and the goldfish looks at you as if that were a great loss. | | you never asked the goldfish’s name',
        },
      ],
    },
  ],
  'an old sailor who talks to the windows': [
    {
      id: 'sailor-debt',
      plant: {
        hold: 'yes',
        ask: 'When {first.name} looks at you the way sailors look at a ship they once lost, do you ask {first.them} why?',
        yes: '{first.name} turns away quickly and tells the window something you cannot hear. | +noticed-k | you asked {first.name} about the sailor’s look',
        no: 'You let it go, and {first.name} goes back to talking to the glass. | | you let {first.name}’s look go',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} says {first.they} sailed with your grandfather, and owe{first.s} him {first.their} life; will you accept the debt on his behalf?',
          yes: 'You accept, and {first.name} salutes you, and something very old is paid. | | you accepted {first.name}’s debt to your grandfather',
          no: 'You say there is no debt, and {first.name} weeps a little, and laughs. | | you told {first.name} there was no debt',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} asks if you would like to know what the windows have been saying about you; do you?',
          yes: 'They say you will come through, {first.name} reports, like a ship coming home in fog. | | you heard what the windows said',
          no: 'You say some things are between a sailor and the glass, and {first.name} approves. | | you let the windows keep their talk',
        },
        {
          hold: 'yes',
          ask: 'Will you let {first.name} tell you about the night {first.they} nearly drowned?',
          yes: '{first.name} tells it plainly, and at the end someone pulls {first.them} out, and it is someone you love. | | you heard {first.name}’s drowning story',
          no: 'You ask for a kinder story, and {first.name} tells you about dolphins instead. | | you asked {first.name} for a kinder story',
        },
      ],
    },
  ],
  'a nurse still in scrubs': [
    {
      id: 'nurse-errand',
      plant: {
        hold: 'yes',
        ask: '{first.name} is watching your breathing, the way nurses do without meaning to; do you say something?',
        yes: '{first.name} apologises, says it has been a long shift, and that you remind {first.them} of someone. | +noticed-k | you spoke to {first.name} about watching your breathing',
        no: 'You let {first.name} watch, and find yourself breathing more slowly for it. | | you let {first.name} watch you breathe',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits a patient asked {first.them} tonight to take this journey for her; will you ask what the patient wanted seen?',
          yes: 'The morning at {destination}, {first.name} says, and you promise to look at it twice. | | you learned what {first.name}’s patient wanted seen',
          no: 'You do not ask, and {first.name} seems to feel the errand is shared anyway. | | you let {first.name} keep the errand',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} says you remind {first.them} of that patient, who was kind to everyone; will you take it as a compliment?',
          yes: 'You do, and {first.name} smiles the first real smile of {first.their} night. | | you took the likeness as a compliment',
          no: 'You shrug it off, and {first.name} says that is just what she would have done. | | you shrugged off the likeness',
        },
        {
          hold: 'yes',
          ask: 'Will you tell {first.name} to go home and sleep when this is over, as someone should?',
          yes: '{first.name} laughs and says yes, nurse, and for a moment looks ten years younger. | | you told {first.name} to go home and sleep',
          no: 'You leave it, and {first.name} rubs {first.their} eyes and keeps going, as nurses do. | | you did not tell {first.name} to rest',
        },
      ],
    },
  ],
  'a guest in a crumpled wedding suit': [
    {
      id: 'wedding-ring',
      plant: {
        hold: 'yes',
        ask: '{first.name} keeps turning a ring round and round on {first.their} finger; do you ask about it?',
        yes: '{first.name} stops at once and says it is a habit, and it is not really {first.theirs}. | +noticed-k | you asked about the ring {first.name} kept turning',
        no: 'You let it be, and the ring goes round and round like a small bright wheel. | | you let {first.name} turn the ring',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} says the ring was for someone who did not come to the wedding; do you ask who?',
          yes: 'Someone who is waiting at {destination}, {first.name} says, and is perhaps still willing. | | you asked who the ring was for',
          no: 'You do not ask, and {first.name} puts the ring away in a breast pocket, gently. | | you did not ask about the ring',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} wonders aloud whether it is too late to ask the one the ring was for; is it?',
          yes: 'You say yes, gently, and {first.name} nods, and looks lighter for having asked. | | you told {first.name} it was too late',
          no: 'You say it is never too late, and {first.name} stands up as if already on the way. | | you told {first.name} it was not too late',
        },
        {
          hold: 'yes',
          ask: 'Will you hold the ring for {first.name} while {first.they} straighten{first.s} the crumpled suit?',
          yes: 'The ring is warm and heavier than gold should be, and you give it back with care. | | you held {first.name}’s ring',
          no: 'You decline, and {first.name} keeps the ring in {first.their} fist and straightens the suit one-handed. | | you would not hold {first.name}’s ring',
        },
      ],
    },
  ],
  'a teenager doing homework by torchlight': [
    {
      id: 'essay',
      plant: {
        hold: 'yes',
        ask: '{first.name} has put the sums away for an essay, and your name is at the top of it; do you ask about it?',
        yes: '{first.name} covers it with an arm and says it is about someone {first.they} never met. | +noticed-k | you asked about your name on {first.name}’s essay',
        no: 'You say nothing, and the torchlight narrows to the page like a held breath. | | you said nothing of {first.name}’s essay',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits the essay is about a grandparent who shares your name; will you read the last paragraph?',
          yes: 'It says they were brave in small ways, every day, and you hope it is true of you too. | | you read the last paragraph of the essay',
          no: 'You say it should stay between {first.name} and the teacher, and {first.name} grins. | | you left the essay unread',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} asks you to help with the ending, since you have the same name; will you?',
          yes: 'You suggest an ending, and {first.name} writes it down word for word and underlines it. | | you helped {first.name} end the essay',
          no: 'You say endings are the writer’s own, and {first.name} chews the pencil and nods. | | you left {first.name} to end the essay',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {first.name} what mark {first.they} hope{first.s} to get?',
          yes: 'An A, {first.name} says, and then, more seriously, that what matters is someone reading it. | | you asked {first.name} about the mark',
          no: 'You let {first.name} work, and the torch beam steadies on the page. | | you let {first.name} work on',
        },
      ],
    },
  ],
  'a retired magician': [
    {
      id: 'vanishing',
      plant: {
        hold: 'no',
        ask: '{first.name} is making a silver button vanish and reappear, over and over; do you ask how?',
        yes: '{first.name} says it is the only trick {first.they} still trust{first.s}, and will not teach it. | +noticed-k | you asked about {first.name}’s silver button',
        no: 'You let it be, and the button comes and goes like a lighthouse in {first.name}’s fingers. | | you let {first.name} play with the button',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits the one trick {first.they} never mastered was bringing someone back; will you ask who?',
          yes: 'An assistant, {first.name} says, who stepped into a cabinet in 1970 and stepped out somewhere else. | | you asked who {first.name} could not bring back',
          no: 'You let the name rest, and {first.name} vanishes the button one last time and leaves it gone. | | you let {first.name}’s lost one rest',
        },
        {
          hold: 'yes',
          needs: 'noticed-k',
          ask: '{first.name} makes the silver button reappear behind your ear and offers it to you; will you keep it?',
          yes: 'It is warm, and it is real, and {first.name} says a trick is only finished when someone keeps it. | | you kept {first.name}’s silver button',
          no: 'You give it back, and {first.name} makes it vanish for good, with a little bow. | | you gave back {first.name}’s silver button',
        },
        {
          hold: 'no',
          ask: '{first.name} offers, just this once, to show you how the trick is done; do you want to see?',
          yes: '{first.name} shows you, slowly, and it is simple and kind and you will never forget it. | | you learned {first.name}’s trick',
          no: 'You say a magician should keep some secrets, and {first.name} looks deeply pleased. | | you let {first.name} keep the trick secret',
        },
      ],
    },
  ],
  'a night watchman off duty': [
    {
      id: 'watching-you',
      plant: {
        hold: 'yes',
        ask: '{first.name} is keeping watch over you rather than over the dark; do you thank {first.them}?',
        yes: '{first.name} shrugs, says that is what {first.they} {first.are} good at, and looks away. | +noticed-k | you thanked {first.name} for watching over you',
        no: 'You let {first.name} watch, and you feel oddly safe for it. | | you let {first.name} watch over you',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits {first.they} {first.were} asked to see you safely through tonight by someone who could not come; do you ask who?',
          yes: 'Someone who loves you, {first.name} says, and who would rather you did not know who, not yet. | | you asked who sent {first.name} to watch over you',
          no: 'You do not ask, and {first.name} nods, as if the not asking was the answer. | | you did not ask who sent {first.name}',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you tell {first.name} that {first.they} may stop watching now, that you can manage?',
          yes: '{first.name} stands down like a soldier relieved at dawn, and falls asleep almost at once. | | you relieved {first.name} of the watch',
          no: 'You let {first.name} keep watching, and {first.they} seem{first.s} glad to have the work. | | you let {first.name} keep watch',
        },
        {
          hold: 'yes',
          ask: 'Do you offer to keep watch over {first.name} for a while instead?',
          yes: '{first.name} accepts, astonished, and sleeps like someone who has not slept in twenty years. | | you kept watch over {first.name}',
          no: 'You leave the watching to {first.name}, who would not have known how to stop. | | you left the watch to {first.name}',
        },
      ],
    },
  ],
  'a fortune teller going home': [
    {
      id: 'hidden-card',
      plant: {
        hold: 'no',
        ask: '{first.name} turns over a card, looks at you, and hides it quickly up {first.their} sleeve; do you ask to see it?',
        yes: '{first.name} says it was nothing, in the voice people use when it was something. | +noticed-k | you asked to see the card {first.name} hid',
        no: 'You let it go, and {first.name} shuffles the rest of the pack with unsteady hands. | | you let {first.name} hide the card',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} shows you the hidden card: the traveller, upright, which means you will arrive; do you believe it?',
          yes: 'You believe it, and {first.name} says belief is half of every fortune. | | you believed the traveller card',
          no: 'You laugh it off, and {first.name} laughs too, and puts the card in your pocket anyway. | | you laughed off the traveller card',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} admits the card frightened {first.them} because it is the one {first.they} drew the night {first.they} left home; do you ask what happened?',
          yes: '{first.name} says {first.they} did arrive, in the end, only somewhere better than planned. | | you heard what the card meant for {first.name}',
          no: 'You leave it, and {first.name} tucks the card away with a small, brave smile. | | you let {first.name} keep the card’s story',
        },
        {
          hold: 'yes',
          ask: 'Will you let {first.name} draw one more card, for {first.themself} this time?',
          yes: 'It is the same card, the traveller, and {first.name} laughs until {first.they} {first.have} to wipe {first.their} eyes. | | you let {first.name} draw a card for {first.themself}',
          no: 'You say one fortune a night is enough, and {first.name} agrees with relief. | | you stopped {first.name} drawing again',
        },
      ],
    },
  ],
  'a tired busker with a guitar': [
    {
      id: 'unfinished-song',
      plant: {
        hold: 'yes',
        ask: '{first.name} hums one tune over and over, and it breaks off at the same place each time; do you ask how it ends?',
        yes: '{first.name} laughs, embarrassed, and says the rest never came. | +noticed-k | you asked how {first.name}’s song ended',
        no: 'You let it drift by, and the humming sinks into the ordinary noises of the night. | | you let {first.name}’s humming pass you by',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits {first.they} wrote the song for someone and never finished it; will you help find the last line?',
          yes: 'You offer a line, and {first.name} sings it, and it fits, and the song is done. | | you gave {first.name}’s song its last line',
          no: 'You say the song should end where it ends, and {first.name} thinks about it and agrees. | | you let {first.name}’s song stay unfinished',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} plays the whole unfinished song for you, quietly, on the guitar; will you ask who it was for?',
          yes: 'For a sister, {first.name} says, who waits at {destination} and does not know it. | | you asked who the song was for',
          no: 'You simply listen, and that seems to be what the song wanted all along. | | you listened to the song without asking',
        },
        {
          hold: 'yes',
          ask: 'When the song stops short again, mid-phrase, will you hum on from there with {first.name}?',
          yes: 'Together you get one bar further, and {first.name} looks at you as if you had found a door. | | you hummed the song with {first.name}',
          no: 'You let {first.name} hum alone, and the song breaks off at its usual place, and {first.they} smile{first.s} at the gap. | | you let {first.name} hum alone',
        },
      ],
    },
  ],
  'a traveller with a birdcage under a cloth': [
    {
      id: 'cage-voice',
      plant: {
        hold: 'no',
        ask: 'Something in {first.name}’s covered birdcage says your name, very quietly; do you ask {first.name} what is in there?',
        yes: '{first.name} pats the cloth and says the bird is only practising, and will not say what for. | +noticed-k | you asked what in the birdcage said your name',
        no: 'You tell yourself you misheard, and the cage stays silent after that. | | you told yourself you misheard the cage',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits, without lifting the cloth, that the voice was {first.their} own; do you ask why?',
          yes: '{first.name} says {first.they} {first.have} been practising how to say your name kindly, and nearly had it. | | you asked why {first.name} practised your name',
          no: 'You let it rest, and {first.name} smooths the cloth, blushing. | | you let {first.name}’s practice rest',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {first.name} to let whatever is in the cage say your name once more?',
          yes: 'It does, clear and warm, and {first.name} looks relieved that it came out right. | | you heard your name from the cage again',
          no: 'You leave it, and the cage rocks once, gently, as if nodding. | | you let the cage keep quiet',
        },
        {
          hold: 'yes',
          ask: 'Do you offer to carry the covered birdcage for {first.name} for a while?',
          yes: 'It weighs almost nothing, and something inside shifts and settles against your side. | | you carried the birdcage for {first.name}',
          no: 'You leave it with {first.name}, who holds it a little closer. | | you left the birdcage with {first.name}',
        },
      ],
    },
  ],
  'a priest without a collar': [
    {
      id: 'bare-throat',
      plant: {
        hold: 'yes',
        // Not for a reader already told where the collar went, nor one who folded a new one.
        needs: '!asked-collar !paper-collar',
        ask: '{first.name} touches {first.their} bare throat whenever the lights dim; do you ask why?',
        yes: '{first.name} lowers the hand, slowly, like someone caught praying, and does not answer. | +noticed-k | you asked why {first.name} touched {first.their} bare throat',
        no: 'You look away, and leave {first.name} to {first.their} own small habits. | | you let {first.name} be',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} confesses {first.they} gave up the collar the night {first.they} could not save someone; will you tell {first.them} it was not {first.their} fault?',
          yes: 'You tell {first.them}, and {first.name} closes {first.their} eyes and lets it be true for a moment. | | you told {first.name} it was not {first.their} fault',
          no: 'You say nothing, and {first.name} thanks you for not lying. | | you did not absolve {first.name}',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} asks whether you would hear {first.their} confession, since there is no one else; will you?',
          yes: 'You listen, and it is small and human, and you forgive it without being asked. | | you heard {first.name}’s confession',
          no: 'You say you are not the right one, and {first.name} says that is what {first.they} said too. | | you would not hear {first.name}’s confession',
        },
        {
          hold: 'yes',
          needs: '!paper-collar',
          ask: 'Will you ask {first.name} for a blessing, even without the collar?',
          yes: '{first.name} blesses you plainly, and {first.their} voice does not shake at all. | | you asked {first.name} for a blessing',
          no: 'You do not ask, and {first.name} blesses you anyway, silently, when you look away. | | you did not ask {first.name} for a blessing',
        },
      ],
    },
  ],
  'a twin whose sibling is not here': [
    {
      id: 'two-of-everything',
      plant: {
        hold: 'yes',
        ask: '{first.name} is setting out two of everything, two cups, two sweets; do you ask who the second is for?',
        yes: '{first.name} says it is a habit, and eats both sweets without looking at you. | +noticed-k | you asked who {first.name}’s second cup was for',
        no: 'You let it be, and the second cup sits steaming beside {first.name}, untouched. | | you let {first.name}’s second cup be',
      },
      payoffs: [
        {
          hold: 'yes',
          // Not lost: elsewhere, as every other piece about the twin has them ("warm, and laughing,
          // and a little late" was said of a twin this had drowned years ago).
          ask: '{first.name} says {first.their} twin used to ride this route too, and has not come for years; will you keep {first.them} company this time?',
          yes: 'You stay close, and for once the second cup is drunk, by you. | | you kept {first.name} company in the twin’s place',
          no: 'You say it is {first.their} journey, and {first.name} nods, and pours the second cup out, gently. | | you left {first.name} to the twin’s journey',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} pushes the second cup toward you; will you drink it, for the twin?',
          yes: 'You drink, and {first.name} watches you with the strangest mix of grief and relief. | | you drank the twin’s cup',
          no: 'You push it back, and {first.name} says that is right, it is not yours to drink. | | you would not drink the twin’s cup',
        },
        {
          hold: 'yes',
          // Not once the reader has taken the twin's part ("you are the missing twin").
          needs: '!rev:you-twin',
          ask: 'Do you ask {first.name} what the twin is like?',
          yes: 'Louder, {first.name} says, and braver, and worse at cards, and smiles for the first time. | | you asked about {first.name}’s twin',
          no: 'You do not ask, and {first.name} tells you anyway, later, one small story at a time. | | you did not ask about the twin',
        },
      ],
    },
  ],
  'a cartographer with inky fingers': [
    {
      id: 'mapped-route',
      plant: {
        hold: 'no',
        // A lift has floors, not a route to chart; a crossing has no stops to chart it by.
        needs: '!setting:hotel-lift',
        ask: '{first.name} unrolls an old chart, and tonight’s route is already on it, every turn of it; do you ask how?',
        yes: '{first.name} folds it away quickly and says cartographers are always a little ahead. | +noticed-k | you asked about your route on {first.name}’s chart',
        no: 'You say nothing, and {first.name} rolls the chart up again, a little ahead of you. | | you left {first.name} to {first.their} chart',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits someone paid for this chart years ago, in your name; do you ask who?',
          yes: 'It was signed in your own hand, {first.name} says, so you would not get lost on the night it mattered. | | you asked who ordered the chart',
          no: 'You do not ask, and {first.name} seems to think not knowing was part of the plan. | | you let the chart’s buyer be',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} hands you the pen and says the last stretch is yours to draw; will you draw it?',
          yes: 'You draw it, shakily, and {first.name} says it is the best line on the whole chart. | | you drew the last stretch of the chart',
          no: 'You hand the pen back, and {first.name} leaves the last stretch blank, which seems braver. | | you left the last stretch blank',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {first.name} whether the chart shows where you will be tomorrow?',
          yes: '{first.name} turns it over: the back is blank, and {first.they} say{first.s} that is the best kind of map. | | you asked about tomorrow’s chart',
          no: 'You leave tomorrow uncharted, and {first.name} looks at you as if you had said something wise. | | you left tomorrow uncharted',
        },
      ],
    },
  ],
  'a translator muttering in three languages': [
    {
      id: 'far-listener',
      plant: {
        hold: 'yes',
        // Whatever anyone says, not "your words": the reader may have said none yet.
        ask: '{first.name} is translating whatever anyone says under {first.their} breath, into a language nobody here speaks; do you ask which?',
        yes: '{first.name} stops, caught, says it is an old habit, and will not meet your eye. | +noticed-k | you asked what {first.name} was translating into',
        no: 'You let it go, and {first.name}’s murmur follows every voice like an echo in another room. | | you let {first.name} go on translating',
      },
      payoffs: [
        {
          hold: 'yes',
          needs: '!dead-listening',
          ask: '{first.name} admits {first.they} {first.have} been translating for someone listening from very far away; will you say something for them?',
          yes: 'You say thank you, for no reason you can name, and {first.name} translates it with great care. | | you spoke to the far listener',
          no: 'You keep quiet, and {first.name} says silence translates perfectly well. | | you kept quiet for the far listener',
        },
        {
          hold: 'yes',
          needs: 'dead-listening',
          ask: 'Will you give {first.name} one last sentence to carry across to whoever is listening?',
          yes: 'You choose it carefully, and {first.name} sends it over in a language made of pauses. | | you sent one last sentence across',
          no: 'You shake your head, and {first.name} says the listener heard that too, and understood. | | you sent nothing across',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {first.name} again, gently, which language it was, the one nobody here speaks?',
          yes: 'Your grandmother’s, {first.name} says, and you realise you have understood every word. | | you asked which language {first.name} spoke',
          no: 'You do not ask, and later you find you are dreaming in it. | | you did not ask about the language',
        },
        {
          hold: 'yes',
          ask: '{first.name} offers to teach you one sentence in the far language; will you learn it?',
          yes: 'It means I am on my way, and it feels warm and old in your mouth. | | you learned a sentence of the far language',
          no: 'You say one language is enough tonight, and {first.name} laughs in three. | | you declined the far language',
        },
      ],
    },
  ],
  'a child who talks like an old clerk': [
    {
      id: 'ledger-heading',
      plant: {
        hold: 'yes',
        ask: '{first.name} is entering you in a tiny ledger under a heading you cannot read; do you ask to see it?',
        yes: '{first.name} closes the ledger with a snap and says the entry is provisional. | +noticed-k | you asked to see {first.name}’s ledger',
        no: 'You let {first.name} write, and the scratch of the pencil sounds official and kind. | | you let {first.name} write in the ledger',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} shows you the heading: Persons Owed A Kindness; will you accept the kindness you are owed?',
          yes: '{first.name} stamps the entry paid and gives you a boiled sweet with great ceremony. | | you accepted the kindness you were owed',
          no: 'You say you are owed nothing, and {first.name} writes that down too, frowning. | | you refused the kindness you were owed',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} asks whether you would like to be moved to a different heading; would you?',
          yes: 'You choose Persons Expected Home, and {first.name} agrees it suits you better. | | you moved yourself to a better heading',
          no: 'You stay where you are, and {first.name} approves of your steadiness. | | you kept your heading',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {first.name} who keeps the ledger when {first.they} {first.are} asleep?',
          yes: '{first.name} says the ledger keeps itself, and that {first.they} only check{first.s} its spelling. | | you asked who keeps the ledger',
          no: 'You do not ask, and {first.name} looks relieved not to have to explain the arrangements. | | you did not ask about the ledger',
        },
      ],
    },
  ],
  'a porter with an empty trolley': [
    {
      id: 'familiar-bag',
      plant: {
        hold: 'yes',
        ask: '{first.name} keeps glancing at your bag as if {first.they} had seen it before; do you ask where?',
        yes: '{first.name} says all bags look alike to a porter, and does not sound as if {first.they} believe{first.s} it. | +noticed-k | you asked how {first.name} knew your bag',
        no: 'You let it go, and {first.name} keeps a careful eye on your bag all the same. | | you did not ask how {first.name} knew your bag',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} says {first.they} carried that very bag once before, for someone with your face; do you ask when?',
          yes: 'Forty years ago, {first.name} says, for someone going to {destination} to start a life. | | you asked when {first.name} carried your bag',
          no: 'You do not ask, and {first.name} lifts your bag onto the trolley as if greeting an old friend. | | you let {first.name} keep the memory',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you open your bag and show {first.name} what you are carrying now?',
          yes: '{first.name} looks in and says, gently, that you are travelling lighter than last time. | | you showed {first.name} what your bag held',
          no: 'You keep it shut, and {first.name} says a porter carries, and does not ask. | | you kept your bag shut',
        },
        {
          hold: 'yes',
          ask: 'Do you let {first.name} carry your bag for the last of the way?',
          yes: '{first.name} takes it with both hands, as if it held something precious. | | you let {first.name} carry your bag at last',
          no: 'You keep it yourself, and {first.name} rests a hand on the empty trolley, as if the offer stands. | | you carried your own bag to the end',
        },
      ],
    },
  ],
  'a beekeeper with a veil folded on one knee': [
    {
      id: 'sent-bee',
      plant: {
        hold: 'yes',
        ask: 'One bee will not leave your side, however you move; do you let it stay?',
        yes: 'It settles on your collar, and {first.name} smiles and says the bee has chosen you, an honour. | +noticed-k | you let the bee that chose you stay',
        no: 'You brush at it, and it settles on your collar, unbothered. | | you brushed at the bee',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits {first.they} sent the bee to keep an eye on you; will you thank it?',
          yes: 'You thank it aloud, and the bee circles your head once, pleased. | | you thanked {first.name}’s bee',
          no: 'You say nothing, and the bee goes back to {first.name}, who strokes it with one finger. | | you sent the bee back to {first.name}',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{first.name} says the hive asked after you by name; do you ask how bees know names?',
          yes: '{first.name} says bees must be told everything, and someone told them all about you. | | you asked how the bees knew your name',
          no: 'You accept it, as you would accept weather, and {first.name} nods approvingly. | | you accepted that the bees knew you',
        },
        {
          hold: 'yes',
          ask: 'Will you let the bee ride on your finger for the last stretch?',
          yes: 'It rides there warm and light, and you hold your hand very still, like a gift. | | you carried the bee on your finger',
          no: 'You let it fly, and it goes on ahead, as if to tell them you are coming. | | you let the bee go ahead',
        },
      ],
    },
  ],
  'a clockmender with a pocket full of springs': [
    {
      id: 'timing-you',
      plant: {
        hold: 'no',
        ask: '{first.name} times you with a pocket watch whenever you speak; do you ask why?',
        yes: '{first.name} snaps the watch shut and says, professionally, that you run a little slow. | +noticed-k | you asked why {first.name} was timing you',
        no: 'You let {first.name} time you, and your words start to come out evenly spaced. | | you let {first.name} time you',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} admits {first.they} {first.were} asked to mend an hour you lost, long ago; will you let {first.them}?',
          yes: '{first.name} opens your watch, turns a tiny screw, and an afternoon from childhood comes back whole. | | you let {first.name} mend your lost hour',
          no: 'You say some hours are best left lost, and {first.name} closes the watch with respect. | | you left your lost hour lost',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {first.name} what made you run slow?',
          yes: 'Waiting, {first.name} says, too much waiting, and prescribes one brisk yes a day. | | you asked why you ran slow',
          no: 'You do not ask, and {first.name} slips a spring into your pocket, for later. | | you did not ask why you ran slow',
        },
        {
          hold: 'yes',
          ask: '{first.name} offers to set you to the right time; do you let {first.them}?',
          yes: '{first.name} taps your wrist twice, and everything around you falls into step. | | you let {first.name} set you right',
          no: 'You say you like your own time, and {first.name} admits {first.they} always did too. | | you kept your own time',
        },
      ],
    },
  ],
  'a firefighter going home smelling of smoke': [
    {
      id: 'carried-out',
      plant: {
        hold: 'yes',
        ask: '{first.name} is staring at {first.their} own hands as if they belonged to someone else; do you ask what happened?',
        yes: '{first.name} says {first.their} hands carried someone out tonight, and do not yet believe it. | +noticed-k | you asked about {first.name}’s hands',
        no: 'You let it be, and {first.name}’s hands go still on {first.their} knees, black with soot. | | you let {first.name}’s hands be',
      },
      payoffs: [
        {
          hold: 'yes',
          // Only for a reader who asked, and so heard that someone was carried out.
          needs: 'noticed-k',
          ask: '{first.name} says the person {first.they} carried out asked {first.them} to find you; do you ask who it was?',
          yes: 'An old neighbour of yours, {first.name} says, who wanted you to know your old house is safe. | | you learned who {first.name} had carried out',
          no: 'You do not ask, and {first.name} says the message was only: all well. | | you took the message without the name',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you take {first.name}’s hands in yours, sooty as they are, until they stop shaking?',
          yes: 'You hold them, and the shaking stops, and {first.name} says thank you to the floor. | | you held {first.name}’s shaking hands',
          no: 'You offer your handkerchief instead, and {first.name} wipes the soot off, slowly. | | you gave {first.name} your handkerchief',
        },
        {
          hold: 'no',
          // For a reader who let the hands be: they stay a mystery, and are cared for anyway.
          needs: '!noticed-k',
          ask: '{first.name} has dozed off with {first.their} sooty hands open on {first.their} knees; do you lay your coat over them?',
          yes: 'You do, gently, and {first.name} sighs in {first.their} sleep and closes {first.their} hands on it. | | you laid your coat over {first.name}’s hands',
          no: 'You let {first.name} sleep as {first.they} {first.are}, and the soot on {first.their} hands says what {first.they} did not. | | you let {first.name} sleep',
        },
        {
          hold: 'yes',
          // Only a reader who heard what was done tonight can call it brave.
          needs: 'noticed-k',
          ask: 'Do you tell {first.name} that what {first.they} did tonight was brave?',
          yes: '{first.name} says it was just work, and then, much quieter, that it was good to hear. | | you told {first.name} {first.they} had been brave',
          no: 'You say nothing, and {first.name} seems to prefer it, and smells of smoke and relief. | | you said nothing of bravery',
        },
      ],
    },
  ],
  'a chess player replaying a lost game': [
    {
      id: 'opponent-name',
      plant: {
        hold: 'no',
        // Not a name the reader kept from them.
        needs: '!kept-name',
        ask: 'Replaying the lost game, {first.name} calls {first.their} opponent by your name; do you ask why?',
        yes: '{first.name} looks up, startled, and says it must be a coincidence, and moves a knight. | +noticed-k | you asked why {first.name} used your name',
        no: 'You let it pass, and {first.name} goes on muttering your name at the board. | | you let {first.name} mutter your name',
      },
      payoffs: [
        {
          hold: 'yes',
          // Not for a reader who has already left the night's game unplayed (role-revelations.ts).
          needs: '!chess-won !chess-left',
          ask: '{first.name} says the game was lost years ago to someone with your face; will you play the last move for them?',
          yes: 'You move the queen, and {first.name} stares, then laughs, and tips over the king at last. | +chess-won | you played the last move for your double',
          no: 'You leave the board, and {first.name} says the game can stay unfinished, like most. | | you left the old game unfinished',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {first.name} who the opponent really was?',
          yes: 'Your aunt, {first.name} says, who never lost a game and never boasted of it. | | you learned who beat {first.name}',
          no: 'You do not ask, and {first.name} sets up the pieces again, humming. | | you did not ask about the opponent',
        },
        {
          hold: 'yes',
          ask: 'Will you play {first.name} a quick game of your own, just for fun, on the little board?',
          yes: 'You play, and lose graciously, and {first.name} looks as if a weight has been lifted. | | you played {first.name} a game for fun',
          no: 'You decline, and {first.name} says some boards are better left set up. | | you declined a game with {first.name}',
        },
      ],
    },
  ],
  'a gardener with soil still under the nails': [
    {
      id: 'listening-seed',
      plant: {
        hold: 'yes',
        ask: '{first.name} is holding a single seed up to {first.their} ear, as if it might speak; do you ask what it says?',
        yes: '{first.name} says the seed is from a garden you once played in, and that it remembers you. | +noticed-k | you asked what {first.name}’s seed said',
        no: 'You let it be, and {first.name} goes on listening, smiling at something you cannot hear. | | you did not ask what {first.name}’s seed said',
      },
      payoffs: [
        {
          hold: 'yes',
          // Says whose garden it is: a reader who did not ask was never told.
          needs: '!noticed-k',
          ask: '{first.name} offers you the seed, saying it comes from a garden you played in as a child; will you take it?',
          yes: 'It is warm and smells faintly of apples, and {first.name} says to plant it wherever you stay. | | you took the seed from your childhood garden',
          no: 'You say it belongs in the garden, and {first.name} agrees and puts it away carefully. | | you left the seed with {first.name}',
        },
        {
          hold: 'yes',
          // A reader who asked has been told whose garden it is, and is not told twice.
          needs: 'noticed-k',
          ask: '{first.name} holds out the seed that remembers you; will you take it?',
          yes: 'It is warm in your palm and smells faintly of apples, as if it had been waiting for you. | | you took the seed that remembers you',
          no: 'You say it should go back where it came from, and {first.name} pockets it like a promise. | | you sent the seed back where it came from',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {first.name} to let you hold the seed to your own ear?',
          yes: 'You hear, very faintly, children laughing on a summer afternoon, and one of them is you. | | you heard the seed',
          no: 'You decline, and {first.name} says some things are better left to grow. | | you did not listen to the seed',
        },
        {
          hold: 'yes',
          needs: 'noticed-k',
          ask: 'Do you ask {first.name} what happened to the garden you played in?',
          yes: '{first.name} says it is still there, wilder now, and waiting for someone to come back. | | you asked about your childhood garden',
          no: 'You do not ask, and the garden stays perfect in your memory. | | you kept the garden as you remembered it',
        },
      ],
    },
  ],
  'a stargazer waiting for a clear sky': [
    {
      id: 'your-star',
      plant: {
        hold: 'no',
        ask: '{first.name} is looking not at the sky but at you, as if checking a chart; do you ask why?',
        yes: '{first.name} says, unembarrassed, that {first.they} {first.are} waiting for a star to rise exactly where you are. | +noticed-k | you asked why {first.name} was charting you',
        no: 'You let it pass, and {first.name} makes a small note in the margin of a star map. | | you let {first.name} chart you',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} asks you to stand still a moment longer, because the star is due; will you?',
          yes: 'You stand still, and {first.name} gasps, and says it rose, and you will never know what {first.they} saw. | | you stood still for {first.name}’s star',
          no: 'You move on, and {first.name} laughs and says the star will wait for you, stars do. | | you did not wait for the star',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {first.name} what the star over you is called?',
          yes: '{first.name} says it has no name yet, and asks if {first.they} may give it yours. | | you asked the name of your star',
          no: 'You let it stay nameless, and {first.name} draws it on the map as a small bright dot. | | you left your star nameless',
        },
        {
          hold: 'yes',
          // Not of a reader who looked up already, when the watcher was revealed.
          needs: '!looked-up',
          ask: 'Do you look up, just once, to see whether there is a star where {first.name} said?',
          yes: 'There is, small and steady and directly overhead, and you laugh out loud. | | you found {first.name}’s star overhead',
          no: 'You keep your eyes down, and take it on trust, which {first.name} says is better. | | you took {first.name}’s star on trust',
        },
      ],
    },
  ],
};
