/**
 * The story report's measures, over seeded walks with random answers: what a demanding reader
 * would notice. Each returns plain numbers; `npm run story:report` prints them against their
 * targets, and the walk tests hold the targets.
 */
import { doorTaken, FACTS, MIN_STORY_BEATS, THROUGH_DOOR, wentThroughDoor } from '../arc';
import { splitSentences, validateBeat } from '../beat-rules';
import { openThreads } from '../ledger/ledger';
import { createRandom } from '../random';
import type { Random } from '../random';
import { generateSeed } from '../seed';
import type { StoryState } from '../state';
import { continueStory } from '../story';
import type { EndingKind } from '../vocabulary';
import { ENDING_KINDS } from '../vocabulary';
import type { Genre, SettingId } from '../world/ingredients';
import { GENRES, namesMotif, namesWeather, SETTING_IDS } from '../world/ingredients';
import { createWorld } from '../world/world';
import { findEnding, isReaderPiece } from '../storyteller/registry';
import { sourceTokens } from '../storyteller/storylet';
import { auditWalk } from './audit';
import { mentionsName } from '../ledger/mentions';
import type { Walk } from './walk';
import { questionOf } from '../storyteller/storyteller';
import { playWalk } from './walk';

/** The walks of the report: `count` stories with seeds "walk 0", "walk 1", ... */
export function walks(count: number): Walk[] {
  return Array.from({ length: count }, (_, index) => playWalk(`walk ${index}`));
}

export function validBeatShare(all: readonly Walk[]): number {
  let valid = 0;
  let total = 0;
  for (const { story } of all) {
    for (const beat of story.beats) {
      total++;
      if (validateBeat(beat.text, beat.ending === null ? 'question' : 'ending').ok) valid++;
    }
  }
  return valid / total;
}

export function repeatedSentences(all: readonly Walk[]): string[] {
  const repeats: string[] = [];
  for (const { seed, story } of all) {
    const seen = new Set<string>();
    for (const sentence of story.beats.flatMap((beat) => splitSentences(beat.text))) {
      const key = sentence.toLowerCase();
      if (seen.has(key)) repeats.push(`${seed}: ${sentence}`);
      seen.add(key);
    }
  }
  return repeats;
}

export function lengthShare(all: readonly Walk[], min: number, max: number): number {
  return (
    all.filter(({ story }) => story.beats.length >= min && story.beats.length <= max).length /
    all.length
  );
}

export function endingShares(all: readonly Walk[]): Record<EndingKind, number> {
  const counts = Object.fromEntries(ENDING_KINDS.map((kind) => [kind, 0])) as Record<
    EndingKind,
    number
  >;
  for (const { story } of all) if (story.ending !== null) counts[story.ending]++;
  for (const kind of ENDING_KINDS) counts[kind] /= all.length;
  return counts;
}

/** Endings whose premise the reader had refused: the door turned down, never boarded, stood ready. */
export function refusedPremiseEndings(all: readonly Walk[]): string[] {
  const wrong: string[] = [];
  for (const { seed, story } of all) {
    const ledger = story.ledger;
    if (story.ending === 'door' && !doorTaken(ledger))
      wrong.push(`${seed}: door without a door taken`);
    if (story.ending === 'arrival' && ledger.situation !== 'aboard')
      wrong.push(`${seed}: arrival without boarding`);
    if (
      story.ending === 'missed-stop' &&
      ledger.situation === 'aboard' &&
      ledger.facts.includes(FACTS.ready) &&
      story.continuity > 0
    ) {
      wrong.push(`${seed}: missed stop while standing ready`);
    }
  }
  return wrong;
}

/** Stories with at least one mention of something the ledger had not established. */
export function storiesWithUnestablishedMentions(all: readonly Walk[]): {
  share: number;
  examples: string[];
} {
  const examples: string[] = [];
  let stories = 0;
  for (const walk of all) {
    const findings = auditWalk(walk);
    if (findings.length === 0) continue;
    stories++;
    for (const finding of findings.slice(0, 2))
      examples.push(`${walk.seed} #${finding.turn}: ${finding.problem}: ${finding.text}`);
  }
  return { share: stories / all.length, examples };
}

