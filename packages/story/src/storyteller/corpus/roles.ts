/**
 * Questions written for each companion role, keyed by the role's exact words (see
 * `COMPANION_ROLES`): {companion} is always the companion with that role. A world has two to four of
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
      ask: 'Will you let {companion.name} punch your ticket, for old times’ sake?',
      yes: '{companion.name} punches a tiny crescent moon in it with great ceremony and hands it back. | | you let {companion.name} punch your ticket with a moon',
      no: 'You keep your ticket, and {companion.name} mimes the punch in the air, smiling. | | you kept your ticket from {companion.name}’s punch',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} which stop {companion.they} had always liked best on the old routes?',
      yes: '{companion.name} names a halt by a river where nobody ever got on or off, and smiles. | | you asked {companion.name} about the old routes',
      no: 'You leave {companion.name} to {companion.their} memories, and {companion.they} hum{companion.s} the names of old stops under {companion.their} breath. | | you left {companion.name} to {companion.their} memories',
    },
  ],
  'a knitter working on something far too long': [
    {
      hold: 'yes',
      ask: 'Do you hold the end of {companion.name}’s knitting so it does not trail on the floor?',
      yes: 'It is warm and heavy, and {companion.name} says it will be long enough when you arrive. | | you held the end of {companion.name}’s knitting',
      no: 'You let it trail, and it gathers dust and one small, bright feather. | | you let {companion.name}’s knitting trail',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} who the endless scarf is for?',
      yes: '{companion.name} says it is for whoever needs it at the end, and counts the stitches under {companion.their} breath. | | you asked {companion.name} who the scarf was for',
      no: 'You watch the needles instead, and their clicking settles into the rhythm of the night. | | you only watched {companion.name} knit',
    },
    {
      hold: 'yes',
      ask: 'Do you offer to wind {companion.name}’s loose wool into a ball?',
      yes: 'You wind together in silence, and the ball grows round and warm in your hands. | | you wound {companion.name}’s wool',
      no: 'You let the wool lie, and it wanders off across the floor like a slow red thought. | | you let {companion.name}’s wool wander',
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
      ask: 'Will you teach {companion.name} to whistle, since {companion.they} ask{companion.s} so politely?',
      yes: 'After three tries a thin whistle comes, and the goldfish seems to swim faster for it. | | you taught {companion.name} to whistle',
      no: 'You say another time, and {companion.name} practises alone, mostly spitting, very content. | | you left {companion.name} to practise whistling',
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
      no: 'You do not ask, and {companion.name} tells the window anyway, in a low, fond mutter. | | you let {companion.name} tell the window',
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
      ask: 'When you wince, will you let {companion.name} look at your hand?',
      yes: '{companion.name} turns it in the light and says it is nothing, and somehow that makes it nothing. | | you let {companion.name} look at your hand',
      no: 'You hide the hand, and {companion.name} notices anyway, the way nurses do. | | you hid your hurt hand from {companion.name}',
    },
    {
      hold: 'no',
      ask: 'Will you offer {companion.name} half of the sandwich in your coat pocket, since {companion.they} missed {companion.their} break?',
      yes: '{companion.name} eats it in two bites and says you have saved a life tonight, possibly {companion.theirs}. | | you gave {companion.name} your sandwich',
      no: 'You keep it, and {companion.name} finds a squashed biscuit in a pocket and eats that with dignity. | | you kept your sandwich',
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
      ask: 'Will you accept the slice of wedding cake {companion.name} unwraps from a napkin?',
      yes: 'The cake is dense and sweet, and {companion.name} says that means you will dream of your true love. | | you shared {companion.name}’s wedding cake',
      no: 'You decline, and {companion.name} eats it {companion.themself}, thoughtfully, crumb by crumb. | | you declined {companion.name}’s wedding cake',
    },
    {
      hold: 'yes',
      ask: 'Do you help {companion.name} pin the wilted flower back onto {companion.their} lapel?',
      yes: 'The flower perks up a little once it is straight, or seems to, and {companion.name} thanks you formally. | | you pinned {companion.name}’s flower',
      no: 'You leave it crooked, and {companion.name} says it suits the night better that way. | | you left {companion.name}’s flower crooked',
    },
  ],
  'a teenager doing homework by torchlight': [
    {
      hold: 'yes',
      ask: 'Will you help {companion.name} with the last question of the homework?',
      yes: 'It is about the distance between two stations, and the answer turns out to be tonight. | | you helped {companion.name} with the homework',
      no: 'You leave {companion.name} to it, and the torchlight narrows in fierce concentration. | | you left {companion.name} to the homework',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} why {companion.they} {companion.are} doing homework at this hour?',
      yes: '{companion.name} shrugs and says it is due when you arrive, and you should not ask where. | | you asked {companion.name} about the midnight homework',
      no: 'You let it be, and {companion.name} hums while writing, the tune of a school song. | | you let {companion.name} work in peace',
    },
    {
      hold: 'yes',
      ask: 'Will you hold the torch steady while {companion.name} finishes the last sum?',
      yes: 'You hold it steady, and {companion.name} gets the sum right and punches the air, very quietly. | | you held the torch for {companion.name}',
      no: 'You let {companion.name} manage, and the torch wobbles, and the sum comes out wonderfully wrong. | | you let {companion.name} hold {companion.their} own torch',
    },
    {
      hold: 'yes',
      ask: 'Will you test {companion.name} on capital cities, since the exam is tomorrow?',
      yes: '{companion.name} gets every one right, then names a capital you have never heard of and swears it is real. | | you tested {companion.name} on capital cities',
      no: 'You say you were never good at capitals, and {companion.name} revises alone, whispering answers to the window. | | you left {companion.name} to revise alone',
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
      no: 'You let {companion.name} keep it, and {companion.name} seems grateful, like someone allowed a last secret. | | you let {companion.name} keep the last trick',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} about the best audience {companion.they} ever had?',
      yes: 'A single child in a hospital bed, {companion.name} says, who did not blink once. | | you asked {companion.name} about the best audience',
      no: 'You do not ask, and {companion.name} pulls a paper flower from the air and gives it to no one. | | you let {companion.name} keep {companion.their} audiences',
    },
  ],
  'a night watchman off duty': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} what {companion.they} used to watch over?',
      yes: '{companion.name} says an empty factory, for twenty years, and it was the best company {companion.they} had ever kept. | | you asked {companion.name} about the night watch',
      no: 'You do not ask, and {companion.name} keeps glancing at the dark corners out of old habit. | | you let {companion.name} keep watching',
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
      yes: '{companion.name} says no, which is why {companion.they} still take{companion.s} the last bus home like anybody else. | | you asked {companion.name} about fortune tellers’ futures',
      no: 'You do not ask, and {companion.name} looks at the dark outside as if reading it. | | you left {companion.name} to read the dark',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether {companion.they} ever get{companion.s} a night off from other people’s futures?',
      yes: '{companion.name} laughs and says tonight is one, and that your future is your own business. | | you asked {companion.name} about nights off',
      no: 'You do not ask, and {companion.name} pointedly looks at nobody’s palm for the rest of the way. | | you left {companion.name} off duty',
    },
    {
      hold: 'no',
      ask: 'Will you let {companion.name} read your palm, here in the half-light?',
      yes: '{companion.name} traces one line for a long time and says it is the line for journeys, and it is long. | | you let {companion.name} read your palm',
      no: 'You keep your hands in your pockets, and {companion.name} nods as if that, too, were an answer. | | you kept your palm from {companion.name}',
    },
  ],
  'a tired busker with a guitar': [
    {
      hold: 'yes',
      ask: 'Will you ask {companion.name} to play something quietly for the road?',
      yes: '{companion.name} plays a slow song, and somewhere out of sight someone hums along. | | you asked {companion.name} to play',
      no: 'You let {companion.name} rest the guitar, and {companion.their} fingers play the song on the case instead. | | you let {companion.name} rest the guitar',
    },
    {
      hold: 'yes',
      ask: 'Do you drop something into {companion.name}’s open guitar case, out of habit and kindness?',
      yes: '{companion.name} bows as if at the end of a concert, and plays you one chord, bright as a lamp. | | you paid {companion.name} for a song',
      no: 'You keep your hands in your pockets, and {companion.name} snaps the case shut without complaint. | | you gave {companion.name} nothing',
    },
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} to teach you the three chords every song needs?',
      yes: '{companion.name} shows you, and your fingers ache, and one chord comes out almost right. | | you learned a chord from {companion.name}',
      no: 'You say you have no ear, and {companion.name} says nobody has, at first. | | you declined {companion.name}’s chords',
    },
  ],
  'a traveller with a birdcage under a cloth': [
    {
      hold: 'no',
      ask: 'Will you ask {companion.name} what is under the cloth over the birdcage?',
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
  ],
  'a priest without a collar': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} what happened to {companion.their} collar?',
      yes: '{companion.name} says {companion.they} gave it to someone who needed it more, and smiles as if that settled it. | | you asked {companion.name} about the missing collar',
      no: 'You do not ask, and {companion.name} sits very upright, as if the collar were still there. | | you did not ask about the collar',
    },
    {
      hold: 'no',
      ask: 'Will you let {companion.name} bless your journey, even without the collar?',
      yes: '{companion.name} blesses it briefly and plainly, and you feel a little more expected somewhere. | | you let {companion.name} bless your journey',
      no: 'You decline, and {companion.name} nods and blesses the {vessel} instead, under {companion.their} breath. | | you declined {companion.name}’s blessing',
    },
    {
      hold: 'no',
      ask: 'Will you tell {companion.name} a sin of yours, a small one, to pass the time?',
      yes: 'You confess to stealing a library book in 1998, and {companion.name} absolves you, delighted. | | you confessed a small sin to {companion.name}',
      no: 'You keep your sins, and {companion.name} says that is allowed, most people do. | | you kept your sins from {companion.name}',
    },
  ],
  'a twin whose sibling is not here': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} where {companion.their} twin is tonight?',
      yes: '{companion.name} says the twin is on this journey too, somewhere else, and that they always wave at the same moment. | | you asked {companion.name} about the missing twin',
      no: 'You do not ask, and {companion.name} lifts a hand to wave at nothing, at exactly midnight. | | you did not ask about the twin',
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
      yes: '{companion.name} closes {companion.their} eyes and says the twin is warm, and laughing, and a little late. | | you asked {companion.name} about the twin’s feelings',
      no: 'You do not ask, and {companion.name} smiles at something far away, as if it had been answered. | | you did not ask about the twin',
    },
  ],
  'a cartographer with inky fingers': [
    {
      hold: 'yes',
      ask: 'Will you ask {companion.name} to draw you a map of tonight?',
      yes: '{companion.name} draws it on a napkin, and you are on it, a small dot marked here. | | you asked {companion.name} to map the night',
      no: 'You do not ask, and {companion.name} draws it anyway, and keeps it. | | you let {companion.name} keep the map of tonight',
    },
    {
      hold: 'no',
      ask: 'When {companion.name} unrolls a map still wet with ink, do you point out that one of its roads does not exist?',
      yes: '{companion.name} says not yet, and blows on the ink to dry it. | | you told {companion.name} the road did not exist',
      no: 'You say nothing, and by the time the ink is dry the road seems always to have been there. | | you let {companion.name} draw the new road',
    },
    {
      hold: 'yes',
      ask: 'Will you let {companion.name} add your house to one of {companion.their} maps?',
      yes: '{companion.name} draws it small and careful, with a lit window, and writes home beside it. | | you let {companion.name} put your house on a map',
      no: 'You say it should stay off the maps, and {companion.name} respects that entirely. | | you kept your house off {companion.name}’s maps',
    },
    {
      hold: 'yes',
      ask: 'Will you tell {companion.name} the street you grew up on, so {companion.they} can find it?',
      yes: '{companion.name} finds it on a map from memory, and marks your house with a tiny star. | | you told {companion.name} the street you grew up on',
      no: 'You keep it to yourself, and {companion.name} folds down a blank corner of the map, as if saving room. | | you kept your street from {companion.name}',
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
      no: 'You do not ask, and {companion.name} goes back to murmuring, in all three at once. | | you let {companion.name} murmur',
    },
  ],
  'a child who talks like an old clerk': [
    {
      hold: 'yes',
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
      no: 'You do not ask, and {companion.name} leans on the empty trolley, grateful for its lightness. | | you let {companion.name} lean on the trolley',
    },
  ],
  'a beekeeper with a veil folded on one knee': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} whether the bees will miss {companion.them} tonight?',
      yes: '{companion.name} says bees must be told everything, and {companion.they} had told them all about this journey. | | you asked {companion.name} about the bees',
      no: 'You do not ask, and a single bee climbs out of {companion.name}’s veil and sleeps on your sleeve. | | you let {companion.name}’s bee sleep on your sleeve',
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
  ],
  'a clockmender with a pocket full of springs': [
    {
      hold: 'no',
      ask: 'Will you let {companion.name} look at your watch?',
      yes: '{companion.name} opens it, clicks something, and says it was running a little behind your heart. | | you let {companion.name} mend your watch',
      no: 'You keep your watch, and {companion.name} listens to it from a distance, frowning kindly. | | you kept your watch from {companion.name}',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} why every clock tonight keeps a different time?',
      yes: '{companion.name} says they are keeping the times people need, not the time it is. | | you asked {companion.name} about the clocks',
      no: 'You do not ask, and {companion.name} sets one of them right as you pass, without fuss. | | you let {companion.name} mend the clocks quietly',
    },
    {
      hold: 'yes',
      ask: 'Do you accept the tiny spring {companion.name} offers you, for when something in you runs down?',
      yes: 'It is bright and light, and {companion.name} says to keep it somewhere warm. | | you took a spring from {companion.name}',
      no: 'You say you run well enough, and {companion.name} says {companion.they} will check on that later. | | you declined {companion.name}’s spring',
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
  ],
  'a chess player replaying a lost game': [
    {
      hold: 'no',
      ask: 'Will you show {companion.name} the move that would have won the lost game?',
      yes: '{companion.name} stares at the pocket board, then laughs aloud, and tips over the king. | | you found {companion.name} the winning move',
      no: 'You keep quiet, and {companion.name} goes on losing the same game with great patience. | | you let {companion.name} keep losing',
    },
    {
      hold: 'yes',
      ask: '{companion.name} sets up the pocket board and offers you a quick game to pass the time; do you play?',
      yes: 'You play, and the game ends in a draw so elegant that neither of you says anything. | | you played chess with {companion.name}',
      no: 'You decline, and {companion.name} plays both sides instead, and loses on both. | | you declined {companion.name}’s game',
    },
    {
      hold: 'no',
      ask: 'Do you ask {companion.name} whether losing that game changed {companion.their} life?',
      yes: '{companion.name} says yes, because it taught {companion.them} to stop playing for other people. | | you asked {companion.name} about the lost game',
      no: 'You do not ask, and {companion.name} replays it once more, more gently. | | you let {companion.name} replay the game',
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
      no: 'You do not ask, and {companion.name} looks out at the dark fields as if checking on them. | | you did not ask about the night planting',
    },
    {
      hold: 'yes',
      ask: 'Will you ask {companion.name} what grows best in the dark?',
      yes: 'Patience, {companion.name} says, and mushrooms, and sometimes courage. | | you asked {companion.name} what grows in the dark',
      no: 'You do not ask, and {companion.name} looks out at the night as if checking on a crop. | | you did not ask {companion.name} about the dark',
    },
  ],
  'a stargazer waiting for a clear sky': [
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} which star {companion.they} {companion.are} waiting to see?',
      yes: '{companion.name} says one that went out long ago, whose light is due tonight. | | you asked {companion.name} about the star',
      no: 'You do not ask, and {companion.name} checks the sky every few minutes, hopeful. | | you let {companion.name} watch the sky',
    },
    {
      hold: 'no',
      ask: 'Will you look through {companion.name}’s little brass telescope?',
      yes: 'Through it you see, very far off and very clearly, a lit window with someone in it waving. | | you looked through {companion.name}’s telescope',
      no: 'You decline, and {companion.name} looks for both of you, describing what {companion.they} see{companion.s}. | | you let {companion.name} look for you',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {companion.name} to name the brightest light you can see, even if it is no star?',
      yes: '{companion.name} says it is a streetlamp, doing its best, and that it counts. | | you asked {companion.name} to name the brightest light',
      no: 'You leave it unnamed, and {companion.name} nods at it as if greeting an old colleague. | | you left the brightest light unnamed',
    },
  ],
};
