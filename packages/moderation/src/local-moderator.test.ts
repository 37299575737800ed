import { describe, expect, it } from 'vitest';
import { createLocalModerator } from './local-moderator';
import { moderatorContract } from './moderator.contract';

const local = createLocalModerator();

describe('the local moderator', () => {
  moderatorContract(() => local, {
    abusive: { text: 'what a load of shit', category: 'profanity' },
  });

  it.each([
    ['leetspeak', 'sh1t happens'],
    ['look-alike letters', 'ѕhit happens'],
    ['stretched letters', 'shiiiiit happens'],
    ['a slur', 'you n1gg3r'],
  ])('sees through %s', (_, text) => {
    expect(local.scoresNow(text).profanity).toBe(1);
  });

  it.each([
    'Scunthorpe',
    'an assassin in the classic carriage',
    'the cocktail hour',
    'Dickens',
    'a chink of light under the door',
    'the cock crowed at dawn',
    'a blue tit on the sill',
    'a sprig of pussy willow',
    'the thorn pricks your finger',
    'Dick Whittington and his cat',
    'a bastard sword over the mantel',
    'she graduated cum laude',
    'The ticket is dated 2026-11-26.',
  ])('passes what is innocent in a story: %s', (text) => {
    expect(local.scoresNow(text).profanity).toBeUndefined();
  });

  it('answers synchronously and asynchronously alike', async () => {
    expect(await local.moderate('shit')).toEqual(local.scoresNow('shit'));
  });
});