/** Share of answered beats whose next question differs after Yes from after No. */
export function yesNoDivergence(all: readonly Walk[], sample: number): number {
  let differ = 0;
  let total = 0;
  for (const walk of all.slice(0, sample)) {
    for (const state of walk.states) {
      if (state.ending !== null) continue;
      const yes = continueStory(state, 'yes');
      const no = continueStory(state, 'no');
      const yesBeat = yes.beats[yes.beats.length - 1];
      const noBeat = no.beats[no.beats.length - 1];
      // Two endings ask nothing: there is no next question to compare.
      if (
        yesBeat === undefined ||
        noBeat === undefined ||
        (yesBeat.ending !== null && noBeat.ending !== null)
      )
        continue;
      total++;
      const yesKey = yesBeat.ending ?? questionOf(yesBeat);
      const noKey = noBeat.ending ?? questionOf(noBeat);
      if (yesKey !== noKey) differ++;
    }
  }
  return differ / total;
}

/**
 * Stories that carry on after the reader went through a door with nothing else left open, or
 * whose door ending then opens another door: going through is the night's last step.
 */
export function storiesPastTheirDoor(all: readonly Walk[]): string[] {
  const found: string[] = [];
  for (const { seed, story, plans } of all) {
    plans.forEach((plan, index) => {
      const through = wentThroughDoor(plan.ledger, plan.turn, plan.answer);
      if (!through || openThreads(plan.ledger).length > 0 || plan.turn < MIN_STORY_BEATS) return;
      const beat = story.beats[index];
      if (plan.kind !== 'ending') found.push(`${seed}: beat ${plan.turn} goes on past the door`);
      else if (plan.ending === 'door') {
        const line = beat?.source
          ?.split(' ')
          .map(findEnding)
          .find((ending) => ending !== undefined);
        const farSide = line?.needs.some((need) => need.key === THROUGH_DOOR) ?? false;
        if (!farSide)
          found.push(`${seed}: the door ending opens another door: ${beat?.text ?? ''}`);
      }
    });
  }
  return found;
}

/**
 * Beats that cast a companion the reader has parted from (left on the platform, or let go on
 * without them): their name in the beat's question, unless the beat calls back to a choice (a
 * callback may recall the parting itself).
 */
export function partedCompanionsCast(all: readonly Walk[]): string[] {
  const found: string[] = [];
  for (const { seed, story, plans } of all) {
    story.beats.forEach((beat, index) => {
      const facts = plans[index]?.ledger.facts ?? [];
      if (beat.source?.includes('callback@') === true) return;
      const sentences = splitSentences(beat.text);
      const last = sentences[sentences.length - 1] ?? '';
      for (const fact of facts) {
        if (!fact.startsWith('parted:')) continue;
        const name = fact.slice('parted:'.length);
        if (last.includes(name)) found.push(`${seed}, beat ${beat.turn}: ${beat.text}`);
      }
    });
  }
  return found;
}

/** True when a story's beats call back to an earlier choice in the words that remembered it. */
export function hasCallback(story: StoryState): boolean {
  for (const beat of story.beats) {
    for (const token of beat.source?.split(' ') ?? []) {
      if (!token.startsWith('callback@')) continue;
      const turn = Number(token.slice('callback@'.length));
      const choice = story.ledger.choices.find((candidate) => candidate.turn === turn);
      if (choice !== undefined && beat.text.includes(choice.recall)) return true;
    }
  }
  return false;
}

export function callbackShare(all: readonly Walk[]): number {
  return all.filter(({ story }) => hasCallback(story)).length / all.length;
}

/**
 * What each world promised and the story did not keep: a seeded companion never named, a motif
 * that does not recur (named in fewer than two beats), or weather that never shows.
 */
