/**
 * Configuration of the local server, from environment variables. Each variable is read here
 * and only here; a bad value fails start-up with a message that names the variable.
 */
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  webRoot: string;
  rateLimitPerMinute: number;
  rateLimitBurst: number;
  trustProxy: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, not "${raw}".`);
}

/** Reads the server configuration; relative paths resolve against `cwd`. */
export function readServerConfig(env: Env, cwd: string): ServerConfig {
  return {
    port: integer(env, 'PORT', 8787, 0, 65535),
    host: env['HOST'] ?? '127.0.0.1',
    dataDir: resolve(cwd, env['DATA_DIR'] ?? 'data'),
    webRoot: resolve(cwd, env['WEB_ROOT'] ?? 'apps/web/dist'),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 300, 0, 1_000_000),
    rateLimitBurst: integer(env, 'RATE_LIMIT_BURST', 60, 1, 1_000_000),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
  };
}
