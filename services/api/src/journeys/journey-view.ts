/**
 * What the API shows of a journey. Mechanics that would spoil the story (which answer holds the
 * world together, planted threads) stay on the server.
 */
import type { Answer, Beat, EndingKind, StoryState } from '@liminal/story';
import { RETOLD_FACT, SETTINGS, encodeReplay } from '@liminal/story';
import type { JourneyRecord, Variants } from '../store/journey-store';

export interface BeatView {
  turn: number;
  text: string;
  narrator: string;
  ending: EndingKind | null;
}

export interface WorldView {
  setting: string;
  genre: string;
  destination: string;
  companions: { name: string; role: string }[];
}

export interface StoryView {
  seed: string;
  world: WorldView;
  beats: BeatView[];
  answers: Answer[];
  turn: number;
  ending: EndingKind | null;
  /** Token for a share link: seed and answers, replayable anywhere. */
  replay: string;
  /**
   * True when an earlier storyteller told part of this story (an old share link, or a journey
   * begun before the storyteller changed): the reader is told the words may differ.
   */
  retold: boolean;
}

export interface JourneyView extends StoryView {
  id: string;
  variants: Variants;
  createdAt: string;
  updatedAt: string;
}

export function beatView(beat: Beat): BeatView {
  return { turn: beat.turn, text: beat.text, narrator: beat.narrator, ending: beat.ending };
}

export function storyView(state: StoryState, retold = false): StoryView {
  const world = state.world;
  return {
    seed: world.seed,
    world: {
      setting: SETTINGS[world.setting].name,
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

/** A journey without its beats and world: what a turn's response carries besides the beat. */
export interface JourneyHead {
  id: string;
  seed: string;
  turn: number;
  answers: Answer[];
  ending: EndingKind | null;
  replay: string;
  updatedAt: string;
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
