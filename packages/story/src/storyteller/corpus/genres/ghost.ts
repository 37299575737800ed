/**
 * Ghost: cold, tender and unhurried. Warm seats no one sat in, breath on the glass from the
 * wrong side, a passenger who has made this journey every night for fifty years; the turn
 * says who among you is not alive, and kindness is the bravest thing.
 */
import type { GenreCorpus } from '../types';

export const GHOST: GenreCorpus = {
  leadIns: [
    'As the air turns cold in one place only, just beside you',
    'As breath mists the glass from the other side',
    'While a child’s laughter drifts from somewhere long since closed',
    'As the lights dim and, one by one, come back',
    'As pipe smoke drifts past, though nobody here is smoking',
    'As footsteps cross the floor above, though there is no floor above',
    {
      text: 'While {companion.name} shivers and says someone has walked over {companion.their} grave',
      needs: 'company:some',
    },
    'As the clock stops, and starts again when you look away',
    'As a name is spoken softly behind you, and it is not yours',
    'As frost draws a hand on the window, fingers spread',
  ],
  questions: [
    {
      id: 'warm-seat',
      hold: 'yes',
      ask: 'The place beside you is warm, though no one has sat there all night; do you say good evening to it?',
      yes: 'The warmth shifts a little closer, companionable, like an old dog settling. | +greeted-ghost | you said good evening to the warm empty place',
      no: 'You shift away, and the warmth fades slowly, as if it understood. | | you moved away from the warm empty place',
    },
    {
      id: 'old-passenger',
      hold: 'yes',
      ask: 'Do you ask {companion.name} about the old passenger in the grey coat whom no one else seems to see?',
      yes: '{companion.name} says the old man has made this journey every night for fifty years, and is no trouble. | +grey-coat | you asked {companion.name} about the man in the grey coat',
      no: 'You say nothing, and the old man in the grey coat tips his hat to you alone. | +grey-coat | you kept the man in the grey coat to yourself',
    },
    {
      id: 'grey-coat-seat',
      hold: 'yes',
      needs: 'grey-coat',
      ask: 'Will you offer the old man in the grey coat your place?',
      yes: 'He sits with a sigh of deep content, and where he sits the air smells of violets. | | you gave the grey-coated man your place',
      no: 'He stands, patient as he has been for fifty years, and does not mind. | | you kept your place from the grey-coated man',
    },
    {
      id: 'writing-glass',
      hold: 'no',
      ask: 'Do you read the word someone has written backwards on the misted glass?',
      yes: 'It says stay, written by a finger smaller than yours, from the outside. | +read-stay | you read the word stay on the glass',
      no: 'You wipe it away, and the glass mists again at once, in the same place. | | you wiped the word from the glass',
    },
    {
      id: 'photograph-wall',
      hold: 'yes',
      ask: 'Will you look closely at the old framed photograph of passengers on the wall?',
      yes: 'Among the faces of a hundred years ago is {companion.name}, not a day younger. | +photo-c | you found {companion.name} in the old photograph',
      no: 'You leave it, and the faces in it seem to turn, very slightly, toward you. | | you left the old photograph alone',
    },
    {
      id: 'initials',
      hold: 'no',
      // A lift has no window to fog.
      needs: '!setting:hotel-lift',
      ask: 'Your initials appear in the mist on the window, written from the outside; do you wipe them away?',
      yes: 'You wipe them, and for a moment a hand on the other side of the glass wipes with you. | | you wiped your initials from the window',
      no: 'You leave them, and they stay clear all night, though the rest of the glass fogs over. | | you left your initials on the window',
    },
    {
      id: 'warm-coat',
      hold: 'yes',
      needs: '!setting:hotel-lift',
      ask: 'A coat hangs on the hook beside you, still warm, though nobody has been near it all night; do you check its pockets?',
      yes: 'There is only a pressed flower, brown as paper, and a sweet in a paper that crackles like a fire. | | you checked the warm coat’s pockets',
      no: 'You leave them, and after a while the coat is gone, and the hook swings a little. | | you left the warm coat alone',
    },
    {
      id: 'music-box',
      hold: 'no',
      ask: 'Do you follow the tinkle of a music box to where it is playing?',
      yes: 'You find it open on an empty seat, its tiny dancer turning for nobody, and it stops as you arrive. | | you found the music box playing for nobody',
      no: 'You let it play, and it winds down over a long time, like someone falling asleep. | | you let the music box wind down',
    },
    {
      id: 'cold-hand',
      hold: 'yes',
      ask: 'When a small cold hand slips into yours, do you hold it?',
      yes: 'You hold it, and it warms a little, and lets go when it is ready. | +held-hand | you held the small cold hand',
      no: 'You pull away, and the cold stays in your palm for a long while, like an apology. | | you pulled away from the small cold hand',
    },
    {
      id: 'name-called',
      hold: 'no',
      ask: 'Do you turn when someone behind you softly calls a name that is not yours?',
      yes: 'There is no one there, only a coat on a hook swinging as if just hung up. | | you turned to the name that was not yours',
      no: 'You keep still, and the name is called again, fainter, and then given up. | | you did not turn to the name',
    },
    {
      id: 'tell-ghost',
      hold: 'yes',
      ask: 'Will you tell {companion.name} that you think this place is haunted?',
      yes: '{companion.name} says of course it is, kindly, the way you tell a child that stars are far away. | | you told {companion.name} the place was haunted',
      no: 'You keep it to yourself, and {companion.name} looks at you as if {companion.they} had been wanting to say the same. | | you kept your haunting to yourself',
    },
    {
      id: 'candle',
      hold: 'yes',
      ask: 'Do you light the stub of candle someone has left in a saucer, as if for a vigil?',
      yes: 'The flame stands straight and steady, and the cold place beside you seems to lean toward it. | | you lit the vigil candle',
      no: 'You leave it unlit, and later there is wax on the saucer, fresh and warm. | | you left the candle unlit',
    },
    {
      id: 'crying',
      hold: 'no',
      // Nowhere to go toward in a lift car, and no wind below ground.
      needs: '!setting:hotel-lift !underground',
      ask: 'Do you go toward the quiet crying you can hear but cannot place?',
      yes: 'It stops as you come near, and the air is soft, as if someone had been comforted. | | you went toward the crying',
      no: 'You stay where you are, and the crying becomes the wind, or was always the wind. | | you stayed away from the crying',
    },
    {
      id: 'lost-glove',
      hold: 'yes',
      needs: '!motif:red-glove !motif:child-s-mitten',
      ask: 'Will you pick up the child’s mitten lying at your feet, old-fashioned and hand-knitted?',
      yes: 'It is bone dry, though everything else tonight is damp, and it smells faintly of woodsmoke. | +mitten | you picked up the child’s mitten',
      no: 'You leave it, and the next time you look it is gone, as if collected. | | you left the child’s mitten where it lay',
    },
    {
      id: 'collar',
      hold: 'yes',
      ask: 'Do you keep still while a hand you cannot see straightens your collar, the way someone used to?',
      yes: 'The touch is brisk and fond and soon over, and your collar sits better than it has all year. | | you let an unseen hand straighten your collar',
      no: 'You flinch away, and the hand withdraws, and somewhere close someone tuts, the way mothers do. | | you flinched from the unseen hand',
    },
    {
      id: 'spectacles',
      hold: 'no',
      ask: 'Will you pick up the pair of spectacles folded neatly at your feet, still warm?',
      yes: 'Through them everything is a little blurred and very kind, the way someone old once saw you. | | you looked through the warm spectacles',
      no: 'You leave them folded, and when you look again they have been gently taken back. | | you left the warm spectacles folded',
    },
    {
      id: 'dead-laugh',
      hold: 'yes',
      ask: 'Do you let yourself hear, just for a moment, the way someone long dead used to laugh?',
      yes: 'It comes back whole, a wheeze and a slap of the knee, and you are smiling before you know it. | | you let yourself hear an old laugh again',
      no: 'You keep it shut away, and the laugh waits there, as patient as it ever was. | | you kept the old laugh shut away',
    },
    {
      id: 'soldier-year',
      hold: 'yes',
      ask: 'A young soldier with old-fashioned buttons asks what year it is; will you tell him?',
      yes: 'He counts on his fingers, whistles softly, and says then they will have stopped waiting for him at home. | | you told the young soldier the year',
      no: 'You pretend not to hear, and he asks the empty air instead, and seems content with its answer. | | you did not tell the young soldier the year',
    },
    {
      id: 'snowdrops',
      hold: 'no',
      ask: 'Do you pick up the bunch of snowdrops someone has laid down here, as if on a grave?',
      yes: 'They are fresh and cold, tied with a ribbon that says, in faded ink, never forgotten. | | you picked up the snowdrops',
      no: 'You leave them where they lie, and the air stays still around them, the way it does in churchyards. | | you left the snowdrops where they lay',
    },
    {
      id: 'over-shoulder',
      hold: 'no',
      ask: 'Will you ask {companion.name} who {companion.they} smiled at just now, over your shoulder?',
      yes: '{companion.name} says it was an old friend, long gone, who sometimes comes to see {companion.them} off. | | you asked {companion.name} who was over your shoulder',
      no: 'You let it be, and {companion.name} turns back to you, a little sheepish, and talks of ordinary things. | | you let {companion.name} smile at nobody',
    },
    {
      id: 'first-dance',
      hold: 'no',
      ask: 'Do you listen when, somewhere nearby, a gramophone begins the song from your first dance?',
      yes: 'You listen, and for three minutes the floor under you is a village hall, and someone is holding you. | | you listened to the song from your first dance',
      no: 'You hum over it until it stops, and the needle hisses on in the groove for a long time. | | you hummed over the song from your first dance',
    },
    {
      id: 'oldest-person',
      hold: 'no',
      ask: 'Will you ask the oldest person here what happened on this night, years ago?',
      yes: 'She says a wedding party set out one snowy night and never arrived, and speaks of them like neighbours. | | you heard of the lost wedding party',
      no: 'You do not ask, and she nods to an empty space beside you, as if greeting someone she knows. | | you did not ask the oldest person here',
    },
  ],
  boarding: [
    {
      id: 'old-livery',
      // A livery is a vehicle's; a lift has none.
      needs: '!setting:hotel-lift',
      hold: 'no',
      ask: 'but it is painted in a livery that has not been used for fifty years; do you board it?',
      yes: 'You board, and the seats are new in an old way, and everyone aboard is very kind. | board | you boarded the fifty-year-old livery',
      no: 'You let it go, and its lights fade before it reaches the corner. | stay | you let the old livery go by',
    },
    {
      id: 'no-reflection',
      hold: 'yes',
      // A hotel lift has no windows onto the street.
      needs: '!setting:hotel-lift',
      ask: 'but its windows reflect the street behind you and not you; do you step aboard anyway?',
      yes: 'You step aboard, and in the next window you are there again, faint and fond. | board | you boarded though the windows missed you',
      no: 'You step back, and the windows find you at last, just as the doors close. | stay | you stepped back from the windows',
    },
    {
      id: 'saved-seat',
      hold: 'yes',
      ask: 'and an old woman inside pats the seat beside her as if she had been saving it for years; do you go to her?',
      yes: 'You sit beside her, and she smells of lavender and rain, and says nothing, gladly. | board | you sat by the old woman’s saved seat',
      no: 'You stay outside, and she lowers her hand, patient, and keeps the seat. | stay | you left the old woman’s seat empty',
    },
    {
      id: 'cold-step',
      hold: 'no',
      ask: 'but its step is so cold your breath freezes on the air as you reach it; do you climb up?',
      yes: 'You climb up, and inside it is warm, warmer than it has any right to be. | board | you climbed the cold step',
      no: 'You step back into the ordinary cold, and it goes, trailing frost. | stay | you stepped back from the cold step',
    },
    {
      id: 'name-list',
      hold: 'yes',
      ask: 'and someone at the door reads out a list of names, and yours is last; do you answer?',
      yes: 'You answer, and the reader of names smiles and crosses you off, gently, as a kindness. | board | you answered to your name on the list',
      no: 'You keep quiet, and the list is folded away with a murmured perhaps another night. | stay | you did not answer to your name',
    },
  ],
  revelations: [
    {
      id: 'companion-dead',
      hold: 'yes',
      // The reader would know if their own kin had died.
      needs: '!kin',
      ask: '{first.name} has no reflection in the dark glass; do you let {first.them} know that you have seen?',
      yes: '{first.name} smiles, relieved, and says it is easier when someone knows. | | you let {first.name} know you had seen',
      no: 'You say nothing, and {first.name} goes on pretending, tired, for your sake. | | you let {first.name} keep pretending',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} what would let {first.them} rest at last?',
            yes: '{first.name} says only this: to reach {destination} with someone beside {first.them}, once. | +k-rest | you asked what {first.name} needed to rest',
            no: 'You do not ask, and {first.name} seems glad just to be known, for now. | | you did not ask what {first.name} needed',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you sit a little closer to {first.name}, so {first.they} no longer {first.have} to pretend so hard?',
            yes: 'You sit closer, and the cold of {first.them} is gentle, and {first.name} stops pretending to breathe. | | you sat close to {first.name}',
            no: 'You keep your distance, and {first.name} keeps up the pretence, tenderly, all night. | | you kept your distance from {first.name}',
          },
        ],
      },
    },
    {
      id: 'you-dead',
      hold: 'no',
      ask: 'In the dark glass your reflection is fainter than anyone else’s; do you wonder, for a moment, whether you are the ghost?',
      yes: 'You wonder, and {first.name} takes your hand and says, firmly, that you are not, and {first.their} hand is warm. | | you wondered if you were the ghost',
      no: 'You put the thought away, and it curls up somewhere quiet, like a cat that will be back. | | you put away the thought that you were the ghost',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you thank {first.name} for the warmth of that hand?',
            yes: '{first.name} squeezes harder and says that is what hands are for. | | you thanked {first.name} for the warm hand',
            no: 'You only hold on, and that is thanks enough. | | you only held on to {first.name}',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you breathe on the window, to see whether your breath mists it?',
            yes: 'Your breath clouds the glass, ordinary and alive, and someone on the other side laughs softly. | | you breathed on the glass to be sure',
            no: 'You do not test it, and that, too, is a kind of faith. | | you did not test your breath',
          },
        ],
      },
    },
    {
      id: 'fifty-years',
      hold: 'yes',
      // Not with the reader's own kin or companion aboard: they would read as the lost.
      needs: 'aboard !kin',
      ask: 'You understand that this {vessel} was lost with all aboard fifty years ago tonight; will you sit with its lost passengers a while?',
      yes: 'You sit among them, and the lost ones are glad of the company, and treat you gently. | | you kept the lost {vessel} company',
      no: 'You say nothing, and the lights flicker once, sadly, in understanding. | | you would not keep the lost {vessel} company',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you learn the names of the lost, so someone alive will know them?',
            yes: 'You learn them one by one, and each one said aloud lets a little light in. | +names | you learned the names of the lost',
            no: 'You let the names rest, and the lost seem content that someone simply came. | | you let the names of the lost rest',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Will you at least promise the lost that you will remember tonight?',
            yes: 'You promise, and the promise settles in you like a stone warmed in a pocket. | | you promised the lost to remember',
            no: 'You promise nothing, and they forgive you, as the dead forgive most things. | | you made the lost no promise',
          },
        ],
      },
    },
    {
      id: 'grey-coat-name',
      hold: 'yes',
      needs: 'grey-coat',
      ask: 'The old man in the grey coat was your grandfather, who died before you were born; do you go and sit with him?',
      yes: 'He moves up to make room, and says you have his ears, and laughs without a sound. | | you sat with your grandfather',
      no: 'You stay where you are, and he looks at you with so much love it is hard to bear. | | you stayed away from your grandfather',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask your grandfather what he would have told you, if he had lived?',
            yes: 'He says: take the kind road when there is a choice, and there nearly always is. | | you heard your grandfather’s advice',
            no: 'You only sit with him, and the silence says most of it anyway. | | you sat in silence with your grandfather',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you raise a hand to your grandfather across the way?',
            yes: 'He raises his back, and something fifty years unfinished is finished. | | you waved to your grandfather',
            no: 'You look away, and when you look back his seat holds only a folded newspaper. | | you looked away from your grandfather',
          },
        ],
      },
    },
    {
      id: 'mother-voice',
      hold: 'yes',
      // The stops are read out to a reader aboard, not to one still waiting, and only where
      // there are stops to read (no ferry, plane or lift); nor while Mum or anyone else of the
      // reader's sits beside them.
      needs: 'aboard !setting:ferry-terminal !setting:airport-gate !setting:hotel-lift !kin',
      ask: 'The voice reading out the stops is your mother’s, as she used to read you stories; do you listen to the end?',
      yes: 'You listen, and between one stop and the next she says goodnight, the way she always did. | | you listened to your mother’s voice to the end',
      no: 'You cover your ears, and the voice goes gently quiet, as if she understood. | | you could not listen to your mother’s voice',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you say goodnight back, aloud, though no one else can hear her?',
            yes: 'You say it, and {first.name} squeezes your hand without asking why. | | you said goodnight to your mother',
            no: 'You say it only in your head, and it is heard anyway. | | you said goodnight only in your head',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you tell {first.name} whose voice it was?',
            yes: '{first.name} says {first.they} guessed, and that it is a good voice to be carried by. | | you told {first.name} whose voice it was',
            no: 'You keep it, and it keeps you, quietly, the rest of the way. | | you kept your mother’s voice to yourself',
          },
        ],
      },
    },
    {
      id: 'kept-place',
      hold: 'yes',
      // Kin ride beside the reader already: no empty place kept for years; nor is there a place
      // to keep in a lift, nor beside someone who sat down beside the reader ("Mara sits down
      // beside you" and later moved up to offer the place beside her).
      needs: '!kin !setting:hotel-lift !seat-beside',
      ask: 'For years {first.name} has kept the place beside {first.them} empty every night, for someone who never came; do you ask who?',
      yes: 'You, {first.name} says, and moves up, and the place is warm as if kept warm on purpose. | | you learned {first.name} had kept a place for you',
      no: 'You do not ask, and {first.name} nods and keeps the place empty still. | | you did not ask whom {first.name} kept the place for',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you sit in the place {first.name} kept for you?',
            yes: 'You sit, and {first.name} sighs like someone setting down a heavy bag at last. | +k-rest | you sat in the place {first.name} had kept',
            no: 'You stand beside it instead, and {first.name} says that is close enough. | | you stood beside the kept place',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'Do you offer to sit there for a while anyway, until the right one comes?',
            yes: '{first.name} accepts, and the two of you keep the place together, which makes the night lighter. | +k-rest | you kept {first.name} company in the empty place',
            no: 'You leave the place empty, and {first.name} keeps faith with it. | | you left the kept place empty',
          },
        ],
      },
    },
    {
      id: 'last-journey',
      hold: 'no',
      // A lift makes no journey to call a last one; and the reader's own kin or companion asking
      // would read as dying on the way.
      needs: '!setting:hotel-lift !kin',
      ask: '{first.name} asks you, very gently, to remember that this is {first.their} last journey; do you promise to?',
      yes: 'You promise, and {first.name} looks at you as if you had given {first.them} a coat against the cold. | +k-rest | you promised to remember {first.name}’s last journey',
      no: 'You say you cannot promise, and {first.name} smiles and says nobody ever can. | | you would not promise {first.name}',
      follow: {
        yes: [
          {
            hold: 'yes',
            ask: 'Will you ask {first.name} what {first.they} would like you to remember most?',
            yes: '{first.name} says: that it was not frightening, in the end, and that there was company. | | you asked what {first.name} wanted remembered',
            no: 'You decide to remember all of it, and {first.name} seems to know. | | you chose to remember all of it',
          },
        ],
        no: [
          {
            hold: 'no',
            ask: 'You could not promise; will you take {first.name}’s cold hand instead?',
            yes: 'You take it, and it is the promise you could not say. | | you took {first.name}’s hand instead of promising',
            no: 'You keep your hands in your lap, and {first.name} looks out of the window, at peace. | | you let {first.name} look out alone',
          },
        ],
      },
    },
  ],
  threads: [
    {
      kind: 'companion',
      id: 'too-cold',
      plant: {
        hold: 'yes',
        needs: '!kin',
        ask: '{first.name}’s hands are always cold, however warm it is; do you say so?',
        yes: 'You say so, and {first.name} tucks them into {first.their} sleeves, embarrassed. | +noticed-cold | you remarked on {first.name}’s cold hands',
        no: 'You do not remark on it, and {first.name} seems grateful for the tact. | | you said nothing of {first.name}’s cold hands',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: '{first.name} confesses {first.they} died on this journey long ago, and has been making it ever since; will you help {first.them} finish it?',
          yes: '{first.name} weeps a little, without tears, and says nobody has offered before. | +k-rest | you offered to see {first.name} to the end',
          no: 'You say you cannot, and {first.name} says that is all right, someone will, one night. | | you could not help {first.name} finish',
        },
        {
          hold: 'no',
          needs: 'noticed-cold',
          ask: '{first.name} asks, very shyly, whether you would warm {first.their} cold hands in yours; do you?',
          yes: 'You take them, and they warm, slowly, the first warmth in years, and {first.name} closes {first.their} eyes. | | you warmed {first.name}’s hands',
          no: 'You hesitate too long, and {first.name} smiles and says it was a foolish thing to ask. | | you did not warm {first.name}’s hands',
        },
        {
          hold: 'yes',
          ask: '{first.name} asks you to say {first.their} name aloud, just once, the way the living say names; do you?',
          yes: 'You say it, and {first.name} closes {first.their} eyes and smiles as if warmed right through. | | you said {first.name}’s name aloud',
          no: 'You cannot quite, and {first.name} says the asking was enough. | | you could not say {first.name}’s name',
        },
      ],
    },
    {
      kind: 'door',
      id: 'bricked-door',
      plant: {
        hold: 'no',
        ask: 'There is a bricked-up doorway where no door should be, and someone behind it is humming; do you press your ear to it?',
        yes: 'The humming stops, and a voice says, close enough to touch: not yet. | +heard-brick | you listened at the bricked-up door',
        no: 'You leave it, and the humming goes on, patient, behind the bricks. | | you left the bricked-up door humming',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: 'The bricks of the old doorway have fallen away, and warm light shows through; do you go in?',
          yes: 'You step through into a lit room where everyone you have lost looks up, glad. | | you went through the unbricked door',
          no: 'You stay, and the bricks settle back, one by one, gently. | refuse | you stayed out of the unbricked door',
        },
        {
          hold: 'no',
          needs: 'heard-brick',
          ask: 'The voice behind the bricked-up door says: now; will you go to it?',
          yes: 'You go, and the bricks part like curtains, and the room behind is full of morning. | | you went when the voice said now',
          no: 'You stay, and the voice says, without reproach: another night, then. | refuse | you did not go when the voice said now',
        },
        {
          hold: 'no',
          ask: 'The humming behind the bricked-up doorway has become your name, said kindly; will you answer it?',
          yes: 'You answer, and the bricks fall away like dry leaves, and the doorway is full of warm light. | | you answered the voice behind the bricks',
          no: 'You keep silent, and the voice says goodnight and means it. | refuse | you did not answer the voice behind the bricks',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'say-goodbye-dead',
      hold: 'yes',
      // Whoever travels unseen beside a reader with kin along would be taken for them.
      needs: '!kin',
      ask: 'Before {destination}, will you say goodbye aloud to whoever has been travelling unseen beside you?',
      yes: 'You say it, and the cold place beside you warms, and is empty, and at peace. | | you said goodbye to the unseen traveller',
      no: 'You say nothing, and the cold stays close, keeping you company to the very end. | | you let the unseen traveller stay',
    },
    {
      id: 'rest-k',
      hold: 'yes',
      needs: 'k-rest',
      ask: 'With {destination} near, do you take {first.name}’s hand for the last stretch, as {first.they} asked?',
      yes: '{first.name}’s hand grows lighter and lighter in yours, like a leaf about to fall. | | you held {first.name}’s hand to the end',
      no: 'You cannot quite do it, and {first.name} nods and says the asking was enough. | | you could not hold {first.name}’s hand',
    },
    {
      id: 'candle-window',
      hold: 'no',
      // A last look back from a window of the vessel: not for a reader still on the quay.
      needs: 'aboard !setting:hotel-lift',
      ask: 'Do you look back one last time at the faces reflected in the dark glass?',
      yes: 'There are more of them than there are people here, and all of them are smiling. | | you looked back at the faces in the glass',
      no: 'You look ahead, and behind you someone sighs, content to be let go. | | you did not look back at the faces',
    },
  ],
  endings: {
    arrival: [
      {
        text: 'You {alight} at {destination} into the living morning, and behind you, someone who had been cold for years is warm at last.',
        needs: 'aboard',
      },
      {
        text: '{destination} is bright and ordinary and alive, and the cold place beside you stays aboard, at peace, waving.',
        needs: 'aboard',
      },
      {
        text: 'At {destination} {first.name} steps off with you, and in the first sunlight is gone, as gently as breath from glass.',
        needs: 'aboard k-rest',
      },
    ],
    'missed-stop': [
      {
        text: '{destination} goes by in the dark, and you ride on with the gentle dead, who make room for you and ask nothing.',
        needs: 'aboard !setting:airport-gate !terminus',
      },
      {
        text: 'You miss your stop, and the {vessel} carries you on through a night that is full of kind, quiet passengers.',
        needs: 'aboard !terminus',
      },
      {
        text: 'The {vessel} leaves without you, lit from end to end with faces, and every one of them is waving.',
        needs: 'waiting !boarding-refused',
      },
      {
        text: 'Long after the {vessel} has gone, the dark where it stood stays faintly warm, as if someone were still waiting there with you.',
        needs: 'waiting boarding-refused',
      },
    ],
    loop: [
      'The lights dim and rise, and it is the start of the night again, and this time you know the way.',
      'Somewhere a clock stops and starts again, and you are back at the beginning, making the journey that is always made on this night.',
      'Everything fades to the first minute of the night, and you begin again, patiently, like everything else that haunts this line.',
    ],
    door: [
      'A door you thought was bricked up opens, and warm light and voices you have missed call you gently through.',
      'The door opens onto a lit room where everyone you have lost looks up and makes room at the table.',
      'You step through the door into a morning where no one is cold, and it closes softly behind you.',
    ],
  },
};
