/** What Comprehend charges, apart from its SDK so the configuration can price a call unloaded. */

/**
 * Comprehend's price (us-east-1, aws.amazon.com/comprehend/pricing, as of 2026-11-01): USD 0.0001
 * per unit of 100 characters, at least 3 units a request, for each of the two detections.
 */
export const COMPREHEND_PRICE = { perUnitUsd: 0.0001, unitCharacters: 100, minimumUnits: 3 };

/** What one text costs: both detections, each billed in units of 100 characters. */
export function comprehendCostUsd(text: string): number {
  const units = Math.max(
    COMPREHEND_PRICE.minimumUnits,
    Math.ceil(text.length / COMPREHEND_PRICE.unitCharacters),
  );
  return 2 * units * COMPREHEND_PRICE.perUnitUsd;
}
