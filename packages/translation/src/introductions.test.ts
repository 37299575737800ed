/**
 * A companion's introduction taken out of the lead-in that opens with it, and put back into its
 * translation.
 */
import { describe, expect, it } from 'vitest';
import { putIntroduction, takeIntroduction } from './introductions';

const HANA = {
  name: 'Hana',
  pronoun: 'she' as const,
  role: 'a nurse still in scrubs',
  mood: 'kind',
};

describe('an introduction translated apart', () => {
  it('is taken out of an arrival that opens with the companion it introduces', () => {
    expect(
      takeIntroduction('When Hana, a kind nurse still in scrubs, sits down beside you', [HANA]),
    ).toEqual({
      lead: 'When Hana sits down beside you',
      introduction: 'Hana, a kind nurse still in scrubs',
      name: 'Hana',
    });
  });

  it('is left where the name is not the arrival’s subject, or the companion has no description', () => {
    expect(
      takeIntroduction('As the fog lifts, Hana, a kind nurse still in scrubs, waves', [HANA]),
    ).toBeNull();
    expect(
      takeIntroduction('Do you ask Hana, a kind nurse still in scrubs, why', [HANA]),
    ).toBeNull();
    expect(
      takeIntroduction('When Hana, a kind nurse still in scrubs, sits down', [
        { name: 'Hana', pronoun: 'she' },
      ]),
    ).toBeNull();
  });

  it('goes back in the name’s place, set off by commas, or not at all when the name is not there once', () => {
    expect(
      putIntroduction(
        'Cuando Hana se sienta a tu lado',
        'Hana, una enfermera amable todavía con el uniforme.',
        'Hana',
      ),
    ).toBe('Cuando Hana, una enfermera amable todavía con el uniforme, se sienta a tu lado');
    expect(putIntroduction('Cuando se sienta a tu lado', 'Hana, una enfermera', 'Hana')).toBeNull();
    expect(putIntroduction('Hana y Hana', 'Hana, una enfermera', 'Hana')).toBeNull();
    // A translation's "$&" is text, and a name's characters are taken literally.
    expect(putIntroduction('Cuando Hana llega', 'Hana, que cobra $& y $1', 'Hana')).toBe(
      'Cuando Hana, que cobra $& y $1, llega',
    );
    expect(putIntroduction('Cuando J.(R) llega', 'J.(R), un guía', 'J.(R)')).toBe(
      'Cuando J.(R), un guía, llega',
    );
  });
});
