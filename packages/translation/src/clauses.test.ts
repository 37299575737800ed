/**
 * A lead-in and its question, translated apart and joined as each language joins them.
 */
import { describe, expect, it } from 'vitest';
import { joinClause, joinLead, splitClause, splitLead } from './clauses';

describe('a lead-in and its question', () => {
  it('splits a question the storyteller opened with a lead-in, and nothing else', () => {
    expect(
      splitLead('While Mara speaks, and the words arrive out of order, will you say goodbye?'),
    ).toEqual({
      lead: 'While Mara speaks, and the words arrive out of order',
      question: 'Will you say goodbye?',
      joint: 'lead',
    });
    // The question may hold commas of its own: the split is at the first comma before it.
    expect(
      splitLead(
        'As Hana comes to stand near you, do you offer her a mint, to take the smoke away?',
      ),
    ).toEqual({
      lead: 'As Hana comes to stand near you',
      question: 'Do you offer her a mint, to take the smoke away?',
      joint: 'lead',
    });
    expect(splitLead('Do you press the bell, just to hear something answer?')).toBeNull();
    expect(splitLead('Do you take it, will you?')).toBeNull();
    expect(splitLead('The bus leans into the bend.')).toBeNull();
  });

  it('splits a statement from the question after its semicolon', () => {
    expect(splitLead('Mara waves at the window, and then at you; do you wave back?')).toEqual({
      lead: 'Mara waves at the window, and then at you',
      question: 'Do you wave back?',
      joint: 'statement',
    });
    expect(splitLead('Mara waves; the bus leans into the bend.')).toBeNull();
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

  it('joins a statement and its question with a semicolon, as each language sets it', () => {
    expect(joinLead('Mara saluda.', '¿Le devuelves el saludo?', 'es', 'statement')).toBe(
      'Mara saluda; ¿le devuelves el saludo?',
    );
    expect(joinLead('Mara fait signe', 'Lui réponds-tu ?', 'fr', 'statement')).toBe(
      'Mara fait signe ; lui réponds-tu ?',
    );
    expect(joinLead('Mara winkt', 'Winkst du zurück?', 'de', 'statement')).toBe(
      'Mara winkt; winkst du zurück?',
    );
    expect(joinLead('マラが手を振る。', '振り返しますか？', 'ja', 'statement')).toBe(
      'マラが手を振る、振り返しますか？',
    );
  });
});

describe('the two clauses of a statement', () => {
  it('split at the first comma before "and" or "but" and a clause with its own subject, each three words at least', () => {
    expect(
      splitClause('The lift arrives with a soft ping, and the conductor hands you an envelope'),
    ).toEqual({
      first: 'The lift arrives with a soft ping',
      second: 'And the conductor hands you an envelope',
    });
    expect(splitClause('The coach is called, but your bag has caught fast')).toEqual({
      first: 'The coach is called',
      second: 'But your bag has caught fast',
    });
    expect(splitClause('The boat comes in, but Mara says it is too early')).toEqual({
      first: 'The boat comes in',
      second: 'But Mara says it is too early',
    });
    expect(splitClause('Mara waves, and smiles')).toBeNull();
    expect(splitClause('Mara waves at the window and smiles')).toBeNull();
    // A second clause without a subject of its own, or with "it", keeps its first clause.
    expect(splitClause('Matteo turns over a card, and hides it in his sleeve')).toBeNull();
    expect(splitClause('The boat comes in, but it is far too early')).toBeNull();
  });

  it('split a lead-in from the statement it opens, where the statement’s subject lowers safely', () => {
    expect(
      splitClause('While Rook, who boarded after you, sits nearby, the night is running backwards'),
    ).toEqual({
      first: 'While Rook, who boarded after you, sits nearby',
      second: 'The night is running backwards',
    });
    // Not before a name (joined again, it would be lowered), nor at an appositive's "a".
    expect(splitClause('As Noor comes aboard behind you, Noor says nothing at all')).toBeNull();
    expect(splitClause('When Hana, a kind nurse, sits down beside you, Hana waves')).toBeNull();
    // A subject of "a" or "this" after a word that is no name.
    expect(
      splitClause('With Jules settling in a little way off, a brass key hangs from a hook'),
    ).toEqual({
      first: 'With Jules settling in a little way off',
      second: 'A brass key hangs from a hook',
    });
    expect(
      splitClause('When Hana, a kind nurse, sits down beside you, a bell rings somewhere'),
    ).toEqual({
      first: 'When Hana, a kind nurse, sits down beside you',
      second: 'A bell rings somewhere',
    });
    // Not an appositive after a noun, an adverb, nor inside a clause the lead-in has begun.
    for (const statement of [
      'When the conductor, a tall woman in a grey coat, sits down beside you, the lights dim',
      'With Jules settling in a little way off, he asks, a little shyly, to see your ticket',
      'As Mara comes aboard, she offers the paper crane to you again, this time on purpose',
    ])
      expect(splitClause(statement)?.second ?? '', statement).not.toMatch(
        /^(?:A tall|A little|This time)/u,
      );
  });

  it('join again after a comma, the second lowered', () => {
    expect(
      joinClause('El ascensor llega con un suave timbre.', 'Y el revisor te da un sobre'),
    ).toBe('El ascensor llega con un suave timbre, y el revisor te da un sobre');
  });
});
