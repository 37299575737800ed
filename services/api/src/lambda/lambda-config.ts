/**
 * Configuration of the API Lambda, from its environment (set by Terraform). Read here only; a
 * missing value fails the first request with a message that names the variable.
 */
import type { Env } from '../config/env';
import { envReader } from '../config/env';
import { readAbandonMinutes } from '../config/insights-config';

export interface LambdaConfig {
  tableName: string;
  /** SSM parameter holding the narrator configuration document. */
  narratorConfigParameter: string | undefined;
  /** Secrets Manager secret: a JSON object of provider keys by variable name. */
  providerKeysSecret: string | undefined;
  /** The insights' rollups table; unset, GET /api/insights is not served. */
  insightsTable: string | undefined;
  /** Secrets Manager secret holding the operators' token for the insights. */
  insightsTokenSecret: string | undefined;
  /** Minutes without a turn before the insights count a journey abandoned. */
  abandonAfterMinutes: number;
  /** How long configuration and keys are cached before they are read again. */
  configMaxAgeSeconds: number;
  rateLimitPerMinute: number;
  rateLimitBurst: number;
}

export function readLambdaConfig(env: Env): LambdaConfig {
  const read = envReader(env);
  return {
    tableName: read.required('TABLE_NAME'),
    narratorConfigParameter: read.text('NARRATOR_CONFIG_PARAMETER'),
    providerKeysSecret: read.text('PROVIDER_KEYS_SECRET'),
    insightsTable: read.text('INSIGHTS_TABLE'),
    insightsTokenSecret: read.text('INSIGHTS_TOKEN_SECRET'),
    abandonAfterMinutes: readAbandonMinutes(read),
    configMaxAgeSeconds: read.integer('CONFIG_MAX_AGE_SECONDS', 300, 0, 86_400),
    rateLimitPerMinute: read.integer('RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    rateLimitBurst: read.integer('RATE_LIMIT_BURST', 120, 1, 1_000_000),
  };
}
