/**
 * Checks the hand-written corpus against its writing rules, rendered with every setting,
 * genre and kind of companion, so a careless edit fails here rather than in a reader's story.
 */
import { describe, expect, it } from 'vitest';
import { countWords, isYesNoQuestion, splitSentences, validateBeat } from '../beat-rules';
import { GENRES, SETTINGS, SETTING_IDS } from '../world/ingredients';
import type { World } from '../world/world';
import { createWorld } from '../world/world';
import { GENRE_CORPUS } from './corpus/genres';
import { SETTING_CORPUS } from './corpus/settings';
import { SHARED_CORPUS } from './corpus/shared';
import { allQuestions } from './registry';
import { render } from './template';

const MAX_CONSEQUENCE_WORDS = 20;

/**
 * One world per setting and genre, with the setting's longest destination and a she, a he and
 * a they among the companions.
 */
function worldsForEverySetting(): World[] {
  const base = createWorld('corpus check');
  return SETTING_IDS.flatMap((setting) =>
    GENRES.map((genre): World => ({
      ...base,
      setting,
      genre,
      destination: [...SETTINGS[setting].destinations].sort((a, b) => b.length - a.length)[0] ?? '',
      companions: [
        { name: 'Mara', pronoun: 'she', role: 'a nurse still in scrubs', mood: 'kind' },
        { name: 'Ivo', pronoun: 'he', role: 'a retired magician', mood: 'wary' },
        { name: 'Wren', pronoun: 'they', role: 'a tired busker', mood: 'sleepy' },
      ],
    })),
  );
}

const worlds = worldsForEverySetting();
const casts = [
  { c: 0, d: 1 },
  { c: 1, d: 2 },
  { c: 2, d: 0 },
];

/** Renders a template in every world it can appear in (its own setting's, for setting entries). */
function renderEverywhere(template: string, setting?: string): string[] {
  const where =
    setting === undefined ? worlds : worlds.filter((world) => world.setting === setting);
  return where.flatMap((world) =>
    casts.map(({ c, d }) => {
      const [first, second, third] = world.companions;
      if (!first || !second || !third) throw new Error('three companions expected');
      const people = [first, second, third];
      return render(template, world, { c: people[c] ?? first, d: people[d] ?? first, k: first });
    }),
  );
}

function settingOf(id: string): string | undefined {
  const part = id.split(':')[1] ?? '';
  return (SETTING_IDS as readonly string[]).includes(part) ? part : undefined;
}

describe('the storyteller corpus', () => {
  it('covers at least 6 settings and 4 genres', () => {
    expect(Object.keys(SETTING_CORPUS)).toHaveLength(SETTING_IDS.length);
    expect(SETTING_IDS.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(GENRE_CORPUS).length).toBeGreaterThanOrEqual(4);
  });

  it('asks only single yes/no questions that a lead-in can precede when they start with an auxiliary', () => {
    for (const [id, template] of allQuestions()) {
      for (const ask of renderEverywhere(template.ask, settingOf(id))) {
        expect(splitSentences(ask), id).toHaveLength(1);
        expect(ask.endsWith('?'), id).toBe(true);
        expect(isYesNoQuestion(ask), `${id}: ${ask}`).toBe(true);
        expect(/\bor\b/iu.test(ask), `${id} offers a choice: ${ask}`).toBe(false);
      }
    }
  });

  it('keeps every consequence to one sentence of at most 20 words, without a question', () => {
    for (const [id, template] of allQuestions()) {
      expect(template.yes, id).not.toBe(template.no);
      const setting = settingOf(id);
      for (const text of [
        ...renderEverywhere(template.yes, setting),
        ...renderEverywhere(template.no, setting),
      ]) {
        expect(splitSentences(text), `${id}: ${text}`).toHaveLength(1);
        expect(text.includes('?'), id).toBe(false);
        expect(countWords(text), `${id}: ${text}`).toBeLessThanOrEqual(MAX_CONSEQUENCE_WORDS);
      }
    }
  });

  it('uses {x.they} only before verbs that agree with any pronoun', () => {
    const everything = JSON.stringify([SETTING_CORPUS, GENRE_CORPUS, SHARED_CORPUS]);
    const uses = everything.match(/\{[cdk]\.they\} \w+/gu) ?? [];
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(use).toMatch(/ (had|will|would|might|could|can|knew)$/u);
    }
  });

  it('writes endings and openings that are single sentences and render everywhere', () => {
    for (const genre of GENRES) {
      for (const lines of Object.values(GENRE_CORPUS[genre].endings)) {
        expect(lines.length).toBeGreaterThanOrEqual(3);
        for (const line of lines.flatMap((line) => renderEverywhere(line))) {
          expect(validateBeat(`You nod. ${line}`, 'ending').reasons, line).toEqual([]);
        }
      }
    }
    for (const setting of SETTING_IDS) {
      for (const opening of SETTING_CORPUS[setting].openings) {
        expect(opening).toMatch(/\{c\.name\}.*\{d\.name\}/u);
        for (const line of renderEverywhere(opening, setting))
          expect(splitSentences(line)).toHaveLength(1);
      }
    }
  });

  it('writes lead-ins as clauses without end punctuation', () => {
    const leadIns = [
      ...SETTING_IDS.flatMap((setting) => SETTING_CORPUS[setting].leadIns),
      ...GENRES.flatMap((genre) => GENRE_CORPUS[genre].leadIns),
      ...SHARED_CORPUS.fraying,
      ...SHARED_CORPUS.steady,
      ...SHARED_CORPUS.echoes,
    ];
    for (const leadIn of leadIns.flatMap((line) => renderEverywhere(line))) {
      expect(leadIn, leadIn).not.toMatch(/[.!?,;]$/u);
      expect(countWords(leadIn), leadIn).toBeLessThanOrEqual(16);
    }
  });

  it('has no duplicate entries anywhere', () => {
    const everything = [
      ...[...allQuestions().values()].flatMap((template) => [
        template.ask,
        template.yes,
        template.no,
      ]),
      ...SETTING_IDS.flatMap((setting) => [
        ...SETTING_CORPUS[setting].openings,
        ...SETTING_CORPUS[setting].leadIns,
      ]),
      ...GENRES.flatMap((genre) => [
        ...GENRE_CORPUS[genre].leadIns,
        ...Object.values(GENRE_CORPUS[genre].endings).flat(),
      ]),
    ];
    expect(new Set(everything).size).toBe(everything.length);
  });
});
