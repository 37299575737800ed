/**
 * The storyteller's English beats, carried into the language a story is read in. A beat is
 * translated whole, by the translation policy (cache first, then the translators in order, each
 * answer checked by that language's beat rules), and checked by moderation as an AI beat is; when
 * any of that fails the reader reads the beat in English, marked as English: never a beat half
 * translated, never a turn lost to a translator.
 */
import type { Moderation } from '@liminal/moderation';
import type { Beat, Companion, Language, StoryState } from '@liminal/story';
import { calledByKin, keptPlaceName, splitSentences, storyLanguage } from '@liminal/story';
import type { TargetLanguage, Translation } from '@liminal/translation';

/**
 * What the journey service needs of translation: whether any translator is configured (asked,
 * since on AWS the configuration is read and refreshed as the process runs), and a beat
 * translated by the policy.
 */
export interface BeatTranslator {
  available(): Promise<boolean>;
  translateBeat: Translation['translateBeat'];
}

/** A translation policy whose translators are fixed for the life of the process. */
export function fixedTranslator(translation: Translation): BeatTranslator {
  return {
    available: () => Promise.resolve(translation.available),
    translateBeat: (text, to, kind, options) => translation.translateBeat(text, to, kind, options),
  };
}

/** How a beat came to be in the reader's language, for its turn's event. */
export type TranslationOutcome =
  /** Every sentence was in the cache. */
  | 'cache'
  /** A translator translated what the cache lacked. */
  | 'translated'
  /** No translator could, or moderation refused the translation: the beat stayed English. */
  | 'failed'
  /** No translator is configured. */
  | 'unavailable';

export interface TranslationFacts {
  language: Language;
  translation: TranslationOutcome;
  translationHits: number;
  translationMisses: number;
}

/** A beat the reader reads as it was written: in English, or in an AI narrator's language. */
function needsTranslation(state: StoryState, beat: Beat): TargetLanguage | null {
  const language = storyLanguage(state);
  if (language === 'en' || (beat.language ?? 'en') === language) return null;
  return language;
}

export function createBeatTranslation(
  translator: BeatTranslator | undefined,
  moderation: Pick<Moderation, 'check'> | undefined,
) {
  return {
    /**
     * The story with its newest beat in the reader's language where it can be, and what happened,
     * or null facts for a beat that needed nothing (an English story, an AI narrator's own words).
     */
    async translateNewest(
      state: StoryState,
    ): Promise<{ state: StoryState; facts: TranslationFacts | null }> {
      const beat = state.beats[state.beats.length - 1];
      const to = beat === undefined ? null : needsTranslation(state, beat);
      if (beat === undefined || to === null) return { state, facts: null };
      const facts: TranslationFacts = {
        language: to,
        translation: 'unavailable',
        translationHits: 0,
        translationMisses: 0,
      };
      if (translator === undefined || !(await translator.available())) return { state, facts };
      try {
        const translated = await translator.translateBeat(
          beat.text,
          to,
          beat.ending === null ? 'question' : 'ending',
          {
            ...standInsOf(state),
            // Moderated before it is kept for other readers, not only before this one sees it.
            accept: async (text) => (await moderation?.check(text, 'beat'))?.blocked !== true,
          },
        );
        facts.translationHits = translated.hits;
        facts.translationMisses = translated.misses;
        facts.translation = translated.translator === null ? 'cache' : 'translated';
        const shown: Beat = { ...beat, translation: { language: to, text: translated.text } };
        return { state: { ...state, beats: [...state.beats.slice(0, -1), shown] }, facts };
      } catch {
        // Every translator failed, or moderation refused each translation: English it is, and
        // its sentences count as misses (the cache could not serve them).
        facts.translation = 'failed';
        facts.translationMisses = splitSentences(beat.text).length;
        return { state, facts };
      }
    },
  };
}

export type BeatTranslation = ReturnType<typeof createBeatTranslation>;

/**
 * The names a beat's translation stands in for (see @liminal/translation's stand-ins): the
 * companions', but not kin called "Dad" (translated as the word they are: "Papá"), and the
 * destination's where translators keep it (keptPlaceName).
 */
export function standInsOf(state: StoryState): { named: Companion[]; places: string[] } {
  const place = keptPlaceName(state.world.destination, state.world.setting);
  return {
    named: state.world.companions.filter((companion) => !calledByKin(companion)),
    places: place === null ? [] : [place],
  };
}
