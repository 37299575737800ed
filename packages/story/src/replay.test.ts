import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidReplayError } from './errors';
import { createRandom } from './random';
import { decodeReplay, encodeReplay } from './replay';
import type { Answer, StoryState } from './state';
import { transcript } from './report/transcript';
import { continueStory, replayStory, replayToken, startStory } from './story';

function play(seed: string, pattern: (turn: number) => Answer): StoryState {
  let story = startStory(seed);
  while (story.ending === null) story = continueStory(story, pattern(story.beats.length));
  return story;
}

describe('replaying a story from its seed and answers', () => {
  it('reproduces the identical story for 200 random walks', () => {
    for (let index = 0; index < 200; index++) {
      const random = createRandom(`replay ${index}`);
      const story = play(`replay ${index}`, () => (random() < 0.5 ? 'yes' : 'no'));
      expect(replayStory(story.world.seed, story.answers)).toEqual(story);
    }
  });

  it('rejects more answers than the story has questions', () => {
    const story = play('too many', () => 'yes');
    expect(() => replayStory('too many', [...story.answers, 'yes', 'no'])).toThrow(
      InvalidReplayError,
    );
  });

  // Golden transcripts: a change to the corpus or the engine shows up here, in review.
  it.each([
    ['night-owl', 'night owl', (turn: number): Answer => (turn % 2 === 0 ? 'yes' : 'no')],
    ['all-yes', 'Liminal Transit', (): Answer => 'yes'],
    ['all-no', 'ferry at 4am', (): Answer => 'no'],
    ['unicode', 'Čaj u ponoć', (turn: number): Answer => (turn % 3 === 0 ? 'no' : 'yes')],
  ])('matches the golden transcript %s', async (name, seed, pattern) => {
    await expect(transcript(play(seed, pattern))).toMatchFileSnapshot(`__golden__/${name}.txt`);
  });
});

describe('the replay token', () => {
  it('round-trips any valid seed and answers', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
          .filter((s) => /^\S(.*\S)?$/u.test(s) && !/\p{C}/u.test(s)),
        fc.array(fc.constantFrom<Answer>('yes', 'no'), { maxLength: 19 }),
        (seed, answers) => {
          const token = encodeReplay({ seed, answers });
          expect(token).toMatch(/^16\.[A-Za-z0-9_-]+\.[yn]*$/u);
          expect(decodeReplay(token)).toEqual({
            seed: seed.normalize('NFC').replace(/\s+/gu, ' '),
            answers,
            current: true,
          });
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });

  it.each([
    ['a number', 5],
    ['an unknown telling', '17.bmlnaHQ.yn'],
    ['missing parts', '1.bmlnaHQ'],
    ['extra parts', '1.bmlnaHQ.yn.x'],
    ['bad answers', '1.bmlnaHQ.yx'],
    ['too many answers', `1.bmlnaHQ.${'y'.repeat(25)}`],
    ['bad base64', '1.b$$.yn'],
    ['an empty seed', '1..yn'],
    ['invalid UTF-8', '1.wyg.yn'],
    ['an over-long token', `1.${'a'.repeat(300)}.y`],
  ])('rejects %s with a typed error', (_name, token) => {
    expect(() => decodeReplay(token)).toThrow(InvalidReplayError);
  });
});

describe('a share link from an earlier telling', () => {
  // A token the format-1 storyteller made: 11 answers, and its story ran to 12 beats.
  const oldToken = '1.bGVnYWN5IGpvdXJuZXk.nynynynynyn';

  it('decodes a token of the telling before this one as earlier too', () => {
    expect(decodeReplay('2.bGVnYWN5IGpvdXJuZXk.ny').current).toBe(false);
  });

  it('decodes, marked as an earlier telling', () => {
    expect(decodeReplay(oldToken)).toEqual({
      seed: 'legacy journey',
      answers: 'nynynynynyn'.split('').map((letter) => (letter === 'y' ? 'yes' : 'no')),
      current: false,
    });
  });

  it('replays its seed and answers with today’s storyteller as far as they go, and says so', () => {
    const { state, retold } = replayToken(oldToken);
    expect(retold).toBe(true);
    expect(state.world.seed).toBe('legacy journey');
    expect(state.answers).toEqual(decodeReplay(oldToken).answers.slice(0, state.answers.length));
    expect(state.ledger.facts).toContain('retold');
    // Same token, same words: the retelling is as deterministic as any other.
    expect(replayToken(oldToken)).toEqual({ state, retold });
  });

  it('replays a current token word for word, not marked as retold', () => {
    const story = play('current link', (turn) => (turn % 2 === 0 ? 'yes' : 'no'));
    const token = encodeReplay({ seed: story.world.seed, answers: story.answers });
    expect(replayToken(token)).toEqual({ state: story, retold: false });
  });
});
