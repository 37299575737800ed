/**
 * Seeded walks timed for the story benchmarks: any checkout's story package can be played, so a
 * change is measured against the code before it in the same process.
 */
import { performance } from 'node:perf_hooks';
import type * as Story from '../packages/story/src/index';

/** What the benchmarks need of a story package, this one or another checkout's. */
export type StoryLibrary = Pick<
  typeof Story,
  'continueStory' | 'createRandom' | 'startStory' | 'validateBeat'
>;

const walks = new WeakMap<StoryLibrary, number>();

/** The beats of one whole story from `seed`, answered at random (the draws keyed by the seed). */
function play(library: StoryLibrary, seed: string): { text: string }[] {
  const random = library.createRandom(seed);
  let state = library.startStory(seed);
  while (state.ending === null) state = library.continueStory(state, random() < 0.5 ? 'yes' : 'no');
  return state.beats;
}

/** Plays the library's next story and returns its number of beats. */
function playOne(library: StoryLibrary): number {
  const walk = walks.get(library) ?? 0;
  walks.set(library, walk + 1);
  return play(library, `bench ${walk}`).length;
}

/** The beats of `stories` whole stories, for timing validateBeat on real text. */
export function sampleBeats(library: StoryLibrary, stories: number): string[] {
  return Array.from({ length: stories }, (_, index) =>
    play(library, `sample ${index}`).map((beat) => beat.text),
  ).flat();
}

function measure(run: () => number, seconds: number): number {
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
  return beats / ((used.user + used.system) / 1e6);
}

/** Beats per second of a full turn (or of `run`), printed under `name`. */
export function beatsPerSecond(
  name: string,
  library: StoryLibrary,
  seconds: number,
  run: () => number = () => playOne(library),
): number {
  const rate = measure(run, seconds);
  console.log(
    `${name.padEnd(28)} ${Math.round(rate).toLocaleString('en-GB').padStart(12)} beats/s`,
  );
  return rate;
}

/** Alternating rounds of `now` and `then`: each round's rates, and the median of their ratios. */
export function medianRatio(
  now: StoryLibrary,
  then: StoryLibrary,
  rounds: number,
  seconds: number,
): { ratio: number; pairs: [number, number][] } {
  const pairs: [number, number][] = [];
  for (let round = 0; round < rounds; round++) {
    pairs.push([measure(() => playOne(now), seconds), measure(() => playOne(then), seconds)]);
  }
  const ratios = pairs.map(([a, b]) => a / b).sort((a, b) => a - b);
  return { ratio: ratios[Math.floor(ratios.length / 2)] ?? 0, pairs };
}
