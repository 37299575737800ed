/**
 * Questions written for each companion role, keyed by the role's exact words (see
 * `COMPANION_ROLES`): {c} is always the companion with that role. A world has two to four of
 * the roles, so these are what make one night's companions unlike another's.
 */
import type { RoleCorpus } from './types';

export const ROLE_CORPUS: RoleCorpus = {
  'a conductor off duty, still in uniform': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} whether conductors ever get to be passengers?',
      yes: '{c.name} laughs and says this is the first time in thirty years, and {c.they} can hardly tell where to sit. | | you asked {c.name} what it is like to be a passenger',
      no: 'You leave {c.them} be, and {c.name} keeps checking the time out of long habit. | | you let {c.name} keep watch off duty',
    },
    {
      hold: 'no',
      ask: 'Will you let {c.name} punch your ticket, for old times’ sake?',
      yes: '{c.name} punches a tiny crescent moon in it with great ceremony and hands it back. | | you let {c.name} punch your ticket with a moon',
      no: 'You keep your ticket, and {c.name} mimes the punch in the air, smiling. | | you kept your ticket from {c.name}’s punch',
    },
    {
      hold: 'no',
      ask: 'Will you ask {c.name} which stop {c.they} had always liked best on the old routes?',
      yes: '{c.name} names a halt by a river where nobody ever got on or off, and smiles. | | you asked {c.name} about the old routes',
      no: 'You leave {c.name} to {c.their} memories, and {c.they} hum{c.s} the names of old stops under {c.their} breath. | | you left {c.name} to {c.their} memories',
    },
  ],
  'a knitter working on something far too long': [
    {
      hold: 'yes',
      ask: 'Do you hold the end of {c.name}’s knitting so it does not trail on the floor?',
      yes: 'It is warm and heavy, and {c.name} says it will be long enough when you arrive. | | you held the end of {c.name}’s knitting',
      no: 'You let it trail, and it gathers dust and one small, bright feather. | | you let {c.name}’s knitting trail',
    },
    {
      hold: 'no',
      ask: 'Will you ask {c.name} who the endless scarf is for?',
      yes: '{c.name} says it is for whoever needs it at the end, and counts the stitches under {c.their} breath. | | you asked {c.name} who the scarf was for',
      no: 'You watch the needles instead, and their clicking settles into the rhythm of the night. | | you only watched {c.name} knit',
    },
    {
      hold: 'yes',
      ask: 'Do you offer to wind {c.name}’s loose wool into a ball?',
      yes: 'You wind together in silence, and the ball grows round and warm in your hands. | | you wound {c.name}’s wool',
      no: 'You let the wool lie, and it wanders off across the floor like a slow red thought. | | you let {c.name}’s wool wander',
    },
  ],
  'a child carrying a goldfish in a bag': [
    {
      hold: 'yes',
      ask: 'Do you hold the goldfish bag up to the light with {c.name}?',
      yes: 'The goldfish turns a slow circle, and {c.name} decides to name it after you. | | you helped {c.name} look at the goldfish',
      no: 'You leave the bag be, and the goldfish watches you through the plastic with one round eye. | | you left {c.name}’s goldfish alone',
    },
    {
      hold: 'yes',
      ask: 'Will you ask {c.name} where {c.they} won the goldfish?',
      yes: '{c.name} says at a fair that closed years ago, and that the fish is much older than it looks. | | you asked {c.name} about the goldfish',
      no: 'You do not ask, and {c.name} whispers something to the fish that makes it swim faster. | | you let the goldfish be a mystery',
    },
    {
      hold: 'no',
      ask: 'Will you teach {c.name} to whistle, since {c.they} ask{c.s} so politely?',
      yes: 'After three tries a thin whistle comes, and the goldfish seems to swim faster for it. | | you taught {c.name} to whistle',
      no: 'You say another time, and {c.name} practises alone, mostly spitting, very content. | | you left {c.name} to practise whistling',
    },
  ],
  'an old sailor who talks to the windows': [
    {
      hold: 'no',
      ask: 'Do you ask {c.name} what the windows say back?',
      yes: '{c.name} says they talk mostly of weather, and once, long ago, of you. | | you asked {c.name} what the windows say',
      no: 'You let {c.name} talk on, and the glass mists and clears in time with {c.their} words. | | you let {c.name} talk to the windows',
    },
    {
      hold: 'yes',
      ask: 'Will you let {c.name} teach you a knot that can never slip?',
      yes: 'You learn it with a bit of string, and {c.name} says you will need it before morning. | +knot | you learned {c.name}’s sailor’s knot',
      no: 'You decline, and {c.name} ties the knot anyway, in the air, and pulls it tight. | | you declined {c.name}’s knot',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} what weather is coming?',
      yes: '{c.name} sniffs the air and says fair by morning, and you find you believe {c.them} completely. | | you asked {c.name} about the weather',
      no: 'You do not ask, and {c.name} tells the window anyway, in a low, fond mutter. | | you let {c.name} tell the window',
    },
  ],
  'a nurse still in scrubs': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} how the night shift went?',
      yes: '{c.name} says a baby was born and an old man went home, and both were a kind of arrival. | | you asked {c.name} about the night shift',
      no: 'You let {c.name} rest, and {c.their} eyes close for a moment, the first in sixteen hours. | | you let {c.name} rest after the shift',
    },
    {
      hold: 'yes',
      ask: 'When you wince, will you let {c.name} look at your hand?',
      yes: '{c.name} turns it in the light and says it is nothing, and somehow that makes it nothing. | | you let {c.name} look at your hand',
      no: 'You hide the hand, and {c.name} notices anyway, the way nurses do. | | you hid your hurt hand from {c.name}',
    },
    {
      hold: 'no',
      ask: 'Will you offer {c.name} the last of your sandwich, since {c.they} missed {c.their} break?',
      yes: '{c.name} eats it in four bites and says you have saved a life tonight, possibly {c.theirs}. | | you gave {c.name} your sandwich',
      no: 'You keep it, and {c.name} finds a squashed biscuit in a pocket and eats that with dignity. | | you kept your sandwich',
    },
  ],
  'a guest in a crumpled wedding suit': [
    {
      hold: 'no',
      ask: 'Do you ask {c.name} whose wedding it was?',
      yes: '{c.name} says it was meant to be {c.their} own, and then smiles, quite peacefully. | | you asked {c.name} whose wedding it was',
      no: 'You do not ask, and {c.name} straightens a buttonhole flower that has long since wilted. | | you did not ask about the wedding',
    },
    {
      hold: 'yes',
      ask: 'Will you accept the slice of wedding cake {c.name} unwraps from a napkin?',
      yes: 'The cake is dense and sweet, and {c.name} says that means you will dream of your true love. | | you shared {c.name}’s wedding cake',
      no: 'You decline, and {c.name} eats it {c.themself}, thoughtfully, crumb by crumb. | | you declined {c.name}’s wedding cake',
    },
    {
      hold: 'yes',
      ask: 'Do you help {c.name} pin the wilted flower back onto {c.their} lapel?',
      yes: 'The flower perks up a little once it is straight, or seems to, and {c.name} thanks you formally. | | you pinned {c.name}’s flower',
      no: 'You leave it crooked, and {c.name} says it suits the night better that way. | | you left {c.name}’s flower crooked',
    },
  ],
  'a teenager doing homework by torchlight': [
    {
      hold: 'yes',
      ask: 'Will you help {c.name} with the last question of the homework?',
      yes: 'It is about the distance between two stations, and the answer turns out to be tonight. | | you helped {c.name} with the homework',
      no: 'You leave {c.name} to it, and the torchlight narrows in fierce concentration. | | you left {c.name} to the homework',
    },
    {
      hold: 'no',
      ask: 'Do you ask {c.name} why {c.they} {c.are} doing homework at this hour?',
      yes: '{c.name} shrugs and says it is due when you arrive, and you should not ask where. | | you asked {c.name} about the midnight homework',
      no: 'You let it be, and {c.name} hums while writing, the tune of a school song. | | you let {c.name} work in peace',
    },
    {
      hold: 'yes',
      ask: 'Will you hold the torch steady while {c.name} finishes the last sum?',
      yes: 'You hold it steady, and {c.name} gets the sum right and punches the air, very quietly. | | you held the torch for {c.name}',
      no: 'You let {c.name} manage, and the torch wobbles, and the sum comes out wonderfully wrong. | | you let {c.name} hold {c.their} own torch',
    },
  ],
  'a retired magician': [
    {
      hold: 'no',
      ask: 'Will you pick a card, any card, from the worn pack {c.name} fans out?',
      yes: 'You pick the queen of hearts, and {c.name} finds its twin in your coat pocket. | | you picked a card for {c.name}',
      no: 'You decline, and {c.name} shuffles the pack back into a plain, ordinary deck. | | you would not pick a card',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} for the one trick {c.they} never performed on stage?',
      yes: '{c.name} makes the night outside stop for one breath, then says that was all there was to it. | | you asked {c.name} for the secret trick',
      no: 'You let {c.name} keep it, and {c.name} seems grateful, like someone allowed a last secret. | | you let {c.name} keep the last trick',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} about the best audience {c.they} ever had?',
      yes: 'A single child in a hospital bed, {c.name} says, who did not blink once. | | you asked {c.name} about the best audience',
      no: 'You do not ask, and {c.name} pulls a paper flower from the air and gives it to no one. | | you let {c.name} keep {c.their} audiences',
    },
  ],
  'a night watchman off duty': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} what {c.they} used to watch over?',
      yes: '{c.name} says an empty factory, for twenty years, and it was the best company {c.they} had ever kept. | | you asked {c.name} about the night watch',
      no: 'You do not ask, and {c.name} keeps glancing at the dark corners out of old habit. | | you let {c.name} keep watching',
    },
    {
      hold: 'yes',
      ask: 'Will you let {c.name} keep watch while you rest your eyes?',
      yes: 'You rest, and when you open your eyes {c.name} is still watching, steady as a lamp. | | you rested while {c.name} kept watch',
      no: 'You stay awake, and the two of you watch the night together, saying nothing. | | you kept watch with {c.name}',
    },
    {
      hold: 'no',
      ask: 'Will you ask {c.name} what the strangest thing {c.they} ever saw on a night watch was?',
      yes: '{c.name} thinks, and says a fox sitting in a lit office, reading the notices. | | you asked {c.name} about the strangest night',
      no: 'You leave it, and {c.name} keeps the strange things where night watchmen keep them. | | you left {c.name} {c.their} strange things',
    },
  ],
  'a fortune teller going home': [
    {
      hold: 'no',
      ask: 'Will you let {c.name} tell your fortune with a worn pack of cards?',
      yes: '{c.name} turns over the same card three times running and will not say what it means. | | you let {c.name} tell your fortune',
      no: 'You decline, and {c.name} shuffles the cards back into a plain, ordinary pack. | | you declined {c.name}’s fortune',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} whether fortune tellers can see their own futures?',
      yes: '{c.name} says no, which is why {c.they} still take{c.s} the last bus home like anybody else. | | you asked {c.name} about fortune tellers’ futures',
      no: 'You do not ask, and {c.name} looks at the dark outside as if reading it. | | you left {c.name} to read the dark',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} whether {c.they} ever get{c.s} a night off from other people’s futures?',
      yes: '{c.name} laughs and says tonight, and that your future is your own business. | | you asked {c.name} about nights off',
      no: 'You do not ask, and {c.name} pointedly looks at nobody’s palm for the rest of the way. | | you left {c.name} off duty',
    },
  ],
  'a tired busker with a guitar': [
    {
      hold: 'yes',
      ask: 'Will you ask {c.name} to play something quietly for the road?',
      yes: '{c.name} plays a slow song, and somewhere out of sight someone hums along. | | you asked {c.name} to play',
      no: 'You let {c.name} rest the guitar, and {c.their} fingers play the song on the case instead. | | you let {c.name} rest the guitar',
    },
    {
      hold: 'yes',
      ask: 'Do you drop something into {c.name}’s open guitar case, out of habit and kindness?',
      yes: '{c.name} bows as if at the end of a concert, and plays you one chord, bright as a lamp. | | you paid {c.name} for a song',
      no: 'You keep your hands in your pockets, and {c.name} snaps the case shut without complaint. | | you gave {c.name} nothing',
    },
    {
      hold: 'no',
      ask: 'Will you ask {c.name} to teach you the three chords every song needs?',
      yes: '{c.name} shows you, and your fingers ache, and one chord comes out almost right. | | you learned a chord from {c.name}',
      no: 'You say you have no ear, and {c.name} says nobody has, at first. | | you declined {c.name}’s chords',
    },
  ],
  'a traveller with a birdcage under a cloth': [
    {
      hold: 'no',
      ask: 'Will you ask {c.name} what is under the cloth over the birdcage?',
      yes: '{c.name} lifts a corner, and inside is a bird made of folded newspaper, breathing. | | you saw what was in {c.name}’s birdcage',
      no: 'You do not ask, and from under the cloth comes one soft, sleepy chirp. | | you left the birdcage covered',
    },
    {
      hold: 'yes',
      ask: 'Do you offer {c.name} a crumb for whatever is in the birdcage?',
      yes: 'The crumb disappears under the cloth with a tiny sound of thanks. | | you fed {c.name}’s hidden bird',
      no: 'You keep it, and the cage rocks gently, offended. | | you offered the hidden bird nothing',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} where {c.they} {c.are} taking the birdcage?',
      yes: 'Somewhere it can be opened, {c.name} says, which is not as easy to find as you would think. | | you asked where the birdcage was going',
      no: 'You do not ask, and the cloth stirs, as if whatever is inside had wanted you to. | | you did not ask about the birdcage',
    },
  ],
  'a priest without a collar': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} what happened to {c.their} collar?',
      yes: '{c.name} says {c.they} gave it to someone who needed it more, and smiles as if that settled it. | | you asked {c.name} about the missing collar',
      no: 'You do not ask, and {c.name} sits very upright, as if the collar were still there. | | you did not ask about the collar',
    },
    {
      hold: 'no',
      ask: 'Will you let {c.name} bless your journey, even without the collar?',
      yes: '{c.name} blesses it briefly and plainly, and you feel a little more expected somewhere. | | you let {c.name} bless your journey',
      no: 'You decline, and {c.name} nods and blesses the {vessel} instead, under {c.their} breath. | | you declined {c.name}’s blessing',
    },
    {
      hold: 'no',
      ask: 'Will you tell {c.name} a sin of yours, a small one, to pass the time?',
      yes: 'You confess to stealing a library book in 1998, and {c.name} absolves you, delighted. | | you confessed a small sin to {c.name}',
      no: 'You keep your sins, and {c.name} says that is allowed, most people do. | | you kept your sins from {c.name}',
    },
  ],
  'a twin whose sibling is not here': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} where {c.their} twin is tonight?',
      yes: '{c.name} says on the same journey, somewhere else, and that they always wave at the same moment. | | you asked {c.name} about the missing twin',
      no: 'You do not ask, and {c.name} lifts a hand to wave at nothing, at exactly midnight. | | you did not ask about the twin',
    },
    {
      hold: 'no',
      ask: 'When {c.name} waves at the dark, will you wave too?',
      yes: 'You wave, and far off a light blinks twice, as if answering both of you. | | you waved with {c.name} to the twin',
      no: 'You keep your hands still, and {c.name} waves for both of you. | | you let {c.name} wave alone',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} whether {c.they} can feel, right now, what the twin is feeling?',
      yes: '{c.name} closes {c.their} eyes and says the twin is warm, and laughing, and a little late. | | you asked {c.name} about the twin’s feelings',
      no: 'You do not ask, and {c.name} smiles at something far away, as if it had been answered. | | you did not ask about the twin',
    },
  ],
  'a cartographer with inky fingers': [
    {
      hold: 'yes',
      ask: 'Will you ask {c.name} to draw you a map of tonight?',
      yes: '{c.name} draws it on a napkin, and you are on it, a small dot marked here. | | you asked {c.name} to map the night',
      no: 'You do not ask, and {c.name} draws it anyway, and keeps it. | | you let {c.name} keep the map of tonight',
    },
    {
      hold: 'no',
      ask: 'When {c.name} unrolls a map still wet with ink, do you point out that one of its roads does not exist?',
      yes: '{c.name} says not yet, and blows on the ink to dry it. | | you told {c.name} the road did not exist',
      no: 'You say nothing, and by the time the ink is dry the road seems always to have been there. | | you let {c.name} draw the new road',
    },
    {
      hold: 'yes',
      ask: 'Will you let {c.name} add your house to one of {c.their} maps?',
      yes: '{c.name} draws it small and careful, with a lit window, and writes home beside it. | | you let {c.name} put your house on a map',
      no: 'You say it should stay off the maps, and {c.name} respects that entirely. | | you kept your house off {c.name}’s maps',
    },
  ],
  'a translator muttering in three languages': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} to translate what the announcements are really saying?',
      yes: '{c.name} listens and says they are apologising, in every language, for something that has not happened yet. | | you asked {c.name} to translate the announcements',
      no: 'You let the announcements be, and {c.name} answers them under {c.their} breath. | | you let {c.name} answer the announcements',
    },
    {
      hold: 'no',
      ask: 'Will you teach {c.name} a word from your own language in exchange for one of {c.theirs}?',
      yes: 'You trade words, and {c.name}’s means the feeling of arriving somewhere you have been before. | | you traded words with {c.name}',
      no: 'You keep your words, and {c.name} goes back to muttering, fondly, in three others. | | you kept your words from {c.name}',
    },
    {
      hold: 'no',
      ask: 'Do you ask {c.name} which of {c.their} three languages {c.they} dream{c.s} in?',
      yes: '{c.name} says a fourth one, that nobody speaks, and that it is very restful. | | you asked {c.name} about dreaming',
      no: 'You do not ask, and {c.name} goes back to murmuring, in all three at once. | | you let {c.name} murmur',
    },
  ],
  'a child who talks like an old clerk': [
    {
      hold: 'yes',
      ask: 'Will you let {c.name} check your papers, since {c.they} insist{c.s}?',
      yes: '{c.name} examines them gravely, declares them in order, and stamps them with a thumb. | | you let {c.name} check your papers',
      no: 'You refuse, and {c.name} notes your refusal in a tiny ledger with great disapproval. | | you refused {c.name}’s inspection',
    },
    {
      hold: 'no',
      ask: 'Do you ask {c.name} how old {c.they} really {c.are}?',
      yes: '{c.name} says seven, and also a hundred and four, and that both are on file. | | you asked {c.name}’s real age',
      no: 'You do not ask, and {c.name} approves of your discretion in a dry, formal voice. | | you did not ask {c.name}’s age',
    },
    {
      hold: 'yes',
      ask: 'Will you sign {c.name}’s visitors’ book, since {c.they} insist{c.s} it is the regulation?',
      yes: 'You sign, and {c.name} blots it carefully and says your signature is admirably legible. | | you signed {c.name}’s book',
      no: 'You decline, and {c.name} notes the refusal in triplicate, with evident satisfaction. | | you refused to sign {c.name}’s book',
    },
  ],
  'a porter with an empty trolley': [
    {
      hold: 'yes',
      ask: 'Will you let {c.name} carry your bag on the empty trolley?',
      yes: '{c.name} loads it with care, as if it held something precious, and perhaps it does. | | you let {c.name} carry your bag',
      no: 'You keep your bag, and {c.name} pushes the empty trolley beside you anyway, for company. | | you carried your own bag',
    },
    {
      hold: 'no',
      ask: 'Do you ask {c.name} what the trolley usually carries?',
      yes: '{c.name} says luggage mostly, and once a whole piano, and once a sleeping child. | | you asked {c.name} what the trolley carries',
      no: 'You do not ask, and the trolley’s wheels squeak a little song of their own. | | you did not ask about the trolley',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} what the heaviest thing {c.they} ever carried was?',
      yes: 'A wardrobe with a family’s whole life inside it, {c.name} says, and a grief nobody mentioned. | | you asked {c.name} about the heaviest load',
      no: 'You do not ask, and {c.name} leans on the empty trolley, grateful for its lightness. | | you let {c.name} lean on the trolley',
    },
  ],
  'a beekeeper with a veil folded on one knee': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} whether the bees will miss {c.them} tonight?',
      yes: '{c.name} says bees must be told everything, and {c.they} had told them all about this journey. | | you asked {c.name} about the bees',
      no: 'You do not ask, and a single bee climbs out of {c.name}’s veil and sleeps on your sleeve. | | you let {c.name}’s bee sleep on your sleeve',
    },
    {
      hold: 'yes',
      ask: 'Will you taste the honey {c.name} offers on the end of a spoon?',
      yes: 'It tastes of lime trees and a summer evening you would swear you remember. | | you tasted {c.name}’s honey',
      no: 'You decline, and {c.name} eats it {c.themself} with closed eyes. | | you declined {c.name}’s honey',
    },
    {
      hold: 'no',
      ask: 'Will you let {c.name} put the beekeeper’s veil over your head, just to see?',
      yes: 'The world goes soft and grey through the veil, and strangely peaceful. | | you tried on {c.name}’s veil',
      no: 'You decline, and {c.name} folds the veil away with a small, understanding nod. | | you declined {c.name}’s veil',
    },
  ],
  'a clockmender with a pocket full of springs': [
    {
      hold: 'no',
      ask: 'Will you let {c.name} look at your watch?',
      yes: '{c.name} opens it, clicks something, and says it was running a little behind your heart. | | you let {c.name} mend your watch',
      no: 'You keep your watch, and {c.name} listens to it from a distance, frowning kindly. | | you kept your watch from {c.name}',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} why every clock tonight keeps a different time?',
      yes: '{c.name} says they are keeping the times people need, not the time it is. | | you asked {c.name} about the clocks',
      no: 'You do not ask, and {c.name} sets one of them right as you pass, without fuss. | | you let {c.name} mend the clocks quietly',
    },
    {
      hold: 'yes',
      ask: 'Do you accept the tiny spring {c.name} offers you, for when something in you runs down?',
      yes: 'It is bright and light, and {c.name} says to keep it somewhere warm. | | you took a spring from {c.name}',
      no: 'You say you run well enough, and {c.name} says {c.they} will check on that later. | | you declined {c.name}’s spring',
    },
  ],
  'a firefighter going home smelling of smoke': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} whether everyone got out tonight?',
      yes: '{c.name} says yes, everyone, and the dog, and sits back as if only now believing it. | | you asked {c.name} if everyone got out',
      no: 'You do not ask, and {c.name} stares at {c.their} hands for a long time. | | you did not ask {c.name} about the fire',
    },
    {
      hold: 'yes',
      ask: 'Will you give {c.name} the last of your water?',
      yes: '{c.name} drinks it in one long swallow and says it is the best thing {c.they} {c.have} tasted all year. | | you gave {c.name} your water',
      no: 'You keep it, and {c.name} coughs, and smiles, and says {c.they} will live. | | you kept your water',
    },
    {
      hold: 'no',
      ask: 'Will you ask {c.name} what {c.they} think{c.s} about, on the way home from a fire?',
      yes: 'Toast, {c.name} says, and whether the cat has been fed, and being glad. | | you asked {c.name} what {c.they} think{c.s} about',
      no: 'You do not ask, and {c.name} closes {c.their} eyes and thinks about it anyway. | | you left {c.name} to {c.their} thoughts',
    },
  ],
  'a chess player replaying a lost game': [
    {
      hold: 'no',
      ask: 'Will you show {c.name} the move that would have won the lost game?',
      yes: '{c.name} stares at the pocket board, then laughs aloud, and tips over the king. | | you found {c.name} the winning move',
      no: 'You keep quiet, and {c.name} goes on losing the same game with great patience. | | you let {c.name} keep losing',
    },
    {
      hold: 'yes',
      ask: 'Do you agree to a quick game with {c.name} to pass the time?',
      yes: 'You play, and the game ends in a draw so elegant that neither of you says anything. | | you played chess with {c.name}',
      no: 'You decline, and {c.name} plays both sides instead, and loses on both. | | you declined {c.name}’s game',
    },
    {
      hold: 'no',
      ask: 'Do you ask {c.name} whether losing that game changed {c.their} life?',
      yes: '{c.name} says yes, because it taught {c.them} to stop playing for other people. | | you asked {c.name} about the lost game',
      no: 'You do not ask, and {c.name} replays it once more, more gently. | | you let {c.name} replay the game',
    },
  ],
  'a gardener with soil still under the nails': [
    {
      hold: 'yes',
      ask: 'Will you take the seed {c.name} offers you to plant wherever you end up?',
      yes: 'It is small and warm and brown, and {c.name} says it will know what to do. | | you took {c.name}’s seed',
      no: 'You decline, and {c.name} plants it in the dust of the floor, where it sits, considering. | | you left {c.name}’s seed on the floor',
    },
    {
      hold: 'no',
      ask: 'Do you ask {c.name} what {c.they} {c.were} planting so late at night?',
      yes: '{c.name} says things that only grow in the dark, and that they are nearly ready. | | you asked {c.name} about the night planting',
      no: 'You do not ask, and {c.name} looks out at the dark fields as if checking on them. | | you did not ask about the night planting',
    },
    {
      hold: 'yes',
      ask: 'Will you ask {c.name} what grows best in the dark?',
      yes: 'Patience, {c.name} says, and mushrooms, and sometimes courage. | | you asked {c.name} what grows in the dark',
      no: 'You do not ask, and {c.name} looks out at the night as if checking on a crop. | | you did not ask {c.name} about the dark',
    },
  ],
  'a stargazer waiting for a clear sky': [
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} which star {c.they} {c.are} waiting to see?',
      yes: '{c.name} says one that went out long ago, whose light is due tonight. | | you asked {c.name} about the star',
      no: 'You do not ask, and {c.name} checks the sky every few minutes, hopeful. | | you let {c.name} watch the sky',
    },
    {
      hold: 'no',
      ask: 'Will you look through {c.name}’s little brass telescope?',
      yes: 'Through it you see, very far off and very clearly, a lit window with someone in it waving. | | you looked through {c.name}’s telescope',
      no: 'You decline, and {c.name} looks for both of you, describing what {c.they} see{c.s}. | | you let {c.name} look for you',
    },
    {
      hold: 'yes',
      ask: 'Do you ask {c.name} to name the brightest light you can see, even if it is no star?',
      yes: '{c.name} says it is a streetlamp, and that it is doing its best, and counts. | | you asked {c.name} to name the brightest light',
      no: 'You leave it unnamed, and {c.name} nods at it as if greeting an old colleague. | | you left the brightest light unnamed',
    },
  ],
};
