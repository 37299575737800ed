/**
 * Translation cache benchmark (issue 16: at least 90% of sentences served from the cache after
 * 1,000 built-in stories in one language). Plays whole stories of the built-in storyteller
 * (random seeds and answers, as readers would) and translates every beat through the
 * translation policy, with the SQLite journey store's cache and a fake Amazon Translate on
 * loopback (through the official SDK). Prints the share of sentences the cache served, over all
 * stories and over each block of stories, with the load average. Then the turn latency of a
 * story read in that language against the same story in English, through the journey service,
 * interleaved turn by turn (issue 16: at most 1.2x with a warm cache): for stories new to the
 * cache, and for the same stories again with every sentence cached.
 *
 *   npm run bench:translation [-- --stories 1000 --after 200 --language es]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Answer } from '../packages/story/src/index';
import { continueStory, createRandom, isLanguage, startStory } from '../packages/story/src/index';
import { standInsOf } from '../services/api/src/journeys/beat-translation';
import { createAmazonTranslator } from '../packages/translation/src/amazon-translator';
import type { TargetLanguage } from '../packages/translation/src/index';
import { createTranslation } from '../packages/translation/src/index';
import { startFakeTranslate } from '../packages/translation/src/testing/index';
import { createNarratorRouter } from '../packages/narrators/src/index';
import { fixedTranslator } from '../services/api/src/journeys/beat-translation';
import { createJourneyService } from '../services/api/src/journeys/journey-service';
import { createSqliteStore } from '../services/api/src/store/sqlite-store';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    after: { type: 'string', default: '200' },
    language: { type: 'string', default: 'es' },
    latency: { type: 'string', default: '100' },
  },
});
const warming = Number(values.stories);
const measured = Number(values.after);
const language = values.language;
if (!isLanguage(language) || language === 'en') throw new Error('--language: es, fr, de or ja');
const to: TargetLanguage = language;

const directory = mkdtempSync(join(tmpdir(), 'liminal-translation-'));
const store = createSqliteStore({ path: join(directory, 'liminal.sqlite') });
const fake = await startFakeTranslate();
const amazon = createAmazonTranslator({
  region: 'eu-west-1',
  endpoint: fake.url,
  credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
});
/** Characters of English sent to the translator: what a translator charges by. */
let sent = 0;
const translation = createTranslation({
  translators: [
    {
      name: amazon.name,
      translate: (sentences, to, options) => {
        for (const sentence of sentences) sent += sentence.length;
        return amazon.translate(sentences, to, options);
      },
    },
  ],
  cache: store.translations,
});
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

console.log(
  `translation cache: ${warming.toLocaleString('en-GB')} stories to warm it, then ${measured} more, in ${to}, load average ${load()}`,
);
interface Tally {
  hits: number;
  sentences: number;
  /** Characters of the beats, and of what was sent to the translator for them. */
  characters: number;
  sent: number;
}
const tally = (): Tally => ({ hits: 0, sentences: 0, characters: 0, sent: 0 });
const all = tally();
let block = tally();
const after = tally();
const BLOCK = 200;
try {
  for (let index = 0; index < warming + measured; index++) {
    const random = createRandom(`translation bench ${index}`);
    let state = startStory(`reader ${index}`);
    while (state.ending === null) {
      const answer: Answer = random() < 0.5 ? 'yes' : 'no';
      state = continueStory(state, answer);
    }
    for (const beat of state.beats) {
      const kind = beat === state.beats.at(-1) ? 'ending' : 'question';
      const before = sent;
      const { hits, misses } = await translation.translateBeat(beat.text, to, kind, {
        ...standInsOf(state),
      });
      for (const counted of index < warming ? [all, block] : [all, after]) {
        counted.hits += hits;
        counted.sentences += hits + misses;
        counted.characters += beat.text.length;
        counted.sent += sent - before;
      }
    }
    if (index < warming && (index + 1) % BLOCK === 0) {
      console.log(
        `  stories ${index + 2 - BLOCK}-${index + 1}: ${((100 * block.hits) / block.sentences).toFixed(1)}% of ${block.sentences.toLocaleString('en-GB')} sentences from the cache`,
      );
      block = tally();
    }
  }
  const rate = (counted: Tally) =>
    ((100 * counted.hits) / Math.max(1, counted.sentences)).toFixed(1);
  const unsent = (counted: Tally) =>
    (100 - (100 * counted.sent) / Math.max(1, counted.characters)).toFixed(1);
  console.log(
    `after ${warming.toLocaleString('en-GB')} stories: ${rate(after)}% of the next ${measured} stories' ${after.sentences.toLocaleString('en-GB')} pieces (sentences, lead-ins, questions, introductions) from the cache (target at least 90%), ${unsent(after)}% of their characters never sent to the translator; over all ${rate(all)}% and ${unsent(all)}%; ${fake.received.length.toLocaleString('en-GB')} calls to the translator; load average ${load()}`,
  );
  if (Number(values.latency) > 0) await measureLatency(Number(values.latency));
} finally {
  await store.close();
  await fake.close();
  rmSync(directory, { recursive: true, force: true });
}

