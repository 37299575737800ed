/**
 * The contract every moderator passes (like the narrators' provider contract): a story's text
 * is clean, the moderator's own example of abuse is caught, personal data is caught, and scores
 * stay between 0 and 1. Each implementation's test file runs it with its samples.
 */
import { describe, expect, it } from 'vitest';
import type { ModerationScores, Moderator } from './contract';
import { MODERATION_CATEGORIES } from './contract';

export interface ModeratorSamples {
  /** A text this moderator must score at 0.5 or more in `category`. */
  abusive: { text: string; category: keyof ModerationScores };
}

const CLEAN = [
  'The bus shudders over the bridge, and Mara looks up from her book. Do you ask her where she is going?',
  'Rain finds the gap in the roof and taps the seat beside you. Do you move along the bench?',
  'The conductor counts the stops under his breath, 1914 to 1918 written on his cap. Do you ask him why?',
];

export function moderatorContract(
  make: () => Promise<Moderator> | Moderator,
  samples: ModeratorSamples,
) {
  describe('the moderator contract', () => {
    const valid = (scores: ModerationScores) => {
      for (const [category, score] of Object.entries(scores)) {
        expect(MODERATION_CATEGORIES).toContain(category);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    };

    it.each(CLEAN)('finds nothing in a story: %s', async (text) => {
      const scores = await (await make()).moderate(text);
      valid(scores);
      expect(Object.values(scores).every((score) => score < 0.5)).toBe(true);
    });

    it('catches its example of abuse', async () => {
      const scores = await (await make()).moderate(samples.abusive.text);
      valid(scores);
      expect(scores[samples.abusive.category]).toBeGreaterThanOrEqual(0.5);
    });

    it('catches an e-mail address as personal data', async () => {
      const scores = await (
        await make()
      ).moderate('Write to me at mara.vance@example.com tonight. Do you write?');
      expect(scores['personal-data']).toBeGreaterThanOrEqual(0.5);
    });

    it('answers for an empty-looking text without failing', async () => {
      valid(await (await make()).moderate('...'));
    });
  });
}
