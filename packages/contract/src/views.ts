/**
 * What the API shows: the bodies of its responses. Mechanics that would spoil the story (which
 * answer holds the world together, planted threads) never appear here.
 */
import type { Answer, EndingKind, Language } from '@liminal/story';

export type { Answer, EndingKind, Language };

export interface BeatView {
  turn: number;
  /** The words as the reader reads them. */
  text: string;
  /** Their language: the story's, or English where a beat could not be translated. */
  language: Language;
  narrator: string;
  ending: EndingKind | null;
}

export interface WorldView {
  setting: string;
  /** The setting's key ("night-bus"): what the page's tint is chosen by. */
  settingKey: string;
  genre: string;
  destination: string;
  companions: { name: string; role: string }[];
}

export interface StoryView {
  seed: string;
  /** The language the story is read in. */
  language: Language;
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

/** A/B assignments: experiment key to variant key. */
export type Variants = Readonly<Record<string, string>>;

export interface JourneyView extends StoryView {
  id: string;
  variants: Variants;
  createdAt: string;
  updatedAt: string;
}

/** A journey without its beats and world: what a turn's response carries besides the beat. */
export type JourneyHead = Pick<
  JourneyView,
  'id' | 'seed' | 'turn' | 'answers' | 'ending' | 'replay' | 'updatedAt'
>;

/** One of a visitor's journeys, as the list shows it. */
export interface JourneySummaryView {
  id: string;
  seed: string;
  /** How many beats the journey has. */
  turn: number;
  ending: EndingKind | null;
  createdAt: string;
  updatedAt: string;
}

/** POST /api/journeys: the first beat and the whole journey. */
export interface StartResponse {
  beat: BeatView;
  /** True when the request repeated one already answered (a retry), and nothing new was told. */
  repeated: boolean;
  journey: JourneyView;
}

/** POST /api/journeys/:id/turns: the new beat and the journey's head (the client has the rest). */
export interface TurnResponse {
  beat: BeatView;
  repeated: boolean;
  journey: JourneyHead;
}

/** GET /api/journeys/:id */
export interface JourneyResponse {
  journey: JourneyView;
}

/** GET /api/journeys */
export interface JourneysResponse {
  journeys: JourneySummaryView[];
}

/** GET /api/replays/:token */
export interface ReplayResponse {
  story: StoryView;
}

/** GET /api/openings?seed= */
export interface OpeningResponse {
  seed: string;
  world: WorldView;
  beat: BeatView | undefined;
}

/** GET /api/health */
export interface HealthResponse {
  status: 'ok';
  version: string;
  store: string;
}

/** A language on the reader's menu: whether a story can be read in it here, and if not, why. */
export interface LanguageOption {
  code: Language;
  /** Its name in itself: "Español". */
  name: string;
  available: boolean;
  /** Why it cannot be chosen, in plain words; or, when it can, anything the reader should know. */
  note?: string;
}

/** GET /api/languages */
export interface LanguagesResponse {
  languages: LanguageOption[];
}
