/**
 * Story throughput: beats per second for the built-in storyteller (plan, narrate, validate and
 * append, as the API does per turn) and for validateBeat alone, over a fixed number of complete
 * stories. Only the turns after the opening are timed: starting a story (world, cast, opening)
 * is not a turn. Single-threaded, so the figures are per core of CPU time, after a warm-up.
 * Target: at least 50,000 beats/s.
 *
 * With --baseline, the same walks are also played by the story package of another checkout
 * (for example the commit before a change, from `git worktree add /tmp/base <commit>`), in
 * alternating rounds in this one process, and the ratio is printed: on a shared machine whose
 * speed swings between runs, the ratio is the figure to compare.
 *
 *   npm run bench:story [-- --stories 2000] [-- --baseline /tmp/base --rounds 5]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as story from '../packages/story/src/index';
import type { StoryLibrary } from './story-walks';
import { beatsPerSecond, medianRatio, sampleBeats, timed } from './story-walks';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '2000' },
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '5' },
  },
});
const stories = Number(values.stories);
const target = 50_000;

console.log(`story throughput, ${stories} stories per measure, node ${process.version}`);
const storyteller = beatsPerSecond('storyteller (full turn)', story, stories);
const sample = sampleBeats(story, 50);
const validator = beatsPerSecond(
  'validateBeat',
  story,
  stories,
  timed(() => {
    for (const text of sample) story.validateBeat(text);
    return sample.length;
  }),
);
console.log(
  `storyteller ${(storyteller / target).toFixed(2)}x target, validateBeat ${(validator / target).toFixed(2)}x target`,
);

if (values.baseline !== undefined) {
  const path = resolve(values.baseline, 'packages/story/src/index.ts');
  const baseline = (await import(path)) as StoryLibrary;
  const rounds = Number(values.rounds);
  const { ratio, pairs } = medianRatio(story, baseline, rounds, stories);
  console.log(
    `against ${values.baseline}: ${pairs.map(([now, then]) => `${Math.round(now)}/${Math.round(then)}`).join(', ')} beats/s`,
  );
  console.log(`storyteller now / baseline: median ${ratio.toFixed(2)}x over ${rounds} rounds`);
}
