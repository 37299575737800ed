/**
 * The last line for each of the reader's roles, keyed by the role's exact words: the errand the
 * night began with (a funeral, an audition, the morning loaves) is what its ending answers to.
 * An arrival is told aboard; a missed stop is written to hold whether the reader rode past or
 * never boarded. The storyteller tries these before the endings any story could have.
 */

export interface ReaderEndingSpec {
  arrival: string;
  'missed-stop': string;
}

export const READER_ENDING_CORPUS: Readonly<Record<string, ReaderEndingSpec>> = {
  // ---- The night bus ----------------------------------------------------------------------
  'a night-shift nurse going home the long way': {
    arrival:
      'You {alight} at {destination} as the day shift takes over behind you, and for once the long way home was the right one.',
    'missed-stop':
      '{destination} never comes, and sleep goes on waiting for you, while the night, for once, does the looking after.',
  },
  'a student who keeps sleeping past the right stop': {
    arrival:
      'For once you are awake at {destination}, and step off blinking, as proud as if you had passed an exam.',
    'missed-stop':
      'Of course you miss {destination} again, as you always do, and for once you do not mind: the night was worth staying on for.',
  },
  'a cleaner finishing the last office on the route': {
    arrival:
      'You {alight} at {destination} with every office behind you dark and clean, and the morning, for once, is somebody else’s to tidy.',
    'missed-stop':
      'You never reach {destination}, and the offices stay dark and clean behind you, as if the city had been tidied for your return.',
  },
  'a parent at the end of a long day': {
    arrival:
      'You {alight} at {destination} with the long day behind you at last, and the short walk home feels almost like a holiday.',
    'missed-stop':
      'You never reach {destination} tonight, and the long day, which would not end, goes on a little longer without asking you.',
  },
  'a musician with an empty cello case': {
    arrival:
      'You {alight} at {destination} with the empty cello case, and it feels, at last, as if it is carrying something.',
    'missed-stop':
      'You never reach {destination}, and the empty cello case rests against your knee, holding the night’s music where the cello used to be.',
  },
  'someone who does not remember getting on': {
    arrival:
      'You {alight} at {destination}, and it feels like a place you chose, even if you never remember choosing it.',
    'missed-stop':
      'You never reach {destination}, and you find you do not mind: you did not remember getting on, and need not remember getting off.',
  },
  'a baker on the way to the morning loaves': {
    arrival:
      'You {alight} at {destination} in time for the morning loaves, and the ovens are already warm, as if someone knew you were coming.',
    'missed-stop':
      'You never reach {destination}, and somewhere the morning loaves rise without you, patient, as bread is.',
  },
  // ---- The empty platform -----------------------------------------------------------------
  'a commuter who missed the last connection': {
    arrival:
      'You reach {destination} after all, on a connection that was on no timetable, and you will never quite be able to say how.',
    'missed-stop':
      'You never reach {destination} either, two connections missed in one night, and somehow the second feels like freedom.',
  },
  'a signal engineer sent to check a fault': {
    arrival:
      'At {destination} you find the fault at last, and it is only a lamp that wanted company, and you mend it before dawn.',
    'missed-stop':
      'You never reach {destination}, and the fault goes on blinking somewhere down the line, waiting for you like an old friend.',
  },
  'a traveller with a suitcase that is not yours': {
    arrival:
      'At {destination} the suitcase’s owner is waiting, and when they open it they smile at you, as if you had been expected too.',
    'missed-stop':
      'You never reach {destination}, and the suitcase that is not yours stays with you, heavier now, or perhaps only more familiar.',
  },
  'someone at the station of your childhood': {
    arrival:
      'You {alight} at {destination}, where the child you were once wanted to go, and you tell them, silently, that you made it.',
    'missed-stop':
      'You never reach {destination}, and stay where you waited as a child, and it is not so lonely a place as it was.',
  },
  'a ticket inspector ending a double shift': {
    arrival:
      'You {alight} at {destination} with no one left to check but yourself, and you let yourself through without a word.',
    'missed-stop':
      'You never reach {destination}, and for the first time since the double shift began there is nobody to check and nowhere to be.',
  },
  'a stranger in a borrowed coat': {
    arrival: 'At {destination} the coat’s owner is waiting, and says keep it, it suits you better.',
    'missed-stop':
      'You never reach {destination}, and pull the borrowed coat tighter, and it holds you as if it had decided to be yours.',
  },
  // ---- The ferry terminal -----------------------------------------------------------------
  'a deckhand who missed the first crossing': {
    arrival:
      'You step ashore at {destination}, a crossing late, and the harbour does not seem to mind in the least.',
    'missed-stop':
      '{destination} stays a light across the water that comes no nearer, and the sea, which has seen worse, says nothing about it.',
  },
  'a lorry driver without a lorry': {
    arrival:
      'You walk off at {destination} with nothing to unload, and it is the lightest you have felt in years.',
    'missed-stop':
      'You never reach {destination}, and with no lorry to fetch there is nothing to hurry for, and the night is wide.',
  },
  'a widow carrying a letter to deliver by hand': {
    arrival:
      'At {destination} you deliver what you carried by hand, as you promised, and the door closes gently, and it is done.',
    'missed-stop':
      'You never reach {destination}, and what you carried to deliver by hand stays in your pocket, still warm, still promised.',
  },
  'a runaway with a return ticket': {
    // Whether or not the reader tore up the return half on the way.
    arrival:
      'You {alight} at {destination}, a runaway no longer running, and the way back can wait until morning.',
    'missed-stop':
      'You never reach {destination}, and the way on and the way back can both wait another night.',
  },
  'a lighthouse relief keeper': {
    arrival:
      'You reach {destination} in time to take over the night, and the lamp turns once toward you, as if glad of the company.',
    'missed-stop':
      'You never reach {destination}, and somewhere a keeper waits another night for relief, and keeps the lamp lit for you both.',
  },
  'a photographer chasing the first light': {
    arrival:
      'You {alight} at {destination} just as the first light comes, and for once you leave the camera in its bag and simply look.',
    'missed-stop':
      'You never reach {destination}, but the first light finds you anyway, and you let it go unphotographed, which is its own kind of keeping.',
  },
  // ---- The airport gate -------------------------------------------------------------------
  'a pilot without a flight': {
    arrival:
      '{destination} comes up under the wheels with you as a passenger, and it turns out the sky is just as good from the back.',
    'missed-stop':
      'You never reach {destination}, and for once the sky decides where you go, and you let it.',
  },
  'a passenger whose name keeps being called': {
    arrival:
      'At {destination} the announcements fall silent, and you step off at last as the one they were calling for.',
    'missed-stop':
      'You never reach {destination}, and your name goes on being called somewhere behind you, softer each time, until it sounds like goodbye.',
  },
  'a cleaner who knows every gate but this one': {
    arrival:
      'You {alight} at {destination}, and now you know this gate too, every inch of it, and it was worth the night.',
    'missed-stop':
      'You never reach {destination}, and the one gate you did not know keeps its secret, which is only fair.',
  },
  'a translator flying home for a funeral': {
    arrival:
      '{destination} comes up under the wheels in time for the funeral, and you find you already have the words, in every language you know.',
    'missed-stop':
      'You never reach {destination}, and the funeral will go ahead without you; you said your goodbye tonight instead, in a language nobody here speaks.',
  },
  'a courier carrying a sealed envelope': {
    arrival:
      'At {destination} you hand over what you carried, seal unbroken, and the hand that takes it is trembling.',
    'missed-stop':
      'You never reach {destination}, and what you carry stays sealed, and for one night its secret is yours to keep.',
  },
  'a traveller whose passport photograph is blank': {
    arrival:
      'At {destination} the officer looks at your passport and nods, and when you look too, the photograph is you at last.',
    'missed-stop':
      'You never reach {destination}, and the blank photograph in your passport waits a little longer to learn your face.',
  },
  // ---- The sleeper train ------------------------------------------------------------------
  'a passenger in a cabin booked under another name': {
    arrival:
      'At {destination} someone calls the name your cabin was booked under, and you find that you answer to it.',
    'missed-stop':
      'You never reach {destination}, and sleep on in a cabin booked under another name, and the name, it seems, does not mind.',
  },
  'the night attendant of coach seven': {
    arrival:
      'At {destination} you step down from coach seven with every passenger safe, and for once someone holds the door for you.',
    'missed-stop':
      'You never reach {destination}, and coach seven sleeps on around you, every passenger safe, which was always the job.',
  },
  'a violinist travelling to an audition': {
    arrival:
      'You {alight} at {destination} in time for the audition, and your fingers already know what they will play.',
    'missed-stop':
      'You never reach {destination}, nor the audition, and play instead, very softly, for the night, which listens.',
  },
  'a retired spy on a sentimental journey': {
    arrival:
      'You {alight} at {destination} and, for the first time in your life, do not check who else is getting off.',
    'missed-stop':
      'You never reach {destination}, and let the old habits go with it, and sleep like someone with nothing left to hide.',
  },
  'an insomniac counting the tunnels': {
    arrival:
      'You reach {destination} having lost count of the tunnels, which means, for once, that you slept.',
    'missed-stop':
      'You never reach {destination}, counting tunnels, and somewhere past the last one you fall asleep at last.',
  },
  'a cartographer checking an old map': {
    arrival:
      'At {destination} the old map is right to the last inch, and you fold it away, satisfied, and a little sad.',
    'missed-stop':
      'You never reach {destination}, and the old map will need correcting: there is more to this line than anyone ever drew.',
  },
  // ---- The service station ----------------------------------------------------------------
  'a coach driver going home as a passenger for once': {
    arrival:
      'You {alight} at {destination} and thank the driver, the way you always hoped someone would thank you.',
    'missed-stop':
      'You never reach {destination}, and find it a fine thing, for once, not to be the one in charge of getting there.',
  },
  'a hitchhiker with a cardboard sign': {
    arrival:
      'You reach {destination} after all, and leave your cardboard sign on the seat for the next one going your way.',
    'missed-stop':
      'You never reach {destination}, and turn your cardboard sign over, and write on the back: anywhere.',
  },
  'the night manager of the café': {
    arrival:
      'You {alight} at {destination}, and behind you the café lights go off on their timer; the night is nobody’s to manage.',
    'missed-stop':
      'You never reach {destination}, and somewhere behind you the café opens on time without you, and the coffee is fine.',
  },
  'a wedding guest who left early': {
    arrival:
      'You reach {destination} as the last dance would be ending, with a night of your own to tell them about over breakfast.',
    'missed-stop':
      'You never reach {destination}, and somewhere the wedding dances on without you, and you do not wish yourself back.',
  },
  'a salesman with a boot full of samples': {
    arrival:
      'You {alight} at {destination} and, for the first time in years, sell nothing to anyone, and feel rich.',
    'missed-stop':
      'You never reach {destination}, and the samples in your boot will keep, as they always have, for a morning that needs them.',
  },
  'a teenager who walked out of a family argument': {
    arrival:
      'You reach {destination}, and your phone lights up with two words from home, come back, and you find you will.',
    'missed-stop':
      'You never reach {destination}, and the argument at home looks very small from here, small enough to carry back.',
  },
  // ---- The night tram ---------------------------------------------------------------------
  'a waiter still wearing a black apron': {
    arrival:
      'You {alight} at {destination}, untie the black apron at last, and fold it away like a finished day.',
    'missed-stop':
      'You never reach {destination}, and take off the black apron, and let the night serve you for a change.',
  },
  'a student carrying a cardboard model of a bridge': {
    arrival:
      'You {alight} at {destination} with the cardboard bridge safe, and in the first light it looks strong enough to cross.',
    'missed-stop':
      'You never reach {destination}, and the cardboard bridge on your knees spans the whole of the night.',
  },
  'a night porter from the old hospital': {
    arrival:
      'You {alight} at {destination}, and the old hospital can do without its porter until tomorrow night.',
    'missed-stop':
      'You never reach {destination}, and the hours you would have spent wheeling other people somewhere are, for once, your own.',
  },
  'a chess player shaking off a lost game': {
    arrival:
      'You {alight} at {destination}, and the lost game, replayed once more in your head, ends in a draw.',
    'missed-stop':
      'You never reach {destination}, and find the move you missed in the game, too late for both, and laugh.',
  },
  'someone carrying a ring in a matchbox': {
    arrival:
      'You {alight} at {destination} with the ring safe in its matchbox; whatever it is for, it has come this far.',
    'missed-stop':
      'You never reach {destination}, and the ring stays in its matchbox a little longer, which is all right: some questions keep.',
  },
  'a pharmacist who closed the shop an hour late': {
    arrival:
      'You {alight} at {destination}, an hour late and unhurried, and nobody anywhere needs anything from you.',
    'missed-stop':
      'You never reach {destination}, and the hour you gave away at the shop comes back to you with interest.',
  },
  // ---- The hotel lift ---------------------------------------------------------------------
  'a guest who cannot remember checking in': {
    arrival:
      'You reach {destination}, and the register there has your name in your own hand, and you remember, at last, checking in.',
    'missed-stop':
      'You never reach {destination}, and the hotel keeps you, kindly, as it keeps everyone who cannot remember arriving.',
  },
  'the pianist from the hotel bar': {
    arrival:
      'You reach {destination}, and a piano is waiting there with its lid open, and you play the one song the night was humming.',
    'missed-stop':
      'You never reach {destination}, and far below, the bar piano waits with its lid open, keeping your place.',
  },
  'a housekeeper finishing the night round': {
    arrival:
      'You reach {destination} with the night round as finished as it will ever be, and a room, at last, that is yours.',
    'missed-stop':
      'You never reach {destination}, and the night round goes on without end, and you find you know every room by heart.',
  },
  'a travelling salesman with a case of clocks': {
    arrival:
      'You reach {destination}, and every clock in your case strikes at once, agreeing for the first time all night.',
    'missed-stop':
      'You never reach {destination}, and the clocks in your case tick out of step, each keeping a different night.',
  },
  'a bride who walked out of her own party': {
    arrival:
      'You reach {destination}, and the party you walked out of sounds, from here, like someone else’s, and that is fine.',
    'missed-stop':
      'You never reach {destination}, and the party goes on somewhere without you, and you find you have already decided what comes next.',
  },
  'a night auditor with columns that will not balance': {
    arrival:
      'You reach {destination}, and the columns balance at last, to the penny, as if they had only been waiting for you to arrive.',
    'missed-stop':
      'You never reach {destination}, and let the columns stay unbalanced; some nights do not add up, and need not.',
  },
  // ---- The night cab ----------------------------------------------------------------------
  'a chef going home with burns on both wrists': {
    arrival:
      'You get out at {destination} with your wrists cooled by the night, and for once you are hungry yourself.',
    'missed-stop':
      'You never reach {destination}, and somewhere a kitchen goes dark without you, and your hands can rest.',
  },
  'a paramedic going home out of uniform': {
    arrival:
      'You get out at {destination}, and for the first time tonight nobody needs you, and you let that be enough.',
    'missed-stop':
      'You never reach {destination}, and the night goes on without sirens, and someone else is on call.',
  },
  'someone who cannot really afford this fare': {
    arrival:
      'You get out at {destination} with the fare paid and a little left over, and it was worth it.',
    'missed-stop':
      'You never reach {destination}, and the meter stops counting, and the night, it turns out, was free.',
  },
  'a witness who has just given a statement': {
    arrival:
      'You get out at {destination}; the statement is theirs now, and what you saw can be set down with it.',
    'missed-stop':
      'You never reach {destination}, and what you saw goes on being true without you having to hold it.',
  },
  'a comedian going home after a bad set': {
    arrival:
      'You get out at {destination} with the dead joke fixed at last, and laugh at it, alone, on the pavement.',
    'missed-stop':
      'You never reach {destination}, and the bad set shrinks behind you into a good story for next time.',
  },
  'a locksmith called out to a stranger’s door': {
    arrival:
      'You get out at {destination}, and the stranger’s door opens at your first touch, as if it had been waiting.',
    'missed-stop':
      'You never reach {destination}, and somewhere a door you were called to opens by itself.',
  },
  // ---- The border crossing ----------------------------------------------------------------
  'a translator going home after twenty years': {
    arrival:
      'You cross into {destination}, and the first words you hear are in your mother tongue, and after twenty years you need no translation.',
    'missed-stop':
      'You never reach {destination}, and home, after twenty years, can wait one more night for you and the words that came back.',
  },
  'a student travelling to a funeral': {
    arrival:
      'You reach {destination} in time for the funeral, and find you have already said goodbye, somewhere in the night.',
    'missed-stop':
      'You never reach {destination}, and the funeral will be held without you; you said your goodbye tonight instead, and it was heard.',
  },
  'a geographer counting the milestones': {
    arrival:
      'You reach {destination}, and the milestones come out exactly right, and the last one has your initials on it.',
    'missed-stop':
      'You never reach {destination}, and lose count of the milestones, and the road goes on without numbers, which is a relief.',
  },
  'a lorry driver whose lorry was turned back': {
    arrival:
      'You cross into {destination} without the lorry, and for once the border lets you through without a single question.',
    'missed-stop':
      'You never reach {destination}, and like your lorry before you, you are turned back, and this time you laugh about it.',
  },
  'someone carrying ashes home in a biscuit tin': {
    arrival:
      'You reach {destination}, and at last the biscuit tin can be opened, and the wind there takes what it holds, gently, home.',
    'missed-stop':
      'You never reach {destination}, and hold the biscuit tin a little longer; the one you carry would have liked the long way round.',
  },
  'a violin teacher with papers that are almost right': {
    arrival:
      'You cross into {destination} on papers that are almost right, and the guard, humming, waves you through anyway.',
    'missed-stop':
      'You never reach {destination}, and your papers stay almost right, which tonight feels like exactly right enough.',
  },
  'a mourner on the way to a funeral': {
    arrival:
      'You {alight} at {destination} in good time, and find you can say a few words after all, and that they are enough.',
    'missed-stop':
      'You never reach {destination}, and somewhere the words are said without you, by someone who loved them too, and that is enough.',
  },
  'someone going home for Christmas': {
    arrival:
      'You step down at {destination} into the cold and the lights, and the door opens before you knock.',
    'missed-stop':
      'You never reach {destination} for Christmas, and somewhere a table is laid with a place for you, kept warm all the same.',
  },
  'someone going home after a breakup': {
    arrival:
      'You {alight} at {destination} lighter than you set out, into a life that is, for the first time in years, only yours.',
    'missed-stop':
      'You never reach {destination}, and find you do not mind: tonight you are learning to go on without knowing where to.',
  },
  'someone on the way to a wedding': {
    arrival:
      'You {alight} at {destination} in good time for everything that matters, and the night is already a story for the wedding breakfast.',
    'missed-stop':
      'You never reach {destination}, and somewhere glasses are raised without you, and a place is kept, and you will hear all about it.',
  },
  'someone on the way to get married': {
    arrival:
      'You {alight} at {destination} in good time to be married, and the night is already the first story of your married life.',
    'missed-stop':
      'The night keeps you from {destination} a little longer, and the one you are marrying waits, sure of you; the day will keep.',
  },
  'someone newly married, on the way home': {
    arrival:
      'You {alight} at {destination} married, which still sounds like someone else’s word, and the first night of it is nearly over.',
    'missed-stop':
      'You never reach {destination} tonight, and it hardly matters: wherever you wake up tomorrow, you will wake up married.',
  },
  'someone going home after a funeral': {
    arrival:
      'You {alight} at {destination} with the day behind you, and the grief walks home beside you, quieter now, like company.',
    'missed-stop':
      'You never reach {destination}, and somewhere in the dark the long day lets go of you all the same.',
  },
  'someone carrying a birthday cake on your knees': {
    arrival:
      'You {alight} at {destination} with the cake whole in its box, in time for the candles and the first slice.',
    'missed-stop':
      'You never reach {destination}, and the party waits for its cake; it keeps in its box, and so will the wish.',
  },
  'someone going home after a first date': {
    arrival:
      'You {alight} at {destination} with the whole evening going round in your head, and your phone lights up before you reach the door.',
    'missed-stop':
      'You never reach {destination}, and do not mind: the long way round is exactly long enough to think it all over.',
  },
  'someone on the way to a bedside on the ward': {
    arrival:
      'You {alight} at {destination} and go straight up to the ward, and the nurse at the desk says you are in time.',
    'missed-stop':
      'The night keeps you from {destination} a little longer, and you send your love on ahead, to be there first.',
  },
  'someone going home from visiting hours': {
    arrival:
      'You {alight} at {destination}, and your phone stays quiet all the way, which tonight is good news.',
    'missed-stop':
      'You never reach {destination}, but your phone stays quiet, and tonight quiet is all you ask.',
  },
  'someone starting a new job in the morning': {
    arrival:
      'You {alight} at {destination} with the morning still hours off, and for once it feels like a beginning.',
    'missed-stop':
      'You never reach {destination}, but the first day will come to find you anyway, and you will be ready.',
  },
  'someone on the way to an interview': {
    arrival:
      'You {alight} at {destination} with time to spare, and the answers you went over are ready when you need them.',
    'missed-stop':
      'You never reach {destination} tonight, and the morning will find you where you are; the answers you know by heart will keep.',
  },
  'someone moving to a new home': {
    arrival:
      'You {alight} at {destination} with everything you own, and the new front door opens the first time, as if it knew you.',
    'missed-stop':
      'You never reach {destination} tonight, and the bare new rooms wait; home, for one more night, is wherever this is going.',
  },
  'someone celebrating an anniversary': {
    arrival:
      'You {alight} at {destination} with the card in your pocket, and the years behind you feel like something built.',
    'missed-stop':
      'You never reach {destination} tonight, and the anniversary keeps without its evening; the years it counts are not going anywhere.',
  },
  'someone going home after a long shift': {
    arrival:
      'You {alight} at {destination} with the shift behind you at last, and the whole morning is yours to sleep through.',
    'missed-stop':
      'You never reach {destination}, and the shift lets go of you anyway, a little at a time, until you are only yourself again.',
  },
  'someone on the way to a reunion': {
    arrival:
      'You {alight} at {destination}, and someone you have not seen in years knows you at once, and the years fold away.',
    'missed-stop':
      'You never reach {destination}, and the reunion waits a little longer, as it has waited for years; it has learned how.',
  },
  'someone taking a poorly pet to the vet': {
    arrival:
      'You {alight} at {destination} with {pet} held close, and the vet has the light on, and the weight in your arms stirs.',
    'missed-stop':
      'You never reach {destination}, but a light is on in the first house you come to, and by morning {pet} is breathing easier.',
  },
  'someone on the way to meet a newborn': {
    arrival:
      'You {alight} at {destination}, and soon someone puts the small warm weight of the baby into your arms: worth every mile.',
    'missed-stop':
      'You never reach {destination} tonight, and the baby comes in its own time, unhurried; there is a whole life ahead for meeting.',
  },
  'someone going home after a gig, ears still ringing': {
    arrival:
      'You {alight} at {destination} with your ears ringing and the chorus still going round in your head.',
    'missed-stop':
      'You never reach {destination}, and do not care: the songs still play behind your eyes, and the night is not over yet.',
  },
  'someone going home after a night out with friends': {
    arrival:
      'You {alight} at {destination} with the night still ringing in your ears, and your own bed waiting at last.',
    'missed-stop':
      'You never reach {destination}, and the night out simply goes on a little longer, quieter now, and kinder for it.',
  },
  'someone carrying a letter to deliver by hand': {
    arrival:
      'You {alight} at {destination} with what you carry still safe, and the last short walk to the door is the easy part.',
    'missed-stop':
      'You never reach {destination}, and what you carry waits in your pocket one more night; it has waited longer.',
  },
  'someone going home with the results at last': {
    arrival:
      'You {alight} at {destination} with the results in your pocket, and whatever they say, tonight you got through them.',
    'missed-stop':
      'You never reach {destination}, and the results stay with you, lighter now than when you set out.',
  },
  'someone with a baby asleep in your arms': {
    arrival:
      'You {alight} at {destination} with the baby still asleep, and take them on home as if the whole night had been a lullaby.',
    'missed-stop':
      'You never reach {destination} tonight, and the baby sleeps through it, warm and untroubled; wherever you are is home enough for them.',
  },
  'someone with a dog asleep at your feet': {
    arrival:
      'You {alight} at {destination} with {pet} at your heel, and {petIt} shakes the whole night off, ears to tail.',
    'missed-stop':
      'You never reach {destination} tonight, and {pet} does not mind: wherever you are is exactly where {petIt} meant to be.',
  },
  'someone with a cat in a basket on your knees': {
    arrival:
      'You {alight} at {destination} with the basket level, and {pet} gives one offended cry, as near to thanks as {petIt} comes.',
    'missed-stop':
      'You never reach {destination} tonight, and {pet} sleeps through it, curled tight, as if {petIt} had known the night would keep you.',
  },
  // ---- Everyday reasons, at any place ---------------------------------------------------
  'someone travelling on business': {
    arrival:
      'You {alight} at {destination} with your bag on your shoulder, and the work phone, for once, quiet in your pocket.',
    'missed-stop':
      'You never reach {destination}, and for one night the work waits for you, as you have so often waited for it.',
  },
  'someone setting off on holiday': {
    arrival:
      'You {alight} at {destination} with the holiday all ahead of you, unopened, like a present kept for the right morning.',
    'missed-stop':
      'You never reach {destination} tonight, but the holiday has begun anyway: the ordinary days are behind you, and cannot follow.',
  },
  'someone on the way home from a holiday': {
    arrival:
      'You {alight} at {destination} with the holiday still on your skin, and your own bed waiting at the end of it.',
    'missed-stop':
      'You never reach {destination}, and the holiday stretches one night longer than it was meant to, which nobody will mind.',
  },
  'someone freshly engaged': {
    arrival:
      'You {alight} at {destination} engaged, and the word is still new, and the night was a good one to begin it in.',
    'missed-stop':
      'You never reach {destination} tonight, and do not mind: there is a whole life ahead for getting places.',
  },
  'someone on the way to a party, fashionably late': {
    arrival:
      'You {alight} at {destination} fashionably late, and the music reaches the street before you do, and someone shouts your name.',
    'missed-stop':
      'You never reach {destination}, and the party goes on without you; tomorrow someone will swear it was the best one yet.',
  },
  'someone who cannot find their keys': {
    arrival:
      'You {alight} at {destination}, and one way or another, the door you were dreading opens for you after all.',
    'missed-stop':
      'You never reach {destination}, and it hardly matters: wherever you end up tonight, the door is already open.',
  },
  'someone sure they are being followed': {
    arrival:
      'You {alight} at {destination} and look back once, and there is nobody there, and perhaps there never was.',
    'missed-stop':
      'You never reach {destination}, and whatever was following you seems to have lost interest, or lost its way.',
  },
  'someone on the way to a first date': {
    arrival:
      'You {alight} at {destination} with a few minutes to spare, and the nerves turn, at the last moment, into something like hope.',
    'missed-stop':
      'You never reach {destination}, but your message makes them laugh, and next time this will be the story.',
  },
  'someone sleep has given up on': {
    arrival:
      'You {alight} at {destination} still awake, and for once the thought of bed feels like good news.',
    'missed-stop':
      'You never reach {destination}, and sleep finds you at last somewhere along the way, as it does when nobody is watching.',
  },
  'someone having a hard night': {
    arrival:
      'You {alight} at {destination}, and the night was hard, and you got through it, which is not nothing.',
    'missed-stop':
      'You never reach {destination}, and the night goes on being hard, but more gently now, as if it had noticed you.',
  },
  'someone in high spirits tonight': {
    arrival:
      'You {alight} at {destination} in high spirits still, and the night, which was kind to you, lets you go gently.',
    'missed-stop':
      'You never reach {destination}, and it does not matter: a night in this mood was never going to end on time.',
  },
  'someone off on honeymoon': {
    arrival:
      'You {alight} at {destination} married, at the start of the first holiday of the rest of your lives.',
    'missed-stop':
      'You never reach {destination} tonight, and it hardly matters: the honeymoon began the moment you left.',
  },
};
