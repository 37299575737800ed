/**
 * What makes boarding a real choice: each dilemma follows a setting's line for the vessel
 * arriving ("The train for Wending slides in at last, but Mara has gone to find coffee; do you
 * board without her?"). Yes boards; "stay" refuses, the first time or for good.
 */
import type { QuestionSpec } from '../types';

export const BOARDING_DILEMMAS: readonly QuestionSpec[] = [
  {
    id: 'coffee',
    hold: 'no',
    // Nobody boards without the one they travel with.
    needs: 'company:some !known:companion',
    ask: 'but {companion.name}, who went to fetch you both a coffee, is not back yet; do you board without {companion.them}?',
    yes: 'The doors close behind you, and through the glass you see {companion.name} hurrying back, laughing, cups held high. | board part:companion | you boarded without waiting for {companion.name}',
    no: 'You wait, and {companion.name} comes back with two coffees just as it pulls away. | stay | you waited for {companion.name} and let it go',
  },
  {
    id: 'next-one',
    hold: 'yes',
    needs: 'company:some',
    ask: 'and {companion.name} asks you to wait for the next one together; do you go anyway?',
    yes: 'You go, and {companion.name} lifts a hand, not hurt, only sorry to lose the company. | board part:companion | you went on without {companion.name}',
    no: 'You stay with {companion.name}, who looks at you as if you had given {companion.them} a present. | stay | you stayed behind with {companion.name}',
  },
  {
    id: 'strange-name',
    hold: 'yes',
    // A lift shows floors, not places.
    needs: '!setting:hotel-lift',
    ask: 'but its destination board shows a place you have never heard of; do you get on anyway?',
    yes: 'You get on, and a moment later the board flickers and shows the right name after all. | board | you got on despite the strange destination',
    no: 'You hang back, and the strange name glows on as it leaves without you. | stay | you would not board for the strange destination',
  },
  {
    id: 'sleepers',
    hold: 'yes',
    ask: 'but everyone you can see inside is asleep; do you step in anyway?',
    yes: 'You find a place among the sleepers, and their slow breathing is almost a lullaby. | board | you joined the sleeping passengers',
    no: 'You stay outside, and the sleepers are carried off without stirring. | stay | you would not join the sleepers',
  },
  {
    id: 'already-aboard',
    hold: 'yes',
    needs: 'company:some',
    ask: 'and {companion.name} has slipped aboard ahead of you and is waving you on; do you follow?',
    yes: 'You follow, and {companion.name} makes room for you as if the place had been kept all along. | board | you followed {companion.name} aboard',
    no: 'You shake your head, and {companion.name} presses a hand to the glass as it goes. | stay part:companion | you let {companion.name} go on without you',
  },
  {
    id: 'warning',
    hold: 'no',
    ask: 'but an old woman stepping off tells you, quietly, not to take this one; do you board?',
    yes: 'You board, and she shakes her head and then, unexpectedly, smiles. | board | you boarded despite the old woman’s warning',
    no: 'You thank her and stay, and she pats your arm as if you had passed a test. | stay | you heeded the old woman’s warning',
  },
  {
    id: 'chosen-door',
    hold: 'yes',
    ask: 'and it seems to wait for you alone, as if it had chosen you; do you step in?',
    yes: 'You step aboard, and the way in closes softly behind you like a held breath let go. | board | you stepped through the doors that chose you',
    no: 'You step back, and it waits a long, puzzled moment before it goes. | stay | you stepped back from the doors that chose you',
  },
  {
    id: 'bag',
    hold: 'no',
    ask: 'but your bag has caught fast on something and will not come free; do you go without it?',
    yes: 'You let it go and step aboard lighter, and find you do not miss it at all. | board | you left your bag behind to board',
    no: 'You stay to free your bag, and by the time it comes loose the {vessel} has gone. | stay | you stayed behind for your bag',
  },
  {
    id: 'dreamed',
    hold: 'yes',
    // Nobody gets on a lift.
    needs: '!setting:hotel-lift',
    ask: 'and it is exactly the one you used to dream about as a child; do you get on?',
    yes: 'You get on, and it smells just as it did in the dream, of warm dust and peppermint. | board | you boarded the one from your childhood dream',
    no: 'You watch it go, and some part of you that is eight years old is furious with you. | stay | you let the dream go without you',
  },
  {
    id: 'sleeping-friend',
    hold: 'no',
    // Nobody falls asleep on a shoulder standing in a lift, nor a stranger on a reader who
    // came alone, to be woken and board with them 'grumbling fondly'.
    needs: 'company:some known:companion !setting:hotel-lift',
    ask: 'but {companion.name} has fallen asleep against your shoulder; do you wake {companion.them} to go?',
    yes: '{companion.name} wakes at once, blinks, and comes with you, grumbling fondly. | board | you woke {companion.name} and boarded together',
    no: 'You stay still, and the {vessel} leaves without either of you before {companion.name} wakes, yawning. | stay | you let {companion.name} sleep and the {vessel} go',
  },
  {
    id: 'called-name',
    hold: 'yes',
    // Kin beside the reader know their name.
    needs: '!kin',
    ask: 'and someone inside calls your name, clearly, as if you were expected; do you answer and go in?',
    yes: 'You go in, but whoever called is nowhere to be seen, only a warm place kept for you. | board | you answered your name and boarded',
    no: 'You keep quiet, and your name is called once more, sadly, as it leaves. | stay | you did not answer when your name was called',
  },
  {
    id: 'empty',
    hold: 'no',
    // A lift has no windows to sit at.
    needs: '!setting:hotel-lift',
    ask: 'but no one sits at any of its lit windows; do you board?',
    yes: 'You board, and it is all but empty, which feels less like being alone than like being expected. | board | you boarded the one with no faces at its windows',
    no: 'You stay, and it leaves lit and faceless, like a house after a party. | stay | you would not board the one with no faces at its windows',
  },
  {
    id: 'child-glass',
    hold: 'yes',
    // A lift's doors have no glass, and a child aboard one would be standing beside you.
    needs: '!setting:hotel-lift',
    ask: 'and a child on board presses a hand to the glass, as if to say come on; do you go?',
    yes: 'You go in, and the child nods gravely, satisfied, and goes back to a colouring book. | board | you went when the child beckoned',
    no: 'You stay, and the child looks back at you with enormous disappointment. | stay | you disappointed the child at the glass',
  },
  {
    id: 'like-you',
    hold: 'no',
    ask: 'but the last person off looks exactly like you, and nods as they pass; do you take their place?',
    yes: 'You take their place, and it is still warm, and fits you perfectly. | board | you took your double’s place',
    no: 'You let them walk away, and you are left with the strange feeling of having been returned. | stay | you let your double walk away',
  },
  {
    id: 'believe',
    hold: 'yes',
    // A stranger catches your eye; only someone the reader knows would take their hand.
    needs: 'company:some !known:companion',
    ask: 'and {companion.name} catches your eye and says quietly that this is the right one; do you go with {companion.them}?',
    yes: 'You go with {companion.name}, and the doors close gently behind you both. | board | you trusted {companion.name} and boarded',
    no: 'You hold back, and {companion.name} stays with you, and the {vessel} leaves without either of you. | stay | you held back when {companion.name} said it was the one',
  },
  {
    id: 'believe-kin',
    hold: 'yes',
    needs: 'known:companion',
    ask: 'and {companion.name} squeezes your hand and says this is the right one, the one you both waited for; do you go together?',
    // The outcome names them: whoever waited and is not named as they board is owed a lead-in.
    yes: 'You go with {companion.name}, arm in arm, and the doors close gently behind you both. | board | you trusted {companion.name} and boarded',
    no: 'You hold back, and {companion.name} sighs and stays with you, and the {vessel} leaves without either of you. | stay | you held back when {companion.name} said it was the one',
  },
  {
    id: 'fogged',
    hold: 'yes',
    // A lift has no windows to fog.
    needs: '!setting:hotel-lift',
    ask: 'and its windows are fogged from the inside, as if a great many people were breathing warm in there; do you get on?',
    yes: 'You get on, and there are only a few of you, and the warmth comes from somewhere you cannot find. | board | you got on into the warmth',
    no: 'You stay back, and the fogged windows go by, each with a clear patch wiped to look out at you. | stay | you stayed back from the fogged windows',
  },
  {
    id: 'counted',
    hold: 'no',
    ask: 'and someone at the door is counting heads under their breath, and waits, kindly, at the number before yours; do you step in?',
    yes: 'You step in, and they say your number aloud with great satisfaction, as if the night were complete. | board | you stepped in to be counted',
    no: 'You stay, and they count to your number anyway, frown, and count again as it leaves. | stay | you would not be counted in',
  },
  {
    id: 'early',
    hold: 'yes',
    // A timetable's worry: nobody keeps a lift's.
    needs: '!setting:hotel-lift',
    ask: 'but it is ten minutes early, which never happens; do you trust it?',
    yes: 'You trust it and board, and it leaves exactly on time, which is to say early. | board | you trusted the early arrival',
    no: 'You wait for the proper time, and by the proper time it has gone. | stay | you did not trust the early arrival',
  },
  {
    id: 'closing',
    hold: 'yes',
    needs: 'boarding-refused',
    ask: 'but its doors are already closing; do you run and jump for the gap?',
    yes: 'You make it with a step to spare, and the doors close a breath behind your heel. | board | you jumped for the closing doors and made it',
    no: 'You stop short, and the doors close on warm light you will not see again tonight. | stay | you stopped short of the closing doors',
  },
  {
    id: 'last-tonight',
    hold: 'yes',
    needs: 'boarding-refused',
    ask: 'and it is the very last one tonight, and everyone knows it; do you get on this time?',
    yes: 'You get on, and someone you do not know claps you on the shoulder, as if relieved. | board | you took the very last one',
    no: 'You stay, and it goes, and the quiet after it is the quiet of a door closed for good. | stay | you let even the very last one go',
  },
  // The last chance for a reader on an errand that cannot wait (pools.ts asks it plainly).
  {
    id: 'in-time',
    hold: 'yes',
    needs: 'boarding-refused urgent',
    ask: 'and it is the last one tonight that will get you to {destination} in time; do you get on?',
    yes: 'You get on, and sit on the edge of the seat, as if leaning forward might make it go faster. | board | you took the last one that would get you there in time',
    no: 'You stay, and watch it go, and could not have said why, except that you were not ready. | stay | you let the last one that would get you there in time go',
  },
  {
    id: 'bread-smell',
    hold: 'yes',
    needs: '!setting:hotel-lift',
    ask: 'and warm air smelling of bread and wool rolls out to meet you; do you go in?',
    yes: 'You go in, and the warmth closes over you like a kind hand. | board | you went in out of the cold',
    no: 'You stay in the cold, and the smell of bread lingers a long time after. | stay | you stayed out in the cold',
  },
  {
    id: 'no-ticket',
    hold: 'no',
    ask: 'but you are suddenly not sure your ticket is the right one; do you board anyway?',
    yes: 'You board, and nobody asks, and after a while you stop expecting them to. | board | you boarded without being sure of your ticket',
    no: 'You stay to check, and by the time you are sure, it has gone. | stay | you stayed to check your ticket',
  },
  {
    id: 'accordion',
    hold: 'yes',
    // A lift has no seat for the tune to walk anyone to.
    needs: '!setting:hotel-lift',
    ask: 'and somewhere inside, someone is playing an accordion, badly and happily; do you get on?',
    yes: 'You get on, and the tune stumbles, recovers, and walks you to a seat. | board | you boarded toward the accordion',
    no: 'You stay, and the tune goes with it, wrong notes and all, into the dark. | stay | you let the accordion go without you',
  },
  {
    id: 'crowded',
    hold: 'no',
    // Nobody stands all the way on a plane or a ferry, nor gets off at its first stop.
    needs: '!setting:airport-gate !setting:ferry-terminal',
    ask: 'but it is so full that you would have to stand all the way; do you squeeze on?',
    yes: 'You squeeze on, and at the first stop half the passengers get off together, as if on cue. | board | you squeezed onto the crowded {vessel}',
    no: 'You step back, and the crowded windows slide away, full of faces, none of them looking at you. | stay | you would not squeeze onto the crowded {vessel}',
  },
  {
    id: 'coming',
    hold: 'yes',
    ask: 'and someone in a uniform leans out and asks, not unkindly, whether you are coming; do you say yes?',
    yes: 'You say yes, and they step back to let you past with a small, old-fashioned bow. | board | you said yes to the uniform in the doorway',
    no: 'You say not this one, and they nod as if they had heard that before, and pull the door to. | stay | you said not this one',
  },
  {
    id: 'sleeping-dog',
    hold: 'no',
    needs: '!animal',
    ask: 'but a large old dog is asleep across the doorway; do you step over it?',
    yes: 'You step over, and the dog thumps its tail twice without waking. | board | you stepped over the sleeping dog',
    no: 'You will not disturb it, and the {vessel} leaves with the dog still dreaming in its doorway. | stay | you let the sleeping dog keep the doorway',
  },
];
