/**
 * Prompts for AI narrators. The system prompt carries the rules and the world; the user prompt
 * carries the rolling summary, the last few beats and what this beat must do. Both are bounded
 * whatever the story's length, so cost and latency stay flat.
 */
import type { BeatPlan } from './arc';
import { MAX_BEAT_WORDS } from './beat-rules';
import type { EndingKind, StoryState, ThreadKind } from './state';
import { MAX_CONTINUITY } from './state';
import { SETTINGS } from './world/ingredients';
import type { World } from './world/world';

/** Beats quoted verbatim in the prompt; older ones live on in the summary. */
export const PROMPT_RECENT_BEATS = 3;

export interface NarrationPrompt {
  system: string;
  user: string;
}

/** A rough token count (about four characters a token for English prose). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

const ENDINGS: Record<EndingKind, (world: World) => string> = {
  arrival: (world) => `the reader arrives at ${world.destination}, and the night lets them go`,
  'missed-stop': (world) => `the reader misses ${world.destination} and travels on somewhere else`,
  loop: () => 'the journey folds back to its very beginning, to start again',
  door: () => 'a door opens at last onto somewhere unexpected, and the reader steps through',
};

function threadDescription(thread: ThreadKind, world: World): string {
  const keeper = world.companions[0]?.name ?? 'a companion';
  switch (thread) {
    case 'motif':
      return `${world.motif.a} that keeps turning up`;
    case 'companion':
      return `${keeper} is hiding something about this journey`;
    case 'door':
      return 'a door, or a key to one, that will matter later';
  }
}

function describeWorld(world: World): string {
  const setting = SETTINGS[world.setting];
  const companions = world.companions
    .map(
      (companion) =>
        `${companion.name} (${companion.pronoun}), ${companion.role}, ${companion.mood}`,
    )
    .join('; ');
  return [
    `Setting: ${setting.place}. The ${setting.vessel} stops at a ${setting.stop}.`,
    `The reader is ${world.role}, travelling to ${world.destination}.`,
    `Companions: ${companions}.`,
    `Genre and tone: ${world.genre}. Recurring motif: ${world.motif.a}.`,
  ].join('\n');
}

function describeContinuity(continuity: number): string {
  if (continuity <= 1) return 'the world is coming apart at the seams';
  if (continuity <= 2) return 'the world is fraying';
  if (continuity >= 5) return 'the world holds firm';
  return 'the world is uncertain';
}

function instruction(plan: BeatPlan, world: World): string {
  const lines: string[] = [];
  if (plan.answer !== null) lines.push('First react to the reader’s answer.');
  if (plan.kind === 'ending') {
    lines.push(
      `This is the final beat. End the story: ${ENDINGS[plan.ending ?? 'missed-stop'](world)}.`,
      'Do not ask a question.',
    );
    return lines.join(' ');
  }
  if (plan.turn === 1)
    lines.push('Open the story: the place, the reader, two companions, the destination.');
  if (plan.plant !== null)
    lines.push(`Plant a thread for later: ${threadDescription(plan.plant, world)}.`);
  if (plan.payoff !== null) {
    lines.push(`Pay off the thread planted earlier: ${threadDescription(plan.payoff, world)}.`);
  }
  if (plan.arc === 'turn')
    lines.push('This is the turn of the story: reveal something that changes it.');
  if (plan.arc === 'resolution') lines.push(`The destination, ${world.destination}, is near.`);
  lines.push(
    `Then ask one yes/no question; answering "${plan.hold ?? 'yes'}" should keep the world steady.`,
  );
  return lines.join(' ');
}

/** Builds the system and user prompt for the next beat of a story. */
export function buildPrompt(state: StoryState, plan: BeatPlan): NarrationPrompt {
  const world = state.world;
  const system = [
    'You narrate Liminal Transit, an interactive story told in very short beats.',
    'Rules for every beat:',
    `- One or two sentences, at most ${MAX_BEAT_WORDS} words in all.`,
    '- Second person, present tense: the reader is "you".',
    '- Plain text only: no emoji, no markdown, no preamble, no quotation marks around the beat.',
    '- End with a single question the reader can answer yes or no (never an either-or question),',
    '  unless you are told this is the ending, which has no question at all.',
    '- Never repeat a sentence already told. Keep the companions, destination and motif consistent.',
    '',
    describeWorld(world),
  ].join('\n');

  const summary = state.summary;
  const recentAnswers = summary.recent
    .map(
      (entry) => `- Turn ${entry.turn}: "${entry.question}" The reader answered ${entry.answer}.`,
    )
    .join('\n');
  const lastBeats = state.beats
    .slice(-PROMPT_RECENT_BEATS)
    .map((beat) => `[${beat.turn}] ${beat.text}`)
    .join('\n');
  const open = state.foreshadow.map((thread) => threadDescription(thread, world)).join('; ');
  const user = [
    `Beat ${plan.turn}. Arc: ${plan.arc}. Continuity ${plan.continuity} of ${MAX_CONTINUITY}: ${describeContinuity(plan.continuity)}.`,
    summary.earlier.yes + summary.earlier.no > 0
      ? `Earlier answers: ${summary.earlier.yes} yes, ${summary.earlier.no} no.`
      : '',
    recentAnswers === '' ? '' : `Recent answers:\n${recentAnswers}`,
    open === '' ? '' : `Open threads: ${open}.`,
    lastBeats === '' ? '' : `Last beats:\n${lastBeats}`,
    plan.answer === null ? '' : `The reader just answered: ${plan.answer}.`,
    instruction(plan, world),
  ]
    .filter((line) => line !== '')
    .join('\n');
  return { system, user };
}
