/**
 * Amazon Comprehend through the official SDK against the fake on loopback: the contract, then
 * how each call is made and how each failure is named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moderator } from './contract';
import { ModerationError } from './contract';
import { createComprehendModerator } from './comprehend-moderator';
import { moderatorContract } from './moderator.contract';
import type { FakeComprehend } from './testing';
import { startFakeComprehend } from './testing';

let fake: FakeComprehend;
let comprehend: Moderator;
beforeAll(async () => {
  fake = await startFakeComprehend();
  comprehend = createComprehendModerator({
    region: 'eu-west-1',
    endpoint: fake.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
});
afterAll(async () => {
  await fake.close();
});

describe('the Comprehend moderator', () => {
  moderatorContract(() => comprehend, {
    abusive: { text: 'You imbecile, get off my tram.', category: 'insult' },
  });

  it('asks both operations of one text at once', async () => {
    fake.received.length = 0;
    await comprehend.moderate('Do you stay?');
    expect([...fake.received].sort()).toEqual(['DetectPiiEntities', 'DetectToxicContent']);
  });

  it.each([
    ['throttling', { error: { type: 'ThrottlingException', status: 400 } }, 'throttled'],
    ['a server error', { error: { type: 'InternalServerException', status: 500 } }, 'unavailable'],
    [
      'an unsupported language',
      { error: { type: 'UnsupportedLanguageException', status: 400 } },
      'unsupported',
    ],
    ['a malformed reply', { malformed: true }, 'malformed'],
  ] as const)('names %s by its kind', async (_, fault, kind) => {
    fake.script(fault, fault);
    const error = await comprehend.moderate('Do you stay?').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModerationError);
    expect((error as ModerationError).kind).toBe(kind);
  });

  it('refuses a text too long to judge whole rather than judge part of it', async () => {
    const long = 'The tram rolls on through the rain. '.repeat(400);
    const error = await comprehend.moderate(long).catch((caught: unknown) => caught);
    expect((error as ModerationError).kind).toBe('unsupported');
  });

  it('stops when its signal aborts', async () => {
    fake.script({ delayMs: 2000 }, { delayMs: 2000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await comprehend
      .moderate('Do you stay?', { signal: controller.signal })
      .catch((caught: unknown) => caught);
    expect((error as ModerationError).kind).toBe('timeout');
  });
});