export function brokenWorldPromises(all: readonly Walk[]): string[] {
  const broken: string[] = [];
  for (const { seed, story } of all) {
    const { world } = story;
    for (const companion of world.companions) {
      if (!story.beats.some((beat) => mentionsName(beat.text, companion.name)))
        broken.push(`${seed}: ${companion.name} never appears`);
    }
    const named = story.beats.filter((beat) => namesMotif(beat.text, world.motif)).length;
    if (named < 2) broken.push(`${seed}: ${world.motif.the} is named in ${named} beat(s)`);
    if (!story.beats.some((beat) => namesWeather(beat.text, world.weather)))
      broken.push(`${seed}: the ${world.weather} never shows`);
  }
  return broken;
}

/**
 * The share of companions seen only as they arrive: named in the beat that introduces them and
 * the one that answers it, and never again.
 */
export function companionsSeenOnlyOnArrival(all: readonly Walk[]): number {
  let met = 0;
  let gone = 0;
  for (const { story } of all) {
    for (const companion of story.world.companions) {
      const named = story.beats.filter((beat) => mentionsName(beat.text, companion.name)).length;
      if (named === 0) continue;
      met++;
      if (named <= 2) gone++;
    }
  }
  return gone / met;
}

/**
 * The share of stories that leave out of their last third a companion met before it and not
 * parted from: someone who rode the whole night and is simply no longer there.
 */
export function companionsFadedShare(all: readonly Walk[]): number {
  let faded = 0;
  for (const { story } of all) {
    const lastThird = Math.floor((story.beats.length * 2) / 3);
    const early = story.beats.slice(0, lastThird);
    const late = story.beats.slice(lastThird);
    const forgotten = story.world.companions.some(
      (companion) =>
        early.some((beat) => mentionsName(beat.text, companion.name)) &&
        !story.ledger.facts.includes(`parted:${companion.name}`) &&
        !late.some((beat) => mentionsName(beat.text, companion.name)),
    );
    if (forgotten) faded++;
  }
  return faded / all.length;
}

/**
 * The share of stories in which the reader's own errand (who the opening says they are) comes
 * back after the opening: a question written for their role, or an ending written for it.
 */
export function errandReturnShare(all: readonly Walk[]): number {
  const returning = all.filter(({ story }) =>
    story.beats.slice(1).some((beat) => sourceTokens(beat.source).some(isReaderPiece)),
  );
  return returning.length / all.length;
}

/**
 * Stories that end with a thread still open, unless the ending itself speaks of it (an ending
 * line that requires an open thread of that kind).
 */
export function openThreadEndings(all: readonly Walk[]): string[] {
  const open: string[] = [];
  for (const { seed, story } of all) {
    const threads = openThreads(story.ledger);
    if (threads.length === 0) continue;
    const tokens = story.beats[story.beats.length - 1]?.source?.split(' ') ?? [];
    const needs = tokens.flatMap((token) => findEnding(token)?.needs ?? []);
    const spoken = threads.every((thread) =>
      needs.some((need) => need.key === `open-kind:${thread.kind}` && !need.negate),
    );
    if (!spoken)
      open.push(
        `${seed}: ${threads.map((thread) => thread.id).join(', ')} open at the ${story.ending ?? ''} ending`,
      );
  }
  return open;
}

export interface ReturningReader {
  /** Share of beats in the 5th story re-asking a question met in stories 1-4. */
  fifth: number;
  /** The same for the 10th story against stories 1-9. */
  tenth: number;
}

function questionsOf(story: StoryState): string[] {
  return story.beats.map(questionOf).filter((id): id is string => id !== null);
}

function reasks(stories: readonly StoryState[], index: number): { asked: number; reasked: number } {
  const met = new Set(stories.slice(0, index).flatMap(questionsOf));
  const asked = questionsOf(stories[index] as StoryState);
  return { asked: asked.length, reasked: asked.filter((id) => met.has(id)).length };
}

