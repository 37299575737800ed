/**
 * Seeded walks through the built-in storyteller, keeping what each beat was told with: the
 * plan (and so the ledger before the beat) and the state after it. The story report and the
 * walk tests read stories through these.
 */
import { appendBeat } from '../append';
import type { BeatPlan } from '../plan';
import { planNextBeat } from '../plan';
import { createRandom } from '../random';
import type { Random } from '../random';
import type { Answer, StoryState } from '../state';
import { createStory } from '../state';
import { tellBeat } from '../storyteller/storyteller';

export interface Walk {
  seed: string;
  /** The finished story. */
  story: StoryState;
  /** `plans[i]` is the plan beat i + 1 was told from. */
  plans: BeatPlan[];
  /** `states[i]` is the story after beat i + 1. */
  states: StoryState[];
}

/** Plays a story to its ending, answering with `answer` (random answers by default). */
export function playWalk(seed: string, answer?: (turn: number) => Answer, random?: Random): Walk {
  const draws = random ?? createRandom(`answers|${seed}`);
  const choose = answer ?? ((): Answer => (draws() < 0.5 ? 'yes' : 'no'));
  let story = createStory(seed);
  const plans: BeatPlan[] = [];
  const states: StoryState[] = [];
  for (;;) {
    const plan =
      story.beats.length === 0
        ? planNextBeat(story)
        : planNextBeat(story, choose(story.beats.length));
    story = appendBeat(story, plan, tellBeat(story, plan));
    plans.push(plan);
    states.push(story);
    if (story.ending !== null) return { seed, story, plans, states };
  }
}
