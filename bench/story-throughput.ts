/**
 * Story throughput: beats per second for the built-in storyteller (plan, narrate, validate and
 * append, as the API does per turn) and for validateBeat alone. Single-threaded, so the
 * figures are per core of CPU time, after a warm-up. Target: at least 50,000 beats/s.
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
  // Warm up for a second first: the optimising compiler takes a few hundred milliseconds to
  // settle on the storyteller's larger functions, and a server runs long past that.
  const warming = performance.now();
  while (performance.now() - warming < 1000) run();
  let beats = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - started < seconds * 1000) beats += run();
  // Beats per second of this process's CPU time: the machine is shared, and time spent waiting
  // for a core is not the storyteller's.
  const used = process.cpuUsage(cpu);
  const rate = beats / ((used.user + used.system) / 1e6);
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
