/**
 * The story report: what a demanding reader would notice, over 1,000 seeded walks with random
 * answers, each measure against its target. With --transcripts N, also prints N whole stories
 * from different settings and genres, to be read as a reader would.
 *
 *   npm run story:report [-- --walks 1000 --readers 200 --transcripts 6]
 */
import { parseArgs } from 'node:util';
import { MAX_STORY_BEATS, MIN_STORY_BEATS } from '../packages/story/src/arc';
import {
  brokenWorldPromises,
  callbackShare,
  companionsFadedShare,
  companionsSeenOnlyOnArrival,
  errandReturnShare,
  distinctQuestions,
  endingShares,
  lengthShare,
  namedSeedShare,
  openThreadEndings,
  refusedPremiseEndings,
  repeatedSentences,
  returningReader,
  returningReaderOneWorld,
  storiesWithUnestablishedMentions,
  validBeatShare,
  walks,
  yesNoDivergence,
} from '../packages/story/src/report/measures';
import { transcript } from '../packages/story/src/report/transcript';
import type { StoryState } from '../packages/story/src/state';
import { ENDING_KINDS } from '../packages/story/src/vocabulary';

const { values } = parseArgs({
  options: {
    walks: { type: 'string', default: '1000' },
    readers: { type: 'string', default: '200' },
    transcripts: { type: 'string', default: '0' },
    examples: { type: 'boolean', default: false },
  },
});

const all = walks(Number(values.walks));
const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const rows: [string, string, string, boolean][] = [];
const row = (measure: string, value: string, target: string, met: boolean): void => {
  rows.push([measure, value, target, met]);
};

row(
  'beats valid by the beat rules',
  percent(validBeatShare(all)),
  '100%',
  validBeatShare(all) === 1,
);
const repeats = repeatedSentences(all);
row('repeated sentences within a story', String(repeats.length), '0', repeats.length === 0);
const lengths = lengthShare(all, MIN_STORY_BEATS, MAX_STORY_BEATS);
row(
  `stories of ${MIN_STORY_BEATS}-${MAX_STORY_BEATS} beats`,
  percent(lengths),
  'at least 95%',
  lengths >= 0.95,
);
const endings = endingShares(all);
for (const kind of ENDING_KINDS)
  row(`ending: ${kind}`, percent(endings[kind]), 'at least 8%', endings[kind] >= 0.08);
const refused = refusedPremiseEndings(all);
row('endings after their premise was refused', String(refused.length), '0', refused.length === 0);
const mentions = storiesWithUnestablishedMentions(all);
row(
  'stories mentioning anything not established',
  percent(mentions.share),
  '0',
  mentions.share === 0,
);
const divergence = yesNoDivergence(all, 300);
row(
  'next question differs after Yes vs No',
  percent(divergence),
  'at least 95%',
  divergence >= 0.95,
);
const callbacks = callbackShare(all);
row(
  'stories with a callback to an earlier choice',
  percent(callbacks),
  'at least 90%',
  callbacks >= 0.9,
);
const open = openThreadEndings(all);
row(
  'stories ending with a thread left open',
  percent(open.length / all.length),
  '0',
  open.length === 0,
);
const broken = brokenWorldPromises(all);
row(
  'seeded companions, motifs or weather that never appear',
  String(broken.length),
  '0',
  broken.length === 0,
);
const arrivalsOnly = companionsSeenOnlyOnArrival(all);
row(
  'companions seen only as they arrive',
  percent(arrivalsOnly),
  'at most 25%',
  arrivalsOnly <= 0.25,
);
const faded = companionsFadedShare(all);
row(
  'stories leaving a companion out of their last third',
  percent(faded),
  'at most 30%',
  faded <= 0.3,
);
const errands = errandReturnShare(all);
row(
  "stories where the reader's errand returns after the opening",
  percent(errands),
  'at least 75%',
  errands >= 0.75,
);
const readers = Number(values.readers);
const returning = returningReader(readers);
row(
  '5th story re-asking a question met in stories 1-4',
  percent(returning.fifth),
  'at most 10%',
  returning.fifth <= 0.1,
);
row(
  '10th story re-asking a question met in stories 1-9',
  percent(returning.tenth),
  'at most 20%',
  returning.tenth <= 0.2,
);
const oneWorld = returningReaderOneWorld(Math.max(45, Math.round(readers / 2)));
row(
  '5th story in one setting and genre, re-asking',
  percent(oneWorld),
  'at most 15%',
  oneWorld <= 0.15,
);
const named = namedSeedShare();
row('seeds naming a known setting that get it', percent(named.share), '100%', named.share === 1);

console.log(
  `story report: ${all.length} walks, ${readers} returning readers, ${distinctQuestions(all)} distinct questions asked`,
);
const width = Math.max(...rows.map(([measure]) => measure.length));
for (const [measure, value, target, met] of rows) {
  console.log(
    `${met ? 'ok  ' : 'MISS'} ${measure.padEnd(width)}  ${value.padStart(7)}  (target ${target})`,
  );
}
if (values.examples) {
  for (const line of [
    ...repeats.slice(0, 5),
    ...refused.slice(0, 5),
    ...mentions.examples.slice(0, 20),
    ...open.slice(0, 5),
    ...broken.slice(0, 5),
    ...named.misses,
  ]) {
    console.log(`  ${line}`);
  }
}

const wanted = Number(values.transcripts);
if (wanted > 0) {
  // Stories from different settings, each genre once before any genre twice.
  const settings = new Set<string>();
  const genres = new Set<string>();
  const chosen: StoryState[] = [];
  for (const repeatGenres of [false, true]) {
    for (const { story } of all) {
      if (chosen.length >= wanted) break;
      const { setting, genre } = story.world;
      if (settings.has(setting) || (!repeatGenres && genres.has(genre))) continue;
      settings.add(setting);
      genres.add(genre);
      chosen.push(story);
    }
  }
  for (const story of chosen) console.log(`\n${transcript(story)}`);
}