function readerStories(seeds: readonly string[], random: Random): StoryState[] {
  return seeds.map((seed) => playWalk(seed, undefined, random).story);
}

/** A returning reader playing ten stories from random seeds. */
export function returningReader(readers: number): ReturningReader {
  let fifth = { asked: 0, reasked: 0 };
  let tenth = { asked: 0, reasked: 0 };
  for (let reader = 0; reader < readers; reader++) {
    const random = createRandom(`reader|${reader}`);
    const seeds = Array.from({ length: 10 }, () => generateSeed(random));
    const stories = readerStories(seeds, random);
    const five = reasks(stories, 4);
    const ten = reasks(stories, 9);
    fifth = { asked: fifth.asked + five.asked, reasked: fifth.reasked + five.reasked };
    tenth = { asked: tenth.asked + ten.asked, reasked: tenth.reasked + ten.reasked };
  }
  return { fifth: fifth.reasked / fifth.asked, tenth: tenth.reasked / tenth.asked };
}

/** Random seeds that give one setting and genre, found by drawing until they match. */
function seedsFor(setting: SettingId, genre: Genre, count: number, random: Random): string[] {
  const seeds: string[] = [];
  while (seeds.length < count) {
    const seed = generateSeed(random);
    const world = createWorld(seed);
    if (world.setting === setting && world.genre === genre) seeds.push(seed);
  }
  return seeds;
}

/** A returning reader who always gets the same setting and genre, five stories in. */
export function returningReaderOneWorld(readers: number): number {
  let total = { asked: 0, reasked: 0 };
  for (let reader = 0; reader < readers; reader++) {
    const random = createRandom(`one world reader|${reader}`);
    const setting = SETTING_IDS[reader % SETTING_IDS.length] as SettingId;
    const genre = GENRES[Math.floor(reader / SETTING_IDS.length) % GENRES.length] as Genre;
    const stories = readerStories(seedsFor(setting, genre, 5, random), random);
    const five = reasks(stories, 4);
    total = { asked: total.asked + five.asked, reasked: total.reasked + five.reasked };
  }
  return total.reasked / total.asked;
}

/** Distinct questions asked across a set of walks. */
export function distinctQuestions(all: readonly Walk[]): number {
  return new Set(all.flatMap(({ story }) => questionsOf(story))).size;
}

/** Seeds that name a setting the world knows, each with the setting it should get. */
export const NAMED_SEEDS: readonly (readonly [string, SettingId])[] = [
  ['night ferry to nowhere', 'ferry-terminal'],
  ['the last tram home', 'night-tram'],
  ['airport at dawn', 'airport-gate'],
  ['snow on the sleeper to Vienna', 'sleeper-train'],
  ['a ghost story on the night bus', 'night-bus'],
  ['empty platform, last train', 'empty-platform'],
  ['motorway services, 2am', 'service-station'],
  ['hotel lift at 3am', 'hotel-lift'],
  ['the border at midnight', 'border-crossing'],
  ['harbour fog', 'ferry-terminal'],
  ['grand hotel lobby', 'hotel-lift'],
  ['checkpoint in the snow', 'border-crossing'],
  ['streetcar named nowhere', 'night-tram'],
  ['red-eye flight', 'airport-gate'],
  ['coach station blues', 'service-station'],
  ['underground station', 'empty-platform'],
  ['overnight train to the sea', 'sleeper-train'],
  ['double-decker in the rain', 'night-bus'],
  ['uber home from the party', 'night-cab'],
  ['black cab in the rain', 'night-cab'],
];

export function namedSeedShare(): { share: number; misses: string[] } {
  const misses = NAMED_SEEDS.filter(([seed, setting]) => createWorld(seed).setting !== setting).map(
    ([seed, setting]) => `"${seed}" should be ${setting}, is ${createWorld(seed).setting}`,
  );
  return { share: 1 - misses.length / NAMED_SEEDS.length, misses };
}
