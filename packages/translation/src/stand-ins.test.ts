/**
 * Companions' names stood in for, so one translation serves every reader of a sentence.
 */
import { COMPANION_NAMES } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { createMemoryTranslationCache } from './cache';
import type { Translator } from './contract';
import { standIn } from './stand-ins';
import { createTranslation } from './translation';

const MARA = { name: 'Mara', pronoun: 'she' as const };
const ESME = { name: 'Esme', pronoun: 'she' as const };
const KOFI = { name: 'Kofi', pronoun: 'he' as const };
const ANSEL = { name: 'Ansel', pronoun: 'he' as const };
const ANSELM = { name: 'Anselm', pronoun: 'he' as const };

describe('standing in for names', () => {
  it('stands in for every name a world may draw', () => {
    // A drawn name that is a stand-in would leave its stories uncached (four such names cost
    // three points of the cache's hit rate).
    for (const [name, pronoun] of COMPANION_NAMES)
      expect(standIn(`${name} waves.`, [{ name, pronoun }]).key, name).not.toBe(`${name} waves.`);
  });

  it('gives sentences that differ only in their companions one key, pronoun for pronoun', () => {
    const mara = standIn('When Mara sits beside you, will you ask Kofi the time?', [MARA, KOFI]);
    const esme = standIn('When Esme sits beside you, will you ask Anselm the time?', [
      ESME,
      ANSELM,
    ]);
    expect(mara.key).toBe(esme.key);
    expect(mara.key).toBe('When Clara sits beside you, will you ask Bruno the time?');
    // Two companions of one pronoun take two stand-ins, in the order they appear.
    expect(standIn('Mara and Esme wave; do you?', [ESME, MARA]).key).toBe(
      'Clara and Greta wave; do you?',
    );
    // A name inside a longer one is not the name.
    expect(standIn('Anselm hums.', [ANSEL]).key).toBe('Anselm hums.');
    expect(standIn('Nobody is here.', [MARA]).key).toBe('Nobody is here.');
  });

  it('stands in for nobody in a story whose companion bears a stand-in’s name', () => {
    // A seed may name anyone: a real Clara beside a stood-in Clara could not be put back apart.
    const clara = { name: 'Clara', pronoun: 'she' as const };
    const odile = { name: 'Odile', pronoun: 'she' as const };
    const stood = standIn('Odile hands the map to Clara.', [odile, clara]);
    expect(stood.key).toBe('Odile hands the map to Clara.');
    expect(stood.restore('Odile le da el mapa a Clara.')).toBe('Odile le da el mapa a Clara.');
  });

  it('stands in for the name of a place translators keep, with companions’ names or without', () => {
    const skerra = standIn('Will you ask Mara when you reach Skerra?', [MARA], ['Skerra']);
    const vell = standIn('Will you ask Esme when you reach Vell?', [ESME], ['Vell']);
    expect(skerra.key).toBe(vell.key);
    expect(skerra.key).toBe('Will you ask Clara when you reach Tarrow?');
    expect(skerra.restore('¿Preguntarás a Clara cuando llegues a Tarrow?')).toBe(
      '¿Preguntarás a Mara cuando llegues a Skerra?',
    );
    // A name of two words, and one a translator inflected (German "Tarrows").
    expect(standIn('Marlow Cross comes.', [], ['Marlow Cross']).key).toBe('Tarrow comes.');
    expect(
      standIn('Skerra’s lights show.', [], ['Skerra']).restore('Tarrows Lichter leuchten.'),
    ).toBe('Skerras Lichter leuchten.');
    // Lost in translation: the sentence is translated with its real names instead.
    expect(skerra.restore('¿Preguntarás a Clara cuando llegues a la isla?')).toBeNull();
    // A sentence that names no place, or says the stand-in itself, stands in for none.
    expect(standIn('Nobody is here.', [], ['Skerra']).key).toBe('Nobody is here.');
    expect(standIn('Tarrow and Skerra.', [], ['Skerra']).key).toBe('Tarrow and Skerra.');
  });

  it('puts the real names back, endings and all, or says a stand-in was lost', () => {
    const stood = standIn('Do you take Mara’s hand, while Kofi watches?', [MARA, KOFI]);
    expect(stood.restore('Nimmst du Claras Hand, während Bruno zusieht?')).toBe(
      'Nimmst du Maras Hand, während Kofi zusieht?',
    );
    // Written in katakana, say: the names cannot be put back.
    expect(stood.restore('クララの手を取りますか？')).toBeNull();
    // A word that merely begins like a stand-in is left alone, and is no stand-in.
    expect(stood.restore('Claramente, ¿tomas la mano de Clara mientras Bruno mira?')).toBe(
      'Claramente, ¿tomas la mano de Mara mientras Kofi mira?',
    );
    expect(stood.restore('Claramente, ¿tomas la mano mientras Bruno mira?')).toBeNull();
  });
});

