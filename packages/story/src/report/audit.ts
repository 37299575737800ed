/**
 * The audit of a told story against its ledger, read from the words on the page rather than
 * from what the storylets declared: a companion named before being introduced (by name and
 * role), an object of the lexicon mentioned before it exists, the motif before it appears,
 * or a line that belongs aboard told while the reader waits (and the other way round).
 */
import { splitSentences } from '../beat-rules';
import type { Ledger } from '../ledger/ledger';
import { mentionedObjects } from '../ledger/lexicon';
import { mentionsName } from '../ledger/mentions';
import type { World } from '../world/world';
import { calledByKin, introducedAs } from '../world/world';
import type { Walk } from './walk';

/** Words that place the reader aboard, or waiting; told in the other situation they are wrong. */
const ABOARD_ONLY =
  /\b(?:the aisle|top deck|lower deck|dining car|your cabin|your bunk|seatbelt|the car deck|bow doors|the lift gate|the brakes|slows for|takes the corner|the coach seat|across the aisle|the engines settle)\b/iu;
const WAITING_ONLY =
  /\b(?:departures? board|platform edge|yellow line|ticket booth|desk agent|boarding lanes|customs hall|the queue|front desk|lobby fire|boarding pass still warm|the noticeboard|bay four|the slipway|waiting-room bench)\b/iu;

export interface AuditFinding {
  turn: number;
  problem: string;
  text: string;
}

/** The text with the world's own phrases removed: roles, destination and motif need no introduction. */
export function withoutWorldPhrases(text: string, world: World, motifAbout: boolean): string {
  let stripped = text;
  const phrases = [
    world.role,
    world.destination,
    world.motif.the,
    world.motif.a,
    ...world.companions.flatMap((companion) => [introducedAs(companion), companion.role]),
  ];
  for (const phrase of phrases)
    stripped = stripped
      .split(phrase)
      .join(' ')
      .split(phrase.charAt(0).toUpperCase() + phrase.slice(1))
      .join(' ');
  if (!motifAbout) return stripped;
  // Once the motif is about, its own noun ("the key" of a brass key) means the motif.
  const noun = motifNoun(world).split(' ').pop() ?? '';
  return stripped.replace(new RegExp(`(?<![\\p{L}])${noun}s?(?![\\p{L}])`, 'giu'), ' ');
}

function motifNoun(world: World): string {
  return world.motif.the.replace(/^the /u, '');
}

function hasObject(ledger: Ledger, id: string): boolean {
  return ledger.objects.some((object) => object.id === id);
}

/** Everything in one beat that the ledger had not established, or an empty list. */
export function auditBeat(
  text: string,
  turn: number,
  world: World,
  before: Ledger,
  after: Ledger,
  previousSituation: Ledger['situation'],
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const found = (problem: string): void => {
    findings.push({ turn, problem, text });
  };
  const motifAbout = hasObject(before, 'motif') || hasObject(after, 'motif');
  const plain = withoutWorldPhrases(text, world, motifAbout);
  for (const companion of world.companions) {
    if (!mentionsName(plain, companion.name)) continue;
    const known = before.people.some((person) => person.name === companion.name);
    if (known) continue;
    const introduced = after.people.some((person) => person.name === companion.name);
    if (!introduced) found(`names ${companion.name}, who was never introduced`);
    // "Dad" says who he is (calledByKin): his role would only say it again.
    else if (
      !calledByKin(companion) &&
      !text.includes(companion.role) &&
      !text.includes(introducedAs(companion))
    )
      found(`introduces ${companion.name} without saying who they are`);
  }
  for (const id of mentionedObjects(plain)) {
    if (!hasObject(before, id) && !hasObject(after, id))
      found(`mentions the ${id}, which the story never introduced`);
  }
  if (
    text.toLowerCase().includes(motifNoun(world).toLowerCase()) &&
    !hasObject(before, 'motif') &&
    !hasObject(after, 'motif')
  ) {
    found(`mentions ${world.motif.the} before it appears`);
  }
  // A callback remembers what happened elsewhere and earlier: it is not said of the present.
  let present = text;
  for (const choice of after.choices) present = present.split(choice.recall).join(' ');
  const sentences = splitSentences(present);
  const [first = '', ...rest] = sentences;
  const situations = new Set([previousSituation, before.situation]);
  const check = (sentence: string, allowed: ReadonlySet<string>): void => {
    if (ABOARD_ONLY.test(sentence) && !allowed.has('aboard'))
      found('speaks as if aboard while the reader waits');
    if (WAITING_ONLY.test(sentence) && !allowed.has('waiting'))
      found('speaks as if waiting while the reader is aboard');
  };
  // What an answer did was written for where the reader was when asked; the rest for now.
  if (turn > 1) check(first, situations);
  for (const sentence of turn > 1 ? rest : sentences) check(sentence, new Set([before.situation]));
  return findings;
}

/** Every finding in a walk. */
export function auditWalk(walk: Walk): AuditFinding[] {
  const world = walk.story.world;
  return walk.story.beats.flatMap((beat, index) => {
    const plan = walk.plans[index];
    const state = walk.states[index];
    if (plan === undefined || state === undefined) return [];
    const previous =
      index === 0
        ? plan.ledger.situation
        : (walk.states[index - 1]?.ledger.situation ?? plan.ledger.situation);
    return auditBeat(beat.text, beat.turn, world, plan.ledger, state.ledger, previous);
  });
}
