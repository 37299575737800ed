/**
 * The companion thread written for each role, keyed by the role's exact words: what the first
 * companion ({k}) is keeping back, given who they are. The storyteller plants these before the
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
        ask: 'Do you notice {k.name} studying every face as if looking for one passenger in particular?',
        yes: '{k.name} catches you noticing and says, a little too lightly, that old habits die hard. | +noticed-k | you saw {k.name} searching the faces',
        no: 'You let it pass, and {k.name} goes on searching, face by face, patient as a lamp. | | you let {k.name} search the faces',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits {k.they} had once let a passenger ride free and has looked for them ever since; do you ask why?',
          yes: 'Because the passenger was crying, {k.name} says, and it was the only kind thing {k.they} could do. | | you asked why {k.name} let the passenger ride free',
          no: 'You do not ask, and {k.name} looks grateful for the quiet. | | you let {k.name} keep the reason',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} says you have the face of that passenger, years on; were you ever that crying child?',
          yes: 'You were, you remember now, and {k.name} laughs and shakes your hand as if closing a ledger. | | you remembered being the free passenger',
          no: 'No, you say, and {k.name} nods and says it hardly matters, the fare is paid. | | you said you were not the free passenger',
        },
        {
          hold: 'yes',
          ask: '{k.name} asks, a little shyly, to see your ticket, for old times’ sake; will you show it?',
          yes: '{k.name} checks it with great ceremony and hands it back as if handing back a life. | | you showed {k.name} your ticket',
          no: 'You keep it, and {k.name} smiles and says a good passenger never needs asking twice. | | you kept your ticket from {k.name}',
        },
      ],
    },
  ],
  'a knitter working on something far too long': [
    {
      id: 'knitted-initials',
      plant: {
        hold: 'yes',
        ask: 'Do you notice that {k.name} has knitted your initials into the endless scarf?',
        yes: '{k.name} sees you looking and says it is not finished yet, and neither, quite, are you. | +noticed-k | you found your initials in {k.name}’s knitting',
        no: 'You look away, and the needles click on, steady as a heartbeat. | | you let {k.name} knit on unremarked',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits the scarf was begun for someone who never came home, and offers you its end; will you take it?',
          yes: 'The wool is warm, and {k.name} casts off the last stitch with a small, satisfied snip. | | you took the end of {k.name}’s scarf',
          no: 'You let {k.name} keep it, and {k.they} begin{k.s} a new row, more slowly. | | you left {k.name} the scarf',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {k.name} how {k.they} knew your initials before you gave your name?',
          yes: '{k.name} says the wool told {k.them}, and looks as if {k.they} half believe{k.s} it. | | you asked {k.name} how {k.they} knew your initials',
          no: 'You let the mystery stand, and it keeps you warmer than the scarf would. | | you let the initials be a mystery',
        },
        {
          hold: 'yes',
          ask: '{k.name} holds the endless scarf up to you for size; do you let {k.them} wrap it round your neck?',
          yes: 'It is exactly long enough, at last, and {k.name} looks at it as if at a finished life. | | you let {k.name} wrap the scarf round you',
          no: 'You step back, and {k.name} folds the scarf over {k.their} arm, content to wait. | | you stepped back from the scarf',
        },
      ],
    },
  ],
  'a child carrying a goldfish in a bag': [
    {
      id: 'goldfish-message',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} whispering to the goldfish as if giving it a message?',
        yes: '{k.name} looks up and says the message is for later, and not for you yet. | +noticed-k | you heard {k.name} whisper to the goldfish',
        no: 'You let {k.name} whisper, and the goldfish turns slow circles, listening. | | you let {k.name} whisper to the goldfish',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} says the goldfish belonged to a brother who is not here any more; will you help {k.them} let it go somewhere kind?',
          yes: 'You find water together, and the goldfish goes off like a small lit lantern into the dark. | | you helped {k.name} let the goldfish go',
          no: 'You say the goldfish is safer with {k.name}, and {k.they} hug{k.s} the bag, relieved. | | you told {k.name} to keep the goldfish',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} says the whispered message was for you after all; do you want to hear it?',
          yes: 'It is: you were a good brother to someone once, and nobody forgot. | | you heard the goldfish’s message',
          no: 'You say the fish can keep it, and {k.name} solemnly agrees. | | you let the goldfish keep its message',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {k.name} whether the goldfish has a name?',
          yes: '{k.name} tells you the name, and it is yours, and {k.they} look{k.s} proud of it. | | you asked the goldfish’s name',
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
        ask: 'Do you catch {k.name} looking at you the way sailors look at a ship they once lost?',
        yes: '{k.name} turns away quickly and tells the window something you cannot hear. | +noticed-k | you caught {k.name}’s sailor’s look',
        no: 'You let it go, and {k.name} goes back to talking to the glass. | | you let {k.name}’s look go',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} says {k.they} sailed with your grandfather, and owe{k.s} him {k.their} life; will you accept the debt on his behalf?',
          yes: 'You accept, and {k.name} salutes you, and something very old is paid. | | you accepted {k.name}’s debt to your grandfather',
          no: 'You say there is no debt, and {k.name} weeps a little, and laughs. | | you told {k.name} there was no debt',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} asks if you would like to know what the windows have been saying about you; do you?',
          yes: 'They say you will come through, {k.name} reports, like a ship coming home in fog. | | you heard what the windows said',
          no: 'You say some things are between a sailor and the glass, and {k.name} approves. | | you let the windows keep their talk',
        },
        {
          hold: 'yes',
          ask: 'Will you let {k.name} tell you about the night {k.they} nearly drowned?',
          yes: '{k.name} tells it plainly, and at the end someone pulls {k.them} out, and it is someone you love. | | you heard {k.name}’s drowning story',
          no: 'You ask for a kinder story, and {k.name} tells you about dolphins instead. | | you asked {k.name} for a kinder story',
        },
      ],
    },
  ],
  'a nurse still in scrubs': [
    {
      id: 'nurse-errand',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} watching your breathing, the way nurses do without meaning to?',
        yes: '{k.name} apologises and says it has been a long shift, and you remind {k.them} of someone. | +noticed-k | you noticed {k.name} watching your breathing',
        no: 'You let {k.name} watch, and find yourself breathing more slowly for it. | | you let {k.name} watch you breathe',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits a patient asked {k.them} tonight to take this journey for her; will you ask what she wanted seen?',
          yes: 'The morning at {destination}, {k.name} says, and you promise to look at it twice. | | you learned what {k.name}’s patient wanted seen',
          no: 'You do not ask, and {k.name} seems to feel the errand is shared anyway. | | you let {k.name} keep the errand',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} says you remind {k.them} of that patient, who was kind to everyone; will you take it as a compliment?',
          yes: 'You do, and {k.name} smiles the first real smile of {k.their} night. | | you took the likeness as a compliment',
          no: 'You shrug it off, and {k.name} says that is just what she would have done. | | you shrugged off the likeness',
        },
        {
          hold: 'yes',
          ask: 'Will you tell {k.name} to go home and sleep when this is over, as someone should?',
          yes: '{k.name} laughs and says yes, nurse, and for a moment looks ten years younger. | | you told {k.name} to go home and sleep',
          no: 'You leave it, and {k.name} rubs {k.their} eyes and keeps going, as nurses do. | | you did not tell {k.name} to rest',
        },
      ],
    },
  ],
  'a guest in a crumpled wedding suit': [
    {
      id: 'wedding-ring',
      plant: {
        hold: 'yes',
        ask: 'Do you notice the ring {k.name} keeps turning and turning on {k.their} finger?',
        yes: '{k.name} stops at once and says it is a habit, and it is not really {k.theirs}. | +noticed-k | you noticed the ring {k.name} kept turning',
        no: 'You let it be, and the ring goes round and round like a small bright wheel. | | you let {k.name} turn the ring',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} says the ring was for someone who did not come to the wedding; do you ask who?',
          yes: 'Someone who is waiting at {destination}, {k.name} says, and is perhaps still willing. | | you asked who the ring was for',
          no: 'You do not ask, and {k.name} puts the ring away in a breast pocket, gently. | | you did not ask about the ring',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} asks whether you think it is too late to go and ask after all; is it?',
          yes: 'You say yes, gently, and {k.name} nods, and looks lighter for having asked. | | you told {k.name} it was too late',
          no: 'You say it is never too late, and {k.name} stands up as if already on the way. | | you told {k.name} it was not too late',
        },
        {
          hold: 'yes',
          ask: 'Will you hold the ring for {k.name} while {k.they} straighten{k.s} the crumpled suit?',
          yes: 'The ring is warm and heavier than gold should be, and you give it back with care. | | you held {k.name}’s ring',
          no: 'You decline, and {k.name} keeps the ring in {k.their} fist and straightens the suit one-handed. | | you would not hold {k.name}’s ring',
        },
      ],
    },
  ],
  'a teenager doing homework by torchlight': [
    {
      id: 'essay',
      plant: {
        hold: 'yes',
        ask: 'Do you see that {k.name}’s homework is an essay, and your name is at the top of it?',
        yes: '{k.name} covers it with an arm and says it is about someone {k.they} never met. | +noticed-k | you saw your name on {k.name}’s essay',
        no: 'You look away, and the torchlight narrows to the page like a held breath. | | you did not look at {k.name}’s essay',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits the essay is about a grandparent who shares your name; will you read the last paragraph?',
          yes: 'It says they were brave in small ways, every day, and you hope it is true of you too. | | you read the last paragraph of the essay',
          no: 'You say it should stay between {k.name} and the teacher, and {k.name} grins. | | you left the essay unread',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} asks you to help with the ending, since you have the same name; will you?',
          yes: 'You suggest an ending, and {k.name} writes it down word for word and underlines it. | | you helped {k.name} end the essay',
          no: 'You say endings are the writer’s own, and {k.name} chews the pencil and nods. | | you left {k.name} to end the essay',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {k.name} what mark {k.they} hope{k.s} to get?',
          yes: 'An A, {k.name} says, and then, seriously: or at least for someone to read it. | | you asked {k.name} about the mark',
          no: 'You let {k.name} work, and the torch beam steadies on the page. | | you let {k.name} work on',
        },
      ],
    },
  ],
  'a retired magician': [
    {
      id: 'vanishing',
      plant: {
        hold: 'no',
        ask: 'Do you notice {k.name} making a silver button vanish and reappear, over and over, without looking?',
        yes: '{k.name} sees you watching and says it is the only trick {k.they} still trust{k.s}. | +noticed-k | you watched {k.name} vanish the silver button',
        no: 'You let it be, and the button comes and goes like a lighthouse in {k.name}’s fingers. | | you let {k.name} play with the button',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits the one trick {k.they} never mastered was bringing someone back; will you ask who?',
          yes: 'An assistant, {k.name} says, who stepped into a cabinet in 1970 and stepped out somewhere else. | | you asked who {k.name} could not bring back',
          no: 'You let the name rest, and {k.name} vanishes the button one last time and leaves it gone. | | you let {k.name}’s lost one rest',
        },
        {
          hold: 'yes',
          needs: 'noticed-k',
          ask: '{k.name} makes the silver button reappear behind your ear and offers it to you; will you keep it?',
          yes: 'It is warm, and it is real, and {k.name} says a trick is only finished when someone keeps it. | | you kept {k.name}’s silver button',
          no: 'You give it back, and {k.name} makes it vanish for good, with a little bow. | | you gave back {k.name}’s silver button',
        },
        {
          hold: 'no',
          ask: 'Will you ask {k.name} to show you how the trick is done?',
          yes: '{k.name} shows you, slowly, and it is simple and kind and you will never forget it. | | you learned {k.name}’s trick',
          no: 'You say a magician should keep some secrets, and {k.name} looks deeply pleased. | | you let {k.name} keep the trick secret',
        },
      ],
    },
  ],
  'a night watchman off duty': [
    {
      id: 'watching-you',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} keeping watch over you rather than over the dark?',
        yes: '{k.name} shrugs and says that is what {k.they} {k.are} good at, and looks away. | +noticed-k | you noticed {k.name} watching over you',
        no: 'You let {k.name} watch, and you feel oddly safe for it. | | you let {k.name} watch over you',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits {k.they} had been asked to see you safely through tonight by someone who could not come; do you ask who?',
          yes: 'Your father, {k.name} says, and that he was sorry about the last time you spoke. | | you learned who sent {k.name} to watch over you',
          no: 'You do not ask, and {k.name} nods, as if the not asking was the answer. | | you did not ask who sent {k.name}',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you tell {k.name} that {k.they} may stop watching now, that you can manage?',
          yes: '{k.name} stands down like a soldier relieved at dawn, and falls asleep almost at once. | | you relieved {k.name} of the watch',
          no: 'You let {k.name} keep watching, and {k.they} seem{k.s} glad to have the work. | | you let {k.name} keep watch',
        },
        {
          hold: 'yes',
          ask: 'Do you offer to keep watch over {k.name} for a while instead?',
          yes: '{k.name} accepts, astonished, and sleeps like someone who has not slept in twenty years. | | you kept watch over {k.name}',
          no: 'You leave the watching to {k.name}, who would not have known how to stop. | | you left the watch to {k.name}',
        },
      ],
    },
  ],
  'a fortune teller going home': [
    {
      id: 'hidden-card',
      plant: {
        hold: 'no',
        ask: 'Do you see {k.name} turn over a card, look at you, and hide it quickly up {k.their} sleeve?',
        yes: '{k.name} says it was nothing, in the voice people use when it was something. | +noticed-k | you saw {k.name} hide a card',
        no: 'You let it go, and {k.name} shuffles the rest of the pack with unsteady hands. | | you let {k.name} hide the card',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} shows you the hidden card: the traveller, upright, which means you will arrive; do you believe it?',
          yes: 'You believe it, and {k.name} says belief is half of every fortune. | | you believed the traveller card',
          no: 'You laugh it off, and {k.name} laughs too, and puts the card in your pocket anyway. | | you laughed off the traveller card',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} admits the card frightened {k.them} because it is the one {k.they} drew the night {k.they} left home; do you ask what happened?',
          yes: '{k.name} says {k.they} did arrive, in the end, only somewhere better than planned. | | you heard what the card meant for {k.name}',
          no: 'You leave it, and {k.name} tucks the card away with a small, brave smile. | | you let {k.name} keep the card’s story',
        },
        {
          hold: 'yes',
          ask: 'Will you let {k.name} draw one more card, for {k.themself} this time?',
          yes: 'It is the same card, the traveller, and {k.name} laughs until {k.they} {k.have} to wipe {k.their} eyes. | | you let {k.name} draw a card for {k.themself}',
          no: 'You say one fortune a night is enough, and {k.name} agrees with relief. | | you stopped {k.name} drawing again',
        },
      ],
    },
  ],
  'a tired busker with a guitar': [
    {
      id: 'unfinished-song',
      plant: {
        hold: 'yes',
        ask: 'Do you notice that the song {k.name} keeps humming breaks off at the same place every time?',
        yes: '{k.name} hears {k.themself} stop and laughs, embarrassed, and says the rest never came. | +noticed-k | you noticed {k.name}’s song breaking off',
        no: 'You are listening to the road instead, and the humming is only part of the engine’s noise. | | you let {k.name}’s humming pass you by',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits {k.they} wrote the song for someone and never finished it; will you help find the last line?',
          yes: 'You offer a line, and {k.name} sings it, and it fits, and the song is done. | | you gave {k.name}’s song its last line',
          no: 'You say the song should end where it ends, and {k.name} thinks about it and agrees. | | you let {k.name}’s song stay unfinished',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} plays the whole unfinished song for you, quietly, on the guitar; will you ask who it was for?',
          yes: 'For a sister, {k.name} says, who waits at {destination} and does not know it. | | you asked who the song was for',
          no: 'You simply listen, and that seems to be what the song wanted all along. | | you listened to the song without asking',
        },
        {
          hold: 'yes',
          ask: 'When the song stops short again, mid-phrase, will you hum on from there with {k.name}?',
          yes: 'Together you get one bar further, and {k.name} looks at you as if you had found a door. | | you hummed the song with {k.name}',
          no: 'You let {k.name} hum alone, and the song breaks off at its usual place, and {k.name} smiles at the gap. | | you let {k.name} hum alone',
        },
      ],
    },
  ],
  'a traveller with a birdcage under a cloth': [
    {
      id: 'cage-voice',
      plant: {
        hold: 'no',
        ask: 'Do you hear something in {k.name}’s covered birdcage say your name, very quietly?',
        yes: '{k.name} pats the cloth and says the bird is only practising, and will not say what for. | +noticed-k | you heard the birdcage say your name',
        no: 'You tell yourself you misheard, and the cage stays silent after that. | | you told yourself you misheard the cage',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} lifts the cloth: the cage is empty, and the voice was {k.their} own; do you ask why?',
          yes: '{k.name} says {k.they} had been practising how to say your name kindly, and nearly had it. | | you asked why {k.name} practised your name',
          no: 'You let it rest, and {k.name} lowers the cloth, blushing. | | you let {k.name}’s practice rest',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {k.name} to let whatever is in the cage say your name once more?',
          yes: 'It does, clear and warm, and {k.name} looks relieved that it came out right. | | you heard your name from the cage again',
          no: 'You leave it, and the cage rocks once, gently, as if nodding. | | you let the cage keep quiet',
        },
        {
          hold: 'yes',
          ask: 'Do you offer to carry the covered birdcage for {k.name} for a while?',
          yes: 'It weighs almost nothing, and something inside shifts and settles against your side. | | you carried the birdcage for {k.name}',
          no: 'You leave it with {k.name}, who holds it a little closer. | | you left the birdcage with {k.name}',
        },
      ],
    },
  ],
  'a priest without a collar': [
    {
      id: 'bare-throat',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} touching {k.their} bare throat whenever the lights dim?',
        yes: '{k.name} sees you noticing and lowers the hand, slowly, like someone caught praying. | +noticed-k | you noticed {k.name} touch {k.their} bare throat',
        no: 'You let it be, and {k.name}’s hand keeps finding its way to the missing collar. | | you let {k.name} be',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} confesses {k.they} gave up the collar the night {k.they} could not save someone; will you tell {k.them} it was not {k.their} fault?',
          yes: 'You tell {k.them}, and {k.name} closes {k.their} eyes and lets it be true for a moment. | | you told {k.name} it was not {k.their} fault',
          no: 'You say nothing, and {k.name} thanks you for not lying. | | you did not absolve {k.name}',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} asks whether you would hear {k.their} confession, since there is no one else; will you?',
          yes: 'You listen, and it is small and human, and you forgive it without being asked. | | you heard {k.name}’s confession',
          no: 'You say you are not the right one, and {k.name} says that is what {k.they} had said too. | | you would not hear {k.name}’s confession',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {k.name} for a blessing, even without the collar?',
          yes: '{k.name} blesses you plainly, and {k.their} voice does not shake at all. | | you asked {k.name} for a blessing',
          no: 'You do not ask, and {k.name} blesses you anyway, silently, when you look away. | | you did not ask {k.name} for a blessing',
        },
      ],
    },
  ],
  'a twin whose sibling is not here': [
    {
      id: 'two-of-everything',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} setting out two of everything, two cups, two sweets, as if for someone else?',
        yes: '{k.name} says it is a habit, and eats both sweets without looking at you. | +noticed-k | you noticed {k.name} setting out two of everything',
        no: 'You let it be, and the second cup sits steaming beside {k.name}, untouched. | | you let {k.name}’s second cup be',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} says {k.their} twin was lost on this route years ago, and {k.they} ride{k.s} it every year; will you keep {k.them} company this time?',
          yes: 'You stay close, and for once the second cup is drunk, by you. | | you kept {k.name} company on the anniversary',
          no: 'You say it is {k.their} journey, and {k.name} nods, and pours the second cup out, gently. | | you left {k.name} to the anniversary',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} pushes the second cup toward you; will you drink it, for the twin?',
          yes: 'You drink, and {k.name} watches you with the strangest mix of grief and relief. | | you drank the twin’s cup',
          no: 'You push it back, and {k.name} says that is right, it is not yours to drink. | | you would not drink the twin’s cup',
        },
        {
          hold: 'yes',
          ask: 'Do you ask {k.name} what the twin was like?',
          yes: 'Louder, {k.name} says, and braver, and worse at cards, and smiles for the first time. | | you asked about {k.name}’s twin',
          no: 'You do not ask, and {k.name} tells you anyway, later, one small story at a time. | | you did not ask about the twin',
        },
      ],
    },
  ],
  'a cartographer with inky fingers': [
    {
      id: 'mapped-route',
      plant: {
        hold: 'no',
        ask: 'Do you notice that the chart {k.name} is drawing already shows your route, stop by stop?',
        yes: '{k.name} folds it away quickly and says cartographers are always a little ahead. | +noticed-k | you saw your route on {k.name}’s chart',
        no: 'You keep your eyes on the window, and whatever {k.name} is drawing stays on {k.their} side of the table. | | you left {k.name} to {k.their} drawing',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits you asked {k.them} to chart this journey years ago, and have forgotten; do you ask why you asked?',
          yes: 'So you would not get lost on the night it mattered, {k.name} says, and taps tonight’s date. | | you asked why you once ordered the chart',
          no: 'You do not ask, and {k.name} seems to think forgetting was part of the plan. | | you let your forgotten order be',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} hands you the pen and says the last stretch is yours to draw; will you draw it?',
          yes: 'You draw it, shakily, and {k.name} says it is the best line on the whole chart. | | you drew the last stretch of the chart',
          no: 'You hand the pen back, and {k.name} leaves the last stretch blank, which seems braver. | | you left the last stretch blank',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {k.name} whether the chart shows where you will be tomorrow?',
          yes: '{k.name} turns it over: the back is blank, and {k.name} says that is the best kind of map. | | you asked about tomorrow’s chart',
          no: 'You leave tomorrow uncharted, and {k.name} looks at you as if you had said something wise. | | you left tomorrow uncharted',
        },
      ],
    },
  ],
  'a translator muttering in three languages': [
    {
      id: 'far-listener',
      plant: {
        hold: 'yes',
        ask: 'Do you hear {k.name} translating your words, under {k.their} breath, into a language nobody here speaks?',
        yes: '{k.name} stops, caught, and says old habits, and will not meet your eye. | +noticed-k | you heard {k.name} translating you',
        no: 'You let it go, and {k.name}’s murmur follows your voice like an echo in another room. | | you let {k.name} translate you',
      },
      payoffs: [
        {
          hold: 'yes',
          needs: '!dead-listening',
          ask: '{k.name} admits {k.they} {k.have} been translating for someone listening from very far away; will you say something for them?',
          yes: 'You say thank you, for no reason you can name, and {k.name} translates it with great care. | | you spoke to the far listener',
          no: 'You keep quiet, and {k.name} says silence translates perfectly well. | | you kept quiet for the far listener',
        },
        {
          hold: 'yes',
          needs: 'dead-listening',
          ask: 'Will you give {k.name} one last sentence to carry across, now you know who is listening?',
          yes: 'You choose it carefully, and {k.name} sends it over in a language made of pauses. | | you sent one last sentence across',
          no: 'You shake your head, and {k.name} says the listener heard that too, and understood. | | you sent nothing across',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {k.name} which language it was, the one nobody here speaks?',
          yes: 'Your grandmother’s, {k.name} says, and you realise you have understood every word. | | you asked which language {k.name} spoke',
          no: 'You do not ask, and later you find you are dreaming in it. | | you did not ask about the language',
        },
        {
          hold: 'yes',
          ask: '{k.name} offers to teach you one sentence in the far language; will you learn it?',
          yes: 'It means I am on my way, and it feels warm and old in your mouth. | | you learned a sentence of the far language',
          no: 'You say one language is enough tonight, and {k.name} laughs in three. | | you declined the far language',
        },
      ],
    },
  ],
  'a child who talks like an old clerk': [
    {
      id: 'ledger-heading',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} entering you in a tiny ledger under a heading you cannot read?',
        yes: '{k.name} closes the ledger with a snap and says the entry is provisional. | +noticed-k | you saw {k.name} write you in the ledger',
        no: 'You let {k.name} write, and the scratch of the pencil sounds official and kind. | | you let {k.name} write in the ledger',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} shows you the heading: Persons Owed A Kindness; will you accept the kindness you are owed?',
          yes: '{k.name} stamps the entry paid and gives you a boiled sweet with great ceremony. | | you accepted the kindness you were owed',
          no: 'You say you are owed nothing, and {k.name} writes that down too, frowning. | | you refused the kindness you were owed',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} asks whether you would like to be moved to a different heading; would you?',
          yes: 'You choose Persons Expected Home, and {k.name} agrees it suits you better. | | you moved yourself to a better heading',
          no: 'You stay where you are, and {k.name} approves of your steadiness. | | you kept your heading',
        },
        {
          hold: 'yes',
          ask: 'Will you ask {k.name} who keeps the ledger when {k.they} {k.are} asleep?',
          yes: '{k.name} says the ledger keeps itself, and that {k.they} only check{k.s} its spelling. | | you asked who keeps the ledger',
          no: 'You do not ask, and {k.name} looks relieved not to have to explain the arrangements. | | you did not ask about the ledger',
        },
      ],
    },
  ],
  'a porter with an empty trolley': [
    {
      id: 'familiar-bag',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} glancing at your bag as if {k.they} had seen it before?',
        yes: '{k.name} says all bags look alike to a porter, and does not sound as if {k.they} believe{k.s} it. | +noticed-k | you noticed {k.name} knew your bag',
        no: 'You let it go, and {k.name} keeps a careful eye on your bag all the same. | | you let {k.name} watch your bag',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} says {k.they} carried that very bag once before, for someone with your face; do you ask when?',
          yes: 'Forty years ago, {k.name} says, for someone going to {destination} to start a life. | | you asked when {k.name} carried your bag',
          no: 'You do not ask, and {k.name} lifts your bag onto the trolley as if greeting an old friend. | | you let {k.name} keep the memory',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you open your bag and show {k.name} what you are carrying now?',
          yes: '{k.name} looks in and says, gently, that you are travelling lighter than last time. | | you showed {k.name} what your bag held',
          no: 'You keep it shut, and {k.name} says a porter carries, and does not ask. | | you kept your bag shut',
        },
        {
          hold: 'yes',
          ask: 'Do you let {k.name} carry your bag for the last of the way?',
          yes: '{k.name} takes it with both hands, as if it held something precious. | | you let {k.name} carry your bag at last',
          no: 'You carry it yourself, and {k.name} walks beside you with the empty trolley. | | you carried your own bag to the end',
        },
      ],
    },
  ],
  'a beekeeper with a veil folded on one knee': [
    {
      id: 'sent-bee',
      plant: {
        hold: 'yes',
        ask: 'Do you notice one bee that will not leave your side, however you move?',
        yes: '{k.name} smiles and says the bee has chosen you, and that it is an honour. | +noticed-k | you noticed the bee that chose you',
        no: 'You brush at it, and it settles on your collar, unbothered. | | you brushed at the bee',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits {k.they} sent the bee to keep an eye on you; will you thank it?',
          yes: 'You thank it aloud, and the bee circles your head once, pleased. | | you thanked {k.name}’s bee',
          no: 'You say nothing, and the bee goes back to {k.name}, who strokes it with one finger. | | you sent the bee back to {k.name}',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: '{k.name} says the hive asked after you by name; do you ask how bees know names?',
          yes: '{k.name} says bees must be told everything, and someone told them all about you. | | you asked how the bees knew your name',
          no: 'You accept it, as you would accept weather, and {k.name} nods approvingly. | | you accepted that the bees knew you',
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
        ask: 'Do you notice {k.name} timing you with a pocket watch whenever you speak?',
        yes: '{k.name} snaps the watch shut and says, professionally, that you run a little slow. | +noticed-k | you caught {k.name} timing you',
        no: 'You let {k.name} time you, and your words start to come out evenly spaced. | | you let {k.name} time you',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} admits {k.they} had been asked to mend an hour you lost, long ago; will you let {k.them}?',
          yes: '{k.name} opens your watch, turns a tiny screw, and an afternoon from childhood comes back whole. | | you let {k.name} mend your lost hour',
          no: 'You say some hours are best left lost, and {k.name} closes the watch with respect. | | you left your lost hour lost',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {k.name} what made you run slow?',
          yes: 'Waiting, {k.name} says, too much waiting, and prescribes one brisk yes a day. | | you asked why you ran slow',
          no: 'You do not ask, and {k.name} slips a spring into your pocket, for later. | | you did not ask why you ran slow',
        },
        {
          hold: 'yes',
          ask: '{k.name} offers to set you to the right time; do you let {k.them}?',
          yes: '{k.name} taps your wrist twice, and everything around you falls into step. | | you let {k.name} set you right',
          no: 'You say you like your own time, and {k.name} admits {k.they} always did too. | | you kept your own time',
        },
      ],
    },
  ],
  'a firefighter going home smelling of smoke': [
    {
      id: 'carried-out',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} staring at {k.their} own hands as if they belonged to someone else?',
        yes: '{k.name} says {k.their} hands carried someone out tonight, and do not yet believe it. | +noticed-k | you noticed {k.name} staring at {k.their} hands',
        no: 'You let it be, and {k.name}’s hands go still on {k.their} knees, black with soot. | | you let {k.name}’s hands be',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} says the person {k.they} carried out asked {k.them} to find you; do you ask who it was?',
          yes: 'An old neighbour of yours, {k.name} says, who wanted you to know the house is safe. | | you learned who {k.name} had carried out',
          no: 'You do not ask, and {k.name} says the message was only: all well. | | you took the message without the name',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you take {k.name}’s hands in yours, sooty as they are, until they stop shaking?',
          yes: 'You hold them, and the shaking stops, and {k.name} says thank you to the floor. | | you held {k.name}’s shaking hands',
          no: 'You offer your handkerchief instead, and {k.name} wipes the soot off, slowly. | | you gave {k.name} your handkerchief',
        },
        {
          hold: 'yes',
          ask: 'Do you tell {k.name} that what {k.they} did tonight was brave?',
          yes: '{k.name} says it was just work, and then, much quieter, that it was good to hear. | | you told {k.name} {k.they} had been brave',
          no: 'You say nothing, and {k.name} seems to prefer it, and smells of smoke and relief. | | you said nothing of bravery',
        },
      ],
    },
  ],
  'a chess player replaying a lost game': [
    {
      id: 'opponent-name',
      plant: {
        hold: 'no',
        ask: 'Do you notice that {k.name}, replaying the lost game, calls {k.their} opponent by your name?',
        yes: '{k.name} looks up, startled, and says it must be a coincidence, and moves a knight. | +noticed-k | you heard {k.name} call the opponent by your name',
        no: 'You let it pass, and {k.name} goes on muttering your name at the board. | | you let {k.name} mutter your name',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} says the game was lost years ago to someone with your face; will you play the last move for them?',
          yes: 'You move the queen, and {k.name} stares, then laughs, and tips over the king at last. | | you played the last move for your double',
          no: 'You leave the board, and {k.name} says the game can stay unfinished, like most. | | you left the old game unfinished',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {k.name} who the opponent really was?',
          yes: 'Your aunt, {k.name} says, who never lost a game and never boasted of it. | | you learned who beat {k.name}',
          no: 'You do not ask, and {k.name} sets up the pieces again, humming. | | you did not ask about the opponent',
        },
        {
          hold: 'yes',
          ask: 'Do you offer {k.name} a rematch, here and now, on the little board?',
          yes: 'You play, and lose graciously, and {k.name} looks as if a weight has been lifted. | | you gave {k.name} a rematch',
          no: 'You decline, and {k.name} says some games are better unreplayed. | | you declined the rematch',
        },
      ],
    },
  ],
  'a gardener with soil still under the nails': [
    {
      id: 'listening-seed',
      plant: {
        hold: 'yes',
        ask: 'Do you notice {k.name} holding a single seed up to {k.their} ear, as if it might speak?',
        yes: '{k.name} says the seed is from a garden you once played in, and that it remembers you. | +noticed-k | you saw {k.name} listening to a seed',
        no: 'You let it be, and {k.name} goes on listening, smiling at something you cannot hear. | | you let {k.name} listen to the seed',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} offers you the seed from the garden you played in as a child; will you take it?',
          yes: 'It is warm and smells faintly of apples, and {k.name} says to plant it wherever you stay. | | you took the seed from your childhood garden',
          no: 'You say it belongs in the garden, and {k.name} agrees and puts it away carefully. | | you left the seed with {k.name}',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you hold the seed to your own ear, to hear what {k.name} heard?',
          yes: 'You hear, very faintly, children laughing on a summer afternoon, and one of them is you. | | you heard the seed',
          no: 'You decline, and {k.name} says some things are better left to grow. | | you did not listen to the seed',
        },
        {
          hold: 'yes',
          ask: 'Do you ask {k.name} what happened to the garden you played in?',
          yes: '{k.name} says it is still there, wilder now, and waiting for someone to come back. | | you asked about your childhood garden',
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
        ask: 'Do you notice {k.name} looking not at the sky but at you, as if checking a chart?',
        yes: '{k.name} says, unembarrassed, that {k.they} {k.are} waiting for a star to rise exactly where you are. | +noticed-k | you caught {k.name} charting you',
        no: 'You let it pass, and {k.name} makes a small note in the margin of a star map. | | you let {k.name} chart you',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{k.name} asks you to stand still a moment longer, because the star is due; will you?',
          yes: 'You stand still, and {k.name} gasps, and says it rose, and you will never know what {k.they} saw. | | you stood still for {k.name}’s star',
          no: 'You move on, and {k.name} laughs and says the star will wait for you, stars do. | | you did not wait for the star',
        },
        {
          hold: 'no',
          needs: 'noticed-k',
          ask: 'Will you ask {k.name} what the star over you is called?',
          yes: '{k.name} says it has no name yet, and asks if {k.they} may give it yours. | | you asked the name of your star',
          no: 'You let it stay nameless, and {k.name} draws it on the map as a small bright dot. | | you left your star nameless',
        },
        {
          hold: 'yes',
          ask: 'Do you look up, just once, to see whether there is a star where {k.name} said?',
          yes: 'There is, small and steady and directly overhead, and you laugh out loud. | | you found {k.name}’s star overhead',
          no: 'You keep your eyes down, and take it on trust, which {k.name} says is better. | | you took {k.name}’s star on trust',
        },
      ],
    },
  ],
};
