import { describe, expect, it } from 'vitest';
import { appendBeat } from '../append';
import { InvalidBeatError, InvalidStateError } from '../errors';
import { planNextBeat } from '../plan';
import { buildPrompt } from '../prompt';
import {
  createStory,
  loadStory,
  serialiseStory,
  shownLanguage,
  shownText,
  storyLanguage,
} from '../state';
import { tellBeat } from '../storyteller/storyteller';

const SPANISH_BEAT =
  'Estás en el último autobús de la noche, y la ciudad duerme. ¿Tocas el timbre para oír algo que responda?';

describe('a story read in another language', () => {
  it('keeps the language it was begun in, and an English story names none', () => {
    expect(createStory('language kept', 'es').language).toBe('es');
    expect(storyLanguage(createStory('language kept', 'es'))).toBe('es');
    expect('language' in createStory('language kept')).toBe(false);
    expect(storyLanguage(createStory('language kept'))).toBe('en');
    const story = createStory('language kept', 'ja');
    const plan = planNextBeat(story);
    const next = appendBeat(story, plan, tellBeat(story, plan));
    expect(next.language).toBe('ja');
    expect(loadStory(serialiseStory(next))).toEqual(next);
  });

  it('checks a beat an AI narrator wrote in that language by its rules, and keeps its language', () => {
    const story = createStory('spanish narrator', 'es');
    const plan = planNextBeat(story);
    const next = appendBeat(story, plan, {
      text: SPANISH_BEAT,
      narrator: 'openai',
      language: 'es',
    });
    const beat = next.beats[0];
    expect(beat?.language).toBe('es');
    expect(beat === undefined ? null : shownLanguage(beat)).toBe('es');
    // The same words claimed as English break the English rules (no "you", no English question).
    expect(() =>
      appendBeat(story, plan, { text: SPANISH_BEAT, narrator: 'openai', language: 'en' }),
    ).toThrow(InvalidBeatError);
    // And English words claimed as Spanish are in the wrong language.
    expect(() =>
      appendBeat(story, plan, { text: tellBeat(story, plan).text, narrator: 'x', language: 'es' }),
    ).toThrow(InvalidBeatError);
  });

  it('shows a translated beat in its translation, and its own words otherwise', () => {
    const story = createStory('translated', 'es');
    const plan = planNextBeat(story);
    const next = appendBeat(story, plan, tellBeat(story, plan));
    const beat = next.beats[0];
    if (beat === undefined) throw new Error('no beat');
    expect(shownText(beat)).toBe(beat.text);
    expect(shownLanguage(beat)).toBe('en');
    const translated = { ...beat, translation: { language: 'es' as const, text: SPANISH_BEAT } };
    expect(shownText(translated)).toBe(SPANISH_BEAT);
    expect(shownLanguage(translated)).toBe('es');
    // An AI narrator continuing the story reads what the reader read.
    const after = { ...next, beats: [translated], answers: [] };
    const prompt = buildPrompt(after, planNextBeat(after, 'yes'));
    expect(prompt.user).toContain('¿Tocas el timbre');
    expect(prompt.system).toContain('Spanish');
  });

  it('saves a story in another language in format 3, and refuses a format that says otherwise', () => {
    const story = createStory('format three', 'de');
    expect(story.format).toBe(3);
    expect(createStory('format two').format).toBe(2);
    const saved = JSON.parse(serialiseStory(story)) as Record<string, unknown>;
    expect(() => loadStory({ ...saved, format: 2 })).toThrow(InvalidStateError);
    const english = JSON.parse(serialiseStory(createStory('format two'))) as Record<
      string,
      unknown
    >;
    expect(() => loadStory({ ...english, format: 3 })).toThrow(InvalidStateError);
  });

  it('refuses a saved story with an unknown language or a malformed translation', () => {
    const story = createStory('saved language', 'fr');
    const plan = planNextBeat(story);
    const saved = JSON.parse(serialiseStory(appendBeat(story, plan, tellBeat(story, plan)))) as {
      language: unknown;
      beats: Record<string, unknown>[];
    };
    expect(() => loadStory({ ...saved, language: 'xx' })).toThrow(InvalidStateError);
    const beat = saved.beats[0] ?? {};
    for (const translation of [{ language: 'fr' }, { language: 'xx', text: 'x' }, 'Bonjour']) {
      expect(() => loadStory({ ...saved, beats: [{ ...beat, translation }] })).toThrow(
        InvalidStateError,
      );
    }
    expect(() => loadStory({ ...saved, beats: [{ ...beat, language: 'klingon' }] })).toThrow(
      InvalidStateError,
    );
    const good = { ...beat, translation: { language: 'fr', text: 'Tu attends. Montes-tu ?' } };
    expect(loadStory({ ...saved, beats: [good] }).beats[0]?.translation?.language).toBe('fr');
  });
});
