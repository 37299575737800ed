import { describe, expect, it } from 'vitest';
import type { Companion } from '../world/world';
import { saidAgain } from './said-again';

const she: Companion = { name: 'Hana', pronoun: 'she', role: 'a nurse', mood: 'kind' };
const he: Companion = { name: 'Ansel', pronoun: 'he', role: 'a porter', mood: 'amused' };
const they: Companion = { name: 'Rook', pronoun: 'they', role: 'a magician', mood: 'sleepy' };

describe('a name said again in the same sentence', () => {
  it('becomes the object pronoun after a verb or a preposition', () => {
    expect(saidAgain('will you ask Hana where she won the goldfish?', she)).toBe(
      'will you ask her where she won the goldfish?',
    );
    expect(saidAgain('will you send a message through Ansel, since he insists?', he)).toBe(
      'will you send a message through him, since he insists?',
    );
    expect(saidAgain('will you let Rook read your palm?', they)).toBe(
      'will you let them read your palm?',
    );
  });

  it('becomes the possessive before ’s, and the subject before a verb', () => {
    expect(saidAgain('will you sign Ansel’s visitors’ book?', he)).toBe(
      'will you sign his visitors’ book?',
    );
    expect(saidAgain('will you taste the honey Hana offers on a spoon?', she)).toBe(
      'will you taste the honey she offers on a spoon?',
    );
  });

  it('keeps the name where "they" would need the verb changed, or where it is part of another name', () => {
    expect(saidAgain('will you take the seed Rook offers you?', they)).toBe(
      'will you take the seed Rook offers you?',
    );
    expect(saidAgain('will you ask Anselm the time?', he)).toBe('will you ask Anselm the time?');
  });
});
