/**
 * Mystery: small clues noticed quietly, a notebook, a note, a torn label, a count that comes out
 * one too many; the turn names what the clues were pointing at.
 */
import type { GenreCorpus } from '../types';

export const MYSTERY: GenreCorpus = {
  leadIns: [
    {
      text: 'As you notice {companion.name} checking the same page of a small black notebook again',
      does: 'see:notebook',
    },
    'Aware that nobody has spoken above a whisper since you arrived',
    'While a phone buzzes somewhere and nobody reaches for it',
    {
      text: 'As a folded note appears, wedged beside you where your hand was a moment ago',
      does: 'see:note',
    },
    { text: 'While {other.name} glances up every time anyone moves', needs: 'company:some' },
    'As you catch a name spoken that belongs to no one here',
    { text: 'While a torn luggage label flutters at your feet', does: 'see:label' },
    'As somebody’s watch alarm sounds at an hour no one would choose',
    'As the same cough sounds twice from an empty corner',
    'As every clock you can see stops, one after another, at ten past two',
  ],
  questions: [
    {
      id: 'notebook',
      hold: 'yes',
      does: 'see:notebook',
      ask: 'Do you ask what {companion.name} has been writing all night in a small black notebook?',
      yes: '{companion.name} shows you a list of stops with one circled twice in red. | +saw-circled | you saw the stop circled in the notebook',
      no: 'You leave it, and {companion.name} tears out a page and eats it, calmly, like a biscuit. | | you let the notebook keep its secrets',
    },
    {
      id: 'unfold-note',
      hold: 'no',
      needs: '!has:note',
      does: 'see:note',
      ask: 'Do you unfold the note someone has wedged beside you?',
      yes: 'It says, in careful capitals, that someone here is not who they claim. | take:note +read-note | you read the note that said someone here was lying',
      no: 'You pass it to {other.name} unopened, and {other.they} pocket{other.s} it with a small nod. | give:note | you handed the note on unread',
    },
    {
      id: 'read-note',
      hold: 'no',
      needs: 'has:note !read-note',
      ask: 'Do you read the folded note without telling anyone?',
      yes: 'The note says, in careful capitals, that someone here is not who they claim. | take:note +read-note | you read the folded note in secret',
      no: 'You pass the note to {other.name} unopened, and {other.they} pocket{other.s} it with a quiet nod. | give:note | you gave the note to {other.name} unread',
    },
    {
      id: 'who-lies',
      hold: 'yes',
      needs: 'read-note has:note',
      ask: 'Do you show {companion.name} the note that says someone here is lying?',
      yes: '{companion.name} reads it and goes pale, then laughs, and says the note is in {companion.their} own handwriting. | | you showed {companion.name} the lying note',
      no: 'You keep it close, and study each face in turn, and each face looks innocent. | | you kept the note’s warning to yourself',
    },
    {
      id: 'timetable',
      hold: 'yes',
      // No timetable is posted in a plane or a lift.
      needs: '!setting:airport-gate !setting:hotel-lift',
      ask: 'Will you point out to {other.name} that the posted timetable skips from one o’clock to three?',
      yes: '{other.name} has noticed it too, and together you agree that an hour is missing. | +missing-hour | you and {other.name} found the missing hour',
      no: 'You keep it to yourself, and the timetable seems to lose another hour in the silence. | +missing-hour | you kept the missing hour to yourself',
    },
    {
      id: 'label',
      hold: 'yes',
      does: 'see:label',
      ask: 'Do you keep the torn luggage label at your feet as evidence?',
      yes: 'The label names a passenger who took this route years ago, and you keep it safe. | take:label | you kept the torn luggage label',
      no: 'You let the label go, and it drifts away toward the dark as though called. | lose:label | you let the torn label blow away',
    },
    {
      id: 'slipped-away',
      hold: 'no',
      ask: 'Do you follow {companion.name}, who has just slipped quietly away?',
      yes: 'You find {companion.name} around a corner, whispering to someone who is wearing your face. | | you followed {companion.name} and saw your own face',
      no: 'You stay where you are, and {companion.name} comes back soon, smelling of cold air. | | you let {companion.name} slip away unfollowed',
    },
    {
      id: 'compare',
      hold: 'yes',
      ask: 'Will you compare your ticket with {companion.name}’s?',
      yes: 'They are the same, down to the seat number, as if one of you were the copy. | | you compared your ticket with {companion.name}’s',
      no: 'You keep yours private, and {companion.name} studies you a moment longer than is polite. | | you kept your ticket private',
    },
    {
      id: 'write-down',
      hold: 'yes',
      ask: 'Do you write down everything you have seen so far?',
      yes: 'Writing it down steadies you, and the pieces begin to line up on the page. | +wrote-down | you wrote down everything you had seen',
      no: 'You trust your memory, and already the first hour of the night is blurring. | | you trusted your memory',
    },
    {
      id: 'count',
      hold: 'no',
      ask: 'Do you count the people around you again, just to be sure?',
      yes: 'There is one more than there was, and nobody has come in. | +one-more | you counted one person too many',
      no: 'You let the count be, and the faces around you settle into an ordinary number. | | you stopped counting faces',
    },
    {
      id: 'coat',
      hold: 'yes',
      ask: 'Do you mention to {companion.name} that {other.name} has changed coats since you first noticed {other.them}?',
      yes: '{companion.name} says {other.name} has been wearing that coat all night, and writes something down. | | you pointed out {other.name}’s changed coat',
      no: 'You say nothing, and when you look again {other.name} is wearing the first coat after all. | | you kept quiet about the coats',
    },
    {
      id: 'newspaper',
      hold: 'no',
      ask: 'Will you read the headline on the newspaper someone has left folded beside you?',
      yes: 'The headline reports tonight’s journey, every detail right, and an arrival time that has not happened yet. | | you read tonight’s journey in the newspaper',
      no: 'You leave it folded, and the crossword on the back fills itself in while you are not looking. | | you left the newspaper folded',
    },
    {
      id: 'knew-the-way',
      hold: 'yes',
      ask: 'Will you ask {companion.name} how {companion.they} knew the way, if this is {companion.their} first time here?',
      yes: '{companion.name} says {companion.they} guessed, and colours, and you both know it was not a guess. | | you caught {companion.name} knowing the way',
      no: 'You let it pass, and {companion.name} relaxes, and you file the detail away for later. | | you let {companion.name} keep knowing the way',
    },
    {
      id: 'red-clay',
      hold: 'yes',
      ask: 'Do you ask {other.name} where {other.they} picked up the red clay on {other.their} shoes?',
      yes: '{other.name} says a garden, then a building site, then talks about the weather instead. | | you asked about the red clay on {other.name}’s shoes',
      no: 'You say nothing, and later the clay is gone, scraped off somewhere while you were not looking. | | you said nothing about the red clay',
    },
    {
      id: 'receipt',
      hold: 'no',
      ask: 'Will you smooth out the crumpled receipt lying at your feet?',
      yes: 'It is from a shop in your own street, dated today, and you have not been home in a week. | | you found a receipt from your own street',
      no: 'You leave it crumpled, and someone’s heel carries it off, stuck fast, toward the door. | | you left the crumpled receipt',
    },
    {
      id: 'initials',
      hold: 'yes',
      ask: 'Do you ask {companion.name} whose initials are embroidered on {companion.their} handkerchief?',
      yes: '{companion.name} says a brother’s, and then, after a pause, that {companion.they} never had a brother. | | you asked about the initials on {companion.name}’s handkerchief',
      no: 'You let it go, and {companion.name} folds the handkerchief so the initials face inward. | | you let the initials on the handkerchief pass',
    },
    {
      id: 'ring-mark',
      hold: 'yes',
      ask: 'Will you ask {other.name} about the pale band on {other.their} finger where a ring used to be?',
      yes: '{other.name} says {other.they} took it off this evening, and {other.their} voice says more than the words do. | | you asked {other.name} about the missing ring',
      no: 'You let it go, and {other.name} turns the bare finger round and round, as if still twisting the ring. | | you left the missing ring unasked',
    },
    {
      id: 'two-watches',
      hold: 'no',
      ask: 'Will you ask {companion.name} why {companion.they} wear{companion.s} two watches set to different times?',
      yes: 'One is for here, {companion.name} says, and one is for where {companion.they} should be, and smiles. | | you asked about {companion.name}’s two watches',
      no: 'You keep quiet, and notice {companion.name} glance at the second watch each time a door opens. | | you watched {companion.name} check the second watch',
    },
    {
      id: 'drag-marks',
      hold: 'no',
      ask: 'Do you look closer at the floor, where something heavy was dragged and the marks wiped?',
      yes: 'The wiped streak runs into the darkest corner and stops, as if what was dragged simply ended there. | | you followed the drag marks into the corner',
      no: 'You leave the floor to the cleaners, and it shines on, blameless, as floors should. | | you left the drag marks alone',
    },
    {
      id: 'same-pocket',
      hold: 'no',
      ask: 'Do you watch the man who has checked the same inside pocket six times in ten minutes?',
      yes: 'On the seventh he takes out a small brass thing, looks at it, and puts it back, relieved. | | you watched the man check his pocket',
      no: 'You look elsewhere, and when you glance back he has stopped, as if he knew he was being counted. | | you let the man check his pocket unwatched',
    },
  ],
  boarding: [
    {
      id: 'same-face',
      hold: 'yes',
      // A plane, a ferry and a lift have no driver to face at the door.
      needs: '!setting:airport-gate !setting:ferry-terminal !setting:hotel-lift',
      ask: 'but the driver has the face of a crossed-out photograph on the noticeboard behind you; do you board anyway?',
      yes: 'You board, and the driver nods as if you had passed a small, necessary test. | board | you boarded despite the driver’s face',
      no: 'You hang back to think it through, and by the time you have, it is gone. | stay | you hung back to think about the driver',
    },
    {
      id: 'one-seat',
      hold: 'no',
      // A lift has no seats, and one seat is no seat for a reader with someone beside them.
      needs: '!setting:hotel-lift !kin',
      ask: 'and there is exactly one empty seat, with a reserved card bearing your initials; do you take it?',
      yes: 'You take it, and the seat is warm, as if someone left it a moment before you came. | board | you took the seat reserved for your initials',
      no: 'You leave the reserved seat empty, and it goes off carrying its little card. | stay | you left the reserved seat empty',
    },
    {
      id: 'timetable-lie',
      hold: 'yes',
      ask: 'but by your watch it has come exactly one hour early; do you step in anyway?',
      yes: 'You step in, and your watch quietly corrects itself by an hour. | board | you trusted the arrival over your watch',
      no: 'You trust your watch, and the early arrival leaves exactly one hour too soon. | stay | you trusted your watch and stayed',
    },
    {
      id: 'footprints',
      hold: 'no',
      ask: 'and wet footprints lead up to its door and stop there; do you follow them in?',
      yes: 'You follow them in, and they end at the seat you would have chosen anyway. | board | you followed the footprints aboard',
      no: 'You step around them, and they dry while you watch, and the {vessel} leaves without you. | stay | you stepped around the footprints',
    },
    {
      id: 'counted',
      hold: 'yes',
      ask: 'and the guard counts the passengers twice, frowns, and waves you on; do you go?',
      yes: 'You go, and the guard counts once more behind you and seems satisfied at last. | board | you boarded after the guard counted twice',
      no: 'You stay, and the guard shrugs, as if one fewer made the numbers come out right. | stay | you stayed when the count came out wrong',
    },
  ],
  revelations: [
    {
      id: 'circled',
      hold: 'yes',
      needs: 'saw-circled has:notebook',
      ask: 'The stop circled twice in the notebook is {destination}; do you tell the others what you have found?',
      yes: 'You tell them, and {first.name} admits at last to having been sent to watch over you. | | you told everyone about the circled stop',
      no: 'You keep it to yourself, and everyone’s eyes slide toward you as if they already know. | | you kept the circled stop to yourself',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Do you ask {first.name} who sent {first.them} to watch over you?',
            yes: '{first.name} says it was you, years from now, worried about tonight. | | you learned your older self sent {first.name}',
            no: 'You decide it does not matter, and {first.name} looks at you with new respect. | | you did not ask who sent {first.name}',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Will you go on pretending you have not noticed how everyone is watching you?',
            yes: 'You pretend, and the watching softens into something almost like care. | | you pretended not to notice the watching',
            no: 'You meet their eyes one by one, and one by one they look away, ashamed or kind. | | you stared the watchers down',
          },
        ],
      },
    },
    {
      id: 'missing-hour',
      hold: 'yes',
      needs: 'missing-hour',
      ask: 'Is the missing hour on the timetable the same hour you cannot remember from tonight?',
      yes: 'Yes, and as you admit it the hour comes back, full of small, harmless, ordinary things. | | you admitted the missing hour was yours',
      no: 'No, you insist, and somewhere a clock begins to tick backwards. | | you denied the missing hour was yours',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'In the returned hour you gave someone a promise; will you keep it now?',
            yes: 'You keep it, though you do not know to whom, and something far off says thank you. | | you kept the promise from the missing hour',
            no: 'You let it lapse, and the hour closes again like a book you were not ready to finish. | | you let the promise of the missing hour lapse',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'The backwards ticking is coming from your own wrist; do you take off your watch?',
            yes: 'You take it off, and the ticking stops, and the night goes quiet and forward again. | | you took off the backwards watch',
            no: 'You keep it on, and the hands spin gently back toward the start of the night. | | you kept the backwards watch on',
          },
        ],
      },
    },
    {
      id: 'label-name',
      hold: 'no',
      needs: 'has:label',
      ask: 'The name on the torn luggage label turns out to be your own; do you claim the bag it came from?',
      yes: 'The bag holds your coat from a winter you never had, still wet with rain. | | you claimed the bag with your name',
      no: 'You leave the bag unclaimed, and it closes itself like a finished book. | | you left the bag with your name unclaimed',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you put on the wet coat from the bag with your name on it?',
            yes: 'It fits perfectly, and in its pocket is the warmth of a hand you once held. | | you put on the coat from the winter you never had',
            no: 'You fold it over your arm, and it drips quietly, like a clock. | | you carried the wet coat over your arm',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you let {companion.name} open the bag with your name on it instead?',
            yes: '{companion.name} looks inside and closes it gently, and will only say that it is yours to carry. | | you let {companion.name} look in the bag',
            no: 'You ask {companion.name} to leave it, and the bag sits between you like a third traveller. | | you left the bag shut between you',
          },
        ],
      },
    },
    {
      id: 'two-tickets',
      hold: 'yes',
      // The reader's own kin carry no secret ticket, nor have their pockets picked.
      needs: '!kin',
      does: 'see:ticket',
      ask: '{first.name} has carried two tickets all night, and one of them bears your name; do you ask {first.them} why?',
      yes: '{first.name} says the second ticket is a ticket home, and that you would not have come if you had known. | | you asked {first.name} about the second ticket',
      no: 'You say nothing, and {first.name} slides the second ticket back into an inside pocket. | | you let {first.name} keep the second ticket',
      follow: {
        yes: [
          {
            hold: 'yes',
            needs: 'has:ticket',
            ask: '{first.name} holds the ticket home out to you; will you take it?',
            yes: 'You take it, and it is warm, and the word home is printed where the stop should be. | take:ticket | you took the ticket home from {first.name}',
            no: 'You tell {first.name} to keep it a little longer, and {first.they} nod{first.s}, as if that were wiser. | give:ticket | you left the ticket home with {first.name}',
          },
        ],
        no: [
          {
            hold: 'no',
            needs: 'has:ticket',
            // Asleep as the question says, not as it assumed: readers had just watched them writing.
            ask: '{first.name} has dozed off at last, the ticket with your name showing at the edge of a pocket; do you slip it out?',
            yes: 'You take it without waking {first.them}, and it feels less like theft than like being handed something. | take:ticket | you took your ticket from {first.name}’s pocket',
            no: 'You leave it, and {first.name} murmurs your name in sleep, reassuringly. | | you left {first.name} sleeping with the ticket',
          },
        ],
      },
    },
    {
      id: 'older-you',
      hold: 'no',
      ask: 'Someone has kept to the edge of your sight, and when at last you turn, it is an older you; do you speak to them?',
      yes: 'The older you takes your hands and says you are doing better than you think. | | you spoke to your older self',
      no: 'You stay where you are, and the older you nods, as if that too was expected. | | you left your older self unspoken to',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask your older self whether you reach {destination}?',
            yes: 'Your older self only smiles and says you will know the answer before you need it. | | you asked your older self about {destination}',
            no: 'You do not ask, and your older self looks proud of you for that. | | you did not ask your older self the answer',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Your older self leaves something behind where they stood; do you go and look?',
            yes: 'It is a pencil worn to a stub, and with it the certainty that you will need it soon. | +wrote-down | you took the pencil your older self left',
            no: 'You leave it, and {companion.name} picks it up, looks at it, and puts it in your coat without a word. | | you left the older you’s gift for {companion.name} to pass on',
          },
        ],
      },
    },
    {
      id: 'crossed-out',
      hold: 'yes',
      // The reader's own kin are not crossed off a list of strangers.
      needs: '!kin',
      ask: 'On a list of tonight’s passengers that someone left behind, {first.name}’s name is crossed out in red; do you ask {first.them} why?',
      yes: '{first.name} says {first.they} {first.were} crossed off years ago, and came anyway. | | you asked {first.name} about the crossed-out name',
      no: 'You fold the list away, and {first.name} watches you do it, very still. | | you folded away the list with {first.name}’s name',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you write {first.name}’s name back onto the list, in your own hand?',
            yes: 'You write it clearly, and {first.name} reads it over your shoulder and breathes out. | | you wrote {first.name} back onto the list',
            no: 'You leave the list as it is, and {first.name} says that is fair, the list is not yours. | | you left {first.name} crossed off the list',
          },
          {
            hold: 'no',
            ask: 'Do you ask {first.name} who crossed {first.them} off?',
            yes: '{first.name} says it was {first.themself}, long ago, on a night {first.they} would rather forget. | | you asked who crossed {first.name} off',
            no: 'You let it lie, and {first.name} thanks you with a look you will remember. | | you did not ask who crossed {first.name} off',
          },
        ],
        no: [
          {
            hold: 'yes',
            ask: 'Will you keep the list of passengers, in case it matters before morning?',
            yes: 'You keep it, and it crackles in your pocket whenever {first.name} speaks. | | you kept the list of passengers',
            no: 'You leave the list on a seat, and when you look back it is gone. | | you left the list of passengers behind',
          },
          {
            hold: 'no',
            ask: 'Do you count the names on the list against the faces around you?',
            yes: 'One face has no name, and it is yours, and you find you are not afraid. | | you counted the names against the faces',
            no: 'You leave the counting, and the faces stay simply faces. | | you did not count the names',
          },
        ],
      },
    },
    {
      id: 'handwriting',
      hold: 'yes',
      // Signs passed: on the way, not in a lobby or a terminal.
      needs: 'aboard !setting:hotel-lift',
      ask: 'The next sign you pass is written in your own hand, and so is the one after it; do you tell {first.name}?',
      yes: '{first.name} nods, unsurprised, and says some journeys are written before they are taken. | | you told {first.name} the signs were in your hand',
      no: 'You keep it to yourself, and the next sign you see is signed with your initials. | | you kept the handwriting on the signs to yourself',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Do you ask {first.name} how {first.they} knew already?',
            yes: '{first.name} says {first.they} watched you write them, years from now, in another life. | | you asked {first.name} how {first.they} knew',
            no: 'You leave it, and {first.name} seems relieved not to explain. | | you let {first.name} keep the how of it',
          },
          {
            hold: 'no',
            ask: 'Will you write one more sign yourself, on the nearest wall, to see what happens?',
            yes: 'You write the word home, and a moment later a light comes on beside it. | | you wrote one more sign',
            no: 'You keep your hands still, and the signs keep their counsel. | | you wrote no more signs',
          },
        ],
        no: [
          {
            hold: 'yes',
            ask: 'Do you read the next sign carefully, since you seem to have written it?',
            yes: 'It says you are nearly there, and it is the kindest thing you have ever written. | | you read your own sign carefully',
            no: 'You look away from it, and it waits for you to be ready. | | you looked away from your own sign',
          },
          {
            hold: 'no',
            ask: 'Will you compare your signature with the one on the last sign?',
            yes: 'They match, except that the sign’s is steadier, as if written by an older hand. | | you compared your signature with the sign',
            no: 'You leave it, and your hand itches all the same, as if it remembers. | | you did not compare signatures',
          },
        ],
      },
    },
    {
      id: 'following-map',
      hold: 'no',
      // A stranger's watching: not of someone the reader travels with.
      needs: '!known:first',
      ask: '{first.name} has been following your progress all night on a map; do you lean over to look?',
      yes: 'The map shows your route with small crosses at every choice you made tonight. | | you saw {first.name}’s map of your night',
      no: 'You stay where you are, and {first.name} folds the map with a small, guilty smile. | | you let {first.name} keep the map of your night',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Do you ask {first.name} where the map says you end up?',
            yes: '{first.name} says the map stops where the paper runs out, and that the rest is up to you. | | you asked where the map ends',
            no: 'You leave the ending blank, and {first.name} seems pleased with you. | | you left the map’s ending blank',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Will you ask to mark one place of your own on {first.name}’s map?',
            yes: '{first.name} unfolds it, and you draw a small cross at its edge, and {first.name} laughs aloud. | | you drew your own cross on the map',
            no: 'You leave the map alone, and {first.name} keeps it, and keeps watching. | | you left {first.name}’s map alone',
          },
        ],
      },
    },
  ],
  threads: [
    {
      kind: 'companion',
      id: 'taking-notes',
      plant: {
        hold: 'yes',
        // Notes for a report on the reader: a stranger's, not kin's.
        needs: '!known:first',
        ask: '{first.name} writes something down every time you speak; do you ask to see it?',
        yes: '{first.name} closes the notebook with a snap and a guilty smile. | see:notebook +noticed-notes | you caught {first.name} taking notes on you',
        no: 'You let it go, and the scratch of {first.name}’s pencil keeps time with your words. | | you let {first.name} take notes on you',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} hands you the pages: everything you have said tonight, with one line underlined; do you read it?',
          yes: 'The underlined line is the first true thing you said all night, and you remember saying it. | | you read the line {first.name} had underlined',
          no: 'You give the pages back unread, and {first.name} tears them up and lets them go like snow. | | you gave back {first.name}’s pages unread',
        },
        {
          hold: 'no',
          needs: 'noticed-notes',
          ask: '{first.name} admits the pages were meant for a report on you, and offers to burn it; will you let {first.them}?',
          yes: 'The report burns in a tin lid, and {first.name} looks freer than you have seen {first.them} all night. | | you let {first.name} burn the report',
          no: 'You ask to keep it, and {first.name} hands it over, relieved to be rid of the weight. | | you kept {first.name}’s report on you',
        },
        {
          hold: 'yes',
          ask: '{first.name} tears out every page {first.they} {first.have} written about you and offers them; will you read them later, alone?',
          yes: 'You fold them away, and they sit in your pocket like a kind word kept for later. | | you kept {first.name}’s pages to read later',
          no: 'You give them back, and {first.name} lets them go on the draught, relieved. | | you let {first.name}’s pages blow away',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'lay-out',
      hold: 'yes',
      ask: 'With {destination} close, do you lay out everything you know for {companion.name}?',
      yes: '{companion.name} listens, nods, and says the answer was never the destination at all. | | you laid out the whole case for {companion.name}',
      no: 'You keep your counsel, and the clues dissolve like sugar in the dark. | | you kept the case to yourself',
    },
    {
      id: 'envelope',
      hold: 'no',
      does: 'see:envelope',
      ask: 'An envelope on the seat beside you is addressed to whoever arrives last; do you open it?',
      yes: 'The envelope holds a photograph of tonight, taken from somewhere you have never stood. | take:envelope | you opened the envelope for whoever arrives last',
      no: 'You leave it sealed, and it is gone when you next look, which is a kind of answer. | lose:envelope | you left the envelope sealed',
    },
    {
      id: 'one-question',
      hold: 'yes',
      ask: 'Is this the moment to ask {first.name} the one question you have not dared to ask all night?',
      yes: 'You ask, and {first.name} answers simply, as if {first.they} had waited all night to be asked. | | you asked {first.name} the question at last',
      no: 'You wait, and {first.name} turns away with the answer still behind {first.their} teeth. | | you never asked {first.name} the question',
    },
  ],
  endings: {
    arrival: [
      {
        text: 'You step out at {destination} with the night solved, every clue finally where it belongs.',
        needs: 'aboard',
      },
      {
        text: 'At {destination} the doors open on an ordinary dawn, and the mystery folds itself away like a map at the end of a journey.',
        needs: 'aboard',
      },
      {
        text: 'You arrive at {destination} knowing exactly who was watching, and it turns out to have been kindness all along.',
        needs: 'aboard',
      },
    ],
    'missed-stop': [
      {
        text: '{destination} slides past while you are still piecing it together, and the {vessel} carries you on into another unsolved morning.',
        needs: 'aboard !setting:airport-gate !terminus',
      },
      {
        text: 'You realise too late that the circled stop was the one you missed, and the case stays open as the {vessel} rolls on.',
        needs: 'aboard saw-circled !terminus',
      },
      {
        text: 'By the time you understand, {destination} is behind you, and the night’s clues are only a list in your head.',
        needs: 'aboard !terminus',
      },
      {
        text: 'The last {vessel} leaves while you are still piecing it together, and you stay behind with the case unsolved and the sky going pale.',
        needs: 'waiting !boarding-refused',
      },
      {
        text: 'Nothing else comes tonight, and you stay behind piecing it together, the case unsolved and the sky going pale.',
        needs: 'waiting boarding-refused',
      },
    ],
    loop: [
      'You look up and the night is starting again from its first minute, every odd thing in it back in its place, waiting to be noticed.',
      {
        text: 'The clock finds its missing hour by starting over, and you are back where the night began.',
        needs: 'missing-hour',
      },
      'Everything resets with a soft click, and you begin the night again, somehow sure you have solved it before.',
      {
        text: 'You are back at the beginning with the same folded note in your hand, unread again.',
        needs: 'has:note',
      },
    ],
    door: [
      {
        text: 'The key turns in a door you had not seen all night, and you step through into the room where the mystery began.',
        needs: 'held:key',
      },
      'A door swings open onto warm light and a table set for you, and the last clue is simply your name.',
      'The door opens, and waiting behind it is the answer to every question you forgot to ask.',
    ],
  },
};