/**
 * Turn latency in the language against English through the journey service, each story begun
 * twice (in English and in the language) and answered the same way turn by turn, the two
 * journeys interleaved so a busy moment hits both, each first in every other story; the median
 * and p95 of each. Twice over:
 * stories new to the cache (seeds the warm-up never played, most of their sentences cached by
 * the stories before), then the same stories again, every sentence now cached, as a replayed or
 * much-read story is.
 */
async function measureLatency(stories: number): Promise<void> {
  const service = createJourneyService({
    store,
    narrator: createNarratorRouter({ entries: [] }),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    newSeed: () => 'unused',
    translation: { translator: fixedTranslator(translation) },
  });
  const visit = { visitor: 'bench-reader-00000000001', variants: {} };
  const timed = async <T>(into: number[], run: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    into.push(performance.now() - started);
    return result;
  };
  /** Plays every story in English and in the language, turn by turn, with the same answers. */
  const play = async (english: number[], translated: number[]): Promise<void> => {
    for (let index = 0; index < stories; index++) {
      const random = createRandom(`translation latency ${index}`);
      const seed = `latency reader ${index}`;
      // Whichever goes second runs warm from the first (the same story, the same code), so
      // each goes first in every other story.
      const inTurn = <T>(englishTurn: () => Promise<T>, languageTurn: () => Promise<T>) =>
        index % 2 === 0
          ? englishTurn().then(async (first) => [first, await languageTurn()] as const)
          : languageTurn().then(async (second) => [await englishTurn(), second] as const);
      const [inEnglish, inLanguage] = await inTurn(
        () => timed(english, () => service.start(visit, { seed })),
        () => timed(translated, () => service.start(visit, { seed, language: to })),
      );
      let turn = 1;
      let ended = inEnglish.record.state.ending !== null;
      while (!ended) {
        turn++;
        const answer: Answer = random() < 0.5 ? 'yes' : 'no';
        const [next] = await inTurn(
          () =>
            timed(english, () => service.answer(inEnglish.record.id, turn, answer, visit.visitor)),
          () =>
            timed(translated, () =>
              service.answer(inLanguage.record.id, turn, answer, visit.visitor),
            ),
        );
        ended = next.record.state.ending !== null;
      }
    }
  };
  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  };
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const report = (what: string, english: number[], translated: number[]) => {
    const ratio = quantile(translated, 0.5) / quantile(english, 0.5);
    console.log(
      `turn latency, ${what}, ${english.length} turns each: English p50 ${ms(quantile(english, 0.5))} p95 ${ms(quantile(english, 0.95))}; ${to} p50 ${ms(quantile(translated, 0.5))} p95 ${ms(quantile(translated, 0.95))}; ${to}/English p50 ${ratio.toFixed(2)}x (target at most 1.2x); load average ${load()}`,
    );
  };
  const fresh = { english: [] as number[], translated: [] as number[] };
  await play(fresh.english, fresh.translated);
  report('stories new to the cache', fresh.english, fresh.translated);
  const again = { english: [] as number[], translated: [] as number[] };
  await play(again.english, again.translated);
  report('the same stories again, every sentence cached', again.english, again.translated);
}
