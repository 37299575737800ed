/**
 * The languages a story can be read in: English, which the built-in storyteller writes, and the
 * others an AI narrator may write directly or a translator may carry the storyteller's beats
 * into. A language is named by its ISO 639-1 code, as a document's `lang` attribute names it.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'ja'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The language the storyteller writes, and every story's language unless the reader chooses. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in English (for prompts) and in itself (for the reader's menu). */
export const LANGUAGE_NAMES: Readonly<Record<Language, { english: string; own: string }>> = {
  en: { english: 'English', own: 'English' },
  es: { english: 'Spanish', own: 'Español' },
  fr: { english: 'French', own: 'Français' },
  de: { english: 'German', own: 'Deutsch' },
  ja: { english: 'Japanese', own: '日本語' },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * How long a beat may be in each language. Words where words are spaced; characters in Japanese,
 * which does not space its words. Spanish, French and German run about a fifth longer than
 * English for the same sentence, and a Japanese sentence takes two to three characters for
 * each English word.
 */
export const BEAT_LENGTH: Readonly<
  Record<Language, { unit: 'words' | 'characters'; max: number }>
> = {
  en: { unit: 'words', max: 45 },
  es: { unit: 'words', max: 55 },
  fr: { unit: 'words', max: 55 },
  de: { unit: 'words', max: 55 },
  ja: { unit: 'characters', max: 120 },
};
