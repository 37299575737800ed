/**
 * Configuration of the API Lambda, from its environment (set by Terraform). Read here only; a
 * missing value fails the first request with a message that names the variable.
 */
type Env = Readonly<Record<string, string | undefined>>;

export interface LambdaConfig {
  tableName: string;
  /** SSM parameter holding the narrator configuration document. */
  narratorConfigParameter: string | undefined;
  /** Secrets Manager secret: a JSON object of provider keys by variable name. */
  providerKeysSecret: string | undefined;
  /** How long configuration and keys are cached before they are read again. */
  configMaxAgeSeconds: number;
  rateLimitPerMinute: number;
  rateLimitBurst: number;
}

export class LambdaConfigError extends Error {
  override readonly name = 'LambdaConfigError';
}

function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new LambdaConfigError(`${name} must be set.`);
  return value;
}

function number(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new LambdaConfigError(`${name} must be a number, not "${raw}".`);
  return value;
}

export function readLambdaConfig(env: Env): LambdaConfig {
  return {
    tableName: required(env, 'TABLE_NAME'),
    narratorConfigParameter: env['NARRATOR_CONFIG_PARAMETER'] || undefined,
    providerKeysSecret: env['PROVIDER_KEYS_SECRET'] || undefined,
    configMaxAgeSeconds: number(env, 'CONFIG_MAX_AGE_SECONDS', 300),
    rateLimitPerMinute: number(env, 'RATE_LIMIT_PER_MINUTE', 600),
    rateLimitBurst: number(env, 'RATE_LIMIT_BURST', 120),
  };
}
