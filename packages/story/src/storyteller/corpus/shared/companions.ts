/**
 * Companions, anywhere: how they are introduced, clauses that bring them in, and questions
 * about them that fit any setting and genre.
 */
import type { LineSpec, QuestionSpec } from '../types';

/** Questions that introduce {companion} by name and role. */
export const INTRODUCTIONS: readonly QuestionSpec[] = [
  {
    id: 'intro-only-other',
    hold: 'yes',
    needs: 'company:none !kin',
    does: 'meet:companion',
    ask: 'The only other soul awake is {companion.name}, {companion.role}; do you nod hello?',
    yes: '{companion.name} nods back, and the night feels one person less empty. | | you nodded hello to {companion.name} when the night was empty',
    no: 'You look away, and {companion.name} goes back to {companion.their} own thoughts without offence. | | you looked away from {companion.name} at first',
  },
  {
    id: 'intro-seat-free',
    hold: 'yes',
    needs: 'aboard !seat-beside !kin',
    does: 'meet:companion',
    ask: 'Will you move your bag for {companion.name}, {companion.role}, who asks if the seat beside you is free?',
    yes: '{companion.name} sits, bringing the cold in with {companion.them}, and thanks you as if you had done something brave. | +seated +seat-beside | you made room for {companion.name} beside you',
    no: 'You say it is saved, and {companion.name} settles across the aisle, watching you without resentment. | | you kept the seat beside you for no one when {companion.name} asked',
  },
  {
    id: 'intro-light',
    hold: 'yes',
    // Kin have their own watches, and know the reader's.
    needs: '!kin',
    does: 'meet:companion',
    ask: 'Do you answer when {companion.name}, {companion.role}, asks what time you make it?',
    yes: 'You tell {companion.them}, and {companion.name} frowns, because {companion.their} own watch says an hour later. | | you told {companion.name} the time when {companion.they} asked',
    no: 'You pretend not to hear, and {companion.name} asks the dark window instead, which seems to answer. | | you pretended not to hear {companion.name}',
  },
  {
    id: 'intro-name',
    hold: 'yes',
    // Nobody shakes hands with their own kin.
    needs: '!kin',
    does: 'meet:companion',
    ask: 'When {companion.name}, {companion.role}, offers you a hand, do you shake it and give your name?',
    yes: '{companion.name} repeats your name carefully, as if putting it somewhere safe. | | you gave {companion.name} your name',
    no: 'You keep your hand and your name, and {companion.name} nods, as if a name were too much to ask. | +kept-name | you kept your name from {companion.name}',
  },
  {
    id: 'intro-dropped',
    hold: 'yes',
    needs: '!motif:red-glove',
    does: 'meet:companion',
    ask: 'Do you hand back the glove that {companion.name}, {companion.role}, has just dropped?',
    yes: '{companion.name} takes it with a small nod of thanks, and the glove is still warm. | | you handed {companion.name} the glove {companion.they} dropped',
    no: 'You leave it, and {companion.name} retrieves it {companion.themself}, with a glance that files you away. | | you let {companion.name} pick up {companion.their} own glove',
  },
  {
    id: 'intro-crossword',
    hold: 'no',
    does: 'meet:companion',
    ask: 'Will you help {companion.name}, {companion.role}, with the last clue of a crossword?',
    yes: 'The answer is the name of the place you are going, and {companion.name} writes it in with a shiver. | | you finished the crossword with {companion.name}',
    no: 'You shrug, and {companion.name} fills in the last clue alone, in writing too small to read. | | you left {companion.name} alone with the crossword',
  },
  {
    id: 'intro-sweets',
    hold: 'yes',
    does: 'meet:companion',
    ask: 'Do you take a boiled sweet from the paper bag that {companion.name}, {companion.role}, holds out?',
    yes: 'It tastes of pear drops and a kitchen you half remember, and {companion.name} looks pleased. | | you took a sweet from {companion.name}',
    no: 'You shake your head, and {companion.name} puts the bag away a little sadly. | | you turned down {companion.name}’s sweets',
  },
  {
    id: 'intro-humming',
    hold: 'no',
    does: 'meet:companion',
    ask: 'Do you ask {companion.name}, {companion.role}, what song {companion.they} {companion.have} been humming?',
    yes: '{companion.name} says it has no name, only a tune {companion.they} learned on a night like this one. | | you asked {companion.name} about the song',
    no: 'You let the humming be, and it keeps time with your heartbeat for a while. | | you let {companion.name} hum without asking',
  },
  {
    id: 'intro-stare',
    hold: 'yes',
    does: 'meet:companion',
    ask: 'Will you ask {companion.name}, {companion.role}, why {companion.they} keep{companion.s} looking at you?',
    needs: '!genre:ghost !kin',
    yes: '{companion.name} apologises: you look exactly like someone {companion.they} {companion.have} been waiting for. | | you asked {companion.name} why {companion.they} stared',
    no: 'You let it go, and {companion.name} keeps glancing over, as if checking you are still there. | | you let {companion.name} stare without asking why',
  },
  {
    id: 'intro-bench',
    hold: 'yes',
    needs: 'waiting',
    does: 'meet:companion',
    ask: 'Do you shift along so {companion.name}, {companion.role}, can sit out of the draught?',
    yes: '{companion.name} sits gratefully, and the two of you share the small warmth of being together. | +seated | you made room for {companion.name} out of the draught',
    no: 'You stay where you are, and {companion.name} leans against the wall nearby, patient as weather. | | you kept your place when {companion.name} wanted to sit',
  },
  {
    id: 'intro-directions',
    hold: 'yes',
    // Kin going home with the reader know the way.
    needs: '!kin',
    does: 'meet:companion',
    ask: 'When {companion.name}, {companion.role}, asks the way to {destination}, do you show {companion.them}?',
    yes: '{companion.name} sighs with relief and says {companion.they} {companion.were} afraid of getting it wrong again. | | you told {companion.name} this was the way to {destination}',
    no: 'You say you are not sure, and {companion.name} nods as if that is the only honest answer. | | you told {companion.name} you were not sure of the way',
  },
  {
    id: 'intro-lighter',
    hold: 'no',
    needs: '!aboard',
    does: 'meet:companion',
    ask: 'Do you go and stand beside {companion.name}, {companion.role}, who is watching the dark with great attention?',
    yes: 'You stand together, and {companion.name} points out a light far off that neither of you can explain. | | you stood with {companion.name} watching the dark',
    no: 'You keep your distance, and {companion.name} goes on watching for both of you. | | you kept your distance from {companion.name}',
  },
];

