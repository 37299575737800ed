import { describe, expect, it } from 'vitest';
import { createProviderKeysReader, parseProviderKeys } from './provider-keys';

function notFound(): Error {
  const error = new Error('Failed to retrieve secret');
  (error as { cause?: unknown }).cause = Object.assign(new Error('no AWSCURRENT'), {
    name: 'ResourceNotFoundException',
  });
  return error;
}

function reader(values: (() => unknown)[]) {
  const warnings: { message: string; details: Record<string, unknown> }[] = [];
  let clock = 0;
  let calls = 0;
  const read = createProviderKeysReader(
    () => {
      const next = values[Math.min(calls, values.length - 1)];
      calls += 1;
      return new Promise((resolve) => {
        resolve(next?.());
      });
    },
    { warn: (message, details) => warnings.push({ message, details }) },
    { retryAfterMs: 1000, now: () => clock },
  );
  return {
    read,
    warnings,
    calls: () => calls,
    advance: (ms: number) => (clock += ms),
  };
}

describe('the provider keys secret', () => {
  it('reads a JSON object of keys', () => {
    expect(parseProviderKeys('{"ANTHROPIC_API_KEY":"sk-1"}')).toEqual({
      keys: { ANTHROPIC_API_KEY: 'sk-1' },
    });
  });

  it.each([
    [undefined, 'the secret is empty'],
    ['', 'the secret is empty'],
    ['{"a":', 'the secret is not JSON'],
    ['["sk"]', 'the secret is not a JSON object'],
    ['{"a":1}', 'the secret has a value that is not a string'],
  ])('gives no keys for %j: %s', (value, problem) => {
    expect(parseProviderKeys(value)).toEqual({ problem });
  });

  it('treats a secret with no value as no keys, said once, and asks again only after a while', async () => {
    const keys = reader([
      () => {
        throw notFound();
      },
    ]);
    expect(await keys.read()).toEqual({});
    expect(await keys.read()).toEqual({});
    expect(keys.calls()).toBe(1);
    keys.advance(1001);
    expect(await keys.read()).toEqual({});
    expect(keys.calls()).toBe(2);
    expect(keys.warnings).toHaveLength(1);
    expect(keys.warnings[0]?.details).toMatchObject({
      problem: 'the secret has no value yet',
      error: 'ResourceNotFoundException',
    });
  });

  it('keeps the keys it knows through a passing failure to read them', async () => {
    const keys = reader([
      () => '{"OPENAI_API_KEY":"sk-2"}',
      () => {
        throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
      },
    ]);
    expect(await keys.read()).toEqual({ OPENAI_API_KEY: 'sk-2' });
    expect(await keys.read()).toEqual({ OPENAI_API_KEY: 'sk-2' });
    expect(keys.warnings).toEqual([]);
  });

  it('warns again when the problem changes, and not while it stays the same', async () => {
    const keys = reader([() => '', () => '', () => 'not json', () => '{"K":"v"}', () => '']);
    for (let call = 0; call < 5; call++) await keys.read();
    expect(keys.warnings.map((warning) => warning.details['problem'])).toEqual([
      'the secret is empty',
      'the secret is not JSON',
      'the secret is empty',
    ]);
  });
});
