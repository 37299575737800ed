/**
 * Story throughput: beats per second for the built-in storyteller (plan, narrate, validate and
 * append, as the API does per turn) and for validateBeat alone. Single-threaded, so the
 * figures are per core. Target: at least 50,000 beats/s.
 *
 *   npm run bench:story [-- --seconds 3]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { StoryState } from '../packages/story/src/index';
import { continueStory, createRandom, startStory, validateBeat } from '../packages/story/src/index';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '2' } } });
const seconds = Number(values.seconds);

function measure(name: string, run: () => number): number {
  run(); // warm up the JIT
  let beats = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) beats += run();
  const rate = beats / ((performance.now() - started) / 1000);
  console.log(
    `${name.padEnd(28)} ${Math.round(rate).toLocaleString('en-GB').padStart(12)} beats/s`,
  );
  return rate;
}

let walk = 0;
function playOne(): number {
  const random = createRandom(`bench ${walk}`);
  let story: StoryState = startStory(`bench ${walk++}`);
  while (story.ending === null) story = continueStory(story, random() < 0.5 ? 'yes' : 'no');
  return story.beats.length;
}

const sample: string[] = [];
for (let index = 0; index < 50; index++) {
  const random = createRandom(`sample ${index}`);
  let story = startStory(`sample ${index}`);
  while (story.ending === null) story = continueStory(story, random() < 0.5 ? 'yes' : 'no');
  sample.push(...story.beats.map((beat) => beat.text));
}

console.log(`story throughput, ${seconds}s per measure, node ${process.version}`);
const storyteller = measure('storyteller (full turn)', playOne);
const validator = measure('validateBeat', () => {
  for (const text of sample) validateBeat(text);
  return sample.length;
});
const target = 50_000;
console.log(
  `storyteller ${(storyteller / target).toFixed(2)}x target, validateBeat ${(validator / target).toFixed(2)}x target`,
);
