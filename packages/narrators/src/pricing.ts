/**
 * Prices per model, in USD per million tokens, each dated: providers change prices, and a cost
 * report should say which table it used. Configuration can add or override entries.
 */
import type { TokenUsage } from './contract/ai-provider';

export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  /** When this price was read from the provider's price list (YYYY-MM-DD). */
  asOf: string;
}

export const PRICES: Readonly<Record<string, ModelPrice>> = {
  'gpt-4o-mini': { inputPerMillion: 0.15, outputPerMillion: 0.6, asOf: '2024-11-01' },
  'gpt-4o': { inputPerMillion: 2.5, outputPerMillion: 10, asOf: '2024-11-01' },
  'claude-3-haiku-20240307': { inputPerMillion: 0.25, outputPerMillion: 1.25, asOf: '2024-11-01' },
  'claude-3-5-haiku-20241022': { inputPerMillion: 0.8, outputPerMillion: 4, asOf: '2024-11-04' },
  'claude-3-5-sonnet-20241022': { inputPerMillion: 3, outputPerMillion: 15, asOf: '2024-11-01' },
  'anthropic.claude-3-haiku-20240307-v1:0': {
    inputPerMillion: 0.25,
    outputPerMillion: 1.25,
    asOf: '2024-11-01',
  },
  'anthropic.claude-3-sonnet-20240229-v1:0': {
    inputPerMillion: 3,
    outputPerMillion: 15,
    asOf: '2024-11-01',
  },
  'amazon.titan-text-express-v1': {
    inputPerMillion: 0.2,
    outputPerMillion: 0.6,
    asOf: '2024-11-01',
  },
  'amazon.titan-text-lite-v1': { inputPerMillion: 0.15, outputPerMillion: 0.2, asOf: '2024-11-01' },
  storyteller: { inputPerMillion: 0, outputPerMillion: 0, asOf: '2024-11-01' },
};

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/** The price of a model (a Bedrock inference profile's prefix such as "us." or "global." is ignored). */
export function priceOf(model: string, table: PriceTable = PRICES): ModelPrice | undefined {
  return table[model] ?? table[model.replace(/^(us|eu|apac|jp|au|ca|global)\./u, '')];
}

/** Exact cost of a usage in USD; 0 for a model without a price (reported as unpriced). */
export function costOf(model: string, usage: TokenUsage, table: PriceTable = PRICES): number {
  const price = priceOf(model, table);
  if (price === undefined) return 0;
  return (
    (usage.inputTokens * price.inputPerMillion + usage.outputTokens * price.outputPerMillion) /
    1_000_000
  );
}
