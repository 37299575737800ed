/**
 * What the API shows of a journey. Mechanics that would spoil the story (which answer holds the
 * world together, planted threads) stay on the server.
 */
import type { BeatView, JourneyHead, JourneyView, StoryView } from '@liminal/contract';
import type { Beat, StoryState } from '@liminal/story';
import {
  RETOLD_FACT,
  SETTINGS,
  encodeReplay,
  shownLanguage,
  shownText,
  storyLanguage,
} from '@liminal/story';
import type { JourneyRecord } from '../store/journey-store';

/** A beat as the reader reads it: in their language where it was translated, and which that is. */
export function beatView(beat: Beat): BeatView {
  return {
    turn: beat.turn,
    text: shownText(beat),
    language: shownLanguage(beat),
    narrator: beat.narrator,
    ending: beat.ending,
  };
}

export function storyView(state: StoryState, retold = false): StoryView {
  const world = state.world;
  return {
    seed: world.seed,
    language: storyLanguage(state),
    world: {
      setting: SETTINGS[world.setting].name,
      settingKey: world.setting,
      genre: world.genre,
      destination: world.destination,
      companions: world.companions.map(({ name, role }) => ({ name, role })),
    },
    beats: state.beats.map(beatView),
    answers: state.answers,
    turn: state.beats.length,
    ending: state.ending,
    replay: encodeReplay({ seed: world.seed, answers: state.answers }),
    retold: retold || state.ledger.facts.includes(RETOLD_FACT),
  };
}

export function journeyView(record: JourneyRecord): JourneyView {
  return {
    id: record.id,
    ...storyView(record.state),
    variants: record.variants,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function journeyHead(record: JourneyRecord): JourneyHead {
  const state = record.state;
  return {
    id: record.id,
    seed: state.world.seed,
    turn: state.beats.length,
    answers: state.answers,
    ending: state.ending,
    replay: encodeReplay({ seed: state.world.seed, answers: state.answers }),
    updatedAt: record.updatedAt,
  };
}
