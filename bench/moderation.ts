/**
 * Local moderator benchmark (issue 16: at most 0.1 ms p99 per beat): the moderator's whole check
 * (profanity and slurs, personal data) timed on each of the beats of whole built-in stories,
 * after a warm-up, with the load average. The same beats every run.
 *
 *   npm run bench:moderation [-- --stories 300 --rounds 5]
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createLocalModerator } from '../packages/moderation/src/index';
import * as story from '../packages/story/src/index';
import { sampleBeats } from './story-walks';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '5' },
  },
});
const beats = sampleBeats(story, Number(values.stories));
const local = createLocalModerator();
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

// Warm up for a second: the matcher's regular expressions and the transformers get compiled.
const warming = performance.now();
while (performance.now() - warming < 1000) for (const beat of beats) local.scoresNow(beat);

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
console.log(
  `local moderator: ${beats.length.toLocaleString('en-GB')} beats of ${values.stories} stories, ${values.rounds} rounds, node ${process.version}, load average ${load()}`,
);
const p99s: number[] = [];
for (let round = 1; round <= Number(values.rounds); round++) {
  const times: number[] = [];
  for (const beat of beats) {
    const started = performance.now();
    local.scoresNow(beat);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  p99s.push(percentile(times, 99));
  console.log(
    `round ${round}: p50 ${(percentile(times, 50) * 1000).toFixed(1)} us, p99 ${(percentile(times, 99) * 1000).toFixed(1)} us, max ${((times.at(-1) ?? NaN) * 1000).toFixed(1)} us (load average ${load()})`,
  );
}
p99s.sort((a, b) => a - b);
console.log(
  `p99 per beat, median of rounds: ${(percentile(p99s, 50) * 1000).toFixed(1)} us (target at most 100 us)`,
);
