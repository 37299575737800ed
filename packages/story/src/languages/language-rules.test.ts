import { describe, expect, it } from 'vitest';
import { continueStory, startStory } from '../story';
import type { Language } from './language';
import { LANGUAGES } from './language';
import {
  beatLength,
  detectLanguage,
  isWrongLanguage,
  splitSentencesIn,
  validateBeatIn,
} from './language-rules';

/** A good question beat and a good ending in each language, as a narrator should write them. */
const GOOD: Readonly<Record<Language, { question: string; ending: string }>> = {
  en: {
    question: 'The bus leans into the long bend. Do you take the seat beside Mara?',
    ending: 'The doors open on Lantern Row. You step out into the first light.',
  },
  es: {
    question:
      'El autobús se inclina en la curva larga y las luces parpadean. ¿Te sientas junto a Mara?',
    ending: 'Las puertas se abren en Lantern Row. Bajas a la primera luz del día.',
  },
  fr: {
    question:
      'Le bus penche dans le long virage et les lumières vacillent. Tu t’assieds près de Mara ?',
    ending: 'Les portes s’ouvrent sur Lantern Row. Tu descends dans la première lumière.',
  },
  de: {
    question:
      'Der Bus neigt sich in die lange Kurve, und das Licht flackert. Setzt du dich neben Mara?',
    ending: 'Die Türen öffnen sich an der Lantern Row. Du steigst aus in das erste Licht.',
  },
  ja: {
    question:
      'バスは長いカーブでゆっくりと傾き、車内の灯りがかすかに揺れる。マラの隣の席に座りますか？',
    ending: '扉がランタン通りで開く。あなたは朝の最初の光の中へ降りていく。',
  },
};