/** Clauses that bring {companion} into the scene, opening a question about them. */
export const ARRIVALS: readonly LineSpec[] = [
  {
    text: 'When {companion.name}, {companion.role}, sits down beside you',
    does: 'meet:companion +seat-beside',
    // A lift has no seats (its lobby has its own arrivals). Nor does a stranger take the seat
    // beside a reader with someone of their own there (every arrival "+seat-beside" says so).
    needs: '!seat-beside !setting:hotel-lift !kin',
  },
  { text: 'As {companion.name}, {companion.role}, catches your eye', does: 'meet:companion' },
  { text: 'When {companion.name}, {companion.role}, murmurs a greeting', does: 'meet:companion' },
  {
    text: 'As {companion.name}, {companion.role}, comes to stand near you',
    does: 'meet:companion',
    needs: 'waiting',
  },
  {
    text: 'When {companion.name}, {companion.role}, takes the seat opposite',
    does: 'meet:companion +seat-opposite',
    // Nobody sits facing the reader in a lift, nor in a plane's rows.
    needs: 'aboard !seat-opposite !setting:hotel-lift !setting:airport-gate',
  },
  {
    text: 'As {companion.name}, {companion.role}, comes in shaking the cold off {companion.their} coat',
    does: 'meet:companion',
    needs: 'waiting weather:clear',
  },
  {
    text: 'As {companion.name}, {companion.role}, nods to you as if you had met before',
    does: 'meet:companion',
  },
  {
    text: 'When {companion.name}, {companion.role}, settles within talking distance',
    does: 'meet:companion',
  },
  {
    text: 'As {companion.name}, {companion.role}, settles nearby with a long sigh',
    does: 'meet:companion',
  },
  {
    text: 'When {companion.name}, {companion.role}, unwraps a peppermint from a paper bag',
    does: 'meet:companion',
  },
  {
    text: 'As {companion.name}, {companion.role}, stops beside you to get {companion.their} breath back',
    does: 'meet:companion',
    needs: 'waiting',
  },
  {
    text: 'As {companion.name}, {companion.role}, looks up from a paperback long enough to smile',
    does: 'meet:companion',
  },
  {
    text: 'When {companion.name}, {companion.role}, lifts a bag off the seat so you can sit',
    does: 'meet:companion +seat-beside',
    needs: '!seat-beside !setting:hotel-lift !kin',
  },
  {
    text: 'As {companion.name}, {companion.role}, folds a newspaper into a small neat square',
    does: 'meet:companion',
  },
  {
    text: 'As {companion.name}, {companion.role}, eats chocolate square by square, making it last',
    does: 'meet:companion',
  },
  {
    text: 'When {companion.name}, {companion.role}, wishes you a quiet night',
    does: 'meet:companion',
  },
  // Arrivals that bring the weather in with them: a night with weather shows it early. (A gate
  // is deep inside an airport: nobody comes in out of the weather there.)
  {
    text: 'When {companion.name}, {companion.role}, comes in out of the rain',
    does: 'meet:companion',
    needs: 'waiting weather:rain !setting:airport-gate',
  },
  {
    text: 'As {companion.name}, {companion.role}, gets on with rain running from {companion.their} hair',
    does: 'meet:companion',
    // Nobody gets on a plane or a ferry under way.
    needs: 'aboard weather:rain !setting:hotel-lift !setting:airport-gate !setting:ferry-terminal',
  },
  {
    text: 'When {companion.name}, {companion.role}, comes in stamping snow from {companion.their} boots',
    does: 'meet:companion',
    needs: 'waiting weather:snow !setting:airport-gate',
  },
  {
    text: 'As {companion.name}, {companion.role}, gets on with snow melting on {companion.their} shoulders',
    does: 'meet:companion',
    // Nobody gets on a plane or a ferry under way.
    needs: 'aboard weather:snow !setting:hotel-lift !setting:airport-gate !setting:ferry-terminal',
  },
  {
    text: 'As {companion.name}, {companion.role}, steps in out of the fog',
    does: 'meet:companion',
    needs: 'waiting weather:fog !setting:airport-gate',
  },
  {
    text: 'As {companion.name}, {companion.role}, gets on out of the fog',
    does: 'meet:companion',
    // Nobody gets on a plane or a ferry under way.
    needs: 'aboard weather:fog !setting:hotel-lift !setting:airport-gate !setting:ferry-terminal',
  },
];

