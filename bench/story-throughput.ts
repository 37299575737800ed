/**
 * Story throughput: beats per second for the built-in storyteller (plan, narrate, validate and
 * append, as the API does per turn) and for validateBeat alone. Single-threaded, so the
 * figures are per core of CPU time, after a warm-up. Target: at least 50,000 beats/s.
 *
 * With --baseline, the same walks are also played by the story package of another checkout
 * (for example the commit before a change, from `git worktree add /tmp/base <commit>`), in
 * alternating rounds in this one process, and the ratio is printed: on a shared machine whose
 * speed swings between runs, the ratio is the figure to compare.
 *
 *   npm run bench:story [-- --seconds 3] [-- --baseline /tmp/base --rounds 5]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as story from '../packages/story/src/index';
import type { StoryLibrary } from './story-walks';
import { beatsPerSecond, medianRatio, sampleBeats } from './story-walks';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '5' },
  },
});
const seconds = Number(values.seconds);
const target = 50_000;

console.log(`story throughput, ${seconds}s per measure, node ${process.version}`);
const storyteller = beatsPerSecond('storyteller (full turn)', story, seconds);
const sample = sampleBeats(story, 50);
const validator = beatsPerSecond('validateBeat', story, seconds, () => {
  for (const text of sample) story.validateBeat(text);
  return sample.length;
});
console.log(
  `storyteller ${(storyteller / target).toFixed(2)}x target, validateBeat ${(validator / target).toFixed(2)}x target`,
);

if (values.baseline !== undefined) {
  const path = resolve(values.baseline, 'packages/story/src/index.ts');
  const baseline = (await import(path)) as StoryLibrary;
  const rounds = Number(values.rounds);
  const { ratio, pairs } = medianRatio(story, baseline, rounds, seconds);
  console.log(
    `against ${values.baseline}: ${pairs.map(([now, then]) => `${Math.round(now)}/${Math.round(then)}`).join(', ')} beats/s`,
  );
  console.log(`storyteller now / baseline: median ${ratio.toFixed(2)}x over ${rounds} rounds`);
}
