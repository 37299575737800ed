import { describe, expect, it } from 'vitest';
import { ConfigError, envReader } from './env';

describe('envReader', () => {
  const read = envReader({ PORT: '80', BAD_PORT: '8o', EMPTY: '', FLAG: 'Yes', ODD: 'maybe' });

  it('reads what is set and falls back for what is unset or empty', () => {
    expect(read.integer('PORT', 1, 0, 65535)).toBe(80);
    expect(read.integer('EMPTY', 1, 0, 65535)).toBe(1);
    expect(read.text('EMPTY', 'fallback')).toBe('fallback');
    expect(read.text('UNSET')).toBeUndefined();
    expect(read.boolean('FLAG', false)).toBe(true);
  });

  it('names the variable and what it should be when a value is wrong or missing', () => {
    expect(() => read.integer('BAD_PORT', 1, 0, 65535)).toThrow(
      new ConfigError('BAD_PORT must be a whole number from 0 to 65535, not "8o".'),
    );
    expect(() => read.integer('PORT', 1, 100, 200)).toThrow(/PORT must be a whole number/u);
    expect(() => read.boolean('ODD', false)).toThrow(/ODD must be true or false, not "maybe"/u);
    expect(() => read.required('TABLE_NAME')).toThrow(new ConfigError('TABLE_NAME must be set.'));
  });
});
