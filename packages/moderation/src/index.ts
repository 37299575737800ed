export type {
  LocalModerator,
  ModerationCategory,
  ModerationErrorKind,
  ModerationScores,
  ModerationSource,
  Moderator,
} from './contract';
export { LOCAL_MODERATOR_NAME, MODERATION_CATEGORIES, ModerationError } from './contract';
export { createLocalModerator } from './local-moderator';
// Comprehend is not exported here: it loads the AWS SDK. `@liminal/moderation/comprehend` has
// it, and the configuration loads it on first use.
export type { ComprehendModeratorOptions } from './comprehend-moderator';
export { COMPREHEND_MODERATOR_NAME } from './contract';
export { COMPREHEND_PRICE, comprehendCostUsd } from './comprehend-price';
export type { Moderation, ModerationEntry, ModerationOptions, Verdict } from './moderation';
export { DEFAULT_THRESHOLD, createModeration } from './moderation';
export { holdsPersonalData } from './personal-data';
export type { ModerationConfig } from './moderation-config';
export {
  DEFAULT_MODERATION_CONFIG,
  ModerationConfigSchema,
  moderationFromConfig,
} from './moderation-config';
