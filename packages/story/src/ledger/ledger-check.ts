/**
 * Checks a saved ledger against its world and beats, so that a tampered or corrupted state is
 * refused with a reason instead of producing a story that mentions people who were never met.
 */
import type { Beat } from '../state';
import { isAnswer, isThreadKind } from '../vocabulary';
import type { World } from '../world/world';
import { OBJECT_STATUSES } from './ledger';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTurn = (value: unknown, last: number): boolean =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= last;

function findListProblem(
  list: unknown,
  name: string,
  check: (item: Record<string, unknown>) => string | null,
): string | null {
  if (!Array.isArray(list)) return `ledger.${name} is not a list`;
  const ids = new Set<unknown>();
  for (const item of list as unknown[]) {
    if (!isRecord(item)) return `ledger.${name} holds something that is not an object`;
    const problem = check(item);
    if (problem !== null) return problem;
    const id = item['id'] ?? item['name'] ?? item['turn'];
    if (ids.has(id)) return `ledger.${name} lists ${String(id)} twice`;
    ids.add(id);
  }
  return null;
}

/** What is wrong with a ledger, given the world and beats it belongs to, or null. */
export function findLedgerProblem(ledger: unknown, world: World, beats: Beat[]): string | null {
  if (!isRecord(ledger)) return 'ledger is missing';
  if (ledger['situation'] !== 'waiting' && ledger['situation'] !== 'aboard') {
    return 'ledger.situation is neither waiting nor aboard';
  }
  const last = beats.length;
  const people = findListProblem(ledger['people'], 'people', (person) => {
    const companion = world.companions.find((candidate) => candidate.name === person['name']);
    if (companion === undefined)
      return `ledger.people names ${String(person['name'])}, who is not in this world`;
    if (person['role'] !== companion.role || person['pronoun'] !== companion.pronoun) {
      return `ledger.people describes ${companion.name} differently from the world`;
    }
    if (!isTurn(person['met'], last))
      return `${companion.name} was met at a turn the story has not reached`;
    if (!Array.isArray(person['known']) || !person['known'].every(isText)) {
      return `what the reader knows of ${companion.name} is malformed`;
    }
    return null;
  });
  if (people !== null) return people;
  const objects = findListProblem(ledger['objects'], 'objects', (object) => {
    if (!isText(object['id']) || object['id'] === '') return 'an object has no id';
    if (!(OBJECT_STATUSES as readonly unknown[]).includes(object['status'])) {
      return `object ${object['id']} has an unknown status`;
    }
    if (!isTurn(object['since'], last))
      return `object ${object['id']} appeared at a turn the story has not reached`;
    return null;
  });
  if (objects !== null) return objects;
  const threads = findListProblem(ledger['threads'], 'threads', (thread) => {
    if (!isText(thread['id']) || !isText(thread['words'])) return 'a thread lacks its id or words';
    if (!isThreadKind(thread['kind'])) return `thread ${thread['id']} has an unknown kind`;
    if (!isTurn(thread['planted'], last))
      return `thread ${thread['id']} was planted at a turn the story has not reached`;
    const closed = thread['closed'];
    if (
      closed !== null &&
      (!isTurn(closed, last) || (closed as number) < (thread['planted'] as number))
    ) {
      return `thread ${thread['id']} closes before it was planted or after the last beat`;
    }
    if (typeof thread['refused'] !== 'boolean' || (thread['refused'] && closed === null)) {
      return `thread ${thread['id']} is refused but still open`;
    }
    const planter = beats[(thread['planted'] as number) - 1];
    if (planter?.plant !== thread['kind']) {
      return `thread ${thread['id']} contradicts beat ${String(thread['planted'])}, which planted no ${thread['kind']}`;
    }
    return null;
  });
  if (threads !== null) return threads;
  const revelations = findListProblem(ledger['revelations'], 'revelations', (revelation) => {
    if (!isText(revelation['id']) || !isText(revelation['words']))
      return 'a revelation lacks its id or words';
    if (!isTurn(revelation['turn'], last))
      return `revelation ${revelation['id']} is dated after the last beat`;
    return null;
  });
  if (revelations !== null) return revelations;
  const choices = findListProblem(ledger['choices'], 'choices', (choice) => {
    if (!isTurn(choice['turn'], last - 1))
      return 'a remembered choice answers a beat that has no answer';
    if (!isAnswer(choice['answer']) || !isText(choice['recall']))
      return 'a remembered choice is malformed';
    return null;
  });
  if (choices !== null) return choices;
  if (!Array.isArray(ledger['facts']) || !ledger['facts'].every(isText))
    return 'ledger.facts is malformed';
  // Every planted or paid beat must have its thread.
  const planted = ledger['threads'] as { kind: string; planted: number; closed: number | null }[];
  for (const beat of beats) {
    if (
      beat.plant !== null &&
      !planted.some((thread) => thread.planted === beat.turn && thread.kind === beat.plant)
    ) {
      return `beat ${beat.turn} planted a ${beat.plant} thread the ledger does not hold`;
    }
    if (
      beat.payoff !== null &&
      !planted.some((thread) => thread.closed === beat.turn && thread.kind === beat.payoff)
    ) {
      return `beat ${beat.turn} paid off a ${beat.payoff} thread the ledger does not close`;
    }
  }
  return null;
}

function findEffectProblem(effect: unknown, world: World): string | null {
  if (!isRecord(effect)) return 'an effect is not an object';
  switch (effect['op']) {
    case 'meet':
    case 'know':
      return world.companions.some((companion) => companion.name === effect['name'])
        ? null
        : `an effect names ${String(effect['name'])}, who is not in this world`;
    case 'object':
      return isText(effect['id']) &&
        (OBJECT_STATUSES as readonly unknown[]).includes(effect['status'])
        ? null
        : 'an object effect is malformed';
    case 'plant':
      return isText(effect['id']) && isThreadKind(effect['kind'])
        ? null
        : 'a plant effect is malformed';
    case 'close':
    case 'refuse':
    case 'reveal':
      return isText(effect['id']) ? null : `a ${effect['op']} effect has no id`;
    case 'board':
      return null;
    case 'fact':
    case 'unfact':
      return isText(effect['fact']) ? null : 'a fact effect has no fact';
    default:
      return `an effect has the unknown operation ${String(effect['op'])}`;
  }
}

/** What is wrong with the pending choice of a state, or null. */
export function findPendingProblem(
  pending: unknown,
  world: World,
  beatCount: number,
  ended: boolean,
): string | null {
  if (pending === null) return null;
  if (ended || beatCount === 0) return 'a story with no open question has a pending choice';
  if (!isRecord(pending)) return 'pending is malformed';
  for (const answer of ['yes', 'no'] as const) {
    const outcome = pending[answer];
    if (!isRecord(outcome)) return `pending.${answer} is missing`;
    if (outcome['text'] !== undefined && !isText(outcome['text']))
      return `pending.${answer}.text is not text`;
    if (outcome['recall'] !== undefined && !isText(outcome['recall']))
      return `pending.${answer}.recall is not text`;
    if (!Array.isArray(outcome['effects'])) return `pending.${answer}.effects is not a list`;
    for (const effect of outcome['effects'] as unknown[]) {
      const problem = findEffectProblem(effect, world);
      if (problem !== null) return problem;
    }
  }
  return null;
}