describe('the beat rules in each language', () => {
  it.each(LANGUAGES)('accepts a good question beat and a good ending in %s', (language) => {
    expect(validateBeatIn(language, GOOD[language].question, 'question')).toMatchObject({
      ok: true,
      reasons: [],
    });
    expect(validateBeatIn(language, GOOD[language].ending, 'ending').reasons).toEqual([]);
  });

  it.each(LANGUAGES.flatMap((language) => LANGUAGES.map((other) => [language, other] as const)))(
    'refuses a beat asked for in %s and written in %s (and takes it in its own)',
    (language, other) => {
      const check = validateBeatIn(language, GOOD[other].question, 'question');
      if (language === other) expect(check.ok).toBe(true);
      else expect(check.reasons).toContain('wrong-language');
    },
  );

  it.each([
    ['es', 'Esperas en la parada. Te sientas junto a Mara?', 'not-yes-no-question'],
    ['es', 'Esperas en la parada con el frío. ¿Qué haces con la carta?', 'not-yes-no-question'],
    ['es', 'Esperas en la parada con el frío. ¿Te quedas o te vas?', 'either-or-question'],
    ['es', '¿Esperas el autobús? ¿Te sientas junto a Mara?', 'question-before-end'],
    ['es', 'Esperas. Te sientas. ¿Subes al autobús?', 'too-many-sentences'],
    ['es', 'Esperas en la parada con el frío de la noche', 'unfinished-sentence'],
    ['fr', 'Tu attends sous la pluie. Où vas-tu avec la lettre ?', 'not-yes-no-question'],
    ['fr', 'Tu attends sous la pluie. Tu restes ou tu pars ?', 'either-or-question'],
    ['fr', 'Le bus attend sous la pluie. Le chauffeur est-il là ?', 'not-second-person'],
    ['de', 'Du wartest im Regen. Wohin gehst du mit dem Brief?', 'not-yes-no-question'],
    ['de', 'Du wartest im Regen. Bleibst du oder gehst du?', 'either-or-question'],
    ['de', 'Der Bus wartet im Regen. Ist der Fahrer noch da?', 'not-second-person'],
    ['ja', '雨の中でバスを待つ。どこへ行きますか？', 'not-yes-no-question'],
    ['ja', '雨の中でバスを待つ。残りますか、それとも行きますか？', 'either-or-question'],
    ['ja', `${'雨の中で静かにバスを待ちながら、'.repeat(9)}乗りますか？`, 'too-many-words'],
  ] as const)('in %s refuses %j with %s', (language, text, reason) => {
    const check = validateBeatIn(language, text, 'question');
    expect(check.ok).toBe(false);
    expect(check.reasons).toContain(reason);
  });

  it('allows a longer beat in Spanish, French and German than in English, and counts Japanese in characters', () => {
    const fifty = `Esperas ${'y esperas '.repeat(23)}en la parada. ¿Subes al autobús?`;
    expect(beatLength(fifty, 'es')).toBeGreaterThan(45);
    expect(validateBeatIn('es', fifty, 'question').reasons).not.toContain('too-many-words');
    expect(beatLength('雨の中で待つ。乗りますか？', 'ja')).toBe(11);
  });

  it('splits sentences at the stops of every language', () => {
    expect(splitSentencesIn('雨が降る。乗りますか？')).toEqual(['雨が降る。', '乗りますか？']);
    expect(splitSentencesIn('Llueve. ¿Subes?')).toEqual(['Llueve.', '¿Subes?']);
    expect(splitSentencesIn('« Viens », dit-il. Tu viens ?')).toEqual([
      '« Viens », dit-il.',
      'Tu viens ?',
    ]);
  });

  it('refuses a sentence the story has already told, in any language', () => {
    const told = new Set(['el autobús se inclina en la curva larga y las luces parpadean.']);
    expect(validateBeatIn('es', GOOD.es.question, 'question', told).reasons).toContain(
      'repeated-sentence',
    );
  });

  it('tells the five languages apart, and says nothing of a text with no common words', () => {
    for (const language of LANGUAGES)
      expect(detectLanguage(GOOD[language].question), language).toBe(language);
    expect(detectLanguage('Mara! Anselm!')).toBeNull();
  });

  it.each([
    ['fr', 'Le bruit du moteur du bus monte. Tu descends ?'],
    ['fr', 'On dit qu’on ferme bientôt. Tu restes ?'],
    ['fr', 'Le contrôleur sourit. « Tu viens ? »'],
    ['de', 'Es regnet, es wird kalt. Nimmst du es mit?'],
    ['de', 'Der Schaffner lächelt. „Kommst du mit?“'],
    ['es', 'El revisor sonríe. «¿Vienes?»'],
    ['ja', '遠くで音がする。何か聞こえますか？'],
    ['ja', 'ドアが開く。誰かいますか？'],
    ['ja', 'バスが来る。いつものバスに乗りますか？'],
  ] as const)('in %s accepts the ordinary beat %j', (language, text) => {
    expect(validateBeatIn(language, text, 'question').reasons).toEqual([]);
  });

  it('never calls the storyteller’s own English beats the wrong language', () => {
    let state = startStory('language check');
    while (state.ending === null) state = continueStory(state, 'yes');
    for (const beat of state.beats) expect(isWrongLanguage(beat.text, 'en'), beat.text).toBe(false);
  });
});

describe('the prompt in each language', () => {
  it('asks for the story’s language, its length and its question marks, and leaves English as it was', async () => {
    const { buildPrompt } = await import('../prompt');
    const { planNextBeat } = await import('../plan');
    const state = startStory('prompt language');
    const plan = planNextBeat(state, 'yes');
    expect(buildPrompt(state, plan, 'en')).toEqual(buildPrompt(state, plan));
    const spanish = buildPrompt(state, plan, 'es').system;
    expect(spanish).toContain('Write every beat in Spanish (Español)');
    expect(spanish).toContain('at most 55 words');
    expect(spanish).toContain('Open the question with ¿');
    const japanese = buildPrompt(state, plan, 'ja').system;
    expect(japanese).toContain('Write every beat in Japanese (日本語)');
    expect(japanese).toContain('at most 120 characters');
    expect(buildPrompt(state, plan).system).not.toContain('Write every beat in');
  });
});
