import { describe, expect, it } from 'vitest';
import type { Companion } from '../world/world';
import { saidAgain } from './said-again';

const she: Companion = { name: 'Hana', pronoun: 'she', role: 'a nurse', mood: 'kind' };
const he: Companion = { name: 'Ansel', pronoun: 'he', role: 'a porter', mood: 'amused' };
const they: Companion = { name: 'Rook', pronoun: 'they', role: 'a magician', mood: 'sleepy' };

describe('a name said again in the same sentence', () => {
  it('becomes the object pronoun after a verb that takes one, or a preposition', () => {
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

  it('becomes the possessive before ’s, and the subject after a word that opens a clause or before a verb in the present', () => {
    expect(saidAgain('will you sign Ansel’s visitors’ book?', he)).toBe(
      'will you sign his visitors’ book?',
    );
    expect(saidAgain('will you move so Ansel can draw that instead?', he)).toBe(
      'will you move so he can draw that instead?',
    );
    expect(saidAgain('does Hana seem to have made this journey before?', she)).toBe(
      'does she seem to have made this journey before?',
    );
    // Before a verb in the present, inside the sentence.
    expect(saidAgain('will you take the honey Hana offers on a spoon?', she)).toBe(
      'will you take the honey she offers on a spoon?',
    );
    // A word that could be a verb is a noun after an article: "the hand he offers".
    expect(saidAgain('will you shake the hand Ansel offers, knowing what he is?', he)).toBe(
      'will you shake the hand he offers, knowing what he is?',
    );
  });

  it('keeps the name wherever a pronoun could be the wrong one', () => {
    // Not after a word that joins it to another, nor at the start of a sentence, nor before a
    // word in -s that is no verb.
    expect(saidAgain('do you and Hana always sit here?', she)).toBe(
      'do you and Hana always sit here?',
    );
    expect(saidAgain('will you sit with Oskar and Hana as far as the bridge?', she)).toBe(
      'will you sit with Oskar and Hana as far as the bridge?',
    );
    expect(saidAgain('will you take the map Oskar or Hana holds out?', she)).toBe(
      'will you take the map Oskar or Hana holds out?',
    );
    expect(saidAgain('is it the same stop Hana always gets off at?', she)).toBe(
      'is it the same stop Hana always gets off at?',
    );
    expect(saidAgain('It is cold. Hana holds out a flask; will you drink?', she)).toBe(
      'It is cold. Hana holds out a flask; will you drink?',
    );
    // Before a past tense, or "they" with a verb that would have to change.
    expect(saidAgain('will you take the honey Rook offers on a spoon?', they)).toBe(
      'will you take the honey Rook offers on a spoon?',
    );
    expect(saidAgain('will you go back to the place Hana kept for you?', she)).toBe(
      'will you go back to the place Hana kept for you?',
    );
    expect(saidAgain('will you wait until Rook is ready?', they)).toBe(
      'will you wait until Rook is ready?',
    );
    expect(saidAgain('Ansel, a porter, asks whether you are ready; do you nod?', he)).toBe(
      'Ansel, a porter, asks whether you are ready; do you nod?',
    );
    // Part of another name is not the name.
    expect(saidAgain('will you ask Anselm the time?', he)).toBe('will you ask Anselm the time?');
  });
});
