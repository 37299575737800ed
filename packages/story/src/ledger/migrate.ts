/**
 * Format 1 to format 2. Format 1 kept thread kinds and a summary but no ledger, so the ledger is
 * rebuilt from what the beats show: companions named in the text count as met, the motif exists
 * once it is mentioned, threads are the beats' plants (with the planting beat's question as
 * their words) and close at the beat that paid them. The pending choice is unknown, so the next
 * beat reacts to the answer in general terms; the fact "retold" lets the storyteller pay off
 * these threads with storylets that assume nothing about their details.
 */
import type { Beat, StoryState } from '../state';
import { splitSentences } from '../beat-rules';
import type { EndingKind, ThreadKind } from '../vocabulary';
import type { Genre, SettingId } from '../world/ingredients';
import { SETTINGS } from '../world/ingredients';
import type { World } from '../world/world';
import type { Ledger, Person, StoryObject, Thread } from './ledger';
import { createLedger } from './ledger';

/** The fields of a format-1 state that the migration reads. */
export interface Format1State {
  format: 1;
  world: Omit<World, 'weather'> & { setting: SettingId; genre: Genre };
  beats: Beat[];
  answers: StoryState['answers'];
  continuity: number;
  arc: StoryState['arc'];
  ending: EndingKind | null;
  foreshadow: ThreadKind[];
  paid: ThreadKind[];
}

/** The fact that marks a story begun by an older storyteller. */
export const RETOLD_FACT = 'retold';

function rebuildLedger(state: Format1State, world: World): Ledger {
  const ledger = createLedger(SETTINGS[world.setting].start);
  const people: Person[] = [];
  const objects: StoryObject[] = [];
  const threads: Thread[] = [];
  const motifNoun = world.motif.the.replace(/^the /u, '').toLowerCase();
  for (const beat of state.beats) {
    const text = beat.text;
    for (const companion of world.companions) {
      if (
        !people.some((person) => person.name === companion.name) &&
        text.includes(companion.name)
      ) {
        people.push({
          name: companion.name,
          role: companion.role,
          pronoun: companion.pronoun,
          met: beat.turn,
          known: [],
        });
      }
    }
    if (objects.length === 0 && text.toLowerCase().includes(motifNoun)) {
      objects.push({ id: 'motif', status: 'left', since: beat.turn });
    }
    if (beat.plant !== null) {
      const sentences = splitSentences(text);
      threads.push({
        id: `retold-${beat.plant}-${beat.turn}`,
        kind: beat.plant,
        words: sentences[sentences.length - 1] ?? text,
        planted: beat.turn,
        closed: null,
        refused: false,
      });
    }
    if (beat.payoff !== null) {
      const thread = threads.find(
        (candidate) => candidate.kind === beat.payoff && candidate.closed === null,
      );
      if (thread !== undefined) thread.closed = beat.turn;
    }
  }
  return { ...ledger, people, objects, threads, facts: [RETOLD_FACT] };
}

/** Migrates a checked format-1 state to format 2. */
export function migrateFormat1(state: Format1State): StoryState {
  const world: World = { ...state.world, weather: 'clear' };
  return {
    format: 2,
    world,
    beats: state.beats,
    answers: state.answers,
    continuity: state.continuity,
    arc: state.arc,
    ending: state.ending,
    ledger: rebuildLedger(state, world),
    pending: null,
  };
}
