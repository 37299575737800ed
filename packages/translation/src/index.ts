/**
 * @liminal/translation: the built-in storyteller's beats in the reader's language. The
 * translators themselves load from their own entry points (`./amazon`, `./deepl`), so a process
 * configured with neither loads neither SDK.
 */
export type { TargetLanguage, TranslationErrorKind, Translator } from './contract';
export {
  AMAZON_TRANSLATOR_NAME,
  DEEPL_TRANSLATOR_NAME,
  MODEL_TRANSLATOR_NAME,
  TranslationError,
} from './contract';
export type { TranslationCache } from './cache';
export { createMemoryTranslationCache } from './cache';
export { createLayeredTranslationCache } from './layered-cache';
export type { BeatOptions, TranslatedBeat, Translation, TranslationOptions } from './translation';
export { createTranslation } from './translation';
export type { TranslationConfig } from './translation-config';
export {
  DEEPL_KEY_VARIABLE,
  TranslationConfigSchema,
  translatorsFromConfig,
} from './translation-config';
