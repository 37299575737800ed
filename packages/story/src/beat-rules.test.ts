import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, isYesNoQuestion, splitSentences, validateBeat } from './beat-rules';

const GOOD_QUESTION = 'The bus leans into the bend. Do you take the seat beside Mara?';
const GOOD_ENDING = 'The doors open on Harrow Lane. You step out into the first light.';

describe('validateBeat', () => {
  it('accepts a two-sentence beat ending with a yes/no question', () => {
    expect(validateBeat(GOOD_QUESTION, 'question')).toMatchObject({ ok: true, reasons: [] });
  });

  it('accepts an ending with no question', () => {
    expect(validateBeat(GOOD_ENDING, 'ending').ok).toBe(true);
  });

  it('accepts a question that follows a lead-in clause', () => {
    expect(validateBeat('As the lights dim, do you follow her?', 'question').ok).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['You wait. You sit. Do you stand?', 'too-many-sentences'],
    [`You ${'walk and '.repeat(25)}wait. Do you stay?`, 'too-many-words'],
    ['The bus is late. Does the driver know?', 'not-second-person'],
    ['You smile \u{1F600}. Do you wave?', 'emoji'],
    ['You wait. Do you **run**?', 'markup'],
    ['# You wait. Do you run?', 'markup'],
    ['You wait <b>here</b>. Do you run?', 'markup'],
    ['You wait for the bus', 'unfinished-sentence'],
    ['You wait for the bus.', 'no-question'],
    ['You wait. Where do you go?', 'not-yes-no-question'],
    ['You wait. Do you stay or go?', 'either-or-question'],
    ['Do you wait? Do you run?', 'question-before-end'],
    ['You wait.\u0007 Do you run?', 'control-characters'],
  ])('rejects %j with %s', (text, reason) => {
    const check = validateBeat(text, 'question');
    expect(check.ok).toBe(false);
    expect(check.reasons).toContain(reason);
  });

  it('rejects a question where an ending is expected', () => {
    expect(validateBeat(GOOD_QUESTION, 'ending').reasons).toContain('question-in-ending');
  });

  it('reports every rule a text breaks, not just the first', () => {
    const reasons = validateBeat(
      'The bus waits \u{1F68C}. It is late. What now?',
      'question',
    ).reasons;
    expect(reasons).toEqual(
      expect.arrayContaining([
        'emoji',
        'too-many-sentences',
        'not-second-person',
        'not-yes-no-question',
      ]),
    );
  });

  it('counts exactly 45 words as allowed and 46 as too many', () => {
    const words = (count: number) => `You ${'wait '.repeat(count - 4)}here. Do you?`;
    expect(countWords(words(45))).toBe(45);
    expect(validateBeat(words(45), 'question').ok).toBe(true);
    expect(validateBeat(words(46), 'question').reasons).toContain('too-many-words');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const check = validateBeat(text);
        expect(typeof check.ok).toBe('boolean');
        expect(check.ok).toBe(check.reasons.length === 0);
      }),
      { numRuns: 2000, seed: 2 },
    );
  });
});

describe('splitSentences and isYesNoQuestion', () => {
  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('She says "wait." Do you?')).toEqual(['She says "wait."', 'Do you?']);
  });

  it('tells yes/no questions from open questions', () => {
    expect(isYesNoQuestion('Will you stay?')).toBe(true);
    expect(isYesNoQuestion('The door is open; do you step through?')).toBe(true);
    expect(isYesNoQuestion('Why do you stay?')).toBe(false);
    expect(isYesNoQuestion('How long is the journey?')).toBe(false);
  });
});
