/**
 * Noir: clipped and rain-soaked, everyone owing someone; an envelope of money, a man in a wet
 * hat, a telephone that will not stop; the turn says who paid for the reader's seat.
 */
import type { GenreCorpus } from '../types';

export const NOIR: GenreCorpus = {
  leadIns: [
    // Nobody smokes aboard.
    { text: 'As a cigarette glows somewhere behind you and goes out', needs: 'waiting' },
    // Outside, where a car can be: not at an airport gate or in a hotel lobby.
    {
      text: 'While a car with no headlights idles just out of sight',
      needs: 'waiting !setting:airport-gate !setting:hotel-lift',
    },
    'While a radio somewhere plays a song about bad luck',
    {
      text: 'As {companion.name} turns up a collar against nothing but the air',
      needs: 'company:some',
    },
    'As red neon stutters across everyone’s face',
    { text: 'As a man in a wet hat reads the same paragraph again', does: '+wet-hat' },
    'While the smell of whisky drifts from a hip flask you cannot see',
    'As footsteps stop just when yours do',
    'While a telephone rings somewhere and nobody moves',
    'As a match flares and shows you a face you nearly know',
  ],
  questions: [
    {
      id: 'envelope',
      hold: 'no',
      does: 'see:envelope',
      ask: 'Do you take the envelope {companion.name} slides across to you without a word?',
      yes: 'It is thick with old banknotes and smells of someone else’s trouble. | take:envelope | you took the envelope of money from {companion.name}',
      no: 'You push it back, and {companion.name} shrugs as if you had done {companion.them} a favour. | give:envelope | you pushed the envelope back to {companion.name}',
    },
    {
      id: 'wall',
      hold: 'yes',
      ask: 'Will you keep your back to the wall and your eyes on the way in?',
      yes: 'From the wall you see everything, and nobody moves without you knowing. | | you kept your back to the wall',
      no: 'You drop your guard, and when you look up the room has rearranged itself around you. | | you dropped your guard',
    },
    {
      id: 'wet-hat',
      hold: 'no',
      needs: 'wet-hat',
      ask: 'Do you ask the man in the wet hat for a light?',
      yes: 'He lights your match from his and says your name like a debt he means to collect. | +known-by-hat | you asked the man in the wet hat for a light',
      no: 'You keep your distance, and the man in the wet hat loses interest in you. | | you kept away from the man in the wet hat',
    },
    {
      id: 'trust',
      hold: 'yes',
      ask: 'Do you trust {other.name} with the truth about why you are really here?',
      yes: '{other.name} hears you out, slowly, and promises to watch your back. | +d-ally | you trusted {other.name} with the truth',
      no: 'You lie smoothly, and {other.name} smiles the way people do at a lie they have bought before. | | you lied to {other.name}',
    },
    {
      id: 'car',
      hold: 'no',
      needs: 'waiting !setting:airport-gate !setting:hotel-lift',
      ask: 'Will you walk out to the car idling with no headlights?',
      yes: 'The window winds down an inch, and a voice says you are not the one, and the car pulls away. | | you walked out to the dark car',
      no: 'You let it idle, and after a while the rain washes its shape away. | | you let the dark car idle',
    },
    {
      id: 'photograph',
      hold: 'yes',
      ask: 'Do you take out the creased photograph you always carry?',
      yes: 'The face in it is the reason for everything, and you know it by heart. | | you looked at the photograph you always carry',
      no: 'You leave it in your pocket, and by morning you cannot quite picture the face in it. | | you left the photograph in your pocket',
    },
    {
      id: 'telephone',
      hold: 'no',
      ask: 'Do you pick up the telephone that has been ringing all night?',
      yes: 'A voice says the job is off, and that you should never have taken it. | +job-off | you answered the ringing telephone',
      no: 'You let it ring, and in time it stops, which is its own kind of warning. | | you let the telephone ring',
    },
    {
      id: 'drink',
      hold: 'yes',
      ask: 'Will you offer {companion.name} a drink from your flask and listen to {companion.their} story?',
      yes: '{companion.name} talks for an hour, and most of it even sounds true. | | you heard {companion.name}’s story over a drink',
      no: 'You keep the flask, and {companion.name}’s story goes untold, which may be worse. | | you did not ask for {companion.name}’s story',
    },
    {
      id: 'count-money',
      hold: 'no',
      needs: 'held:envelope',
      ask: 'Do you count the money in the envelope where everyone can see?',
      yes: 'It is short by exactly the price of your ticket, and someone across from you laughs. | | you counted the money in public',
      no: 'You keep it in your coat, heavy as a stone and just as honest. | | you kept the money uncounted',
    },
    {
      id: 'rain-coat',
      hold: 'yes',
      ask: 'Do you lend {companion.name} your coat against the cold?',
      yes: '{companion.name} takes it and finds something in the pocket you did not know was there, and gives it back. | | you lent {companion.name} your coat',
      no: 'You keep your coat, and {companion.name} shivers with great style. | | you kept your coat from {companion.name}',
    },
    {
      id: 'follow-steps',
      hold: 'no',
      ask: 'Do you turn round to see whose footsteps keep stopping when yours do?',
      yes: 'There is nobody, only a wet print of a shoe exactly your size. | | you turned to face the footsteps',
      no: 'You keep walking, and the footsteps keep you company, patient as a debt. | | you let the footsteps follow',
    },
    {
      id: 'matchbook',
      hold: 'yes',
      ask: 'Will you tell {other.name} the name of the one person you are running from?',
      yes: '{other.name} goes quiet, then says {other.they} {other.have} been running from the same one for years. | | you named who you were running from',
      no: 'You keep the name in your mouth like a bitter sweet, and {other.name} does not press. | | you kept the name to yourself',
    },
    {
      id: 'pawn-slip',
      hold: 'no',
      ask: 'Do you take out the pawn slip for your father’s watch, due to be redeemed by Friday?',
      yes: 'The slip is soft as cloth from folding, and today, you realise, is already Friday. | | you looked at the pawn slip for your father’s watch',
      no: 'You leave it in your wallet, where it does what debts do best, which is wait. | | you left the pawn slip in your wallet',
    },
    {
      id: 'last-tuesday',
      hold: 'yes',
      ask: 'When {companion.name} asks where you were last Tuesday night, do you tell the truth?',
      yes: 'You tell it plainly, and {companion.name} writes nothing down, which is somehow worse. | | you told {companion.name} the truth about last Tuesday',
      no: 'You give an alibi so smooth it squeaks, and {companion.name} nods as if filing it with the others. | | you lied to {companion.name} about last Tuesday',
    },
    {
      id: 'gave-up',
      hold: 'no',
      ask: 'Will you take the cigarette {companion.name} offers, though you gave up years ago?',
      yes: 'You hold it unlit between your lips, and even so it tastes of every bad year you have had. | | you took {companion.name}’s cigarette',
      no: 'You wave it off, and {companion.name} tucks it behind {companion.their} ear for later, like a promise to nobody. | | you turned down {companion.name}’s cigarette',
    },
    {
      id: 'card-debt',
      hold: 'yes',
      ask: 'Will you pay the forty {other.name} swears you lost to {other.them} at cards, years ago?',
      yes: '{other.name} counts it twice and says now you are square, which in {other.their} experience nobody ever is. | | you paid {other.name} the forty from the card game',
      no: 'You say you never played, and {other.name} smiles like a lender, patient and compound. | | you told {other.name} you never played cards',
    },
    {
      id: 'mistaken',
      hold: 'no',
      ask: 'Do you play along when {companion.name} plainly mistakes you for someone else?',
      yes: 'You answer to the other name, and {companion.name} lowers {companion.their} voice to tell you the rest. | | you let {companion.name} take you for someone else',
      no: 'You set {companion.name} straight, and {companion.name} apologises, and does not look as if {companion.they} believed a word. | | you told {companion.name} who you really were',
    },
    {
      id: 'scar',
      hold: 'yes',
      ask: 'Will you tell {companion.name} how you really came by the scar on your hand?',
      yes: 'You tell the truth, which is duller and sadder than the story, and {companion.name} likes you better for it. | | you told {companion.name} the truth about your scar',
      no: 'You tell the usual story, the one with the broken bottle, and {companion.name} laughs in all the right places. | | you told {companion.name} the usual story about your scar',
    },
    {
      id: 'overheard',
      hold: 'no',
      ask: 'Do you step out of the light while the two men by the door finish talking about you?',
      yes: 'In the dark you catch your name, a sum of money and the word Thursday, and then they part. | | you overheard the two men by the door',
      no: 'You stay in the light, and the two men stop talking, nod to you like old acquaintances, and part. | | you stood in the light before the two men',
    },
    {
      id: 'fur-collar',
      hold: 'yes',
      ask: 'A woman in a fur collar plainly knows you; do you pretend not to know her?',
      yes: 'You look straight through her, she returns the favour, and something old between you is settled. | | you pretended not to know the woman in the fur collar',
      no: 'You nod, and she crosses to you and says you still owe her a dance and an explanation. | | you nodded to the woman in the fur collar',
    },
  ],
  boarding: [
    {
      id: 'hat-aboard',
      hold: 'no',
      // The man the reader has already seen.
      needs: 'wet-hat',
      ask: 'but the man in the wet hat is already aboard, in the seat facing the door; do you get on?',
      yes: 'You get on and sit where he can see you, which is its own kind of armour. | board | you boarded with the man in the wet hat',
      no: 'You let it go rather than sit with him, and the rain closes behind it. | stay | you would not ride with the man in the wet hat',
    },
    {
      id: 'paid-fare',
      hold: 'yes',
      needs: '!setting:airport-gate !setting:ferry-terminal !setting:hotel-lift',
      ask: 'and the driver says your fare has already been paid, by someone who did not leave a name; do you board?',
      yes: 'You board, and spend the ride wondering who owns you now, and for how much. | board | you rode on a stranger’s fare',
      no: 'You say you pay your own way, and the driver closes the door on your pride. | stay | you refused the paid fare',
    },
    {
      id: 'watched',
      hold: 'yes',
      // A car across the road is outside a gate nobody drives to, and follows no plane.
      needs: '!setting:airport-gate !setting:hotel-lift',
      ask: 'but a car across the road flashes its lights twice, as if in warning; do you get on anyway?',
      yes: 'You get on, and the car pulls out and follows, slow and patient, for a mile or two. | board | you boarded despite the warning lights',
      no: 'You stay and watch the car, and it watches back until the arrival has gone. | stay | you stayed to watch the car',
    },
    {
      id: 'envelope-handed',
      hold: 'no',
      // A conductor and a step up: no plane, ferry or lift.
      needs: '!setting:airport-gate !setting:ferry-terminal !setting:hotel-lift',
      does: 'see:envelope',
      ask: 'and the conductor hands you an envelope with your name on it as you step up; do you keep going?',
      yes: 'You keep going, and the envelope sits in your coat, heavy as a promise someone else made. | board take:envelope | you boarded with the envelope in your coat',
      no: 'You hand it back and step down, and the conductor shrugs and keeps it. | stay give:envelope | you handed back the envelope and stayed',
    },
    {
      id: 'last-cigarette',
      hold: 'yes',
      ask: 'but you have one cigarette left, saved for this moment; do you leave it unsmoked and board?',
      yes: 'You drop it in the bin by the door and board without looking back. | board | you left the last cigarette unsmoked to board',
      no: 'You light it and smoke it slowly, and the {vessel} leaves without waiting for you. | stay | you finished your cigarette and missed it',
    },
  ],
  revelations: [
    {
      id: 'paid-to-bring',
      hold: 'yes',
      // Not the reader's own kin: a sister paid to bring you reads as a slip, not a twist; nor on
      // a night of grief, which it only distracts from.
      needs: '!kin !sorrow',
      // The reader works it out: readers were told it as if they had always known.
      ask: 'You work out that {first.name} has been paid to bring you to {destination}; do you call {first.them} on it?',
      yes: '{first.name} admits it and looks sick about it, and says the money is not worth your face. | | you called {first.name} out as paid',
      no: 'You say nothing, and {first.name} smiles at you, a little too hard. | | you let {first.name} think you had not guessed',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} who paid, now that {first.they} cannot take it back?',
            yes: '{first.name} names someone you trusted, and the night gets colder and clearer at once. | | you learned who paid {first.name}',
            no: 'You let the name stay unsaid, and {first.name} looks at you as if you were the braver one. | | you did not ask who paid',
          },
        ],
        no: [
          {
            hold: 'no',
            // Not the choice just made asked again: what the reader does with what they know.
            ask: 'Will you make {first.name} a better offer than whoever paid?',
            yes: '{first.name} laughs, then stops laughing, and asks what you have in mind. | | you made {first.name} a better offer',
            no: 'You make none, and {first.name} relaxes, and that is exactly when you see the gap. | | you made {first.name} no offer',
          },
        ],
      },
    },
    {
      id: 'gun',
      hold: 'no',
      // Not past an airport's security, where no gun comes into a pocket and no bin takes one; nor
      // on a night with an errand of the reader's own (a funeral, a wedding, a first date, moving
      // house), nor with someone of theirs along (a grandad, a child), where it is only a jolt;
      // nor on a glad night ("muddy, hoarse, happy"), which it only spoils, nor a hard one.
      needs: '!setting:airport-gate !errand !kin !mood:glad !mood:low',
      does: 'see:gun',
      ask: 'There is a gun in your coat pocket that was not there before; will you keep it?',
      yes: 'It is heavy and cold, and it changes the way everyone looks at you. | take:gun | you kept the gun that appeared in your coat',
      // Wherever the reader is: a lift has no bin.
      no: 'You get rid of it at the first chance, and the weight of the night lifts a little. | lose:gun | you got rid of the gun',
      follow: {
        yes: [
          {
            hold: 'no',
            needs: 'held:gun',
            ask: 'Will you show {companion.name} the gun in your pocket?',
            yes: '{companion.name} looks at it a long time and says it is not loaded, and never was. | | you showed {companion.name} the gun',
            no: 'You keep it hidden, and it presses against you like a bad idea. | | you kept the gun hidden',
          },
        ],
        no: [
          {
            hold: 'yes',
            needs: 'gone:gun',
            ask: 'Do you tell {companion.name} what you just threw away?',
            yes: '{companion.name} squeezes your arm and says that is the smartest thing anyone has done tonight. | | you told {companion.name} about the gun',
            no: 'You keep it to yourself, and your hands feel cleaner for it. | | you kept the gun a secret',
          },
        ],
      },
    },
    {
      id: 'job',
      hold: 'yes',
      // Not for a reader whose own errand or company already says what the night is about.
      needs: '!kin !errand',
      // Said of any destination: "really about the end of the Number Nine line" was nonsense.
      ask: 'Will you admit that tonight was never only a ride to {destination}?',
      // And says what it is: "now that you know what tonight is for" had followed a night that
      // never said.
      yes: 'You admit it: there is an old debt to settle where you are going, and the crooked night lines up. | | you admitted there was a debt to settle where you were going',
      no: 'You will not, and the night tilts toward some other, darker place. | | you would not say what tonight was about',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you settle the debt at {destination} yourself, now that you have said it out loud?',
            yes: 'You say you will, and for once the saying feels clean. | | you chose to settle the debt yourself',
            no: 'You say you are done with old debts, and the words taste like fresh air. | | you walked away from the debt',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you ask {companion.name} which darker place {companion.they} think{companion.s} the night is tilting toward?',
            yes: '{companion.name} names a town that was drowned for a reservoir, years ago, and says some nights still run there. | | you asked {companion.name} about the drowned town',
            no: 'You let it lie, and the darker place stays dark. | | you let the darker place lie',
          },
        ],
      },
    },
    {
      id: 'who-sent',
      hold: 'yes',
      needs: '!kin',
      ask: '{first.name} has stayed near you all night, and you realise someone sent {first.them}; do you say so?',
      yes: '{first.name} goes pale, then laughs, then admits it: an old debt, paid off a night at a time. | | you told {first.name} you knew {first.they} had been sent',
      no: 'You hold your tongue, and {first.name} goes on thinking you have not noticed. | | you let {first.name} think you had not noticed',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you offer {first.name} a way out of the debt?',
            yes: '{first.name} takes it, and the two of you are suddenly on the same side of the night. | | you offered {first.name} a way out',
            no: 'You leave {first.name} to {first.their} debts, and {first.name} nods as if that were fair. | | you left {first.name} to {first.their} debts',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you watch {first.name} from the corner of your eye from now on?',
            yes: 'You watch, and catch {first.name} watching you back, and neither of you blinks first. | | you kept an eye on {first.name}',
            no: 'You stop watching, and {first.name} relaxes, and so, strangely, do you. | | you stopped watching {first.name}',
          },
        ],
      },
    },
    {
      id: 'poster',
      hold: 'no',
      // A wall with posters: where the reader waits, not a plane's cabin or a lift.
      needs: 'waiting',
      ask: 'A wanted poster on the wall has your face on it, drawn by someone who clearly loved you; do you tear it down?',
      yes: 'It comes away in one piece, and on the back is written: for when you need reminding. | | you tore down the poster of your face',
      no: 'You leave it up, and the drawn face watches over you, gentler than any real one. | | you left your face on the wall',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} whether {first.they} drew the poster?',
            yes: '{first.name} says no, but looks at the drawing a long time and says whoever did knew you well. | | you asked {first.name} about the poster',
            no: 'You fold the poster away, and {first.name} pretends, carefully, not to have seen it. | | you folded the poster away',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you read what the poster says you are wanted for?',
            yes: 'It says: for coming home, and the reward is a lit window. | | you read what you were wanted for',
            no: 'You keep your eyes off the words, and the face on the poster winks. | | you did not read the poster',
          },
        ],
      },
    },
    {
      id: 'crossed-photo',
      hold: 'yes',
      // A hired stranger's photograph, not one carried by someone the reader travels with, nor
      // one shown to a reader having a hard night, or a glad one ("feeling really sad" met the
      // one hired to do the job).
      needs: '!known:first !mood:low !mood:glad',
      ask: '{first.name} has been carrying a photograph of you all night, with a cross drawn through it; do you ask {first.them} who drew the cross?',
      yes: '{first.name} says it was the one who hired {first.them}, and that {first.they} decided not to do the job. | | you asked about the cross through your photograph',
      no: 'You say nothing, and {first.name} tears the photograph in half and lets it fall. | | you let {first.name} tear up your photograph',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you thank {first.name} for deciding not to do the job?',
            yes: '{first.name} shrugs, embarrassed, and says it was the easiest decision {first.they} {first.have} made in years. | | you thanked {first.name} for not doing the job',
            no: 'You nod once, and {first.name} nods back, and that is a whole conversation. | | you only nodded to {first.name}',
          },
          {
            hold: 'no',
            ask: 'Do you ask {first.name} for the name of whoever hired {first.them}?',
            yes: '{first.name} writes it on a matchbook and hands it over, and it is a name you were expecting. | | you got the name of who hired {first.name}',
            no: 'You decide you do not want it, and {first.name} looks at you with open respect. | | you did not ask who hired {first.name}',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Will you pick up the two halves of your photograph?',
            yes: 'You pick them up; fitted together, the two halves of your face look almost happy. | | you kept the torn photograph',
            no: 'You leave them, and the draught takes them off like two small birds. | | you let the torn photograph blow away',
          },
        ],
      },
    },
    {
      id: 'lining',
      hold: 'no',
      // Nobody of the reader's in tears, or keeping their distance, laughs till they hold on.
      needs: '!kin-low',
      ask: 'You find money sewn into the lining of your own coat, more than you have ever held; do you tell anyone?',
      yes: 'You tell {first.name}, who laughs so hard {first.they} {first.have} to hold on to something. | | you told {first.name} about the money in your coat',
      no: 'You keep your coat buttoned, and it hangs heavy with money that is not yours. | | you kept the money in your coat a secret',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you let {first.name} help you decide what to do with the money?',
            yes: '{first.name} says give it away, all of it, and for once it sounds like the cleverest plan. | | you let {first.name} decide about the money',
            no: 'You decide alone, and {first.name} says that is how it should be. | | you decided about the money alone',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you cut the stitches, to see what else is sewn in with the money?',
            yes: 'In among the money is a child’s drawing of a house, folded very small. | | you cut open the lining',
            no: 'You leave the stitches alone, and the coat keeps its secret and its weight. | | you left the lining sewn',
          },
        ],
      },
    },
  ],
  threads: [
    {
      kind: 'door',
      id: 'back-door',
      plant: {
        hold: 'yes',
        ask: 'Do you note where the back way out is, the way anyone careful would?',
        yes: 'There is a door with no sign, half behind a curtain, and you mark it like a friend. | +marked-exit | you marked the back way out',
        no: 'You do not look, and later you cannot remember seeing a way out at all. | | you never looked for the back way',
      },
      payoffs: [
        {
          hold: 'yes',
          needs: 'marked-exit',
          ask: 'The door behind the curtain is unlocked now, and nobody is watching; do you take the back way?',
          yes: 'You slip through into an alley full of morning, and the door clicks shut on the whole business. | | you took the back way out',
          no: 'You stay in plain sight, and the door behind the curtain waits for someone else. | refuse | you stayed in plain sight',
        },
        {
          hold: 'no',
          needs: '!marked-exit',
          ask: '{first.name} shows you a door with no sign behind a curtain, unlocked; will you go through it?',
          yes: 'You go through, and it leads out of the story and into a quiet street at dawn. | | you went through the door {first.name} showed you',
          no: 'You shake your head, and {first.name} lets the curtain fall with a shrug. | refuse | you would not take {first.name}’s door',
        },
        {
          hold: 'no',
          // A back door onto an alley is in a waiting room, not a moving train.
          needs: 'waiting',
          ask: 'Someone has propped the back door open with a chair, and the alley beyond smells of morning; do you take it?',
          yes: 'You take it, and the alley lets you out into an empty street at dawn. | | you took the propped back door',
          no: 'You leave it, and someone else slips out that way instead, tipping a hat as they go. | refuse | you let someone else take the back door',
        },
      ],
    },
    {
      kind: 'companion',
      id: 'debt',
      plant: {
        hold: 'no',
        // Not the reader's own kin: a debt to someone on this journey reads as a stranger's.
        needs: '!kin',
        ask: '{first.name} mutters about a debt to settle before morning; do you ask how much, and to whom?',
        yes: '{first.name} says more than money, and to someone on this very journey. | +asked-debt | you asked {first.name} about the debt',
        no: 'You leave it, and {first.name} looks grateful and haunted in equal parts. | | you left {first.name}’s debt alone',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} says the debt is owed to you, from a night {first.they} hoped you had forgotten; will you call it quits?',
          yes: 'You call it quits, and {first.name} shakes your hand like a clean break. | | you called it quits with {first.name}',
          no: 'You say you will think about it, and {first.name} files that away for another night. | | you kept {first.name} owing you',
        },
        {
          hold: 'no',
          needs: 'asked-debt',
          ask: '{first.name} offers to pay the debt off tonight with a secret instead of money; will you take that in payment?',
          yes: '{first.name} tells you, low, and it is worth more than the money ever was. | | you took a secret as payment',
          no: 'You say the debt can wait, and {first.name} looks at you as if you had paid it yourself. | | you let {first.name}’s debt wait',
        },
        {
          hold: 'yes',
          ask: '{first.name} slides a folded banknote across and says it is the first payment of many; do you tear it up?',
          yes: 'You tear it up, and {first.name} stares, then grins like someone let out of a locked room. | | you tore up {first.name}’s payment',
          no: 'You pocket it, and {first.name} nods, the way people do when a deal is honest. | | you took {first.name}’s first payment',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'settle-up',
      hold: 'yes',
      ask: 'With {destination} ahead, {companion.name} reminds you that you owe {companion.them} for the coffee; do you pay up?',
      yes: 'You settle up, and {companion.name} shakes your hand like a clean break. | | you paid {companion.name} what you owed',
      no: 'You leave the debt hanging, and {companion.name} files it away for another night. | | you left your debt to {companion.name} unpaid',
    },
    {
      id: 'first-off',
      hold: 'yes',
      // A plane lands at one gate, and nobody is first off it but the front rows.
      needs: 'aboard !setting:airport-gate',
      ask: 'Will you be first off at the last {stop}?',
      yes: 'You are ready at the door, collar up, one step ahead for once. | +ready | you stood first at the door',
      no: 'You hang back, and the shadows at the last {stop} lean closer to look. | | you hung back for the last stop',
    },
    {
      id: 'let-money-go',
      hold: 'yes',
      needs: 'held:envelope',
      ask: 'Do you let {first.name} walk away with the envelope of money?',
      yes: '{first.name} takes it and, to your surprise, comes back to give you half. | give:envelope | you let {first.name} take the money',
      no: 'You keep the money, and {first.name} watches you with a cold, patient interest. | | you kept the money from {first.name}',
    },
  ],
  endings: {
    arrival: [
      {
        text: 'You step out at {destination} into rain that finally feels clean, with nobody following and nothing owed.',
        needs: 'aboard',
      },
      {
        text: '{destination} takes you in under its wet neon, and for the first time in years you sleep with the light off.',
        needs: 'aboard',
      },
      {
        text: 'You reach {destination} with the truth in your pocket and your name your own again.',
        needs: 'aboard',
      },
    ],
    'missed-stop': [
      {
        text: 'You miss {destination} while watching for a face you thought you knew, and the {vessel} carries you on to a town where nobody knows your name.',
        // A lift carries no one to a town, and nobody rides past the end of a line.
        needs: 'aboard !setting:hotel-lift !terminus',
      },
      {
        text: 'The last {stop} comes and goes in the rain, and you ride on, one more stranger with a story nobody asked for.',
        // Stops that pass a window in the rain: not a plane's gates or a lift's floors.
        needs: 'aboard !setting:airport-gate !setting:hotel-lift !terminus',
      },
      {
        text: 'The last {vessel} pulls out without you, and you light a cigarette in the doorway and let the night decide where you land.',
        needs: 'waiting !boarding-refused',
      },
      {
        text: 'With the last {vessel} gone, you light a cigarette in the doorway and let the night decide where you land.',
        needs: 'waiting boarding-refused',
      },
    ],
    loop: [
      {
        text: 'The rain starts over, and so do you, back at the beginning of the night with the same bad luck in your pocket.',
        needs: 'weather:rain',
      },
      {
        text: 'You blink and it is the start of the night again, the same streets shining wet.',
        needs: 'weather:rain',
      },
      'The night deals the same hand again, as nights like this one do, and you are back at the beginning, wiser and no better off.',
    ],
    door: [
      'The back door opens onto an alley full of morning, and you walk out of the story before it can catch you.',
      {
        text: 'The key fits a door with your name on it, and behind it is an empty office and a window full of sunrise.',
        needs: 'held:key',
      },
      'A door you never noticed swings open, and you step through it and out of the whole crooked business for good.',
    ],
  },
};
