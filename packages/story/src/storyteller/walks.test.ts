/**
 * Seeded random walks through the built-in storyteller: the quality bar for the default
 * narrator, over 1,000 stories with random answers.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences, validateBeat } from '../beat-rules';
import { createRandom } from '../random';
import type { EndingKind, StoryState } from '../state';
import { ENDING_KINDS } from '../state';
import { continueStory, startStory } from '../story';

const WALKS = 1000;

interface Walk {
  seed: string;
  story: StoryState;
}

function walk(index: number): Walk {
  const seed = `walk ${index}`;
  const random = createRandom(`answers|${seed}`);
  let story = startStory(seed);
  while (story.ending === null) story = continueStory(story, random() < 0.5 ? 'yes' : 'no');
  return { seed, story };
}

const walks = Array.from({ length: WALKS }, (_, index) => walk(index));

describe(`the built-in storyteller over ${WALKS} random walks`, () => {
  it('tells only beats that pass the beat rules', () => {
    const failures: string[] = [];
    for (const { seed, story } of walks) {
      for (const beat of story.beats) {
        const check = validateBeat(beat.text, beat.ending === null ? 'question' : 'ending');
        if (!check.ok)
          failures.push(`${seed} #${beat.turn}: ${check.reasons.join(',')}: ${beat.text}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('never repeats a sentence within a story', () => {
    const repeats: string[] = [];
    for (const { seed, story } of walks) {
      const seen = new Set<string>();
      for (const sentence of story.beats.flatMap((beat) => splitSentences(beat.text))) {
        if (seen.has(sentence.toLowerCase())) repeats.push(`${seed}: ${sentence}`);
        seen.add(sentence.toLowerCase());
      }
    }
    expect(repeats).toEqual([]);
  });

  it('gives at least 990 distinct opening beats across 1,000 seeds', () => {
    const openings = new Set(walks.map(({ story }) => story.beats[0]?.text));
    expect(openings.size).toBeGreaterThanOrEqual(990);
  });

  it('ends at least 95% of stories within 8 to 20 beats', () => {
    const within = walks.filter(({ story }) => story.beats.length >= 8 && story.beats.length <= 20);
    expect(within.length / WALKS).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches every kind of ending in at least 5% of walks', () => {
    const counts = Object.fromEntries(ENDING_KINDS.map((kind) => [kind, 0])) as Record<
      EndingKind,
      number
    >;
    for (const { story } of walks) if (story.ending !== null) counts[story.ending]++;
    for (const kind of ENDING_KINDS)
      expect(counts[kind] / WALKS, kind).toBeGreaterThanOrEqual(0.05);
  });

  it('leads yes and no to different next beats', () => {
    for (const { story } of walks.slice(0, 200)) {
      let state = startStory(story.world.seed);
      for (const answer of story.answers.slice(0, -1)) {
        const yes = continueStory(state, 'yes').beats.at(-1)?.text;
        const no = continueStory(state, 'no').beats.at(-1)?.text;
        expect(yes).not.toBe(no);
        state = continueStory(state, answer);
      }
    }
  });

  it('names companions, the destination and the motif, and pays off what it plants', () => {
    for (const { seed, story } of walks) {
      const text = story.beats.map((beat) => beat.text).join(' ');
      const named = story.world.companions.filter((companion) => text.includes(companion.name));
      expect(named.length, seed).toBeGreaterThanOrEqual(2);
      expect(text, seed).toContain(story.world.destination);
      const planted = story.beats.filter((beat) => beat.plant !== null).length;
      const paid = story.beats.filter((beat) => beat.payoff !== null).length;
      expect(planted, seed).toBeGreaterThan(0);
      // Threads left open only when the story unravelled early into a loop.
      if (story.ending !== 'loop') expect(paid, seed).toBe(planted);
    }
    const withMotif = walks.filter(({ story }) =>
      story.beats.some((beat) =>
        beat.text.toLowerCase().includes(story.world.motif.a.split(' ').at(-1) ?? ''),
      ),
    );
    expect(withMotif.length / WALKS).toBeGreaterThanOrEqual(0.8);
  });

  it('is the same story, word for word, when played again', () => {
    for (const { seed, story } of walks.slice(0, 100)) {
      expect(walk(Number(seed.split(' ')[1])).story).toEqual(story);
    }
  });
});
