/**
 * Reading configuration from environment variables, for the local server and the Lambda alike.
 * A bad value fails with a message that names the variable and says what it should be.
 */
import { ApiServiceError } from '../errors';

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends ApiServiceError {
  override readonly name = 'ConfigError';
}

/** Readers of `env`'s variables; an unset or empty variable takes the fallback. */
export function envReader(env: Env) {
  const raw = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    /** The variable, or `fallback` (undefined when none is given). */
    text: ((name: string, fallback?: string) => raw(name) ?? fallback) as {
      (name: string, fallback: string): string;
      (name: string): string | undefined;
    },
    required(name: string): string {
      const value = raw(name);
      if (value === undefined) throw new ConfigError(`${name} must be set.`);
      return value;
    },
    integer(name: string, fallback: number, min: number, max: number): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      const parsed = Number(value);
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        throw new ConfigError(
          `${name} must be a whole number from ${min} to ${max}, not "${value}".`,
        );
      }
      return parsed;
    },
    boolean(name: string, fallback: boolean): boolean {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (['1', 'true', 'yes'].includes(value)) return true;
      if (['0', 'false', 'no'].includes(value)) return false;
      throw new ConfigError(`${name} must be true or false, not "${raw(name) ?? ''}".`);
    },
  };
}
