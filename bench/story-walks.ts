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

/** What timing one or more stories found: beats told after the opening, and the time that took. */
interface Timed {
  beats: number;
  /** Wall milliseconds inside continueStory: story start-up (world, cast, opening) excluded. */
  continuing: number;
}

/** The beats of one whole story from `seed`, answered at random (the draws keyed by the seed). */
function play(library: StoryLibrary, seed: string): { text: string }[] {
  const random = library.createRandom(seed);
  let state = library.startStory(seed);
  while (state.ending === null) state = library.continueStory(state, random() < 0.5 ? 'yes' : 'no');
  return state.beats;
}

/** Plays the library's next story, timing only its turns after the opening. */
function playOne(library: StoryLibrary): Timed {
  const walk = walks.get(library) ?? 0;
  walks.set(library, walk + 1);
  const seed = `bench ${walk}`;
  const random = library.createRandom(seed);
  let state = library.startStory(seed);
  let continuing = 0;
  while (state.ending === null) {
    const answer = random() < 0.5 ? 'yes' : 'no';
    const started = performance.now();
    state = library.continueStory(state, answer);
    continuing += performance.now() - started;
  }
  return { beats: state.beats.length - 1, continuing };
}

/** The beats of `stories` whole stories, for timing validateBeat on real text. */
export function sampleBeats(library: StoryLibrary, stories: number): string[] {
  return Array.from({ length: stories }, (_, index) =>
    play(library, `sample ${index}`).map((beat) => beat.text),
  ).flat();
}

function warmUp(run: () => Timed): void {
  // Warm up for a second first: the optimising compiler takes a few hundred milliseconds to
  // settle on the storyteller's larger functions, and a server runs long past that.
  const warming = performance.now();
  while (performance.now() - warming < 1000) run();
}

/** Beats of `count` runs, and the CPU seconds their timed part used. */
function slice(run: () => Timed, count: number): { beats: number; cpu: number } {
  let beats = 0;
  let continuing = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let index = 0; index < count; index++) {
    const timed = run();
    beats += timed.beats;
    continuing += timed.continuing;
  }
  // CPU time of this process, since the machine is shared and time spent waiting for a core is
  // not the storyteller's; the timed part's share of it is its share of the wall time.
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  return { beats, cpu: ((used.user + used.system) / 1e6) * (continuing / wall) };
}

/**
 * Beats per CPU second over `count` runs of `run` (stories, by default) after a warm-up,
 * printed under `name`.
 */
export function beatsPerSecond(
  name: string,
  library: StoryLibrary,
  count: number,
  run: () => Timed = () => playOne(library),
): number {
  warmUp(run);
  const { beats, cpu } = slice(run, count);
  const rate = beats / cpu;
  console.log(
    `${name.padEnd(28)} ${Math.round(rate).toLocaleString('en-GB').padStart(12)} beats/s`,
  );
  return rate;
}

/** Times `work`, which returns how many beats it handled, as a run of its own. */
export function timed(work: () => number): () => Timed {
  return () => {
    const started = performance.now();
    const beats = work();
    return { beats, continuing: performance.now() - started };
  };
}

/** Slices per round: the two libraries take turns this often, so a change in the machine's load falls on both. */
const SLICES = 20;

/**
 * Alternating rounds of `now` and `then`: each round's rates, and the median of their ratios.
 * Within a round each plays `stories` stories (the same seeds), taking turns in short slices
 * whose beats and CPU time are summed, so
 * the ratio compares them under the same conditions on a machine whose speed swings.
 */
export function medianRatio(
  now: StoryLibrary,
  then: StoryLibrary,
  rounds: number,
  stories: number,
): { ratio: number; pairs: [number, number][] } {
  const runs = [() => playOne(now), () => playOne(then)] as const;
  for (const run of runs) warmUp(run);
  const pairs: [number, number][] = [];
  for (let round = 0; round < rounds; round++) {
    const totals = runs.map(() => ({ beats: 0, cpu: 0 }));
    for (let turn = 0; turn < SLICES; turn++) {
      runs.forEach((run, index) => {
        const { beats, cpu } = slice(run, Math.max(1, Math.round(stories / SLICES)));
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
