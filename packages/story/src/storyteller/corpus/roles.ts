/**
 * Questions written for each companion role, keyed by the role's exact words (see
 * `COMPANION_ROLES`): {companion} is always the companion with that role. A world has two or three of
 * the roles, so these are what make one night's companions unlike another's.
 */
import type { RoleCorpus } from './types';

export const ROLE_CORPUS: RoleCorpus = {
  'a conductor off duty, still in uniform': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether conductors ever get to be passengers?',
      yes: '{companion.name} laughs and says this is the first time in thirty years, and {companion.they} can hardly tell where to sit. | | you asked {companion.name} what it is like to be a passenger',
      no: 'You leave {companion.them} be, and {companion.name} keeps checking the time out of long habit. | | you let {companion.name} keep checking the time',
    },
    {
      hold: 'no',
      // A boarding pass is scanned, not punched.
      needs: '!setting:airport-gate',
      ask: 'Will you let {companion.name} punch your ticket, just to hear the old click?',
      yes: '{companion.name} punches a tiny crescent moon in it with great ceremony and hands it back. | | you let {companion.name} punch your ticket with a moon',
      no: 'You keep your ticket, and {companion.name} mimes the punch in the air, smiling. | | you kept your ticket from {companion.name}’s punch',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} which stop {companion.they} always liked best on the old routes?',
      yes: '{companion.name} names a halt by a river where nobody ever got on or off, and smiles. | | you asked {companion.name} about the old routes',
      no: 'You leave {companion.name} to {companion.their} memories, and {companion.they} hum{companion.s} the names of old stops under {companion.their} breath. | | you left {companion.name} to {companion.their} memories',
    },
    {
      hold: 'yes',
      // A plane in the air has no next stop.
      needs: '!setting:airport-gate',
      ask: 'Will you ask {companion.name} to call out the next stop, as {companion.they} must have a thousand times?',
      yes: '{companion.name} straightens, clears {companion.their} throat, and announces it so beautifully that a stranger applauds. | | you asked {companion.name} to call the stop',
      no: 'You let it be, and {companion.name} mouths the name of the stop anyway, from habit. | | you did not ask {companion.name} to call the stop',
    },
    {
      hold: 'no',
      ask: '{companion.name} has taken off the uniform cap and is turning it over and over; will you ask why?',
      yes: '{companion.name} says it is {companion.their} last night in it, and nobody at the depot thought to say goodbye. | | you asked {companion.name} about the cap',
      no: 'You say nothing, and after a while {companion.name} puts the cap back on, straight, as if for inspection. | | you let {companion.name} turn the cap in silence',
    },
  ],
  'a knitter working on something far too long': [
    {
      hold: 'yes',
      ask: 'Do you hold the end of {companion.name}’s knitting so it does not trail on the floor?',
      yes: 'It is warm and heavy, and {companion.name} says it will be long enough when you arrive. | +held-knitting | you held the end of {companion.name}’s knitting',
      no: 'You let it trail, and it gathers dust and one small, bright button. | | you let {companion.name}’s knitting trail',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} who all that knitting is for?',
      yes: '{companion.name} says it is for whoever needs it at the end, and counts the stitches under {companion.their} breath. | | you asked {companion.name} who the knitting was for',
      no: 'You watch the needles instead, and their clicking settles into the rhythm of the night. | | you only watched {companion.name} knit',
    },
    {
      hold: 'yes',
      ask: 'Do you offer to wind {companion.name}’s loose wool into a ball?',
      yes: 'You wind together in silence, and the ball grows round and warm in your hands. | | you wound {companion.name}’s wool',
      no: 'You let the wool lie, and it wanders off across the floor like a slow red thought. | | you let {companion.name}’s wool wander',
    },
    {
      hold: 'yes',
      ask: '{companion.name} has dropped a stitch and cannot find it in this light; will you help look?',
      yes: 'You find it together, a small runaway loop, and {companion.name} catches it as if saving a life. | | you helped {companion.name} find the dropped stitch',
      no: 'You leave it, and {companion.name} knits on around the hole, saying every long thing has one. | | you let {companion.name} knit around the dropped stitch',
    },
    {
      hold: 'no',
      ask: 'Will you try a row of the knitting yourself, while {companion.name} rests {companion.their} hands?',
      yes: 'Your row is lumpy and too tight, and {companion.name} says it is the best part of the whole thing. | | you knitted a row for {companion.name}',
      no: 'You say you would only spoil it, and {companion.name} knits on, needles ticking like a patient clock. | | you left the knitting to {companion.name}',
    },
  ],
  'a child carrying a goldfish in a bag': [
    {
      hold: 'yes',
      ask: 'Do you hold the goldfish bag up to the light with {companion.name}?',
      yes: 'The goldfish turns a slow circle, and {companion.name} decides to name it after you. | | you helped {companion.name} look at the goldfish',
      no: 'You leave the bag be, and the goldfish watches you through the plastic with one round eye. | | you left {companion.name}’s goldfish alone',
    },
    {
      hold: 'yes',
      ask: 'Will you ask {companion.name} where {companion.they} won the goldfish?',
      yes: '{companion.name} says at a fair that closed years ago, and that the fish is much older than it looks. | | you asked {companion.name} about the goldfish',
      no: 'You do not ask, and {companion.name} whispers something to the fish that makes it swim faster. | | you let the goldfish be a mystery',
    },
    {
      hold: 'no',
      ask: 'Will you teach {companion.name} to whistle, if {companion.they} would like to learn?',
      yes: 'After three tries a thin whistle comes, and the goldfish seems to swim faster for it. | | you taught {companion.name} to whistle',
      no: 'You say another time, and {companion.name} practises alone, mostly spitting, very content. | | you left {companion.name} to practise whistling',
    },
    {
      hold: 'yes',
      ask: 'The water in {companion.name}’s bag has gone cold; will you hold it inside your coat for a while?',
      yes: 'The bag sits warm against your ribs, and the goldfish goes still and content. | | you warmed {companion.name}’s goldfish inside your coat',
      no: 'You shake your head, and {companion.name} breathes on the bag instead, very seriously. | | you let {companion.name} warm the goldfish alone',
    },
    {
      hold: 'no',
      ask: '{companion.name} asks whether goldfish dream; do you say they do?',
      yes: 'You say they dream of oceans, and {companion.name} tells the fish so, and it seems pleased. | | you told {companion.name} that goldfish dream',
      no: 'You say you do not know, and {companion.name} decides that is the most honest answer yet. | | you told {companion.name} you did not know if goldfish dream',
    },
  ],
  'an old sailor who talks to the windows': [
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} what the windows say back?',
      yes: '{companion.name} says they talk mostly of weather, and once, long ago, of you. | | you asked {companion.name} what the windows say',
      no: 'You let {companion.name} talk on, and the glass mists and clears in time with {companion.their} words. | | you let {companion.name} talk to the windows',
    },
    {
      hold: 'yes',
      ask: 'Will you let {companion.name} teach you a knot that can never slip?',
      yes: 'You learn it with a bit of string, and {companion.name} says you will need it before morning. | +knot | you learned {companion.name}’s sailor’s knot',
      no: 'You decline, and {companion.name} ties the knot anyway, in the air, and pulls it tight. | | you declined {companion.name}’s knot',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} what weather is coming?',
      yes: '{companion.name} sniffs the air and says fair by morning, and you find you believe {companion.them} completely. | | you asked {companion.name} about the weather',
      no: 'You do not ask, and {companion.name} tells the window anyway, in a low, fond mutter. | | you did not ask {companion.name} about the weather',
    },
    {
      hold: 'no',
      ask: '{companion.name} hums a sea shanty very low, one verse over and over; do you join in?',
      yes: 'You join the chorus, badly, and {companion.name} grins and adds a verse about you. | | you sang the shanty with {companion.name}',
      no: 'You let {companion.name} sing alone, and the one verse goes round and round like a tide. | | you let {companion.name} sing alone',
    },
    {
      hold: 'yes',
      // Not where the sea is plain to see.
      needs: '!setting:ferry-terminal',
      ask: 'Will you ask {companion.name} which way the sea is from here?',
      yes: '{companion.name} points without hesitating, and you feel the pull of it, far off and patient. | | you asked {companion.name} where the sea was',
      no: 'You do not ask, and {companion.name} turns that way anyway, like a needle finding north. | | you did not ask {companion.name} about the sea',
    },
  ],
  'a nurse still in scrubs': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} how the night shift went?',
      yes: '{companion.name} says a baby was born and an old man went home, and both were a kind of arrival. | | you asked {companion.name} about the night shift',
      no: 'You let {companion.name} rest, and {companion.their} eyes close for a moment, the first rest in sixteen hours. | | you let {companion.name} rest after the shift',
    },
    {
      hold: 'yes',
      ask: '{companion.name} has noticed the way you keep rubbing your wrist; will you let {companion.them} look at it?',
      yes: '{companion.name} turns it in the light and says it is nothing, and somehow that makes it nothing. | | you let {companion.name} look at your wrist',
      no: 'You tuck the hand away, and {companion.name} notices anyway, the way nurses do. | | you hid your sore wrist from {companion.name}',
    },
    {
      hold: 'no',
      ask: 'Will you offer {companion.name} half of the sandwich in your coat pocket, since {companion.they} missed {companion.their} break?',
      yes: '{companion.name} eats it in two bites and says you have saved a life tonight, possibly {companion.theirs}. | | you gave {companion.name} your sandwich',
      no: 'You keep it, and {companion.name} finds a squashed biscuit in a pocket and eats that with dignity. | | you kept your sandwich',
    },
    {
      hold: 'yes',
      ask: '{companion.name} has fallen asleep sitting up; will you keep still so as not to wake {companion.them}?',
      yes: 'You keep very still, and {companion.name} sleeps like someone who has earned it twice over. | | you kept still while {companion.name} slept',
      no: 'You shift, and {companion.name} wakes at once, ready for an emergency that is not there. | | you woke {companion.name} by accident',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} what {companion.they} will do first when {companion.they} get{companion.s} home?',
      yes: 'Shoes off, {companion.name} says, then a little crying, then toast, in that order. | | you asked {companion.name} about getting home',
      no: 'You do not ask, and {companion.name} smiles as if already halfway there. | | you left {companion.name} to think of home',
    },
  ],
  'a guest in a crumpled wedding suit': [
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} whose wedding it was?',
      yes: '{companion.name} says it was meant to be {companion.their} own, and then smiles, quite peacefully. | | you asked {companion.name} whose wedding it was',
      no: 'You do not ask, and {companion.name} straightens a buttonhole flower that has long since wilted. | | you did not ask about the wedding',
    },
    {
      hold: 'yes',
      // Favours, not cake: cake comes after the vows, which this guest may have walked out before.
      ask: 'Will you take one of the sugared almonds from the little wedding favour {companion.name} unties?',
      yes: 'It is hard and sweet, and {companion.name} says that means you will dream of your true love. | | you shared {companion.name}’s sugared almonds',
      no: 'You decline, and {companion.name} eats them {companion.themself}, thoughtfully, one by one. | | you declined {companion.name}’s sugared almonds',
    },
    {
      hold: 'yes',
      ask: 'Do you help {companion.name} pin back the wilted flower slipping from {companion.their} lapel?',
      yes: 'The flower perks up a little once it is straight, or seems to, and {companion.name} thanks you formally. | | you pinned {companion.name}’s flower',
      no: 'You leave it crooked, and {companion.name} says it suits the night better that way. | | you left {companion.name}’s flower crooked',
    },
    {
      hold: 'yes',
      ask: '{companion.name} is practising a speech under {companion.their} breath; will you listen to it?',
      yes: 'It is short and very kind, and ends with a joke that nearly works. | | you listened to {companion.name}’s speech',
      no: 'You let {companion.name} practise alone, and the speech gets shorter each time, and kinder. | | you let {companion.name} practise the speech alone',
    },
    {
      hold: 'no',
      ask: 'Will you straighten {companion.name}’s crooked tie before the night is over?',
      yes: 'You straighten it, and {companion.name} stands a little taller, as if expected somewhere after all. | | you straightened {companion.name}’s tie',
      no: 'You leave it crooked, and {companion.name} says it suits the evening better that way. | | you left {companion.name}’s tie crooked',
    },
  ],
  // Once the book is closed (told the homework can wait), nobody is asked about it again.
  'a teenager doing homework by torchlight': [
    {
      hold: 'yes',
      needs: '!homework-put-away',
      ask: 'Will you help {companion.name} with the last question of the homework?',
      yes: 'It is about the distance between two stations, and the answer turns out to be tonight. | | you helped {companion.name} with the homework',
      no: 'You leave {companion.name} to it, and the torchlight narrows in fierce concentration. | | you left {companion.name} to the homework',
    },
    {
      hold: 'no',
      needs: '!homework-put-away',
      ask: 'Do you ask {companion.name} why {companion.they} {companion.are} doing homework at this hour?',
      yes: '{companion.name} shrugs and says it is due when you arrive, and you should not ask where. | | you asked {companion.name} about the midnight homework',
      no: 'You let it be, and {companion.name} hums while writing, the tune of a school song. | | you let {companion.name} work in peace',
    },
    {
      hold: 'yes',
      needs: '!homework-put-away',
      ask: 'Will you hold the torch steady while {companion.name} works through a sum?',
      yes: 'You hold it steady, and {companion.name} gets the sum right and punches the air, very quietly. | | you held the torch for {companion.name}',
      no: 'You let {companion.name} manage, and the torch wobbles, and the sum comes out wonderfully wrong. | | you let {companion.name} hold {companion.their} own torch',
    },
    {
      hold: 'yes',
      needs: '!homework-put-away',
      ask: '{companion.name} has an exam tomorrow; will you test {companion.them} on capital cities?',
      yes: '{companion.name} gets every one right, then names a capital you have never heard of and swears it is real. | | you tested {companion.name} on capital cities',
      no: 'You say you were never good at capitals, and {companion.name} revises alone, whispering answers to the window. | | you left {companion.name} to revise alone',
    },
    {
      hold: 'yes',
      needs: '!homework-put-away',
      ask: 'The torch is fading; will you move closer so {companion.name} can work by the light above you?',
      yes: 'You shift along, and {companion.name} works on in your light, murmuring answers. | | you shared the light with {companion.name}',
      no: 'You stay put, and {companion.name} shakes the torch until it glows again, stubbornly. | | you let {companion.name} shake the torch back to life',
    },
    {
      hold: 'no',
      ask: 'Will you tell {companion.name} the homework matters less than {companion.they} think{companion.s}?',
      yes: '{companion.name} looks at you for a long moment, then closes the book, and breathes out. | +homework-put-away | you told {companion.name} the homework could wait',
      no: 'You say nothing, and {companion.name} underlines an answer twice, hard, as if that settles it. | | you let {companion.name} go on with the homework',
    },
  ],
  'a retired magician': [
    {
      hold: 'no',
      ask: 'Will you pick a card, any card, from the worn pack {companion.name} fans out?',
      yes: 'You pick the queen of hearts, and {companion.name} finds its twin in your coat pocket. | | you picked a card for {companion.name}',
      no: 'You decline, and {companion.name} shuffles the pack back into a plain, ordinary deck. | | you would not pick a card',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} for the one trick {companion.they} never performed on stage?',
      yes: '{companion.name} makes the night outside stop for one breath, then says that was all there was to it. | | you asked {companion.name} for the secret trick',
      no: 'You let {companion.name} keep it, and {companion.they} seem{companion.s} grateful, like someone allowed a last secret. | | you let {companion.name} keep {companion.their} secret trick',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} about the best audience {companion.they} ever had?',
      yes: 'A single child in a hospital bed, {companion.name} says, who did not blink once. | | you asked {companion.name} about the best audience',
      no: 'You do not ask, and {companion.name} pulls a paper flower from the air and gives it to no one. | | you did not ask {companion.name} about audiences',
    },
    {
      hold: 'yes',
      ask: '{companion.name} asks you to name anything at all, and promises to make it vanish; do you?',
      yes: 'You name the dark, and {companion.name} snaps {companion.their} fingers, and for a moment it is gone. | | you asked {companion.name} to make the dark vanish',
      no: 'You decline, and {companion.name} makes {companion.their} own shadow vanish instead, which is worse. | | you gave {companion.name} nothing to vanish',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} how the old trick of sawing a lady in half was done?',
      yes: '{companion.name} leans close and says the secret is that she was always two people, and winks. | | you asked {companion.name} for an old secret',
      no: 'You let it stay a wonder, and {companion.name} looks at you as if you were the best audience yet. | | you let {companion.name}’s old trick stay a wonder',
    },
  ],
  'a night watchman off duty': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} what {companion.they} watch{companion.es} over, on the nights {companion.they} work{companion.s}?',
      yes: '{companion.name} says an empty factory, twenty years now, and it is the best company {companion.they} {companion.have} ever kept. | | you asked {companion.name} about the night watch',
      no: 'You do not ask, and {companion.name} keeps glancing at the dark corners out of old habit. | | you did not ask {companion.name} about the night watch',
    },
    {
      hold: 'yes',
      ask: 'Will you let {companion.name} keep watch while you rest your eyes?',
      yes: 'You rest, and when you open your eyes {companion.name} is still watching, steady as a lamp. | | you rested while {companion.name} kept watch',
      no: 'You stay awake, and the two of you watch the night together, saying nothing. | | you kept watch with {companion.name}',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} what the strangest thing {companion.they} ever saw on a night watch was?',
      yes: '{companion.name} thinks, and says a fox sitting in a lit office, reading the notices. | | you asked {companion.name} about the strangest night',
      no: 'You leave it, and {companion.name} keeps the strange things where night watchmen keep them. | | you left {companion.name} {companion.their} strange things',
    },
    {
      hold: 'yes',
      ask: '{companion.name} gets up to check a sound nobody else heard; will you go and look with {companion.them}?',
      yes: 'It is nothing, a loose fitting tapping, and {companion.name} wedges it quiet with folded paper. | | you went to look with {companion.name}',
      no: 'You stay put, and {companion.name} comes back shrugging, and sits a little nearer you. | | you let {companion.name} check the sound alone',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} whether {companion.they} can sleep at night, even on a night off?',
      yes: '{companion.name} says never, and that the dark is better company than people think. | | you asked {companion.name} about sleeping at night',
      no: 'You leave it, and {companion.name} yawns enormously, and pretends not to have. | | you did not ask {companion.name} about sleep',
    },
  ],
  'a fortune teller going home': [
    {
      hold: 'no',
      ask: 'Will you let {companion.name} tell your fortune with a worn pack of cards?',
      yes: '{companion.name} turns over the same card three times running and will not say what it means. | | you let {companion.name} tell your fortune',
      no: 'You decline, and {companion.name} shuffles the cards back into a plain, ordinary pack. | | you declined {companion.name}’s fortune',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether fortune tellers can see their own futures?',
      yes: '{companion.name} says no, which is why {companion.they} still go{companion.es} home the long way like anybody else. | | you asked {companion.name} about fortune tellers’ futures',
      no: 'You do not ask, and {companion.name} looks at the dark outside as if reading it. | | you left {companion.name} to read the dark',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether {companion.they} ever get{companion.s} a night off from other people’s futures?',
      yes: '{companion.name} laughs and says tonight is one, and that your future is your own business. | | you asked {companion.name} about nights off',
      no: 'You do not ask, and {companion.name} pointedly looks at nobody’s palm for the rest of the night. | | you left {companion.name} off duty',
    },
    {
      hold: 'no',
      ask: 'Will you let {companion.name} read your palm, here in the half-light?',
      yes: '{companion.name} traces one line for a long time and says it is the line for journeys, and it is long. | | you let {companion.name} read your palm',
      no: 'You keep your hands to yourself, and {companion.name} nods as if that, too, were an answer. | | you kept your palm from {companion.name}',
    },
    {
      hold: 'yes',
      ask: '{companion.name} shuffles {companion.their} deck and stops, troubled; will you ask what {companion.they} saw?',
      yes: '{companion.name} says only that your night ends better than it started, and that this is rare. | | you asked what {companion.name} saw in the deck',
      no: 'You do not ask, and {companion.name} puts the deck away with a face that gives nothing. | | you did not ask what {companion.name} saw',
    },
    {
      hold: 'no',
      ask: 'Will you tell {companion.name}’s fortune, for a change, since nobody ever does?',
      yes: 'You predict a warm kitchen and a long sleep, and {companion.name} laughs and says you have the gift. | | you told {companion.name}’s fortune',
      no: 'You say you would not know how, and {companion.name} says nobody does, at first. | | you would not tell {companion.name}’s fortune',
    },
  ],
  'a tired busker with a guitar': [
    {
      hold: 'yes',
      ask: 'Will you ask {companion.name} to play something soft for the road?',
      yes: '{companion.name} plays a slow song, and somewhere out of sight someone hums along. | | you asked {companion.name} to play',
      no: 'You let {companion.name} rest the guitar, and {companion.their} fingers play the song on the case instead. | | you let {companion.name} rest the guitar',
    },
    {
      hold: 'yes',
      ask: 'Do you drop something into {companion.name}’s open guitar case, out of habit and kindness?',
      yes: '{companion.name} bows as if at the end of a concert, and plays you one chord, bright as a lamp. | | you paid {companion.name} for a song',
      no: 'You keep your hands to yourself, and {companion.name} snaps the case shut without complaint. | | you gave {companion.name} nothing',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} to teach you the three chords every song needs?',
      yes: '{companion.name} shows you, and your fingers ache, and one chord comes out almost right. | | you learned a chord from {companion.name}',
      // Not "you have no ear": the reader may be the musician with the empty cello case.
      no: 'You say another time, and {companion.name} says the three chords will keep, as they always have. | | you declined {companion.name}’s chords',
    },
    {
      hold: 'yes',
      ask: '{companion.name} has written a new verse about tonight; will you let {companion.them} sing it to you?',
      yes: 'It is about a stranger who listened, and halfway through you realise that it is about you. | | you let {companion.name} sing the new verse',
      no: 'You ask {companion.them} to save it, and {companion.name} folds the words away into a pocket. | | you asked {companion.name} to save the new verse',
    },
    {
      hold: 'no',
      ask: 'A string on {companion.name}’s guitar has snapped; will you help tie it back?',
      yes: 'You hold the ends while {companion.name} knots them, and the string sings a little flat, and true. | | you helped {companion.name} mend the string',
      no: 'You leave it, and {companion.name} plays on with five strings, and nobody could tell. | | you let {companion.name} play on five strings',
    },
  ],
  'a traveller with a birdcage under a cloth': [
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} what the covered birdcage holds?',
      yes: '{companion.name} lifts a corner, and inside is a bird made of folded newspaper, breathing. | | you asked what was in {companion.name}’s birdcage',
      no: 'You do not ask, and from under the cloth comes one soft, sleepy chirp. | | you left the birdcage covered',
    },
    {
      hold: 'yes',
      ask: 'Do you offer {companion.name} a crumb for whatever is in the birdcage?',
      yes: 'The crumb disappears under the cloth with a tiny sound of thanks. | | you fed {companion.name}’s hidden bird',
      no: 'You keep it, and the cage rocks gently, offended. | | you offered the hidden bird nothing',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} where {companion.they} {companion.are} taking the birdcage?',
      yes: 'Somewhere it can be opened, {companion.name} says, which is not as easy to find as you would think. | | you asked where the birdcage was going',
      no: 'You do not ask, and the cloth stirs, as if whatever is inside had wanted you to. | | you did not ask about the birdcage',
    },
    {
      hold: 'yes',
      ask: 'Something under the cloth is singing now, very softly; will you ask {companion.name} to let the song out?',
      yes: '{companion.name} lifts the cloth a little, and the song comes out alone, and stays in the air. | | you asked {companion.name} to let the song out',
      no: 'You let it sing in the dark, and {companion.name} nods, as if that is the kinder way. | | you let the birdcage sing under its cloth',
    },
    {
      hold: 'no',
      needs: '!baby',
      ask: 'Will you carry the birdcage for a while, since {companion.name}’s arms are tired?',
      yes: 'It weighs almost nothing, and something inside shifts to keep you company. | | you carried {companion.name}’s birdcage',
      no: 'You keep your hands free, and {companion.name} moves the cage to the other arm without complaint. | | you let {companion.name} carry the birdcage',
    },
  ],
  'a priest without a collar': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} what happened to {companion.their} collar?',
      yes: '{companion.name} says {companion.they} gave it to someone who needed it more, and smiles as if that settled it. | +asked-collar | you asked {companion.name} about the missing collar',
      no: 'You do not ask, and {companion.name} sits very upright, as if the collar were still there. | | you did not ask about the collar',
    },
    {
      hold: 'no',
      ask: '{companion.name} offers to bless your journey all the same; do you accept?',
      yes: '{companion.name} blesses it briefly and plainly, and you feel a little more expected somewhere. | | you let {companion.name} bless your journey',
      no: 'You decline, and {companion.name} nods and blesses the {vessel} instead, under {companion.their} breath. | | you declined {companion.name}’s blessing',
    },
    {
      hold: 'no',
      ask: 'Will you tell {companion.name} a sin of yours, a small one, to pass the time?',
      yes: 'You confess to stealing a library book in 1998, and {companion.name} absolves you, delighted. | | you confessed a small sin to {companion.name}',
      no: 'You keep your sins, and {companion.name} says that is allowed, most people do. | | you kept your sins from {companion.name}',
    },
    {
      hold: 'yes',
      ask: '{companion.name} asks whether you believe in anything at all, tonight; do you say yes?',
      yes: 'You say yes, and {companion.name} does not ask what, which you are grateful for. | | you told {companion.name} you believed in something',
      no: 'You say no, and {companion.name} says that is a kind of honesty, and honesty counts. | | you told {companion.name} you believed in nothing',
    },
    {
      hold: 'no',
      ask: 'Will you fold {companion.name} a paper collar from the back of a timetable?',
      yes: 'It is crooked and soft, and {companion.name} wears it with real dignity. | +paper-collar | you folded {companion.name} a paper collar',
      no: 'You leave {companion.name} collarless, and {companion.they} seem{companion.s} lighter for it. | | you left {companion.name} without a collar',
    },
  ],
  'a twin whose sibling is not here': [
    {
      hold: 'yes',
      // Not once the reader has heard how the twin is tonight.
      needs: '!twin-felt',
      ask: 'Do you ask {companion.name} where {companion.their} twin is tonight?',
      yes: '{companion.name} says the twin is on this journey too, somewhere else, and that they always wave at the same moment. | | you asked {companion.name} about the missing twin',
      no: 'You do not ask, and {companion.name} glances at the window, as if someone far off had called. | | you did not ask about the twin',
    },
    {
      hold: 'no',
      ask: 'When {companion.name} waves at the dark, will you wave too?',
      yes: 'You wave, and far off a light blinks twice, as if answering both of you. | | you waved with {companion.name} to the twin',
      no: 'You keep your hands still, and {companion.name} waves for both of you. | | you let {companion.name} wave alone',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether {companion.they} can feel, right now, what the twin is feeling?',
      yes: '{companion.name} closes {companion.their} eyes and says the twin is warm, and laughing, and a little late. | +twin-felt | you asked {companion.name} about the twin’s feelings',
      no: 'You do not ask, and {companion.name} smiles at something far away, as if it had been answered. | | you did not ask about the twin',
    },
    {
      hold: 'yes',
      needs: '!sorrow',
      ask: '{companion.name} laughs suddenly and says the twin has just heard a joke; will you ask what it was?',
      yes: '{companion.name} tells it, and it is terrible, and you both laugh anyway, twice as hard. | | you asked {companion.name} for the twin’s joke',
      no: 'You let the joke stay far away, and {companion.name} smiles at it alone. | | you let the twin’s joke stay far away',
    },
    {
      hold: 'no',
      ask: '{companion.name} says a message to the twin always arrives; will you send one?',
      yes: '{companion.name} closes {companion.their} eyes, and a moment later says the twin says hello back. | | you sent a message to {companion.name}’s twin',
      no: 'You say you would not know what to say, and {companion.name} says the twin says the same. | | you sent the twin nothing',
    },
  ],
  'a cartographer with inky fingers': [
    {
      hold: 'yes',
      ask: 'Will you ask {companion.name} to draw you a map of tonight?',
      yes: '{companion.name} draws it on a napkin, and you are on it, a small dot marked here. | | you asked {companion.name} to map the night',
      no: 'You do not ask, and {companion.name} draws it anyway, and keeps it. | | you did not ask {companion.name} for a map of tonight',
    },
    {
      hold: 'no',
      ask: 'When {companion.name} unrolls a map still wet with ink, do you point out that one of its roads does not exist?',
      yes: '{companion.name} says not yet, and blows on the ink to dry it. | | you told {companion.name} the road did not exist',
      no: 'You say nothing, and by the time the ink is dry the road seems always to have been there. | | you let {companion.name} draw the new road',
    },
    {
      hold: 'yes',
      ask: '{companion.name} offers to add your house to one of {companion.their} maps; will you let {companion.them}?',
      yes: '{companion.name} draws it small and careful, with a lit window, and writes home beside it. | | you let {companion.name} put your house on a map',
      no: 'You say it should stay off the maps, and {companion.name} respects that entirely. | | you kept your house off {companion.name}’s maps',
    },
    {
      hold: 'yes',
      ask: 'Will you tell {companion.name} the street you grew up on, so {companion.they} can find it?',
      yes: '{companion.name} finds it on a map from memory, and marks your house with a tiny star. | | you told {companion.name} the street you grew up on',
      no: 'You keep it to yourself, and {companion.name} folds down a blank corner of the map, as if saving room. | | you kept your street from {companion.name}',
    },
    {
      hold: 'yes',
      ask: '{companion.name} wants to mark this very spot on {companion.their} chart; will you tell {companion.them} what to call it?',
      yes: 'You give it your own name, and {companion.name} inks it in carefully, very small. | | you named this spot for {companion.name}',
      no: 'You shrug, and {companion.name} writes Here, which is true, and enough. | | you left {companion.name} to name the spot',
    },
    {
      hold: 'no',
      ask: '{companion.name}’s inky fingers have left a mark on your sleeve; will you let {companion.them} try to clean it?',
      yes: '{companion.name} scrubs at it, and the ink only spreads, into something very like a coastline. | | you let {companion.name} clean the ink from your sleeve',
      no: 'You keep the mark, and it dries on your sleeve in the shape of a small island. | | you kept the ink {companion.name} left on your sleeve',
    },
  ],
  'a translator muttering in three languages': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} to translate what the announcements are really saying?',
      yes: '{companion.name} listens and says they are apologising, in every language, for something that has not happened yet. | | you asked {companion.name} to translate the announcements',
      no: 'You let the announcements be, and {companion.name} answers them under {companion.their} breath. | | you let {companion.name} answer the announcements',
    },
    {
      hold: 'no',
      ask: 'Will you teach {companion.name} a word from your own language in exchange for one of {companion.theirs}?',
      yes: 'You trade words, and {companion.name}’s means the feeling of arriving somewhere you have been before. | | you traded words with {companion.name}',
      no: 'You keep your words, and {companion.name} goes back to muttering, fondly, in three others. | | you kept your words from {companion.name}',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} which of {companion.their} three languages {companion.they} dream{companion.s} in?',
      yes: '{companion.name} says a fourth one, that nobody speaks, and that it is very restful. | | you asked {companion.name} about dreaming',
      no: 'You do not ask, and {companion.name} goes back to murmuring, in all three at once. | | you did not ask {companion.name} about dreaming',
    },
    {
      hold: 'yes',
      ask: '{companion.name} says one of {companion.their} languages has a word for exactly this night; will you ask what it is?',
      yes: '{companion.name} says it, softly, and it sounds like a warm room with the lamp just lit. | | you asked {companion.name} for the word for tonight',
      no: 'You let the word stay untranslated, and {companion.name} says the best ones usually do. | | you left {companion.name}’s word untranslated',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} which language {companion.they} would choose to say goodbye in?',
      yes: 'The one nobody else speaks, {companion.name} says, so that the goodbye stays whole. | | you asked {companion.name} about the language for goodbyes',
      no: 'You do not ask, and {companion.name} murmurs something in all three, just in case. | | you did not ask {companion.name} about goodbyes',
    },
  ],
  'a child who talks like an old clerk': [
    {
      hold: 'yes',
      // Papers are carried where they are asked for: not in a cab or a lift.
      needs: '!setting:night-cab !setting:hotel-lift',
      ask: 'Will you let {companion.name} check your papers, since {companion.they} insist{companion.s}?',
      yes: '{companion.name} examines them gravely, declares them in order, and stamps them with a thumb. | | you let {companion.name} check your papers',
      no: 'You refuse, and {companion.name} notes your refusal in a tiny ledger with great disapproval. | | you refused {companion.name}’s inspection',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} how old {companion.they} really {companion.are}?',
      yes: '{companion.name} says seven, and also a hundred and four, and that both are on file. | | you asked {companion.name}’s real age',
      no: 'You do not ask, and {companion.name} approves of your discretion in a dry, formal voice. | | you did not ask {companion.name}’s age',
    },
    {
      hold: 'yes',
      ask: 'Will you sign {companion.name}’s visitors’ book, since {companion.they} insist{companion.s} it is the regulation?',
      yes: 'You sign, and {companion.name} blots it carefully and says your signature is admirably legible. | | you signed {companion.name}’s book',
      no: 'You decline, and {companion.name} notes the refusal in triplicate, with evident satisfaction. | | you refused to sign {companion.name}’s book',
    },
    {
      hold: 'yes',
      ask: '{companion.name} informs you that your conduct tonight has been noted; will you ask for a copy of the file?',
      yes: '{companion.name} produces it at once: a single page that says, in neat capitals, satisfactory. | | you asked {companion.name} for your file',
      no: 'You decline, and {companion.name} initials something with the air of a clerk closing a case. | | you let {companion.name} keep your file',
    },
    {
      hold: 'no',
      ask: 'Will you offer {companion.name} a sweet, though it is strictly against regulations?',
      yes: '{companion.name} accepts it, checks that nobody is looking, and is for a moment simply a child. | | you gave {companion.name} a sweet against regulations',
      no: 'You keep to the regulations, and {companion.name} nods approvingly, and looks a little disappointed. | | you kept to {companion.name}’s regulations',
    },
  ],
  'a porter with an empty trolley': [
    {
      hold: 'yes',
      ask: 'Will you let {companion.name} carry your bag on the empty trolley?',
      yes: '{companion.name} loads it with care, as if it held something precious, and perhaps it does. | | you let {companion.name} carry your bag',
      no: 'You keep your bag, and {companion.name} pushes the empty trolley beside you anyway, for company. | | you carried your own bag',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} what the trolley usually carries?',
      yes: '{companion.name} says luggage mostly, and once a whole piano, and once a sleeping child. | | you asked {companion.name} what the trolley carries',
      no: 'You do not ask, and the trolley’s wheels squeak a little song of their own. | | you did not ask about the trolley',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} what the heaviest thing {companion.they} ever carried was?',
      yes: 'A wardrobe with a family’s whole life inside it, {companion.name} says, and a grief nobody mentioned. | | you asked {companion.name} about the heaviest load',
      no: 'You do not ask, and {companion.name} leans on the empty trolley, grateful for its lightness. | | you did not ask {companion.name} about the heaviest load',
    },
    {
      hold: 'yes',
      ask: '{companion.name} offers you a ride on the empty trolley, just a little way; do you accept?',
      yes: 'You perch on it, and {companion.name} wheels you along gravely, like the most precious luggage. | | you rode on {companion.name}’s trolley',
      no: 'You decline with thanks, and {companion.name} wheels the empty trolley round in one slow circle anyway. | | you would not ride {companion.name}’s trolley',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} who {companion.they} {companion.are} waiting to carry for tonight?',
      yes: 'Someone with nothing to carry, {companion.name} says, and looks at you, and at your hands. | | you asked {companion.name} who the trolley waited for',
      no: 'You do not ask, and {companion.name} polishes the trolley handle until it shines. | | you did not ask {companion.name} who the trolley was for',
    },
  ],
  'a beekeeper with a veil folded on one knee': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether the bees will miss {companion.them} tonight?',
      yes: '{companion.name} says bees must be told everything, and the bees have heard all about this journey. | | you asked {companion.name} about the bees',
      no: 'You do not ask, and a single bee climbs out of {companion.name}’s veil and sleeps on your sleeve. | +bee-on-sleeve | you did not ask {companion.name} about the bees',
    },
    {
      hold: 'yes',
      ask: 'Will you taste the honey {companion.name} offers on the end of a spoon?',
      yes: 'It tastes of lime trees and a summer evening you would swear you remember. | | you tasted {companion.name}’s honey',
      no: 'You decline, and {companion.name} eats it {companion.themself} with closed eyes. | | you declined {companion.name}’s honey',
    },
    {
      hold: 'no',
      ask: 'Will you let {companion.name} put {companion.their} veil over your head, just to see?',
      yes: 'The world goes soft and grey through the veil, and strangely peaceful. | | you tried on {companion.name}’s veil',
      no: 'You decline, and {companion.name} folds the veil away with a small, understanding nod. | | you declined {companion.name}’s veil',
    },
    {
      hold: 'yes',
      ask: '{companion.name} says the bees must be told all the news; will you give {companion.them} some for the hive?',
      yes: 'You tell {companion.them} about tonight, and {companion.name} repeats it under {companion.their} breath, for the bees. | | you gave {companion.name} news for the bees',
      no: 'You say there is none, and {companion.name} says the bees will be glad of a quiet night. | | you had no news for {companion.name}’s bees',
    },
    {
      hold: 'no',
      needs: '!bee-on-sleeve',
      ask: 'A single bee has followed {companion.name} all this way; will you let it walk onto your hand?',
      yes: 'It walks onto your hand, light as a thought, and does not sting, and {companion.name} looks proud. | | you let {companion.name}’s bee walk on your hand',
      no: 'You keep your hands still, and the bee settles back on {companion.name}’s sleeve to sleep. | | you left the bee on {companion.name}’s sleeve',
    },
  ],
  'a clockmender with a pocket full of springs': [
    {
      hold: 'no',
      ask: 'Will you let {companion.name} look at your watch?',
      yes: '{companion.name} opens it, clicks something, and says it was running a little behind your heart. | | you let {companion.name} look at your watch',
      no: 'You keep your watch, and {companion.name} listens to it from a distance, frowning kindly. | | you kept your watch from {companion.name}',
    },
    {
      hold: 'yes',
      ask: '{companion.name} says every clock tonight keeps a different time; do you ask why?',
      yes: '{companion.name} says they are keeping the times people need, not the time it is. | | you asked {companion.name} about the clocks',
      no: 'You do not ask, and {companion.name} quietly sets the nearest one right, without fuss. | | you let {companion.name} mend the clocks quietly',
    },
    {
      hold: 'yes',
      ask: '{companion.name} holds out a tiny spring, for when something in you runs down; do you accept it?',
      yes: 'It is bright and light, and {companion.name} says to keep it somewhere warm. | | you took a spring from {companion.name}',
      no: 'You say you run well enough, and {companion.name} says {companion.they} will check on that later. | | you declined {companion.name}’s spring',
    },
    {
      hold: 'yes',
      ask: '{companion.name} says you have been ticking slightly fast all night; will you let {companion.them} adjust you?',
      yes: '{companion.name} taps your wrist twice, very precisely, and everything slows to a kinder pace. | | you let {companion.name} adjust your ticking',
      no: 'You say you like your pace, and {companion.name} says fast clocks are the hopeful ones. | | you kept your own pace',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} which clock {companion.they} could never mend?',
      yes: 'The one in the kitchen at home, {companion.name} says, because it stopped at the right minute. | | you asked {companion.name} about the clock that could not be mended',
      no: 'You do not ask, and {companion.name} turns a tiny screwdriver over and over, out of habit. | | you did not ask {companion.name} about the unmended clock',
    },
  ],
  'a firefighter going home smelling of smoke': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether everyone got out tonight?',
      yes: '{companion.name} says yes, everyone, and the dog, and sits back as if only now believing it. | | you asked {companion.name} if everyone got out',
      no: 'You do not ask, and {companion.name} stares at {companion.their} hands for a long time. | | you did not ask {companion.name} about the fire',
    },
    {
      hold: 'yes',
      ask: 'Will you give {companion.name} the last of your water?',
      yes: '{companion.name} drinks it in one long swallow and says it is the best thing {companion.they} {companion.have} tasted all year. | | you gave {companion.name} your water',
      no: 'You keep it, and {companion.name} coughs, and smiles, and says {companion.they} will live. | | you kept your water',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} what {companion.they} think{companion.s} about, on the way home from a fire?',
      yes: 'Toast, {companion.name} says, and whether the cat has been fed, and being glad. | | you asked {companion.name} what {companion.they} think{companion.s} about',
      no: 'You do not ask, and {companion.name} closes {companion.their} eyes and thinks about it anyway. | | you left {companion.name} to {companion.their} thoughts',
    },
    {
      hold: 'yes',
      ask: 'Do you offer {companion.name} a mint, to take the taste of smoke away?',
      yes: '{companion.name} takes it gratefully and says the smoke will be in {companion.their} hair for days anyway. | | you gave {companion.name} a mint',
      no: 'You keep your mints, and {companion.name} rubs {companion.their} eyes, red-rimmed and patient. | | you kept your mints to yourself',
    },
    {
      hold: 'yes',
      ask: '{companion.name} has fallen asleep with {companion.their} boots still on; will you loosen the laces for {companion.them}?',
      yes: 'You loosen them gently, and {companion.name} sighs in {companion.their} sleep like a house settling. | | you loosened {companion.name}’s boots',
      no: 'You leave the boots alone, and {companion.name} dozes a while in them, ready for anything. | | you left {companion.name} asleep in {companion.their} boots',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} whether {companion.they} {companion.are} ever afraid, going in?',
      yes: 'Every time, {companion.name} says, and the night {companion.they} stop{companion.s} being afraid is the night to give it up. | | you asked {companion.name} about being afraid',
      no: 'You do not ask, and {companion.name} rubs the soot from {companion.their} knuckles, slowly. | | you did not ask {companion.name} about fear',
    },
  ],
  'a chess player replaying a lost game': [
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} to show you the move that would have won the lost game?',
      yes: '{companion.name} shows you, move by move, then laughs aloud and tips over the king. | +chess-won | you asked {companion.name} for the winning move',
      no: 'You let it be, and {companion.name} goes on losing the same game with great patience. | | you let {companion.name} keep losing',
    },
    {
      hold: 'yes',
      ask: '{companion.name} unfolds a pocket chess set and offers you a quick game to pass the time; do you play?',
      yes: 'You play, and the game ends in a draw so elegant that neither of you says anything. | | you played chess with {companion.name}',
      no: 'You decline, and {companion.name} plays both sides instead, and loses on both. | | you declined {companion.name}’s game',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} whether losing that game changed {companion.their} life?',
      yes: '{companion.name} says yes, because it taught {companion.them} to stop playing for other people. | | you asked {companion.name} about the lost game',
      no: 'You do not ask, and {companion.name} replays it once more, more gently. | | you let {companion.name} replay the game',
    },
    {
      hold: 'yes',
      ask: '{companion.name} offers you the side that lost; will you play its last moves differently?',
      yes: 'You try a new move, and {companion.name} stares at the board, and then, slowly, begins to laugh. | | you replayed the lost game for {companion.name}',
      no: 'You say the game is finished, and {companion.name} tips over the king, gently, at last. | | you let {companion.name}’s lost game end',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} who won the game, all those years ago?',
      yes: '{companion.name} says a girl of eleven, who never played again, and who still sends a card at Christmas. | | you asked {companion.name} who won',
      no: 'You do not ask, and {companion.name} sets the pocket chessboard back at the start, as if it might go differently. | | you did not ask {companion.name} who won',
    },
  ],
  'a gardener with soil still under the nails': [
    {
      hold: 'yes',
      ask: 'Will you take the seed {companion.name} offers you to plant wherever you end up?',
      yes: 'It is small and warm and brown, and {companion.name} says it will know what to do. | | you took {companion.name}’s seed',
      no: 'You decline, and {companion.name} plants it in the dust of the floor, where it sits, considering. | | you left {companion.name}’s seed on the floor',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} what {companion.they} {companion.were} planting so late at night?',
      yes: '{companion.name} says things that only grow in the dark, and that they are nearly ready. | | you asked {companion.name} about the night planting',
      no: 'You do not ask, and {companion.name} looks into the dark as if checking on a garden out there. | | you did not ask about the night planting',
    },
    {
      hold: 'yes',
      ask: 'Will you ask {companion.name} what grows best in the dark?',
      yes: 'Patience, {companion.name} says, and mushrooms, and sometimes courage. | | you asked {companion.name} what grows in the dark',
      no: 'You do not ask, and {companion.name} looks out at the night as if checking on a crop. | | you did not ask {companion.name} about the dark',
    },
    {
      hold: 'yes',
      ask: '{companion.name} asks what you would grow, if you had a garden; will you tell {companion.them}?',
      yes: 'You say something small and stubborn, and {companion.name} nods as if you had passed an exam. | | you told {companion.name} what you would grow',
      no: 'You say you would not know, and {companion.name} says everyone knows once their hands are in the earth. | | you told {companion.name} you had no garden in mind',
    },
    {
      hold: 'no',
      ask: 'Will you let {companion.name} look at your hands for the signs of a gardener?',
      yes: '{companion.name} turns them over and says there is green under the skin, wasted on indoor work. | | you let {companion.name} look at your hands',
      no: 'You keep your hands to yourself, and {companion.name} says that is a gardener’s habit too. | | you kept your hands from {companion.name}',
    },
  ],
  'a stargazer waiting for a clear sky': [
    {
      hold: 'yes',
      // No sky below ground.
      needs: '!underground',
      ask: 'Do you ask {companion.name} which star {companion.they} {companion.are} waiting to see?',
      yes: '{companion.name} says one that went out long ago, whose light is due tonight. | | you asked {companion.name} about the star',
      no: 'You do not ask, and {companion.name} checks the sky every few minutes, hopeful. | | you let {companion.name} watch the sky',
    },
    {
      hold: 'no',
      // Fog hides everything a telescope could find, and the underground has no sky.
      needs: '!weather:fog !underground',
      ask: 'Will you look through {companion.name}’s little brass telescope?',
      yes: 'Through it you see, very far off and very clearly, a lit window with someone in it waving. | | you looked through {companion.name}’s telescope',
      no: 'You decline, and {companion.name} looks for both of you, describing what {companion.they} see{companion.s}. | | you let {companion.name} look for you',
    },
    {
      hold: 'yes',
      needs: '!underground',
      ask: 'Do you ask {companion.name} to name the brightest light you can see, even if it is no star?',
      yes: '{companion.name} says it is a streetlamp, doing its best, and that it counts. | | you asked {companion.name} to name the brightest light',
      no: 'You leave it unnamed, and {companion.name} nods at it as if greeting an old colleague. | | you left the brightest light unnamed',
    },
    {
      hold: 'yes',
      // A star rises only into a clear sky, not over a platform below ground.
      needs: 'weather:clear !underground',
      ask: '{companion.name} says the star {companion.they} {companion.are} waiting for rises any minute now; will you watch for it with {companion.them}?',
      yes: 'You wait, and when it comes it is small and ordinary, and {companion.name} weeps a little anyway. | | you watched for the star with {companion.name}',
      no: 'You close your eyes, and {companion.name} describes it to you instead, which is almost better. | | you let {companion.name} watch for the star alone',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} to name a star after you, since {companion.they} know{companion.s} how?',
      yes: '{companion.name} picks a faint one, low down, and says it has always looked as if it were waiting. | | you asked {companion.name} to name a star for you',
      no: 'You do not ask, and {companion.name} says the ones who do not ask are exactly who get one. | | you did not ask {companion.name} for a star',
    },
  ],
};
