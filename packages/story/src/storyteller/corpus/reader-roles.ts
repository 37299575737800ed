/**
 * A question for each of the reader's roles, keyed by the role's exact words (see each
 * setting's `roles`): the reader's own life, brought into the night.
 */
import type { RoleCorpus } from './types';

export const READER_ROLE_CORPUS: RoleCorpus = {
  // ---- The night bus ----------------------------------------------------------------------
  'a night-shift nurse going home the long way': [
    {
      hold: 'yes',
      ask: 'Do you check your pocket for the hospital pager you forgot to hand in?',
      yes: 'It is there, silent and warm, and you switch it off with a small, guilty pleasure. | | you switched off the pager you forgot to hand in',
      no: 'You leave it be, and somewhere in your coat it bleeps once, calling a ward the hospital never had. | | you let the forgotten pager bleep',
    },
    {
      hold: 'no',
      ask: 'Will you read what you wrote on the back of your hand in biro?',
      yes: 'It says bed nine, and a time that has not happened yet tonight. | | you read bed nine on the back of your hand',
      no: 'You pull your sleeve down over it; whatever it was can wait until the next shift. | | you left the biro on your hand unread',
    },
  ],
  'a student who keeps sleeping past the right stop': [
    {
      hold: 'yes',
      ask: 'Do you set an alarm on your phone for two stops before yours?',
      yes: 'You set it for two stops early, and the phone’s small certainty sits warm in your palm. | | you set an alarm for two stops early',
      no: 'You trust yourself, and the stops begin to arrive in an order you do not quite recognise. | | you trusted yourself to wake in time',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Do you lean your head against the cold window, just for a minute?',
      yes: 'You wake with the cold of the glass on your cheek and someone’s coat laid gently over your knees. | | you woke under a stranger’s coat',
      no: 'You sit up straight and read the adverts twice over to stay awake, and it works. | | you kept yourself awake with the adverts',
    },
  ],
  'a cleaner finishing the last office on the route': [
    {
      hold: 'yes',
      ask: 'Do you go over the alarm code for the last office, in case your mind goes blank?',
      yes: 'The four digits come easily, the same ones you have tapped in every night for six years. | | you went over the alarm code',
      no: 'You leave it, and the number that surfaces anyway has five digits where there were always four. | | you found the alarm code one digit longer',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Do you look up to find the office windows you have already cleaned tonight?',
      yes: 'At a desk you dusted an hour ago, someone sits in the dark and lifts a hand. | | you saw someone at a desk you had dusted',
      no: 'You look at your own hands instead, raw from bleach, and the bus rocks you kindly along. | | you looked at your own hands instead',
    },
  ],
  'a parent at the end of a long day': [
    {
      hold: 'yes',
      ask: 'Do you let yourself close your eyes for one stop, since nobody needs anything from you this minute?',
      yes: 'You close them, and the bus rocks you the way you once rocked someone small. | | you closed your eyes for one stop',
      no: 'You keep them open out of habit; somebody always needs something, sooner or later. | | you kept your eyes open out of habit',
    },
    {
      hold: 'no',
      ask: 'Will you eat the squashed sandwich you packed this morning and never had time for?',
      yes: 'It tastes of the whole long day, and is somehow the best thing you have eaten in weeks. | | you ate the sandwich you never had time for',
      no: 'You leave it wrapped; there will be a kitchen soon, and a kettle, and a chair. | | you saved the sandwich for home',
    },
  ],
  'a musician with an empty cello case': [
    {
      hold: 'no',
      ask: 'Will you open the empty cello case on the seat beside you?',
      yes: 'The velvet inside still holds the cello’s shape, and it is faintly warm, as if just set down. | | you opened the empty cello case',
      no: 'You keep the clasps shut, and the case rides beside you like a patient, well-behaved passenger. | | you kept the cello case shut',
    },
    {
      hold: 'yes',
      needs: 'aboard',
      ask: 'Do you hum the bass line of tonight’s last piece under your breath?',
      yes: 'The line comes back whole, and your left hand fingers it on your knee without being asked. | | you hummed the bass line of the last piece',
      no: 'You keep quiet, and from the top deck someone hums it for you, perfectly, a bar behind. | | you heard your bass line hummed from the top deck',
    },
  ],
  'someone who does not remember getting on': [
    {
      hold: 'yes',
      ask: 'Do you search your pockets for anything that explains how you got here?',
      yes: 'You find a receipt for chips, a bus pass in your name and, stubbornly, nothing else. | | you found a bus pass in your name',
      no: 'You leave them alone, and your pockets feel heavier with every stop, as if filling by themselves. | | you left your pockets unsearched',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Will you ask the driver where you got on?',
      yes: 'The driver thinks, and says you were already aboard when the bus left the depot. | | you learned you were aboard before the bus left the depot',
      no: 'You keep the question to yourself and watch for a street you recognise, and soon one comes. | | you waited for a street you knew',
    },
  ],
  'a baker on the way to the morning loaves': [
    {
      hold: 'yes',
      needs: 'aboard',
      ask: 'Do you work out in your head how long the dough has been proving?',
      yes: 'Six hours, near enough: it will be just right when you get there, risen and waiting. | | you reckoned up the dough’s proving time',
      no: 'You leave the sums to the dough, and the smell of warm bread drifts down the lower deck from nowhere. | | you smelled bread from nowhere',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Do you brush off the flour still dusting your cuffs from yesterday?',
      yes: 'It comes off in a small white cloud that hangs in the aisle longer than flour should. | | you brushed the flour from your cuffs',
      no: 'You leave it, a baker’s white badge, and it smells faintly of the ovens and of home. | | you kept yesterday’s flour on your cuffs',
    },
  ],

  // ---- The empty platform -----------------------------------------------------------------
  'a commuter who missed the last connection': [
    {
      hold: 'yes',
      ask: 'Do you text home to say you will be late?',
      yes: 'The message goes with a soft whoosh, and a reply comes at once: a thumbs-up, and a kiss. | | you texted home that you would be late',
      no: 'You put the phone away, and it buzzes once in your pocket with a message from your own number. | | you got a message from your own number',
    },
    {
      hold: 'no',
      ask: 'Will you look up the connection you missed, to see whether it really left on time?',
      yes: 'The app says it is still standing at its platform, held for one passenger. | | you found the missed connection held for one passenger',
      no: 'You let it go; missed is missed, and there is a kind of peace in that. | | you let the missed connection go',
    },
  ],
  'a signal engineer sent to check a fault': [
    {
      hold: 'yes',
      ask: 'Do you call control to report what you have found so far?',
      yes: 'A tired voice logs it, reads it back to you, and tells you to mind how you go. | | you reported the fault to control',
      no: 'You keep the radio quiet, and it crackles anyway with a voice from a signal box long demolished. | | you heard a demolished signal box on the radio',
    },
    {
      hold: 'no',
      ask: 'Do you check the fault report on your tablet one more time?',
      yes: 'The fault is logged for tonight, at this very minute, and the name of whoever reported it is yours. | | you found your own name on the fault report',
      no: 'You have read it a dozen times: a signal stuck at red, a loose wire, nothing more. | | you did not read the fault report again',
    },
  ],
  'a traveller with a suitcase that is not yours': [
    {
      hold: 'no',
      ask: 'Will you read the name on the suitcase’s luggage tag?',
      yes: 'The handwriting is very nearly yours, and the address is a house you have not lived in yet. | | you read the tag on the stranger’s suitcase',
      no: 'You leave the tag turned in, and the suitcase is simply heavy, and simply someone else’s. | | you left the suitcase tag unread',
    },
    {
      hold: 'yes',
      ask: 'Do you keep the stranger’s suitcase close beside you?',
      yes: 'You keep a hand on it, and its weight steadies you like ballast in a hold. | | you kept the stranger’s suitcase close',
      no: 'You let it stand apart, and each time you look back, it has edged a little nearer. | | you let the stranger’s suitcase stand apart',
    },
  ],
  'someone at the station of your childhood': [
    {
      hold: 'no',
      needs: 'waiting',
      ask: 'Do you look for the initials you scratched into the bench as a child?',
      yes: 'They are there, worn shallow, and beside them are new ones, cut tonight, in the same childish hand. | | you found your childhood initials on the bench',
      no: 'You leave the past where it is, and the bench is only a bench, cold through your coat. | | you left your old initials unlooked for',
    },
    {
      hold: 'yes',
      ask: 'Do you remember who held your hand the last time you made this journey?',
      yes: 'You remember exactly: a gloved hand, a firm grip, and a voice naming the stations. | | you thought of who held your hand on this line',
      no: 'You cannot, and your hand closes anyway around fingers that are not there. | | you felt a hand that was not there',
    },
  ],
  'a ticket inspector ending a double shift': [
    {
      hold: 'yes',
      ask: 'Do you take off your cap and badge now that the shift is over?',
      yes: 'You unpin the badge, and without it you are nobody in particular, which is a relief. | | you took off your inspector’s badge',
      no: 'You keep the uniform on, and somewhere in the dark someone begins hunting for their fare. | | you kept your uniform on after the shift',
    },
    {
      hold: 'no',
      ask: 'Will you clip your own ticket, just once, to see how it feels?',
      yes: 'The clipper bites out a shape you never set it to: a tiny open door. | | you clipped a door into your own ticket',
      no: 'You leave it whole; twenty years of clipping other people’s journeys is enough for one life. | | you left your own ticket unclipped',
    },
  ],
  'a stranger in a borrowed coat': [
    {
      hold: 'no',
      ask: 'Do you put your hands in the pockets of the borrowed coat?',
      yes: 'Your fingers find a cinema stub, a boiled sweet and a warmth, as if a hand just left. | | you found a stranger’s warmth in the coat pockets',
      no: 'You keep your hands at your sides, and the coat hangs on you like good manners. | | you kept your hands out of the borrowed coat',
    },
    {
      hold: 'yes',
      ask: 'Do you try to remember who lent you the coat?',
      yes: 'It comes back: an old friend, a wet doorstep, a promise to bring it back by Sunday. | | you thought of the friend who lent you the coat',
      no: 'You let it go, and the coat fits you better with every minute, as though it is deciding. | | you let the coat keep its secret',
    },
  ],

  // ---- The ferry terminal -----------------------------------------------------------------
  'a deckhand who missed the first crossing': [
    {
      hold: 'yes',
      ask: 'Do you ring the skipper to explain why you missed the first crossing?',
      yes: 'The skipper grunts, says it happens, and tells you to bring bacon rolls by way of apology. | | you rang the skipper about the missed crossing',
      no: 'You put off the call, and the phone rings instead: the missed ferry, calling from mid-channel. | | you had a call from the ferry you missed',
    },
    {
      hold: 'no',
      ask: 'Will you read the weather at sea the way you were taught, by the feel of the wind?',
      yes: 'The wind tells you of weather coming from a quarter that has no name on any chart. | | you read a wind from a nameless quarter',
      no: 'You check the shipping forecast on your phone instead, and it says moderate, occasionally good. | | you checked the shipping forecast instead',
    },
  ],
  'a lorry driver without a lorry': [
    {
      hold: 'yes',
      ask: 'Do you phone the haulage yard to ask where your lorry has got to?',
      yes: 'A voice says it is parked safe in the yard with a flat tyre, and to get some sleep. | | you learned your lorry was safe in the yard',
      no: 'You leave it, and somewhere in the dark an engine idles in your lorry’s own voice. | | you heard your lorry idling somewhere in the dark',
    },
    {
      hold: 'no',
      ask: 'Do you catch yourself, a driver still, glancing up for your lorry’s mirrors, though there are none here?',
      yes: 'Over your shoulder a pair of headlights flashes twice, the way drivers tell you to pull in. | | you saw headlights flash you in',
      no: 'You keep your eyes front, and the habit loosens its grip one tired muscle at a time. | | you let the old habit loosen',
    },
  ],
  'a widow carrying a letter to deliver by hand': [
    {
      hold: 'yes',
      ask: 'Do you touch your coat pocket to be sure what you are carrying is still there?',
      yes: 'It is there, a flat square over your heart, and the paper crackles faintly under your hand. | | you made sure the words you carry were still in your pocket',
      no: 'You do not check, and the pocket feels warm, as if someone else had been keeping it for you. | | you did not check your pocket for the words you carry',
    },
    {
      hold: 'no',
      ask: 'Will you read the address one more time, in the slanting hand you know so well?',
      yes: 'The address has not changed, but the ink shines wet, as if it were written a moment ago. | | you found the ink of the address still wet',
      no: 'You know it by heart already: the harbour road, the blue door, a name you have never said aloud. | | you kept the address by heart',
    },
  ],
  'a runaway with a return ticket': [
    {
      hold: 'no',
      ask: 'Will you tear your return ticket in half?',
      yes: 'It tears easily, and the halves go fluttering off over the water as if they knew the way. | | you tore your return ticket in half',
      no: 'You fold it back into your wallet, where it sits like a door left on the latch. | | you kept your return ticket',
    },
    {
      hold: 'yes',
      ask: 'Do you switch on the phone you turned off when you left, just to see who has called?',
      yes: 'Eleven missed calls, all from home, and one message: we are not angry, just ring us. | | you switched your phone on and saw the calls from home',
      no: 'You leave it dark, and in your pocket it grows heavy, as if the calls were piling up inside. | | you left your phone switched off',
    },
  ],
  'a lighthouse relief keeper': [
    {
      hold: 'yes',
      ask: 'Do you go over the lamp-room checklist in your head, from wick to lens?',
      yes: 'Every step comes back in order, clean and plain, like brass polished a thousand times. | | you went over the lamp-room checklist',
      no: 'You let it go, and far out a light you have not yet reached sweeps once across the water. | | you saw your lighthouse sweep before you reached it',
    },
    {
      hold: 'no',
      ask: 'Will you count the seconds between the flashes of the distant light?',
      yes: 'Four seconds, then four, then a long dark gap that no chart you know has ever listed. | | you counted a pause no chart listed',
      no: 'You leave the light to its work; it has kept time without you for a hundred years. | | you left the light to its work',
    },
  ],
  'a photographer chasing the first light': [
    {
      hold: 'no',
      ask: 'Do you lift your camera to the dark water, though there is nothing yet to see?',
      yes: 'On the little screen the frame shows a grey dawn already breaking, hours ahead of the sky. | | you photographed a dawn that had not come',
      no: 'You keep the lens cap on and save your battery, as every dawn has taught you. | | you saved your battery for the real light',
    },
    {
      hold: 'yes',
      ask: 'Will you check the sunrise time on your phone, to be sure of the light?',
      yes: 'Six fifty-two, the app says, and the number is a small, fixed point in the dark. | | you checked the time of sunrise',
      no: 'You leave it, and the eastern sky pales a little, early, as if it knew you were waiting. | | you saw the sky pale early for you',
    },
  ],

  // ---- The airport gate -------------------------------------------------------------------
  'a pilot without a flight': [
    {
      hold: 'yes',
      ask: 'Do you check the roster on your phone for tomorrow’s flight?',
      yes: 'There it is, an ordinary morning turn to Lisbon and back, your name beside it. | | you found your name on tomorrow’s roster',
      no: 'You leave it, and on the nearest screen a little plane on a map wears your initials on its tail. | | you saw a plane with your initials on its tail',
    },
    {
      hold: 'no',
      needs: 'waiting',
      ask: 'Do you listen to the engines and name each aircraft by its sound?',
      yes: 'You name them all, until one comes that you have never heard, low and soft as a held chord. | | you heard an engine you could not name',
      no: 'You let them roar unnamed, and for once the noise is only noise. | | you let the engines go unnamed',
    },
  ],
  'a passenger whose name keeps being called': [
    {
      hold: 'no',
      ask: 'Will you answer aloud the next time your name is called?',
      yes: 'You say here, and a voice from nowhere thanks you and ticks you off a list you cannot see. | | you answered to your name aloud',
      no: 'You keep still, and the announcer gives up with a cough, and the speakers settle to a hiss. | | you let your name go unanswered',
    },
    {
      hold: 'yes',
      // Called at the gate: nobody pages a passenger in the air.
      needs: 'waiting',
      ask: 'Do you listen closely to make sure it is really your name being called?',
      yes: 'It is, exactly, down to the awkward double consonant nobody ever gets right. | | you heard your name spelled right',
      no: 'You let it be, and the name they call drifts, a syllable at a time, toward someone else’s. | | you heard your name drift toward someone else’s',
    },
  ],
  'a cleaner who knows every gate but this one': [
    {
      hold: 'yes',
      ask: 'Do you run a cloth along the window ledge, out of habit?',
      yes: 'The cloth comes up grey with ordinary dust, and you know where you are again. | | you dusted the window ledge out of habit',
      no: 'You leave the ledge, and a line appears in its dust, as if a finger had run along it. | | you saw a finger’s line drawn in the dust',
    },
    {
      hold: 'no',
      needs: 'waiting',
      ask: 'Will you look for this gate’s number on the cleaning rota folded in your pocket?',
      yes: 'The rota lists every gate in order, and where this one should be the line is left blank. | | you found this gate missing from the rota',
      no: 'You leave it folded; a gate is a gate, and this carpet needs hoovering like any other. | | you treated this gate like any other',
    },
  ],
  'a translator flying home for a funeral': [
    {
      hold: 'yes',
      ask: 'Do you practise the eulogy under your breath, in your mother tongue?',
      yes: 'The old words come slowly, then all at once, and your voice finds the accent it left behind. | | you practised the eulogy in your mother tongue',
      no: 'You leave it unsaid, and the words begin arriving in a language you never learned. | | you found the eulogy in a language you never learned',
    },
    {
      hold: 'no',
      ask: 'Do you let yourself remember the last thing you translated for the one who died?',
      yes: 'It was a weather forecast, read aloud, and the weather it promised is arriving outside now. | | you brought back the last forecast you translated',
      no: 'You keep the memory shut, and the grief stays folded small enough to carry. | | you kept the grief folded small',
    },
  ],
  'a courier carrying a sealed envelope': [
    {
      hold: 'yes',
      ask: 'Do you check that the wax seal you were told never to break is still whole?',
      yes: 'The seal is whole, cold and hard as a shell, and the packet sits flat against your ribs. | | you checked the wax seal was whole',
      no: 'You leave it, and against your ribs the sealed packet gives a single small tap, like a knuckle. | | you felt the sealed packet tap against your ribs',
    },
    {
      hold: 'no',
      ask: 'Will you hold the sealed packet up to the light?',
      yes: 'Through the paper shows a child’s drawing of a plane, one passenger waving from its window. | | you saw a child’s drawing through the sealed paper',
      no: 'You keep it flat and dark against you; not knowing is the job, and you are good at it. | | you did not look inside the sealed packet',
    },
  ],
  'a traveller whose passport photograph is blank': [
    {
      hold: 'no',
      ask: 'Do you open your passport to look at the blank photograph?',
      yes: 'The square is not quite blank now: a faint outline has begun, like breath on glass. | | you saw an outline begin in your passport photograph',
      no: 'You keep it shut, and your own face in the dark window looks reassuringly like you. | | you kept your passport shut',
    },
    {
      hold: 'yes',
      ask: 'Will you say your own name quietly, to be sure of it?',
      yes: 'Your name comes out whole and familiar, and it settles on your tongue like bread. | | you said your own name to be sure of it',
      no: 'You keep it unspoken, and for a moment you cannot remember how it begins. | | you let your own name go unspoken',
    },
  ],

  // ---- The sleeper train ------------------------------------------------------------------
  'a passenger in a cabin booked under another name': [
    {
      hold: 'yes',
      needs: 'aboard',
      ask: 'Do you answer to the other name when the attendant knocks?',
      yes: 'You answer to it easily, and the attendant leaves a breakfast card and thanks you by that name. | | you answered to the name on the booking',
      no: 'You keep quiet, and the knocking moves down the corridor, asking at every door for the name you borrowed. | | you let the attendant knock for the borrowed name',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Will you open the drawer under the berth, where the real passenger might have left something?',
      yes: 'Inside lie a hairbrush, a crossword finished in ink and a photograph of you, asleep in this berth. | | you found a photograph of yourself in the drawer',
      no: 'You leave the drawer shut, and the cabin stays yours, whatever the booking says. | | you left the drawer under the berth shut',
    },
  ],
  'the night attendant of coach seven': [
    {
      hold: 'yes',
      needs: 'aboard',
      ask: 'Do you walk the corridor once more to check every cabin door is latched?',
      yes: 'Every door is latched, one to twelve, and the corridor smells of starch and sleep. | | you walked coach seven and found every door latched',
      no: 'You stay at your post, and down the corridor a thirteenth door opens quietly. | | you heard a thirteenth door open in coach seven',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Will you brew yourself a tea in your pantry at the end of the coach, though the night is far from done?',
      yes: 'The kettle boils at once, and when you turn round two cups stand poured. | | you found two cups poured in the pantry',
      no: 'You keep going on the last of the evening’s coffee, bitter and perfectly reliable. | | you kept going without tea',
    },
  ],
  'a violinist travelling to an audition': [
    {
      hold: 'yes',
      ask: 'Do you run the hardest passage in your head, fingering it on your knee?',
      yes: 'It goes cleanly, every shift landing, and for once you believe you will play it tomorrow. | | you played the hard passage on your knee',
      no: 'You leave it, and from a cabin down the corridor someone plays it for you, a shade too slowly. | | you heard your passage played down the corridor',
    },
    {
      hold: 'no',
      ask: 'Will you take the violin out of its case, just to hold it?',
      yes: 'The strings have drifted, all four, to a tuning that matches the wheels beneath you. | | you found your violin tuned to the wheels',
      no: 'You leave it in its case; the audition is tomorrow, and tonight is for rest. | | you let the violin rest in its case',
    },
  ],
  'a retired spy on a sentimental journey': [
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Do you glance along the corridor for the old familiar tail, out of habit?',
      yes: 'A man in a grey hat reads a newspaper at the far end, exactly as he did in 1974. | | you saw your old tail from 1974',
      no: 'You let the old habit rest; nobody has followed you for thirty years, and you almost miss it. | | you let the old habit rest',
    },
    {
      hold: 'yes',
      needs: 'aboard',
      ask: 'Will you take out the photograph of the bridge where you made your first exchange?',
      yes: 'The bridge is smaller than you remember, and the young face half out of frame is yours. | | you looked at the photograph of the old bridge',
      no: 'You leave it in your wallet, and outside the train slows on a bridge you would know anywhere. | | you crossed the old bridge again without looking',
    },
  ],
  'an insomniac counting the tunnels': [
    {
      hold: 'yes',
      ask: 'Do you add the last tunnel to the tally on the back of your ticket?',
      yes: 'Forty-one, in neat pencil strokes, and the number is a small fence against the night. | | you kept the tally of tunnels',
      no: 'You lose count, and the next tunnel goes on far longer than any tunnel should. | | you lost count of the tunnels',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Will you take the sleeping pill you have been saving for tonight?',
      yes: 'Sleep comes at once; you dream the train empty but for you, and wake an hour on. | | you dreamed the train empty but for you',
      no: 'You leave it in its foil and lie listening, and the wheels are only wheels. | | you stayed awake and listened to the wheels',
    },
  ],
  'a cartographer checking an old map': [
    {
      hold: 'yes',
      needs: 'aboard',
      ask: 'Do you spread the old map across your knees and find where the train must be?',
      yes: 'You find the line at once, and the lights outside fall exactly where the map says they should. | | you found the train’s place on the old map',
      no: 'You leave it rolled, and a town slides by outside that you do not remember from any map. | | you passed a town you did not know',
    },
    {
      hold: 'no',
      ask: 'Will you correct the old map in pencil where the river has moved?',
      yes: 'Your pencil line goes down, and outside the river shifts politely to meet it. | | you moved a river with a pencil line',
      no: 'You leave the old course as it is; maps are allowed their memories, and so are you. | | you let the old map keep its river',
    },
  ],

  // ---- The service station ----------------------------------------------------------------
  'a coach driver going home as a passenger for once': [
    {
      hold: 'yes',
      ask: 'Do you catch yourself counting the minutes to the next departure, as you would on shift?',
      yes: 'Nineteen minutes, green and certain, and for once not one of them is yours to drive. | | you counted the minutes as if on shift',
      no: 'You leave the time to someone else tonight, and it passes without you, for once. | | you left the timetable to someone else',
    },
    {
      hold: 'no',
      ask: 'Do you let yourself shut your eyes, now that nobody needs you to drive?',
      yes: 'You drift, and dream the motorway empty and lit for you alone, all the way to the sea. | | you dreamed the motorway lit for you alone',
      no: 'You stay awake out of habit and watch the lorries come and go, which is rest enough. | | you stayed awake out of habit',
    },
  ],
  'a hitchhiker with a cardboard sign': [
    {
      hold: 'no',
      ask: 'Do you add {destination} to your cardboard sign in thick marker?',
      yes: 'The marker squeaks across the card, and the words dry in someone else’s handwriting. | | you wrote on your sign in a stranger’s hand',
      no: 'You leave the sign saying only south, in fat capitals, which has always been enough. | | you left your sign saying only south',
    },
    {
      hold: 'yes',
      ask: 'Will you count the money in your pocket to see how far it stretches?',
      yes: 'Eleven pounds and change: a tea, a sandwich, and a little over for luck. | | you counted eleven pounds in your pocket',
      no: 'You leave it uncounted, and the pocket clinks with more than you remember putting there. | | you heard more money in your pocket than you had',
    },
  ],
  'the night manager of the café': [
    {
      hold: 'yes',
      ask: 'Do you run through the closing checklist in your head, fryers first?',
      yes: 'Fryers off, till counted, milk in the cold room: each item settles into place. | | you ran through the closing checklist',
      no: 'You skip it, and cannot recall switching off the urn, though somewhere you hear it boil. | | you could not recall switching off the urn',
    },
    {
      hold: 'no',
      ask: 'Will you read the comment card you pocketed from the last table?',
      yes: 'It praises the tea and is dated a year from now, in handwriting you half recognise. | | you read a comment card dated next year',
      no: 'You bin it unread; the customers are always right, and mostly about the chips. | | you binned the comment card unread',
    },
  ],
  'a wedding guest who left early': [
    {
      hold: 'yes',
      ask: 'Do you send the couple a message to say sorry you slipped away?',
      yes: 'A reply comes at once: three hearts, and a blurred photo of the cake, half eaten. | | you sent the couple your apologies',
      no: 'You leave it, and a photo arrives from the reception with you still in it, dancing. | | you saw yourself still dancing at the wedding',
    },
    {
      hold: 'no',
      ask: 'Will you eat the sugared almonds from the favour in your pocket?',
      yes: 'They taste of the church hall, and faintly of a sea that was nowhere near the wedding. | | you ate the sugared almonds that tasted of the sea',
      no: 'You keep them for later, five for luck, rattling softly in their tulle. | | you kept the sugared almonds for luck',
    },
  ],
  'a salesman with a boot full of samples': [
    {
      hold: 'yes',
      ask: 'Do you rehearse tomorrow’s pitch under your breath?',
      yes: 'The patter comes back smooth as ever, every price and promise in its proper place. | | you rehearsed tomorrow’s pitch',
      no: 'You let it lie, and the pitch that drifts up instead is for something you have never sold. | | you found yourself pitching something you never sold',
    },
    {
      hold: 'no',
      ask: 'Will you open a sample tin of the shoe polish you have sold for twenty years?',
      yes: 'The polish smells of your father’s Sunday shoes, so exactly that you look round for him. | | you smelled your father’s shoes in the polish',
      no: 'You leave the lid on; samples are for customers, and the quota is nearly met. | | you left the samples for the customers',
    },
  ],
  'a teenager who walked out of a family argument': [
    {
      hold: 'yes',
      ask: 'Will you read the messages from home that keep lighting up your phone?',
      yes: 'They say come home when you are ready, nobody is cross, there is pasta in the fridge. | | you read the messages from home',
      no: 'You turn it face down, and it keeps buzzing long after the battery should have died. | | you turned your phone face down on home',
    },
    {
      hold: 'no',
      ask: 'Do you go over what you should have said, word by word?',
      yes: 'You get it perfect this time, and far off a door closes softly, as if someone heard. | | you rehearsed what you should have said',
      no: 'You let it go, and the argument shrinks behind you to the size of a kitchen, then a teacup. | | you let the argument shrink behind you',
    },
  ],

  // ---- The night tram ---------------------------------------------------------------------
  'a waiter still wearing a black apron': [
    {
      hold: 'yes',
      ask: 'Do you count tonight’s tips out of your apron pocket?',
      yes: 'Forty-two pounds and a button, which is about what a Tuesday is worth. | | you counted your tips',
      no: 'You leave them, and the apron pocket grows heavier stop by stop, as if someone were still tipping you. | | you felt your apron pocket grow heavier',
    },
    {
      hold: 'no',
      ask: 'Will you untie the black apron at last and fold it away?',
      yes: 'The knot gives, and tonight’s tables fall away from your memory until only their candles remain. | | you untied the apron and forgot the tables',
      no: 'You keep it tied; it is part of you until you are home with the kettle on. | | you kept your apron tied',
    },
  ],
  'a student carrying a cardboard model of a bridge': [
    {
      hold: 'yes',
      needs: 'aboard',
      ask: 'Do you shield the cardboard bridge with your arm at every lurch of the tram?',
      yes: 'It survives every curve, glue holding, and you feel the small pride of a thing well made. | | you shielded the model bridge',
      no: 'You let it ride, and it flexes with the tram as if a small river ran beneath it. | | you let the model bridge ride free',
    },
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Do you hold the model bridge up to the window when the tram crosses the river?',
      yes: 'For a moment the two bridges line up exactly, and it is the real one that looks like cardboard. | | you lined your model up with the real bridge',
      no: 'You keep it on your knees; it is due at nine, and the river can look after itself. | | you kept the model on your knees',
    },
  ],
  'a night porter from the old hospital': [
    {
      hold: 'yes',
      ask: 'Do you still smell the hospital’s floor polish on your hands?',
      yes: 'You do, sharp and clean, the smell of every night you have ever worked. | | you smelled the hospital’s polish on your hands',
      no: 'You do not; your hands smell of lilac, from a ward that closed before you started. | | you smelled lilac on your hands instead',
    },
    {
      hold: 'no',
      ask: 'Do you wonder how the last patient you wheeled tonight is sleeping?',
      yes: 'You wonder, and the tram bell rings twice, which on the old wards meant all is well. | | you heard the tram bell ring all is well',
      no: 'You leave that to the nurses; your part ended at the ward doors, as it always does. | | you left the last patient to the nurses',
    },
  ],
  'a chess player shaking off a lost game': [
    {
      hold: 'no',
      ask: 'Do you replay the losing move on the board in your head?',
      yes: 'You replay it, and this time the knight moves itself, to a square the board does not have. | | you replayed the losing move',
      no: 'You let it go; a lost game keeps until morning, and teaches better after sleep. | | you let the lost game keep until morning',
    },
    {
      hold: 'yes',
      ask: 'Do you take out your pocket set and set up the final position?',
      yes: 'The pegged pieces click home, and the position is exactly as bad, and as honest, as you remember. | | you set up the final position on your pocket set',
      no: 'You leave the set in your pocket, and its pieces shift softly there, playing on without you. | | you heard your pocket set play on without you',
    },
  ],
  'someone carrying a ring in a matchbox': [
    {
      hold: 'no',
      needs: 'aboard',
      ask: 'Will you slide the matchbox open to look at the ring?',
      yes: 'The ring sits on its cotton wool, and the box smells of a kitchen you have never stood in. | | you looked at the ring in the matchbox',
      no: 'You keep it shut and feel the ring roll, small and definite, at every turn. | | you kept the matchbox shut',
    },
    {
      hold: 'yes',
      ask: 'Do you know, tonight, whose finger the ring is meant for?',
      yes: 'You do, and saying the name to yourself steadies you more than any handrail. | | you knew whose finger the ring was for',
      no: 'You do not, and the matchbox rattles once, as though the ring had its own idea. | | you did not know who the ring was for',
    },
  ],
  'a pharmacist who closed the shop an hour late': [
    {
      hold: 'yes',
      ask: 'Do you go back over the last prescription you made up, checking the dose?',
      yes: 'Two tablets, twice a day, with food: you got it right, as you nearly always do. | | you checked the last prescription’s dose',
      no: 'You let it go, and all you recall is the customer’s hand, very cold and very polite. | | you thought of the late customer’s cold hand',
    },
    {
      hold: 'no',
      ask: 'Will you take one of the throat sweets you keep for customers?',
      yes: 'It tastes of eucalyptus and, underneath, of an August garden you cannot place. | | you tasted an August garden in a throat sweet',
      no: 'You leave them for the morning queue, who will need them more than you. | | you saved the throat sweets for customers',
    },
  ],

  // ---- The hotel lift ---------------------------------------------------------------------
  'a guest who cannot remember checking in': [
    {
      hold: 'yes',
      ask: 'Do you feel in your pockets for a room card?',
      yes: 'You find it, plain white plastic in a paper sleeve with a room number in biro. | | you found your room card',
      no: 'You leave your pockets alone, and somewhere above you a door unlocks itself with a soft click. | | you heard a door unlock itself above you',
    },
    {
      hold: 'no',
      ask: 'Do you try to remember what you ate for dinner, to find the evening’s thread?',
      yes: 'It comes back as a menu in a language you do not speak, and oysters, which you hate. | | you thought back to oysters you hate',
      no: 'You leave the evening where it lies; your feet ache honestly, proof enough that it happened. | | you let the lost evening be',
    },
  ],
  'the pianist from the hotel bar': [
    {
      hold: 'yes',
      ask: 'Do you flex your fingers, stiff from four hours of standards?',
      yes: 'They loosen one by one, good tired fingers, and the last tune of the night drains out of them. | | you flexed the standards out of your fingers',
      no: 'You leave them curled, and they go on playing against your knee, a tune you never learned. | | you let your fingers play a tune you never learned',
    },
    {
      hold: 'no',
      ask: 'Do you hum the request nobody made tonight, the one you always hope for?',
      yes: 'You hum it, and from the empty bar the piano takes up the tune, softly, by itself. | | you heard the piano take up your tune',
      no: 'You keep it to yourself, saved for a night when someone finally asks. | | you saved your favourite song for another night',
    },
  ],
  'a housekeeper finishing the night round': [
    {
      hold: 'yes',
      ask: 'Do you check your list for any rooms still to be turned down?',
      yes: 'Only one is unticked, a plain room with a lamp that needs a new bulb. | | you checked your list of rooms',
      no: 'You trust your memory, and a bell rings down from a room you have never been sent to. | | you were rung by a room you had never been sent to',
    },
    {
      hold: 'no',
      ask: 'Will you sit down on the edge of your trolley, just for a minute?',
      yes: 'You sit, and the whole hotel breathes out around you, floor by floor, like a sleeper. | | you heard the hotel breathe out',
      no: 'You stay on your feet; sitting now would be the end of you until morning. | | you stayed on your feet',
    },
  ],
  'a travelling salesman with a case of clocks': [
    {
      hold: 'no',
      ask: 'Do you open the case to check that the clocks still agree?',
      yes: 'They agree with one another exactly, and with nothing else in the building. | | you found your clocks agreeing only with one another',
      no: 'You leave the case shut and hear them tick inside, slightly out of step, as honest clocks do. | | you left the clocks ticking in their case',
    },
    {
      hold: 'yes',
      ask: 'Will you wind the carriage clock you keep for demonstrations?',
      yes: 'It takes eleven turns, and its tick comes back steady as a good handshake. | | you wound your demonstration clock',
      no: 'You let it run down, and when it stops your wristwatch stops too, in sympathy. | | you let your clock stop, and your watch with it',
    },
  ],
  'a bride who walked out of her own party': [
    {
      hold: 'yes',
      ask: 'Do you take off the shoes that have pinched all evening?',
      yes: 'The floor is cold under your stockinged feet, and it is the best thing all day. | | you took off the shoes that pinched',
      no: 'You keep them on, and with every step they pinch less, as if learning your feet. | | you kept your wedding shoes on',
    },
    {
      hold: 'no',
      ask: 'Will you listen for the music of your party, still going somewhere far above?',
      yes: 'You hear it, faint, the band playing your first dance again to an empty floor. | | you heard your first dance played to an empty floor',
      no: 'You let it go on without you; it is your party, and you may leave it if you like. | | you let the party go on without you',
    },
  ],
  'a night auditor with columns that will not balance': [
    {
      hold: 'yes',
      ask: 'Do you add the columns once more in your head?',
      yes: 'This time they balance to the penny, and relief goes through you like hot tea. | | you made the columns balance',
      no: 'You leave them, and the total goes on changing in your head, as if someone upstairs were still spending. | | you left the columns unbalanced',
    },
    {
      hold: 'no',
      ask: 'Will you look up which room the missing sum was charged to?',
      yes: 'The charge is one glass of champagne, signed for in a room on a floor the hotel lacks. | | you traced the missing sum to a floor the hotel lacks',
      no: 'You leave it for the day shift; a few pounds astray will keep till morning. | | you left the missing sum for the day shift',
    },
  ],

  // ---- The night cab ----------------------------------------------------------------------
  'a chef going home with burns on both wrists': [
    {
      hold: 'yes',
      ask: 'Do you run your thumb over the newest burn, the one from the last tray of the night?',
      yes: 'It stings, then settles, and you remember the plate it came from went back clean. | | you touched the newest burn on your wrist',
      no: 'You leave it be; tomorrow there will be another, and it will heal like the rest. | | you left the newest burn alone',
    },
    {
      hold: 'no',
      ask: 'Will you plan tomorrow’s specials in your head?',
      yes: 'You plan three, and the third is your grandmother’s soup, which you have never dared put on the board. | | you planned your grandmother’s soup for tomorrow',
      no: 'You let the kitchen go, and for once your hands lie still in your lap. | | you let the kitchen go for the night',
    },
  ],
  'a paramedic going home out of uniform': [
    {
      hold: 'yes',
      ask: 'Will you let yourself think about the last call of the shift?',
      yes: 'You go through it once, carefully, and find there was nothing more you could have done. | | you went over the last call of the shift',
      no: 'You put it away where the others go, to be taken out some other day. | | you put the last call away for another day',
    },
    {
      hold: 'no',
      ask: 'Do you check your phone for a message from control, out of habit?',
      yes: 'There is one, and it says only: good shift, get some sleep. | | you found a kind message from control',
      no: 'You leave the phone dark; for eight hours, nobody needs saving by you. | | you let your phone stay dark',
    },
  ],
  'someone who cannot really afford this fare': [
    {
      hold: 'yes',
      ask: 'Will you ask the driver to stop when the meter reaches what you have?',
      yes: 'The driver glances at you in the mirror, switches the meter off, and says nothing about it. | | you asked the driver to stop at what you had',
      no: 'You let it climb, and decide that tonight is worth whatever it costs. | | you let the fare climb',
    },
    {
      hold: 'no',
      ask: 'Do you check what is left in your account on your phone?',
      yes: 'It is less than you hoped and more than you feared, which is the most a night like this offers. | | you checked what was left in your account',
      no: 'You leave it; that sum can wait for daylight, when it will look smaller. | | you left your balance for daylight',
    },
  ],
  'a witness who has just given a statement': [
    {
      hold: 'yes',
      ask: 'Do you go over your statement again, line by line?',
      yes: 'Every line holds, and you are sure of all of it but the colour of the coat. | | you went over your statement line by line',
      no: 'You let it rest; you said what you saw, and the rest belongs to someone else now. | | you let your statement rest',
    },
    {
      hold: 'no',
      ask: 'Will you look out of the back window, in case you are being followed?',
      yes: 'A single pair of headlights keeps its distance for three streets, then turns away. | | you watched the headlights behind the cab',
      no: 'You face forward, and tell yourself firmly that nobody is that interested in you. | | you faced forward and did not look back',
    },
  ],
  'a comedian going home after a bad set': [
    {
      hold: 'yes',
      ask: 'Do you replay the joke that died in the room?',
      yes: 'You replay it, and find the word that killed it, one word too many, right at the end. | | you found the word that killed the joke',
      no: 'You let it lie; jokes that die tonight sometimes come back funnier. | | you let the dead joke lie',
    },
    {
      hold: 'no',
      ask: 'Will you try a new line out on the driver?',
      yes: 'The driver laughs, properly, then apologises for laughing at a red light. | | you made the driver laugh with a new line',
      no: 'You save it, and it sits in your mouth all the way, getting better. | | you saved the new line for another night',
    },
  ],
  'a locksmith called out to a stranger’s door': [
    {
      hold: 'yes',
      ask: 'Do you check the roll of picks in your inside pocket?',
      yes: 'They are all there, cold and orderly, and one more that you do not remember owning. | | you found a pick you did not remember owning',
      no: 'You leave them be; your hands know where they are, as always. | | you left your picks in your pocket',
    },
    {
      hold: 'no',
      ask: 'Will you wonder aloud who has locked themselves out at this hour?',
      yes: 'The driver says, without turning, that at this hour it is usually someone locked in. | | you wondered aloud who had locked themselves out',
      no: 'You keep it to yourself; in your trade you learn not to ask whose door it is. | | you did not ask whose door it was',
    },
  ],
  // ---- The border crossing ----------------------------------------------------------------
  'a translator going home after twenty years': [
    {
      hold: 'yes',
      ask: 'Do you say a few words of your first language aloud, to hear how they sound?',
      yes: 'They come out rusty, then easy, and a word lost for years comes back with them. | | you spoke your first language aloud',
      no: 'You keep silent, and in your head your two languages quietly change places. | | you felt your two languages change places',
    },
    {
      hold: 'no',
      ask: 'Will you picture your old street as it must look now, twenty years on?',
      yes: 'You try, and it refuses to age: the same washing on the lines, the same dog asleep. | | you pictured your old street unaged',
      no: 'You let it be whatever it has become, and not knowing is almost restful. | | you let your old street be whatever it had become',
    },
  ],
  'a student travelling to a funeral': [
    {
      hold: 'yes',
      ask: 'Do you check the time of the service in the message from your aunt?',
      yes: 'Eleven o’clock, the chapel by the river, and she has added: wear something warm. | | you checked the time of the service',
      no: 'You leave it, and find you know the time anyway, though nobody told you. | | you knew the time of the service without being told',
    },
    {
      hold: 'no',
      ask: 'Will you reread the last message from the one who died, still saved on your phone?',
      yes: 'It says see you soon, and beneath it the ticks have just turned blue. | | you saw the ticks turn blue on the last message',
      no: 'You keep the phone in your pocket; there will be time for that after the service. | | you saved the last message for later',
    },
  ],
  'a geographer counting the milestones': [
    {
      hold: 'yes',
      ask: 'Do you write down the number on the last milestone you passed?',
      yes: 'It said 212, in weathered paint, and you add it to your list in neat pencil. | | you noted the last milestone',
      no: 'You let it go, and the next milestone gives the distance to a town no atlas lists. | | you saw a milestone to a town no atlas lists',
    },
    {
      hold: 'no',
      ask: 'Will you work out how far you have come since dusk, stone by stone?',
      yes: 'The sum comes to more kilometres than the whole road is long, and still it adds up. | | you found you had come further than the road is long',
      no: 'You leave the sums for daylight and watch the hills lie down against the sky. | | you left the sums for daylight',
    },
  ],
  'a lorry driver whose lorry was turned back': [
    {
      hold: 'yes',
      ask: 'Do you go over the customs form the border post gave back, to see what was wrong with it?',
      yes: 'One box left unticked, nothing worse than paperwork, and somehow that steadies you. | | you found the unticked box on the customs form',
      no: 'You leave it folded, and remember only the officer saying your lorry was expected somewhere else. | | you heard again that your lorry was expected somewhere else',
    },
    {
      hold: 'no',
      ask: 'Will you picture your lorry heading home without you along the dark road?',
      yes: 'You picture it, and far off an air horn sounds twice, your own way of signing off. | | you heard your lorry’s horn sign off',
      no: 'You put it out of mind; a relief driver has it now, and it is insured. | | you put your lorry out of mind',
    },
  ],
  'someone carrying ashes home in a biscuit tin': [
    {
      hold: 'yes',
      ask: 'Do you hold the biscuit tin on your lap, both hands on the lid?',
      yes: 'The tin is cool and dented and still smells faintly of shortbread, and holding it is enough. | | you held the biscuit tin on your lap',
      no: 'You set it down beside you, and it shifts once, as if making itself comfortable. | | you set the tin down beside you',
    },
    {
      hold: 'no',
      ask: 'If anyone asks what is in the tin tonight, will you tell them the truth?',
      yes: 'You decide you will, plainly, and the tin seems to settle in your hands, as if it had been listening. | | you chose to tell the truth about the tin',
      no: 'It is biscuits, as far as anyone need know, and you can almost hear the laugh that would have got. | | you let the tin pass as biscuits',
    },
  ],
  'a violin teacher with papers that are almost right': [
    {
      hold: 'yes',
      ask: 'Do you check the one date on your papers that is wrong?',
      yes: 'It is a clerk’s slip, a seven for a one, and any kind official could mend it. | | you checked the wrong date on your papers',
      no: 'You leave them, and the wrong date, you could swear, is creeping closer to today. | | you felt the wrong date creep toward today',
    },
    {
      hold: 'no',
      needs: 'waiting',
      ask: 'Will you offer to play for the guards, as you once paid your way as a student?',
      yes: 'You play a slow air, and the barrier rises an inch by itself, as if to listen. | | you played your violin for the guards',
      no: 'You keep the violin in its case; papers are papers, and music never mended a stamp. | | you kept your violin in its case',
    },
  ],
  'a mourner on the way to a funeral': [
    {
      hold: 'yes',
      ask: 'Do you take the funeral’s order of service out of your pocket, to be sure of the time?',
      yes: 'Two o’clock, and on the front a photograph you cannot look at for long. | | you checked the time on the order of service',
      no: 'You leave it folded; the time will keep until you are there. | | you left the order of service folded',
    },
    {
      hold: 'no',
      ask: 'Will you practise, under your breath, the few words you were asked to say at the service?',
      yes: 'They come out steadier than you feared, and the night listens politely. | | you practised the words you promised to say',
      no: 'You leave them unsaid; they will come when they are needed, or not at all. | | you left your few words unpractised',
    },
  ],
  'someone going home for Christmas': [
    {
      hold: 'yes',
      ask: 'Do you check that the presents in your bag have survived the journey so far?',
      yes: 'Every bow is crushed and every one still tied, which seems a good sign. | | you checked the presents in your bag',
      no: 'You leave the bag shut and trust the presents to look after themselves. | | you left the presents to themselves',
    },
    {
      hold: 'no',
      ask: 'Will you send a message home to say you are on your way at last?',
      yes: 'Three dots appear at once, then: we have kept the lights on for you. | | you sent word home that you were on your way',
      no: 'You decide to arrive as a surprise, and the thought warms you for miles. | | you kept your coming home a surprise',
    },
  ],
  'someone going home after a breakup': [
    {
      hold: 'yes',
      ask: 'Do you read the last message again, the one you have not answered?',
      yes: 'It still says take care of yourself, and tonight, for the first time, you think you might. | | you read the last message again',
      no: 'You leave it where it is, and your phone grows lighter in your pocket, or seems to. | | you left the last message unanswered',
    },
    {
      hold: 'no',
      ask: 'Will you let yourself cry a little, here, where nobody knows you?',
      yes: 'You do, quietly, and the night is kind enough to look the other way. | | you let yourself cry where nobody knew you',
      no: 'You hold it in a while longer, and find, to your surprise, that you can. | | you kept your tears for later',
    },
  ],
  'someone on the way to a wedding': [
    {
      hold: 'yes',
      ask: 'Do you check that the present is still safe in its paper?',
      yes: 'The corners are a little crushed, but the bow has held, and so, you decide, will you. | | you checked the wedding present',
      no: 'You leave it wrapped and trust it, as you will have to trust the whole day. | | you trusted the present to keep',
    },
    {
      hold: 'no',
      ask: 'Will you read once more the card in your pocket, the one you wrote three times before it said the right thing?',
      yes: 'It still says the right thing, which surprises you a little, and pleases you more. | | you read the wedding card again',
      no: 'You leave it sealed; it will say what it says, and that will be enough. | | you left the wedding card sealed',
    },
  ],
  'someone on the way to get married': [
    {
      hold: 'yes',
      ask: 'Do you say your vows over once more under your breath, the way you mean to say them?',
      yes: 'You get through them without a stumble, and they sound a little more like yours each time. | | you said your vows over',
      no: 'You leave them be; they will come when they are wanted, and mean what they mean. | | you left your vows for the day',
    },
    {
      hold: 'no',
      ask: 'Will you read again the last message from the one you are marrying?',
      yes: 'It says only that they cannot wait, and you find that you cannot either. | | you read again the message from the one you are marrying',
      no: 'You leave your phone in your pocket; you will see them soon, and say it all in person. | | you saved what you have to say for the one you are marrying',
    },
  ],
  'someone newly married, on the way home': [
    {
      hold: 'yes',
      ask: 'Do you turn the new ring on your finger, to be sure it is really there?',
      yes: 'It is, a little tight still, and it catches the light as if it meant to. | | you turned your new ring',
      no: 'You leave it be; you can feel it there without looking, new and already yours. | | you left your new ring be',
    },
    {
      hold: 'no',
      ask: 'Will you go back over the day once more, from the first nervous minute?',
      yes: 'You do, slowly, and the parts that went wrong are already the parts you like best. | | you went back over your wedding day',
      no: 'You let it rest, whole, like a present you mean to open again tomorrow. | | you let your wedding day rest',
    },
  ],
  'someone going home after a funeral': [
    {
      hold: 'yes',
      ask: 'Do you loosen the black clothes you have worn since the morning?',
      yes: 'You undo the top button, and breathe all the way down for the first time today. | | you loosened your funeral clothes',
      no: 'You keep them as they are; it does not feel over yet. | | you kept your funeral clothes buttoned',
    },
    {
      hold: 'no',
      ask: 'Will you look again at the photograph on the order of service?',
      yes: 'It is the one everyone chose, smiling at something out of frame, and you find you can smile back. | | you looked again at the photograph',
      no: 'You leave it folded in your pocket; you know the face well enough. | | you left the order of service folded',
    },
  ],
  'someone carrying a birthday cake on your knees': [
    {
      hold: 'yes',
      ask: 'Do you lift the lid of the box to see whether the icing has held?',
      yes: 'One corner has slid, but the name is whole in blue icing, and that is the part that matters. | | you checked the birthday cake',
      no: 'You leave the lid shut and trust the box, the ribbon and your own careful hands. | | you trusted the cake to its box',
    },
    {
      hold: 'no',
      ask: 'Will you count the candles again, though you counted them twice before you left?',
      yes: 'Still the right number, rattling in their packet, and you are a little glad you checked. | | you counted the birthday candles again',
      no: 'You let the candles be; there are enough, and one to grow on. | | you let the birthday candles be',
    },
  ],
  'someone going home after a first date': [
    {
      hold: 'yes',
      ask: 'Do you read the last message again, the one that ends with a question mark?',
      yes: 'It asks when you are free next, and you find you are smiling at your own reflection. | | you read the message from your date again',
      no: 'You leave it for the morning, which feels like a promise in itself. | | you left the message from your date for the morning',
    },
    {
      hold: 'no',
      ask: 'Will you go back over the whole evening once more, from the first awkward hello?',
      yes: 'You do, slowly, and the awkward parts are the ones you like best. | | you went back over the evening',
      no: 'You let it rest, whole and unexamined, like something you mean to open later. | | you let the evening rest',
    },
  ],
  'someone on the way to a bedside on the ward': [
    {
      hold: 'yes',
      ask: 'Do you check your phone for word from the ward?',
      yes: 'Nothing new, which the nurse said would mean nothing has changed, and you hold on to that. | | you checked your phone for word from the ward',
      no: 'You leave it in your pocket; if there is news, it will find you. | | you left your phone in your pocket',
    },
    {
      hold: 'no',
      ask: 'Will you decide now what you will say first, at the bedside?',
      yes: 'You settle on something ordinary, about the weather, because ordinary is what you want for them. | | you chose what to say at the bedside',
      no: 'You leave it to the moment; a hand held will say most of it. | | you left the bedside words to the moment',
    },
  ],
  // Home from a bedside, on a ward or in a care home: nothing of doctors, nor of being known.
  'someone going home from visiting hours': [
    {
      hold: 'yes',
      ask: 'Do you go back over the visit, moment by moment, one more time?',
      yes: 'It comes back in small pieces: the tea going cold, the window, the hand you held. | | you went back over the visit',
      no: 'You let it rest until morning; it will keep, and you will be stronger for sleep. | | you let the visit rest until morning',
    },
    {
      hold: 'no',
      ask: 'Will you eat the grapes you took in, which came back out with you untouched?',
      yes: 'They are cold and very sweet, and you eat them for both of you. | | you ate the grapes you had taken in',
      no: 'You leave them in the bag; next visit, perhaps, they will be wanted. | | you saved the grapes for the next visit',
    },
    {
      hold: 'yes',
      ask: 'Will you ring someone to tell them how the visit went?',
      yes: 'You keep it short and kind, and it sounds easier said out loud than it felt. | | you rang someone to say how the visit went',
      no: 'You keep it to yourself tonight; it is too new to say out loud. | | you kept the visit to yourself tonight',
    },
  ],
  // The eve of a new job.
  'someone starting a new job in the morning': [
    {
      hold: 'yes',
      ask: 'Do you go over the way in for tomorrow once more, stop by stop?',
      yes: 'You walk it in your head, door to desk, and it comes out shorter each time. | | you went over the way in for tomorrow',
      no: 'You leave it; you will find the way in the morning, as everyone new always has. | | you left tomorrow’s way in to the morning',
    },
    {
      hold: 'no',
      ask: 'Will you practise saying your name and your new job title, just to hear it?',
      yes: 'You say it under your breath, and by the third time it sounds like someone you know. | | you practised your new job title aloud',
      no: 'You keep it for tomorrow; it will sound truer said to someone who needs to hear it. | | you saved your new job title for tomorrow',
    },
    {
      hold: 'yes',
      ask: 'Will you decide now what to wear on the first day, and be done with it?',
      yes: 'You settle on the plain one, and the relief is out of all proportion. | | you chose what to wear on the first day',
      no: 'You leave it to the morning, and the morning, you suspect, will leave it to you. | | you left the first-day clothes to the morning',
    },
  ],
  'someone on the way to an interview': [
    {
      hold: 'yes',
      ask: 'Do you go over your answers once more, under your breath?',
      yes: 'You do, and the one you dreaded comes out right for the first time, quiet and sure. | | you went over your interview answers',
      no: 'You let them rest; you know them, and going over them again only wears them thin. | | you let your interview answers rest',
    },
    {
      hold: 'no',
      ask: 'Will you check the time of the interview once more, though you know it by heart?',
      yes: 'It has not changed, and you find you are glad of it, like a handrail. | | you checked the time of the interview again',
      no: 'You leave it be; the time will not change by being looked at. | | you left the time of the interview alone',
    },
  ],
  'someone moving to a new home': [
    {
      hold: 'yes',
      ask: 'Do you look again at the photographs of the new rooms on your phone?',
      yes: 'The rooms are bare and bright and waiting, and one of them, you decide, is where you will read. | | you looked at the photographs of your new home',
      no: 'You leave them for when you are there; you would rather meet the rooms than their pictures. | | you left the photographs of your new home for later',
    },
    {
      hold: 'no',
      ask: 'Will you say the new address over to yourself, to get used to the sound of it?',
      yes: 'You do, twice, and the second time it almost sounds like somewhere you live. | | you said your new address over to yourself',
      no: 'You leave it for tomorrow; an address becomes home by being walked to, not by being said. | | you left the new address for tomorrow',
    },
  ],
  'someone celebrating an anniversary': [
    {
      hold: 'yes',
      ask: 'Do you check again that the card is still in your inside pocket, unbent?',
      yes: 'It is, corners sharp, the words inside written over and over until they were simply true. | | you checked the anniversary card',
      no: 'You leave it where it is; you know where it is the way you know the date. | | you trusted the card to your pocket',
    },
    {
      hold: 'no',
      ask: 'Will you count the years once more, one by one, to see where they all went?',
      yes: 'You count them, and each one has a small bright thing in it you had nearly forgotten. | | you counted the years',
      no: 'You let them be; they are not the kind of thing that needs counting. | | you left the years uncounted',
    },
  ],
  'someone going home after a long shift': [
    {
      hold: 'yes',
      ask: 'Do you eat the sandwich you never had time for on your break?',
      yes: 'It is squashed and a little warm, and it is the best thing you have eaten all day. | | you ate the sandwich from your break',
      no: 'You save it for the morning; tonight you are too tired even to be hungry. | | you saved the sandwich from your break',
    },
    {
      hold: 'no',
      ask: 'Your phone lights up with a message from work, sent just as you left; will you answer it?',
      yes: 'It is only a thank you, which is rarer than it should be, and you send one back. | | you answered the message from work',
      no: 'You leave it unread: the shift is over, and whatever it says can wait for the next one. | | you left the message from work unread',
    },
  ],
  'someone on the way to a reunion': [
    {
      hold: 'yes',
      ask: 'Do you take out the old photograph, to be sure you will know each other?',
      yes: 'It is creased across the middle, and the face in it is younger than yours; you will know them anyway. | | you looked at the old photograph',
      no: 'You leave it in your wallet: you have carried that face long enough to know it by heart. | | you left the old photograph in your wallet',
    },
    {
      hold: 'no',
      ask: 'Will you decide now what to say first, after all these years?',
      yes: 'You settle on hello, which is small enough to carry and big enough to hold the rest. | | you chose the first word you would say',
      no: 'You leave it to the moment; after all these years, the moment has earned it. | | you left the first word to the moment',
    },
  ],
  'someone taking a poorly pet to the vet': [
    {
      hold: 'yes',
      ask: 'Do you lift the corner of the blanket to check on {pet}?',
      yes: 'One eye opens, reproachful, and closes again, and you have never been so glad to be reproached. | | you checked on your pet under the blanket',
      no: 'You leave the blanket be and count each breath under it instead, willing the next one on. | | you counted your pet’s breathing under the blanket',
    },
    {
      hold: 'no',
      ask: 'Will you ring the vet to say you are on your way?',
      yes: 'The night nurse answers on the first ring and says they will have the light on and the table ready. | | you rang ahead to the vet',
      no: 'You keep the phone in your pocket; they said to come straight in, and you are on your way. | | you did not ring the vet',
    },
  ],
  'someone on the way to meet a newborn': [
    {
      hold: 'yes',
      // Not while the baby is still being born beside the reader (labour).
      needs: '!labour',
      ask: 'Do you look again at the first photograph, the one that came with the news?',
      yes: 'A small red face, furious at the light, and you find you have learned it by heart already. | | you looked again at the newborn’s photograph',
      no: 'You leave it on your phone: tonight you will see the real face, and you want that first. | | you saved the newborn’s face for the real thing',
    },
    {
      hold: 'no',
      ask: 'Will you practise how you will hold the baby, arms crooked, while no one is looking?',
      yes: 'You cradle the air, careful of the head, and feel foolish, and then not foolish at all. | | you practised holding the baby',
      no: 'You keep your arms folded; they will know what to do when the time comes. | | you trusted your arms to know how to hold the baby',
    },
    // In labour beside the reader ("wife in labour", "her waters just broke").
    {
      hold: 'yes',
      needs: 'labour',
      ask: 'When the next pain comes, do you let {first.name} grip your hand as hard as {first.they} need{first.s} to?',
      yes: '{first.name} grips until your knuckles creak, and breathes it out, and lets go, and says that was a big one. | | you gave {first.name} your hand through the pain',
      no: 'You hold {first.their} shoulders instead, and {first.name} leans back into you and breathes the pain away. | | you held {first.name} through the pain',
    },
    {
      hold: 'no',
      needs: 'labour',
      ask: 'Will you time the gap between the pains on your phone, the way the midwife said to?',
      yes: 'Six minutes, then five; you say them aloud, and {first.name} nods at each as if you had done something clever. | | you timed the pains',
      no: 'You leave the counting to {first.name}, who is doing it anyway, under {first.their} breath, like a prayer. | | you left {first.name} to count the pains',
    },
  ],
  'someone going home after a gig, ears still ringing': [
    {
      hold: 'yes',
      ask: 'Will you play the last song of the night again, quietly, on your phone?',
      yes: 'It sounds thin and small after the real thing, and you play it twice anyway. | | you played the last song of the night again',
      no: 'You leave it in your head, where it is still loud, and better. | | you kept the last song in your head',
    },
    {
      hold: 'no',
      ask: 'Do you look through the photos you took, every one of them blurred lights and raised arms?',
      yes: 'Not one of them is any good, and every one brings the whole night back. | | you looked through your photos of the gig',
      no: 'You save them for tomorrow, when you will need them more. | | you saved your photos of the gig for tomorrow',
    },
    {
      hold: 'yes',
      ask: 'When the ringing in your ears swells in the quiet, will you hum the chorus over it?',
      yes: 'You hum, and the ringing falls into tune with you, or you with it. | | you hummed the chorus over the ringing',
      no: 'You let it ring, a bright thin note, the last of the crowd still with you. | | you let your ears ring',
    },
  ],
  'someone going home after a night out with friends': [
    {
      hold: 'yes',
      ask: 'Do you tell the group chat that you are on your way home, and safe?',
      yes: 'A row of hearts comes back at once, and one message you will not understand until morning. | | you told your friends you were safe',
      no: 'You leave it, and your phone buzzes on in your pocket, the night going on without you. | | you left the group chat buzzing',
    },
    {
      hold: 'no',
      ask: 'Will you eat the chips you bought on the way, though they have gone cold?',
      yes: 'They are cold and salty and perfect, the last good decision of the night. | | you ate the cold chips',
      no: 'You save them, which you already know you will regret. | | you saved the cold chips for later',
    },
    {
      hold: 'yes',
      ask: 'Do you slip off the shoes that have pinched all night, now that the dancing is done?',
      yes: 'Your feet thank you at length, and the floor is cold and wonderful. | | you took off the shoes that pinched',
      no: 'You keep them on out of pride, and pride pinches. | | you kept your pinching shoes on',
    },
  ],
  // What they carry is never "the letter": that is the lexicon's, found with the reader's name on it.
  'someone carrying a letter to deliver by hand': [
    {
      hold: 'yes',
      ask: 'Do you take out the pages you are carrying to deliver, just to hold them for a while?',
      yes: 'They are soft at the folds already, and the name on the outside looks braver than you feel. | | you held the pages you are carrying',
      no: 'You leave them in your inside pocket, flat and certain over your heart. | | you kept the pages in your inside pocket',
    },
    {
      hold: 'no',
      ask: 'Will you practise what you will say at the door, when you hand over what you carry?',
      yes: 'You try three ways, and settle on the shortest, which is only their name. | | you practised what to say at the door',
      no: 'You decide that what you carry can do its own talking; that is what it is for. | | you let what you carry do its own talking',
    },
  ],
  'someone going home with the results at last': [
    {
      hold: 'yes',
      ask: 'Will you read the results once more, to be sure they still say what they said?',
      yes: 'They say exactly what they said, and the words are already beginning to feel like yours. | | you read the results once more',
      no: 'You leave them folded away; you know what they say, and they will keep. | | you left the results folded away',
    },
    {
      hold: 'no',
      ask: 'Do you call home now and tell them, before you lose your nerve?',
      yes: 'It rings twice, and the voice that answers already knows from your breathing, and is glad you called. | | you called home about the results',
      no: 'You keep it for the kitchen table, where news like this belongs. | | you saved the results for the kitchen table',
    },
  ],
  'someone with a baby asleep in your arms': [
    {
      hold: 'yes',
      ask: 'Do you loosen the blanket a little, in case the baby is too warm?',
      yes: 'You fold it back from the small face, and the baby frowns in their sleep, and settles. | | you loosened the baby’s blanket',
      no: 'You leave it tucked; the small forehead is cool under your fingers, and the breathing slow and sure. | | you left the baby tucked in',
    },
    {
      hold: 'no',
      ask: 'When a light sweeps across the baby’s face, will you shade the closed eyes with your hand?',
      yes: 'You cup your hand over them, and the baby sleeps on in its shadow, untroubled. | | you shaded the baby’s eyes from the light',
      no: 'You let the light pass, and the baby only sighs, used already to a world that will not keep still. | | you let the light pass over the baby',
    },
    {
      hold: 'yes',
      needs: '!pram !car-seat',
      ask: 'Will you hum the song that got the baby off to sleep, very quietly, in case they stir?',
      yes: 'You hum it, the same four notes over and over, and the small weight on you grows heavier with sleep. | | you hummed the baby’s song',
      no: 'You keep still instead, and the small weight on you rises and falls with your own breathing. | | you kept still for the baby',
    },
    {
      hold: 'yes',
      needs: 'pram',
      ask: 'Do you tuck the pram’s blanket back round the small feet that have kicked it off?',
      yes: 'You tuck it back, and the feet kick once more, for form’s sake, and go still. | | you tucked the baby’s feet back in',
      no: 'You leave them; they are warm enough, and kicking is a baby’s business. | | you let the baby kick the blanket off',
    },
    {
      hold: 'yes',
      needs: 'car-seat',
      ask: 'Do you loosen the car seat’s straps a notch, where they have ridden up under the small chin?',
      yes: 'You ease them down, and the baby sighs through their nose, as if a complaint has been heard at last. | | you eased the baby’s straps',
      no: 'You leave them; they are snug, not tight, and the baby sleeps on inside them like a parcel well tied. | | you left the baby’s straps as they were',
    },
  ],
  'someone with a dog asleep at your feet': [
    {
      hold: 'yes',
      ask: 'Do you slip {pet} the last corner of your sandwich, just this once?',
      yes: 'It vanishes with one snap, and {pet} looks up at you as if you had never been wiser. | | you slipped {pet} the last of your sandwich',
      no: 'You hold firm, and {pet} sighs against your ankle, a long-suffering sigh {petIt} must have learned from you. | | you kept your sandwich from {pet}',
    },
    {
      hold: 'no',
      ask: 'When {pet} lifts {petIts} head at something you cannot hear, do you look where {petIt} is looking?',
      yes: 'There is nothing there but the dark, and {pet} watches it a while, then settles, and so do you. | | you looked where {pet} was looking',
      no: 'You rub {petIts} ears instead, and whatever {petIt} heard goes on without either of you. | | you rubbed {pet}’s ears instead of looking',
    },
  ],
  'someone with a cat in a basket on your knees': [
    {
      hold: 'yes',
      ask: 'Do you open the basket’s little door a crack, so {pet} can see out?',
      yes: 'A paw comes out, then a nose, and then {pet} decides {petIt} has seen enough of the world. | | you opened {pet}’s basket a crack',
      no: 'You keep it shut, and {pet} tells you what {petIt} thinks of that, once, at length. | | you kept {pet}’s basket shut',
    },
    {
      hold: 'no',
      ask: 'Will you put your fingers through the bars, to let {pet} know you are still there?',
      yes: 'A rough small tongue finds them, and then teeth, gently, to make a point. | | you put your fingers through the basket’s bars',
      no: 'You leave it be, and after a while a low purr starts up in the basket, on its own terms. | | you let {pet} settle on its own',
    },
  ],
  // ---- Everyday reasons, at any place ---------------------------------------------------
  'someone travelling on business': [
    {
      hold: 'yes',
      ask: 'Do you check the work phone one more time, though it is long past office hours?',
      yes: 'Three new emails, none that cannot wait till nine, and you turn the phone face down with some satisfaction. | | you checked the work phone once more',
      no: 'You leave it dark in your bag; whatever it has to say can be said in the morning. | | you left the work phone dark',
    },
    {
      hold: 'no',
      ask: 'Will you smooth out the crumpled receipts in your pocket, for the expenses form?',
      yes: 'A taxi, a sandwich, a coffee with somebody else’s name on the cup: the whole trip, in small paper. | | you smoothed out your receipts',
      no: 'You leave them crumpled, and they will go through the wash, as they always do. | | you left your receipts crumpled',
    },
    {
      hold: 'yes',
      ask: 'Do you loosen your collar at last, now that nobody needs you to look the part?',
      yes: 'The top button gives, and with it something in your shoulders you had not known was clenched. | | you loosened your collar at last',
      no: 'You keep it buttoned; habit is a hard thing to undo, and somebody might still be looking. | | you kept your collar buttoned',
    },
  ],
  'someone setting off on holiday': [
    {
      hold: 'yes',
      ask: 'Will you count the days of the holiday ahead on your fingers, just for the pleasure of it?',
      yes: 'You run out of fingers on one hand and start on the other, grinning like a child. | | you counted the days of your holiday',
      no: 'You leave them uncounted; days counted go faster, and these you mean to make last. | | you left the holiday days uncounted',
    },
    {
      hold: 'no',
      ask: 'Do you go through your bag in your head once more, for whatever you have forgotten?',
      yes: 'Charger, sun cream, the book you will not read: it is all there, except whatever it is. | | you went through your bag in your head',
      no: 'You let it go; whatever you forgot, they will sell it there, and probably better. | | you let the forgotten thing go',
    },
    {
      hold: 'yes',
      ask: 'Will you switch on the out-of-office, and mean it?',
      yes: 'You set it, and the small automatic sentence goes out into the dark to guard the days ahead. | | you switched on your out-of-office',
      no: 'You leave it off, just in case, and already you know that was a mistake. | | you left your out-of-office off',
    },
  ],
  'someone on the way home from a holiday': [
    {
      hold: 'no',
      ask: 'Do you look through the holiday photos on your phone, already a long way behind you?',
      yes: 'The sea in them is bluer than it was, and the person in them looks happier than you feel. | | you looked through your holiday photos',
      no: 'You leave them for the morning; the holiday is still warm, and pictures would only cool it. | | you left the holiday photos for the morning',
    },
    {
      hold: 'yes',
      ask: 'Will you let yourself think about work on Monday?',
      yes: 'You do, briefly, and the holiday steps back a pace, politely, like someone leaving a room. | | you let yourself think of Monday',
      no: 'Not yet; the holiday is not over until you unlock your own front door. | | you kept Monday at arm’s length',
    },
    {
      hold: 'no',
      ask: 'Do you finish the last postcard, the one you never got round to sending?',
      yes: 'You write the last line on your knee, to post from home with a stamp from the wrong country. | | you finished the last postcard',
      no: 'You leave it blank in your bag; it will turn up next year, in the pocket of a summer coat. | | you left the last postcard blank',
    },
  ],
  'someone freshly engaged': [
    {
      hold: 'yes',
      ask: 'Do you read the messages congratulating you, one more time?',
      yes: 'There are dozens now, and your aunt has written a whole paragraph, and you read every one twice. | | you read the congratulations again',
      no: 'You leave them for the morning; for tonight the news is still mostly yours. | | you left the congratulations for the morning',
    },
    {
      hold: 'no',
      ask: 'Will you try out the new word under your breath, for the person you are going to marry?',
      yes: 'It sounds like someone else’s word at first, and then, quite suddenly, like yours. | | you tried out the new word',
      no: 'You save it; some words want saying out loud the first time, to someone’s face. | | you saved the new word for later',
    },
    {
      hold: 'yes',
      ask: 'Do you look again at the ring, to be sure it is really there?',
      yes: 'It is there, catching every light you pass, as if it had waited all its life for tonight. | | you looked again at the ring',
      no: 'You do not need to look; you know exactly where it is, the surest thing in the world tonight. | | you did not need to look at the ring',
    },
  ],
  'someone on the way to a party, fashionably late': [
    {
      hold: 'yes',
      ask: 'Do you text the host that you are nearly there, which is not quite true?',
      yes: 'A row of exclamation marks comes back, and the noise of the party seems to come with it. | | you told the host you were nearly there',
      no: 'You save it; being late is fashionable, and being very late is a story. | | you let the host wonder where you were',
    },
    {
      hold: 'no',
      ask: 'Will you check your face in your phone’s dark screen, one last time?',
      yes: 'It will do, you decide, and in the right light it will more than do. | | you checked your face in your phone',
      no: 'You leave it; you look the way you look, and the party will have to manage. | | you did not check your face again',
    },
    {
      hold: 'yes',
      ask: 'Do you make sure the bottle you are bringing has not leaked into your bag?',
      yes: 'It is whole, and cold, and the ribbon round its neck is only slightly crushed. | | you checked the bottle you are bringing',
      no: 'You trust it, and the bag clinks softly at every bump, full of the party to come. | | you trusted the bottle in your bag',
    },
  ],
  // Never the word itself: "key" is the lexicon's, found or kept, and would be taken for one.
  'someone who cannot find their keys': [
    {
      hold: 'yes',
      ask: 'Do you go through every pocket once more, slowly, in order?',
      yes: 'Coat, jeans, bag, coat again: nothing, except a receipt from a shop you do not remember. | | you went through every pocket once more',
      no: 'You stop searching; lost things turn up, they always do, and usually in the last place. | | you stopped searching your pockets',
    },
    {
      hold: 'no',
      ask: 'Will you message someone who can let you in, late as it is?',
      yes: 'A thumbs-up comes back at once, and somewhere a light goes on for you. | | you messaged someone who could let you in',
      no: 'You leave it; asking can wait until you are standing at the door with nothing in your hand. | | you did not ask anyone to let you in',
    },
    {
      hold: 'yes',
      ask: 'Do you go back over the night in your head, to the last place you had them?',
      yes: 'The bar, the cloakroom, the bar again: every place you can think of lights up briefly and goes dark. | | you went back over the night in your head',
      no: 'You let it go; remembering hard only ever hides things further. | | you stopped going back over the night',
    },
  ],
  'someone sure they are being followed': [
    {
      hold: 'yes',
      ask: 'Do you look back, just once, to see who is there?',
      yes: 'Nobody you can see: only the dark and your own face in it, which is somehow worse. | | you looked back to see who was there',
      no: 'You keep your eyes front; whatever it is, it will not have the satisfaction. | | you would not look back',
    },
    {
      hold: 'no',
      ask: 'Will you move to wherever the light is brightest?',
      yes: 'You move into the light, and feel watched and safe at once, like a moth at a window. | | you moved into the brightest light',
      no: 'You stay where you are; moving would only tell it that you know. | | you stayed where you were, so as not to show you knew',
    },
    {
      hold: 'yes',
      ask: 'Will you text someone where you are, just in case?',
      yes: 'You send it, and the small tick that says it arrived is the friendliest thing in the night. | | you texted someone where you were',
      no: 'You keep your phone dark; saying it, even in a text, would make it real. | | you told nobody where you were',
    },
  ],
  'someone on the way to a first date': [
    {
      hold: 'yes',
      ask: 'Do you check your reflection once more, and fix the one thing only you would notice?',
      yes: 'It takes a moment, and then it is right, and so, you decide, are you. | | you fixed the one thing only you would notice',
      no: 'You leave it; if they do not like you as you are, it was never going to be the hair. | | you left your reflection alone',
    },
    {
      hold: 'no',
      ask: 'Will you read your date’s last message again, the one that settled the time and the place?',
      yes: 'It is short and a little funny, and it sounds, read now, like someone nervous too. | | you read your date’s last message again',
      no: 'You leave it; you know it by heart, and it will not say anything new. | | you left your date’s last message alone',
    },
    {
      hold: 'yes',
      ask: 'Do you decide now what you will order, so there is one thing less to think about?',
      yes: 'You settle on something you can eat gracefully, which rules out almost everything. | | you decided what to order',
      no: 'You leave it to the moment; the menu can be the first thing you talk about. | | you left the menu to the moment',
    },
  ],
  // ---- A mood and nothing else (MOOD_ROLES) ----------------------------------------------
  'someone sleep has given up on': [
    {
      hold: 'yes',
      ask: 'Will you give up on sleep altogether, and let the night be what it is?',
      yes: 'You let it go, and the night, no longer something to get through, turns out to be somewhere to be. | | you gave up on sleep for the night',
      no: 'You hold on to the hope of it, and somewhere ahead a pillow is still waiting. | | you held on to the hope of sleep',
    },
    {
      hold: 'no',
      ask: 'Do you check the time again, though you know it will only be later?',
      yes: 'It is later, of course, by exactly as much as it felt, and not a minute kinder. | | you checked the time again',
      no: 'You leave the time alone; it goes on without you, and for once you let it. | | you left the time alone',
    },
    {
      hold: 'yes',
      ask: 'Will you close your eyes for a moment, just to rest them?',
      yes: 'Behind your eyelids the night goes on, slower now, like sheep that have given up being counted. | | you closed your eyes to rest them',
      no: 'You keep them open, and the night goes past in all its small, wakeful detail. | | you kept your eyes open',
    },
  ],
  'someone having a hard night': [
    {
      hold: 'yes',
      ask: 'Will you let yourself feel it, just for this stretch, without trying to fix it?',
      yes: 'You do, and it is heavy, and then, like weather, it is a little less heavy. | | you let yourself feel it for a while',
      no: 'You fold it up small and put it away for later; tonight you only need to get there. | | you put the feeling away for later',
    },
    {
      hold: 'no',
      ask: 'Do you message someone who would want to know you are having a hard night?',
      yes: 'It takes three tries to write, and the answer comes back at once: a heart, and then, I am here. | | you messaged someone about your night',
      no: 'You keep it to yourself for now; some nights are for getting through, not for telling. | | you kept the hard night to yourself',
    },
    {
      hold: 'yes',
      ask: 'Will you look for one small good thing, just one, before the journey ends?',
      yes: 'Someone nearby laughs softly at a message on their phone; it is not for you, but it helps. | | you found one small good thing',
      no: 'You do not look; tonight, getting there is enough, and that is allowed. | | you let getting there be enough',
    },
  ],
  'someone in high spirits tonight': [
    {
      hold: 'yes',
      ask: 'Do you let yourself grin at nothing, since nobody is looking?',
      yes: 'You do, widely, and a stranger catches it and grins back before they can stop themselves. | | you grinned at nothing',
      no: 'You keep a straight face, mostly, though it keeps escaping at the corners. | | you kept a straight face, mostly',
    },
    {
      hold: 'no',
      ask: 'Will you tell someone how you feel, now, before the feeling wears off?',
      yes: 'You type too fast and send it with three spelling mistakes, and it is perfect. | | you told someone how you felt',
      no: 'You keep it; some happiness is better carried in a pocket for a while. | | you kept your happiness in your pocket',
    },
  ],
  'someone off on honeymoon': [
    {
      hold: 'yes',
      ask: 'Do you look at the two new rings side by side, just once more?',
      yes: 'They catch the same light at the same moment, which feels, tonight, like a promise kept. | | you looked at the two new rings side by side',
      no: 'You do not need to; you can feel yours, a small new weight you keep forgetting and remembering. | | you left the rings to themselves',
    },
    {
      hold: 'no',
      ask: 'Will you read the messages from the wedding that you have not had a moment to open?',
      yes: 'Photographs of the dancing, a blurred speech, and your gran, who has learned to send a heart. | | you read the messages from the wedding',
      no: 'You save them for the first slow morning, when there will be time for every one. | | you saved the wedding messages for later',
    },
  ],
};
