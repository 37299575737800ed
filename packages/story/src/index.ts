/**
 * @liminal/story: the pure story domain. No I/O, no clock, no global randomness.
 */
export * from './errors';
export type { Random } from './random';
export { createRandom, hash128 } from './random';
export { MAX_SEED_LENGTH, generateSeed, normaliseSeed } from './seed';
export type { Genre, Motif, Pronoun, SettingId, Weather } from './world/ingredients';
export { COMPANION_NAMES, GENRES, SETTINGS, SETTING_IDS, WEATHERS } from './world/ingredients';
export type { Companion, World } from './world/world';
export { calledByKin, createWorld, introducedAs } from './world/world';
export { keptPlaceName } from './world/destination';
export type { BeatCheck, BeatKind, BeatRuleViolation } from './beat-rules';
export {
  MAX_BEAT_SENTENCES,
  MAX_BEAT_WORDS,
  countWords,
  isValidBeat,
  isYesNoQuestion,
  splitSentences,
  toldSentences,
  validateBeat,
} from './beat-rules';
export type {
  Answer,
  ArcPosition,
  Beat,
  BeatTranslation,
  EndingKind,
  Outcome,
  PendingChoice,
  StoryState,
  ThreadKind,
} from './state';
export {
  ANSWERS,
  ARC_POSITIONS,
  ENDING_KINDS,
  ENGLISH_FORMAT,
  FORMAT,
  MAX_CONTINUITY,
  OLDEST_FORMAT,
  THREAD_KINDS,
  createStory,
  loadStory,
  nextTurn,
  serialiseStory,
  shownLanguage,
  shownText,
  storyLanguage,
} from './state';
export type {
  Choice,
  Effect,
  Ledger,
  Person,
  Situation,
  StoryObject,
  Thread,
} from './ledger/ledger';
export { MAX_STORY_BEATS, MIN_STORY_BEATS, arcAt, chooseEnding } from './arc';
export { compileAll as compileCorpus } from './storyteller/registry';
export type { BeatPlan, Duty } from './plan';
export { parseAnswer, planNextBeat } from './plan';
export type { Narration } from './append';
export { appendBeat } from './append';
export type { Language } from './languages/language';
export {
  BEAT_LENGTH,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_NAMES,
  isLanguage,
} from './languages/language';
export {
  beatLength,
  detectLanguage,
  isWrongLanguage,
  splitSentencesIn,
  validateBeatIn,
} from './languages/language-rules';
export type { NarrationPrompt } from './prompt';
export { buildPrompt, estimateTokens } from './prompt';
export { STORYTELLER_NAME, questionOf, tellBeat } from './storyteller/storyteller';
export type { ReplayedStory } from './story';
export { continueStory, replayStory, replayToken, startStory, tellNext } from './story';
export type { DecodedReplay, Replay } from './replay';
export { TELLING, decodeReplay, encodeReplay } from './replay';
export { RETOLD_FACT } from './ledger/migrate';
