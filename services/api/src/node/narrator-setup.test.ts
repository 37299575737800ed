import { NarratorConfigError } from '@liminal/narrators';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNarrator, readNarratorConfig } from './narrator-setup';

describe('choosing the narrators', () => {
  it('uses the storyteller alone when nothing is configured, and the local moderator', () => {
    const { narrator, moderation } = createNarrator({}, process.cwd());
    expect(narrator.names).toEqual(['storyteller']);
    expect(moderation.names).toEqual(['local']);
    expect(moderation.allLocal).toBe(true);
  });

  it('moderates with Comprehend too when the configuration names it', () => {
    const { moderation } = createNarrator(
      {
        AI_PROVIDER_CONFIG: JSON.stringify({
          moderation: { moderators: [{ type: 'local' }, { type: 'comprehend', timeoutMs: 800 }] },
        }),
      },
      process.cwd(),
    );
    expect(moderation.names).toEqual(['local', 'comprehend']);
    expect(moderation.allLocal).toBe(false);
  });

  it('adds a provider for each key present', () => {
    const names = createNarrator(
      { OPENAI_API_KEY: 'sk-a', ANTHROPIC_API_KEY: 'sk-b' },
      process.cwd(),
    ).narrator.names;
    expect(names).toEqual(['openai', 'anthropic', 'storyteller']);
  });

  it('reads the configuration from a file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'narrator-config-'));
    const file = join(directory, 'narrators.json');
    writeFileSync(
      file,
      JSON.stringify({ providers: [{ type: 'bedrock', model: 'amazon.titan-text-express-v1' }] }),
    );
    const config = readNarratorConfig({ AI_PROVIDER_CONFIG_FILE: file }, process.cwd());
    expect(config.providers[0]).toMatchObject({
      type: 'bedrock',
      name: 'bedrock',
      model: 'amazon.titan-text-express-v1',
    });
  });

  it.each([
    ['not JSON', { AI_PROVIDER_CONFIG: '{providers' }, /not valid JSON/u],
    [
      'an unknown provider type',
      { AI_PROVIDER_CONFIG: '{"providers":[{"type":"skynet"}]}' },
      /providers\.0\.type/u,
    ],
    ['an unknown field', { AI_PROVIDER_CONFIG: '{"providers":[],"colour":"red"}' }, /colour/u],
    [
      'a missing key',
      { AI_PROVIDER_CONFIG: '{"providers":[{"type":"openai"}]}' },
      /OPENAI_API_KEY/u,
    ],
    [
      'a missing file',
      { AI_PROVIDER_CONFIG_FILE: '/nonexistent/narrators.json' },
      /cannot be read/u,
    ],
  ])('refuses %s with a message that says what is wrong', (_name, env, message) => {
    expect(() => createNarrator(env, process.cwd())).toThrow(NarratorConfigError);
    expect(() => createNarrator(env, process.cwd())).toThrow(message);
  });
});
