/**
 * Which languages a story can be read in here, and a replayed story (the built-in storyteller's
 * English) carried into one. English always works; another language is readable where a
 * translator carries the storyteller's beats into it. AI narrators do not make a language
 * readable: their beats in it could not be moderated (the moderators read English), so the
 * router leaves such stories to the storyteller.
 */
import type { LanguageOption } from '@liminal/contract';
import type { Beat, Language, StoryState } from '@liminal/story';
import { FORMAT, LANGUAGES, LANGUAGE_NAMES, storyLanguage } from '@liminal/story';
import type { BeatTranslation, BeatTranslator } from './beat-translation';

export function createReadingLanguages(
  translator: BeatTranslator | undefined,
  translation: BeatTranslation,
) {
  async function options(): Promise<LanguageOption[]> {
    const translates = (await translator?.available()) ?? false;
    return LANGUAGES.map((code): LanguageOption => {
      const name = LANGUAGE_NAMES[code].own;
      if (code === 'en' || translates) return { code, name, available: true };
      return {
        code,
        name,
        available: false,
        note: 'The built-in storyteller writes in English, and no translator is configured here.',
      };
    });
  }

  /** The language a new story is read in: the one asked for where it is readable, else English. */
  async function readableIn(language: Language | undefined): Promise<Language | undefined> {
    if (language === undefined || language === 'en') return undefined;
    const offered = await options();
    return offered.find((option) => option.code === language)?.available === true
      ? language
      : undefined;
  }

  /**
   * Every beat of a story in its reader's language where it can be (the cache serves most). Once
   * one beat cannot be translated the rest stay English too: with the translators down, a long
   * replay would otherwise wait out a timeout per beat.
   */
  async function translateAll(state: StoryState): Promise<StoryState> {
    if (storyLanguage(state) === 'en') return state;
    const beats: Beat[] = [];
    let failed = false;
    for (const beat of state.beats) {
      if (failed) {
        beats.push(beat);
        continue;
      }
      const { state: shown, facts } = await translation.translateNewest({
        ...state,
        beats: [...beats, beat],
      });
      failed = facts?.translation === 'failed';
      beats.push(shown.beats.at(-1) ?? beat);
    }
    return { ...state, beats };
  }

  return {
    options,
    readableIn,
    /** A replayed story (told in English) in `language`, where it is readable here. */
    async replayIn(state: StoryState, language: Language | undefined): Promise<StoryState> {
      const readable = await readableIn(language);
      // Saved in the format that names a language, as a story begun in it is.
      return readable === undefined
        ? state
        : translateAll({ ...state, format: FORMAT, language: readable });
    },
  };
}