/** Questions about companions already met, and about the night, for any setting and genre. */
export const QUESTIONS: readonly QuestionSpec[] = [
  {
    id: 'after',
    hold: 'yes',
    // The reader knows where those they travel with are going: with them.
    needs: '!known:companion',
    ask: 'Do you ask {companion.name} where {companion.they} will go once {companion.they} reach{companion.es} {destination}?',
    yes: '{companion.name} says nowhere in particular, and that {companion.they} would like the company. | +going-on-together | you asked {companion.name} where {companion.they} would go next',
    no: 'You do not ask, and {companion.name} goes on gazing at a point far beyond the glass. | | you never asked {companion.name} where {companion.they} would go',
  },
  {
    id: 'real-name',
    hold: 'yes',
    // Asked for first: a reader asked to tell their real name wondered when they had given a false one.
    // Never by anyone who knows it: a brother asked his sibling's name.
    needs: '!known:companion',
    ask: 'When {companion.name} asks your name, will you give your real one?',
    yes: 'You tell {companion.them}, and {companion.name} says it under {companion.their} breath, learning it by heart. | | you told {companion.name} your real name',
    no: 'You give a name that is not yours, and {companion.name} accepts it with a very slight smile. | | you gave {companion.name} a false name',
  },
  {
    id: 'thank',
    hold: 'yes',
    ask: 'Do you thank {companion.name} for keeping you company?',
    yes: '{companion.name} looks surprised and then pleased, and the night seems a little shorter. | | you thanked {companion.name} for the company',
    no: 'You say nothing, and {companion.name} grows quieter, more like a memory than a person. | | you never thanked {companion.name}',
  },
  {
    id: 'palm',
    hold: 'no',
    ask: 'Do you let {companion.name} read your palm?',
    yes: '{companion.name} traces your palm and says your lifeline has a stop in it nobody has named. | | you let {companion.name} read your palm',
    no: 'You keep your hands in your lap, and {companion.name} reads the dark window instead. | | you kept your palm from {companion.name}',
  },
  {
    id: 'how-long',
    hold: 'yes',
    // A night, not a journey: a porter at work is travelling nowhere. Not kin, whose night the
    // reader has shared.
    needs: '!kin',
    ask: 'Do you ask {companion.name} how long {companion.their} night has been?',
    yes: '{companion.name} counts on {companion.their} fingers and laughs, and says since about nine o’clock. | | you asked {companion.name} how long {companion.their} night had been',
    no: 'You do not ask, and {companion.name} looks as if {companion.their} night might have gone on for years. | | you never asked {companion.name} how long the night had been',
  },
  {
    id: 'pen',
    hold: 'yes',
    ask: 'Will you lend {companion.name} your pen?',
    yes: '{companion.name} writes a few careful lines with it, folds them very small and hands the pen back warm. | | you lent {companion.name} your pen',
    no: 'You keep your pen, and {companion.name} writes with a fingertip in the condensation instead. | | you kept your pen from {companion.name}',
  },
  {
    id: 'swap',
    hold: 'no',
    needs: 'aboard',
    ask: '{other.name} asks to swap seats, for the view; do you agree?',
    yes: 'From {other.name}’s seat the world outside looks like a different country entirely. | | you swapped seats with {other.name}',
    no: 'You keep your seat, and the view stays stubbornly, reassuringly the same. | | you kept your own seat when {other.name} asked to swap',
  },
  {
    id: 'bag-open',
    hold: 'yes',
    ask: 'Do you tell {other.name} that {other.their} bag is open?',
    yes: '{other.name} thanks you and zips it shut on a glimpse of old postcards tied with string. | | you warned {other.name} about the open bag',
    no: 'You say nothing, and a small moth climbs out of the bag and flies straight at the light. | | you said nothing about {other.name}’s open bag',
  },
  {
    id: 'headphones',
    hold: 'yes',
    ask: 'Will you share your headphones with {other.name}?',
    yes: 'You share a song, and {other.name} taps the beat out softly on {other.their} knee. | | you shared a song with {other.name}',
    no: 'You keep the music to yourself, and {other.name} hums a different song that fits it exactly. | | you kept your music from {other.name}',
  },
  {
    id: 'mood',
    hold: 'no',
    ask: 'Do you ask {other.name}, who seems {other.mood} tonight, what is on {other.their} mind?',
    yes: '{other.name} tells you in a long whisper that leaves you less sure of everything. | | you asked {other.name} what was on {other.their} mind',
    no: 'You let {other.name} be, and {other.their} mood passes over like weather. | | you let {other.name} keep {other.their} thoughts',
  },
  {
    id: 'heater',
    hold: 'yes',
    ask: 'Do you give {companion.name} the warmer place, nearest the heater?',
    yes: '{companion.name} takes it gratefully, and the warmth loosens {companion.their} shoulders. | | you gave {companion.name} the warm place by the heater',
    no: 'You stay put, and {companion.name} pulls {companion.their} coat tighter against a draught only {companion.they} can feel. | | you kept the warm place for yourself',
  },
  {
    id: 'how-met',
    hold: 'yes',
    ask: 'Do you ask {companion.name} and {other.name} whether they knew each other before tonight?',
    yes: 'They met tonight, it turns out, and both seem glad of it. | | you asked {companion.name} and {other.name} how they met',
    no: 'You do not ask, and later you notice they finish each other’s sentences. | | you never asked how {companion.name} and {other.name} knew each other',
  },
  {
    id: 'joke',
    hold: 'yes',
    // Nobody travelling in grief or fear is told a joke and asked to laugh.
    needs: '!sorrow',
    ask: '{companion.name} tells a long, dry joke about the timetable; do you laugh?',
    yes: 'You laugh, and {companion.name} looks so pleased that you laugh again. | | you laughed at {companion.name}’s terrible joke',
    no: 'You keep a straight face, and {companion.name} tells the punchline again, to the window this time. | | you did not laugh at {companion.name}’s joke',
  },
  {
    id: 'sleep-watch',
    hold: 'yes',
    ask: 'Will you keep watch while {companion.name} closes {companion.their} eyes for a moment?',
    yes: '{companion.name} sleeps at once, and you find you can keep still and awake for both of you. | | you kept watch while {companion.name} slept',
    no: 'You close your eyes too, and when you open them {companion.name} is watching you, wide awake. | | you dozed when {companion.name} asked you to keep watch',
  },
  {
    id: 'secret-smile',
    hold: 'no',
    ask: 'When {companion.name} leans over and whispers something to {other.name}, glancing at you, do you ask {other.name} what it was?',
    yes: '{other.name} says it was only your destination, said the way people say a prayer. | | you asked {other.name} what {companion.name} whispered',
    no: 'You let the whisper go, and it seems to stay in the air between the three of you. | | you let {companion.name}’s whisper go unasked',
  },
  {
    id: 'family',
    hold: 'yes',
    // Not kin, who know.
    needs: '!kin',
    ask: 'Will you tell {companion.name} who is waiting for you at {destination}?',
    yes: 'You describe them, and {companion.name} listens as if memorising a face for later. | | you told {companion.name} who waits for you at {destination}',
    no: 'You only shrug, and {companion.name} looks at you as if a shrug cannot be quite true. | | you kept from {companion.name} who waits for you',
  },
  {
    id: 'first-journey',
    hold: 'no',
    ask: 'Does {companion.name} seem to have made this journey before?',
    yes: '{companion.name} admits {companion.they} had, often, and never once arrived in quite the same place. | | you guessed {companion.name} had made this journey before',
    no: 'No, you decide, and {companion.name} looks about with the bright, careful eyes of a first-timer. | | you took {companion.name} for a first-time traveller',
  },
  {
    id: 'coin-toss',
    hold: 'yes',
    does: 'see:coin',
    ask: 'Will you let {other.name} settle a small argument with you by tossing a coin?',
    yes: 'The coin lands on its edge and stays there, and {other.name} declares it a draw. | | you let {other.name} toss a coin to settle things',
    no: 'You concede the argument, and {other.name} looks almost disappointed to have won. | | you let {other.name} win the argument',
  },
];
