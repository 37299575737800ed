/**
 * A lead-in and its question, translated apart and joined as each language joins them.
 */
import { describe, expect, it } from 'vitest';
import { joinLead, splitLead } from './clauses';

describe('a lead-in and its question', () => {
  it('splits a question the storyteller opened with a lead-in, and nothing else', () => {
    expect(
      splitLead('While Mara speaks, and the words arrive out of order, will you say goodbye?'),
    ).toEqual({
      lead: 'While Mara speaks, and the words arrive out of order',
      question: 'Will you say goodbye?',
    });
    expect(splitLead('Do you press the bell, just to hear something answer?')).toBeNull();
    expect(splitLead('The bus leans into the bend.')).toBeNull();
    expect(splitLead('Mara waves; do you wave back?')).toBeNull();
  });

  it('joins them as the target language does', () => {
    expect(joinLead('Mientras el autobús frena.', '¿Bajas?', 'es')).toBe(
      'Mientras el autobús frena, ¿bajas?',
    );
    expect(joinLead('Pendant que le bus freine', 'Descends-tu ?', 'fr')).toBe(
      'Pendant que le bus freine, descends-tu ?',
    );
    expect(joinLead('Während der Bus bremst', 'Steigst du aus?', 'de')).toBe(
      'Während der Bus bremst, steigst du aus?',
    );
    // A German question that opens with a noun keeps its capital.
    expect(joinLead('Während der Bus bremst', 'Mara winkt dir, winkst du zurück?', 'de')).toBe(
      'Während der Bus bremst, Mara winkt dir, winkst du zurück?',
    );
    expect(joinLead('バスが止まるとき。', '降りますか？', 'ja')).toBe(
      'バスが止まるとき、降りますか？',
    );
  });
});
