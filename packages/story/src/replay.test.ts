import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidReplayError } from './errors';
import { createRandom } from './random';
import { decodeReplay, encodeReplay } from './replay';
import type { Answer, StoryState } from './state';
import { continueStory, replayStory, startStory } from './story';

function play(seed: string, pattern: (turn: number) => Answer): StoryState {
  let story = startStory(seed);
  while (story.ending === null) story = continueStory(story, pattern(story.beats.length));
  return story;
}

function transcript(story: StoryState): string {
  const world = story.world;
  const header = [
    `seed: ${world.seed}`,
    `world: ${world.setting}, ${world.genre}; ${world.role}; to ${world.destination}`,
    `companions: ${world.companions.map((c) => `${c.name} (${c.role}, ${c.mood})`).join('; ')}`,
    `motif: ${world.motif.a}`,
    `ending: ${story.ending ?? 'none'} after ${story.beats.length} beats, continuity ${story.continuity}`,
    '',
  ];
  const beats = story.beats.map((beat, index) => {
    const answer = story.answers[index];
    return `${beat.turn}. [${beat.arc}] ${beat.text}${answer === undefined ? '' : `\n   > ${answer}`}`;
  });
  return `${[...header, ...beats].join('\n')}\n`;
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
          expect(token).toMatch(/^1\.[A-Za-z0-9_-]+\.[yn]*$/u);
          expect(decodeReplay(token)).toEqual({
            seed: seed.normalize('NFC').replace(/\s+/gu, ' '),
            answers,
          });
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
  });

  it.each([
    ['a number', 5],
    ['the wrong version', '2.bmlnaHQ.yn'],
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
