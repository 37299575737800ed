/**
 * Gives every corpus entry a stable id, so a beat can record which entries it used (its
 * `source`) and the next beat can find the question it answers and avoid reusing anything.
 */
import { THREAD_KINDS } from '../state';
import type { ThreadKind } from '../state';
import type { Genre, SettingId } from '../world/ingredients';
import { GENRES, SETTING_IDS } from '../world/ingredients';
import { GENRE_CORPUS } from './corpus/genres';
import { SETTING_CORPUS } from './corpus/settings';
import { SHARED_CORPUS } from './corpus/shared';
import type { QuestionTemplate } from './corpus/types';

export interface Entry<T> {
  id: string;
  value: T;
}

const questions = new Map<string, QuestionTemplate>();

function register(prefix: string, list: readonly QuestionTemplate[]): Entry<QuestionTemplate>[] {
  return list.map((value, index) => {
    const id = `${prefix}${index}`;
    questions.set(id, value);
    return { id, value };
  });
}

function label(prefix: string, list: readonly string[]): Entry<string>[] {
  return list.map((value, index) => ({ id: `${prefix}${index}`, value }));
}

function byKey<K extends string, T>(keys: readonly K[], make: (key: K) => T): Record<K, T> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, T>;
}

export const SETTING_ENTRIES = byKey(SETTING_IDS, (id: SettingId) => ({
  openings: label(`O:${id}:`, SETTING_CORPUS[id].openings),
  leadIns: label(`L:${id}:`, SETTING_CORPUS[id].leadIns),
  questions: register(`Q:${id}:`, SETTING_CORPUS[id].questions),
}));

export const GENRE_ENTRIES = byKey(GENRES, (genre: Genre) => ({
  leadIns: label(`L:${genre}:`, GENRE_CORPUS[genre].leadIns),
  questions: register(`Q:${genre}:q`, GENRE_CORPUS[genre].questions),
  turns: register(`Q:${genre}:t`, GENRE_CORPUS[genre].turns),
  approaches: register(`Q:${genre}:a`, GENRE_CORPUS[genre].approaches),
  endings: {
    arrival: label(`E:${genre}:arrival:`, GENRE_CORPUS[genre].endings.arrival),
    'missed-stop': label(`E:${genre}:missed-stop:`, GENRE_CORPUS[genre].endings['missed-stop']),
    loop: label(`E:${genre}:loop:`, GENRE_CORPUS[genre].endings.loop),
    door: label(`E:${genre}:door:`, GENRE_CORPUS[genre].endings.door),
  },
}));

export const SHARED_ENTRIES = {
  companions: register('Q:companion:', SHARED_CORPUS.companions),
  plants: byKey(THREAD_KINDS, (kind: ThreadKind) =>
    register(`Q:plant-${kind}:`, SHARED_CORPUS.plants[kind]),
  ),
  payoffs: byKey(THREAD_KINDS, (kind: ThreadKind) =>
    register(`Q:payoff-${kind}:`, SHARED_CORPUS.payoffs[kind]),
  ),
  approaches: register('Q:approach:', SHARED_CORPUS.approaches),
  fraying: label('L:fraying:', SHARED_CORPUS.fraying),
  steady: label('L:steady:', SHARED_CORPUS.steady),
  echoes: label('L:echo:', SHARED_CORPUS.echoes),
  reactions: {
    yes: label('R:yes:', SHARED_CORPUS.reactions.yes),
    no: label('R:no:', SHARED_CORPUS.reactions.no),
  },
};

/** The question template with this id, if the corpus has one. */
export function findQuestion(id: string): QuestionTemplate | undefined {
  return questions.get(id);
}

/** Every question template, for the corpus tests. */
export function allQuestions(): ReadonlyMap<string, QuestionTemplate> {
  return questions;
}
