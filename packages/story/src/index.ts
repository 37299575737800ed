/**
 * @liminal/story: the pure story domain. No I/O, no clock, no global randomness.
 */
export * from './errors';
export type { Random } from './random';
export { createRandom, hash128 } from './random';
export { MAX_SEED_LENGTH, generateSeed, normaliseSeed } from './seed';
export type { Genre, Motif, Pronoun, SettingId } from './world/ingredients';
export { GENRES, SETTINGS, SETTING_IDS } from './world/ingredients';
export type { Companion, World } from './world/world';
export { createWorld } from './world/world';
export type { BeatCheck, BeatKind, BeatRuleViolation } from './beat-rules';
export {
  MAX_BEAT_SENTENCES,
  MAX_BEAT_WORDS,
  countWords,
  isValidBeat,
  isYesNoQuestion,
  splitSentences,
  validateBeat,
} from './beat-rules';
export type {
  Answer,
  ArcPosition,
  Beat,
  EndingKind,
  StoryState,
  StorySummary,
  SummaryEntry,
  ThreadKind,
} from './state';
export {
  ANSWERS,
  ENDING_KINDS,
  FORMAT,
  MAX_CONTINUITY,
  OLDEST_FORMAT,
  THREAD_KINDS,
  createStory,
  loadStory,
  nextTurn,
  serialiseStory,
} from './state';
export type { BeatPlan, Narration } from './arc';
export {
  MAX_STORY_BEATS,
  MIN_STORY_BEATS,
  appendBeat,
  arcAt,
  chooseEnding,
  parseAnswer,
  planNextBeat,
} from './arc';
export type { NarrationPrompt } from './prompt';
export { buildPrompt, estimateTokens } from './prompt';
export { STORYTELLER_NAME, tellBeat } from './storyteller/storyteller';
export { continueStory, replayStory, startStory, tellNext } from './story';
export type { Replay } from './replay';
export { decodeReplay, encodeReplay } from './replay';