/** Marks a sentence as "Spanish" enough for the Spanish beat rules. */
const spanish = (sentence: string): string =>
  sentence.endsWith('?') ? `¿Tú ${sentence.slice(0, -1)} y el tú?` : `Tú ${sentence}`;

describe('the translation policy with stand-ins', () => {
  /** A translator that writes each sentence back "in Spanish", keeping names. */
  const echo = (asked: string[][]): Translator => ({
    name: 'echo',
    translate: (sentences) => {
      asked.push([...sentences]);
      return Promise.resolve(sentences.map(spanish));
    },
  });

  it('serves a second story with other companions from the cache, with its own names', async () => {
    const asked: string[][] = [];
    const translation = createTranslation({
      translators: [echo(asked)],
      cache: createMemoryTranslationCache(),
    });
    const first = await translation.translateBeat(
      'Mara waves. Do you wave back to Mara?',
      'es',
      'question',
      { named: [MARA] },
    );
    expect(first.text).toContain('Mara');
    const second = await translation.translateBeat(
      'Esme waves. Do you wave back to Esme?',
      'es',
      'question',
      { named: [ESME] },
    );
    expect(second).toMatchObject({ hits: 2, misses: 0, translator: null });
    expect(second.text).toContain('Esme');
    expect(second.text).not.toMatch(/Mara|Clara/u);
    expect(asked).toHaveLength(1);
  });

  it('keeps no translation that moderation refuses, for this reader or the next', async () => {
    const asked: string[][] = [];
    const translation = createTranslation({
      translators: [echo(asked)],
      cache: createMemoryTranslationCache(),
    });
    const refuse = () => Promise.resolve(false);
    await expect(
      translation.translateBeat('Mara waves. Do you wave back?', 'es', 'question', {
        named: [MARA],
        accept: refuse,
      }),
    ).rejects.toMatchObject({ kind: 'unavailable' });
    const next = await translation.translateBeat(
      'Mara waves. Do you wave back?',
      'es',
      'question',
      {
        named: [MARA],
      },
    );
    // Asked again: the refused translation was not kept.
    expect(next.translator).toBe('echo');
    expect(asked).toHaveLength(2);
  });

  it('translates with the real names when a translator loses a stand-in', async () => {
    const asked: string[][] = [];
    const losing: Translator = {
      name: 'losing',
      translate: (sentences) => {
        asked.push([...sentences]);
        // Like a translator that writes names its own way: every stand-in is gone.
        return Promise.resolve(
          sentences.map((sentence) => spanish(sentence.replace(/Clara/gu, 'Kurara'))),
        );
      },
    };
    const translation = createTranslation({
      translators: [losing],
      cache: createMemoryTranslationCache(),
    });
    const beat = await translation.translateBeat(
      'Mara waves. Do you wave back?',
      'es',
      'question',
      { named: [MARA] },
    );
    expect(beat.text).toContain('Mara');
    expect(beat.text).not.toContain('Kurara');
    // Asked with stand-ins first, then with the real names.
    expect(asked.flat().some((sentence) => sentence.includes('Clara'))).toBe(true);
    expect(asked.at(-1)?.some((sentence) => sentence.includes('Mara'))).toBe(true);
  });
});
