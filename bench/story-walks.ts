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

function warmUp(run: () => number): void {
  // Warm up for a second first: the optimising compiler takes a few hundred milliseconds to
  // settle on the storyteller's larger functions, and a server runs long past that.
  const warming = performance.now();
  while (performance.now() - warming < 1000) run();
}

/** Beats and CPU seconds of `run`, repeated for `seconds` of wall time. */
function slice(run: () => number, seconds: number): { beats: number; cpu: number } {
  let beats = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - started < seconds * 1000) beats += run();
  // CPU time of this process: the machine is shared, and time spent waiting for a core is not
  // the storyteller's.
  const used = process.cpuUsage(cpu);
  return { beats, cpu: (used.user + used.system) / 1e6 };
}

function measure(run: () => number, seconds: number): number {
  warmUp(run);
  const { beats, cpu } = slice(run, seconds);
  return beats / cpu;
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

/** Slices per round: the two libraries take turns this often, so a change in the machine's load falls on both. */
const SLICES = 20;

/**
 * Alternating rounds of `now` and `then`: each round's rates, and the median of their ratios.
 * Within a round the two take turns in short slices and their beats and CPU time are summed, so
 * the ratio compares them under the same conditions on a machine whose speed swings.
 */
export function medianRatio(
  now: StoryLibrary,
  then: StoryLibrary,
  rounds: number,
  seconds: number,
): { ratio: number; pairs: [number, number][] } {
  const runs = [() => playOne(now), () => playOne(then)] as const;
  for (const run of runs) warmUp(run);
  const pairs: [number, number][] = [];
  for (let round = 0; round < rounds; round++) {
    const totals = runs.map(() => ({ beats: 0, cpu: 0 }));
    for (let turn = 0; turn < SLICES; turn++) {
      runs.forEach((run, index) => {
        const { beats, cpu } = slice(run, seconds / SLICES);
        const total = totals[index] as { beats: number; cpu: number };
        total.beats += beats;
        total.cpu += cpu;
      });
    }
    const [a, b] = totals.map((total) => total.beats / total.cpu) as [number, number];
    pairs.push([a, b]);
  }
  const ratios = pairs.map(([a, b]) => a / b).sort((a, b) => a - b);
  return { ratio: ratios[Math.floor(ratios.length / 2)] ?? 0, pairs };
}
