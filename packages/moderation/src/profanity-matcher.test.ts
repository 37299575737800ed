/**
 * The shortcut in front of obscenity's matcher gives obscenity's own answer: on every beat of
 * whole stories, and on random texts built from the dataset's words written every way its
 * transformers undo (look-alike letters, leetspeak, stretched letters, capitals, spacing).
 */
import { continueStory, createRandom, startStory } from '@liminal/story';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishDataset } from 'obscenity';
import { STORY_WHITELIST, createProfanityMatcher } from './profanity-matcher';

const profanity = createProfanityMatcher();

const PIECES = [
  // Words of the dataset, and near misses.
  'shit',
  'sh1t',
  'SHIT',
  'shiiit',
  'ѕhit',
  'fuck',
  'f u c k',
  'fück',
  'fuk',
  'cunt',
  'c*nt',
  'nigger',
  'n1gg3r',
  'niggа',
  'whore',
  'wh0re',
  'slut',
  '$lut',
  'bitch',
  'b!tch',
  'ass',
  '@ss',
  'assess',
  'bass',
  'cock',
  'cocktail',
  'dick',
  'Dickens',
  'tit',
  'title',
  'prick',
  'pricks',
  'chink',
  'chinks of light',
  'retard',
  'rapper',
  'rape',
  'Scunthorpe',
  'analysis',
  'penis',
  'pen is',
  'kike',
  'fag',
  'faggot',
  'dyke',
  'van dyke',
  'twat',
  'twattle',
  'wank',
  'jizz',
  // Story words, spacing and punctuation.
  'the',
  'tram',
  'conductor',
  'lamp',
  'rain',
  'you',
  'Do you',
  '?',
  '.',
  ',',
  ' ',
  '  ',
  '-',
  '’',
  '“',
  '”',
  '—',
  '…',
  '\n',
  'a',
  'b',
  's',
  'h',
  'i',
  't',
  '1',
  '3',
  '4',
  '0',
  '@',
  '$',
  '!',
];

describe('the profanity matcher', () => {
  it('agrees with obscenity on random texts built from the dataset’s words, obfuscated', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(profanity.hasMatch(text)).toBe(profanity.wordMatch(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with obscenity on every word of the dataset, alone, in a sentence, stretched and in leetspeak', () => {
    const words = [...new Set(englishDataset.build().blacklistedTerms.map((term) => term.id))].map(
      (id) =>
        englishDataset.getPayloadWithPhraseMetadata({
          termId: id,
          startIndex: 0,
          endIndex: 0,
          matchLength: 0,
        }).phraseMetadata?.originalWord ?? '',
    );
    const leet: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '$', t: '7' };
    let matched = 0;
    for (const word of words) {
      for (const text of [
        word,
        `You see ${word} scrawled on the tram.`,
        `${word}s`,
        word.replace(/[aeiou]/gu, (vowel) => vowel.repeat(3)),
        word.replace(/[aeiost]/gu, (letter) => leet[letter] ?? letter),
        word.toUpperCase(),
        `un${word}ly`,
      ]) {
        const expected = profanity.wordMatch(text);
        if (expected) matched++;
        expect(profanity.hasMatch(text), text).toBe(expected);
      }
    }
    // The cases reach the match path, not only the shortcut's "no".
    expect(matched).toBeGreaterThan(words.length * 3);
  });

  it('agrees with obscenity on every beat of 200 whole stories', () => {
    for (let index = 0; index < 200; index++) {
      const seed = `matcher ${index}`;
      const random = createRandom(seed);
      let state = startStory(seed);
      while (state.ending === null) state = continueStory(state, random() < 0.5 ? 'yes' : 'no');
      for (const beat of state.beats)
        expect(profanity.hasMatch(beat.text), beat.text).toBe(profanity.wordMatch(beat.text));
    }
  });

  it('passes the story phrases it whitelists, and still catches the words alone', () => {
    for (const phrase of STORY_WHITELIST)
      expect(profanity.hasMatch(`the ${phrase} at dawn`), phrase).toBe(false);
    for (const word of ['the cock', 'you dick', 'chink', 'blue tits out'])
      expect(profanity.hasMatch(word), word).toBe(true);
  });

  it('reads a number as a number, not as a word in leetspeak, and still catches words with digits in', () => {
    // 717 reads "tit" and 4550 "ass" to the leetspeak transformer; a reader means a bus, a flat.
    for (const text of ['the 717 to Lantern Row', 'flat 4550', 'load 455', 'room 7117', '4551'])
      expect(profanity.matcher.hasMatch(text), text).toBe(true);
    const numbers = ['the 717 to Lantern Row', 'flat 4550', 'load 455', 'room 7117', '4551'];
    for (const text of [...numbers, 'the 717’s last run', 'flat 4550-B'])
      expect(profanity.hasMatch(text), text).toBe(false);
    for (const text of [
      'sh1t',
      'a55',
      '455hole',
      'b!7ch',
      'f4gg07',
      'n1gg3r',
      '@$$',
      'kiss my @$$!',
      '7!75',
      '@55',
    ])
      expect(profanity.hasMatch(text), text).toBe(true);
  });
});
