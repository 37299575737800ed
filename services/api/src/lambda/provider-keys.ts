/**
 * The provider keys secret, read tolerantly. Terraform creates the secret without a value (keys
 * never enter its state), so a fresh environment has a secret with no value, and an operator may
 * leave it empty or get its JSON wrong: each of these means "no keyed providers", said once in
 * the log, and the chain narrates with what needs no key (Bedrock, the built-in storyteller).
 * A reader never sees an error for it.
 */
type Keys = Readonly<Record<string, string>>;

export interface KeysLog {
  warn(message: string, details: Record<string, unknown>): void;
}

const NONE: Keys = Object.freeze({});

/** Why a secret's value gives no keys, or the keys themselves. */
export function parseProviderKeys(value: unknown): { keys: Keys } | { problem: string } {
  if (value === undefined || value === null || value === '')
    return { problem: 'the secret is empty' };
  if (typeof value !== 'string') return { problem: 'the secret is not text' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return { problem: 'the secret is not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { problem: 'the secret is not a JSON object' };
  const entries = Object.entries(parsed);
  if (entries.some(([, key]) => typeof key !== 'string'))
    return { problem: 'the secret has a value that is not a string' };
  return { keys: Object.fromEntries(entries) };
}

/** The name of an error from Secrets Manager (through Powertools, which wraps it in `cause`). */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.name : error.name;
}

/**
 * A function that gives the current keys. `fetch` reads the secret (cached by its caller); a
 * failure to read it is itself remembered for `retryAfterMs`, so a missing value costs one call
 * to Secrets Manager per period rather than one per request.
 */
export function createProviderKeysReader(
  fetch: () => Promise<unknown>,
  log: KeysLog,
  options: { retryAfterMs: number; now?: () => number },
): () => Promise<Keys> {
  const now = options.now ?? Date.now;
  let lastProblem: string | undefined;
  let lastKeys: Keys = NONE;
  let failedUntil = 0;
  const noKeys = (problem: string, details: Record<string, unknown> = {}): Keys => {
    if (problem !== lastProblem)
      log.warn('no keyed narrators: the provider keys secret gives no keys', {
        problem,
        ...details,
      });
    lastProblem = problem;
    return NONE;
  };
  return async () => {
    if (now() < failedUntil) return lastKeys;
    let value: unknown;
    try {
      value = await fetch();
    } catch (error) {
      failedUntil = now() + options.retryAfterMs;
      const name = errorName(error);
      // A passing failure (throttling, a network blip) keeps the keys already known.
      if (lastKeys !== NONE && name !== 'ResourceNotFoundException') return lastKeys;
      lastKeys = NONE;
      return noKeys(
        name === 'ResourceNotFoundException'
          ? 'the secret has no value yet'
          : 'the secret could not be read',
        { error: name },
      );
    }
    const result = parseProviderKeys(value);
    if ('problem' in result) {
      lastKeys = NONE;
      return noKeys(result.problem);
    }
    lastProblem = undefined;
    lastKeys = result.keys;
    return result.keys;
  };
}
