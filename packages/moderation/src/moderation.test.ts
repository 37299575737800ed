/**
 * The moderation policy with the local moderator and Comprehend (official SDK, fake on
 * loopback): thresholds, order, and the fault matrix, where every failure ends safely: an AI
 * beat blocked, a seed judged by the local moderator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComprehendModerator } from './comprehend-moderator';
import { comprehendCostUsd } from './comprehend-price';
import { createLocalModerator } from './local-moderator';
import type { FakeComprehendFault, FakeComprehend } from './testing';
import { startFakeComprehend } from './testing';
import type { ModerationOptions } from './moderation';
import { createModeration } from './moderation';

let fake: FakeComprehend;
const local = createLocalModerator();
let both: ModerationOptions['moderators'];
let comprehendOnly: ModerationOptions['moderators'];
beforeAll(async () => {
  fake = await startFakeComprehend();
  const comprehend = createComprehendModerator({
    region: 'eu-west-1',
    endpoint: fake.url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  comprehendOnly = [{ moderator: comprehend, timeoutMs: 1000 }];
  both = [{ moderator: local, timeoutMs: 1000 }, ...comprehendOnly];
});
afterAll(async () => {
  await fake.close();
});

const CLEAN = 'The tram sways, and the lamps go by. Do you stay on?';

describe('moderation', () => {
  it('passes a clean text and blocks by the first moderator in order that finds something', async () => {
    const moderation = createModeration({ moderators: both, fallback: local });
    expect(await moderation.check(CLEAN, 'beat')).toEqual({
      blocked: false,
      categories: [],
      moderator: null,
      failures: [],
      outage: false,
      // Comprehend is paid for (both detections, at least 3 units each); the local one is free.
      costUsd: comprehendCostUsd(CLEAN),
    });
    // Both find the e-mail address; the local moderator comes first.
    expect(await moderation.check('Write to ann@example.org. Do you?', 'beat')).toMatchObject({
      blocked: true,
      categories: ['personal-data'],
      moderator: 'local',
    });
    // Only Comprehend knows this insult.
    expect(await moderation.check('You imbecile. Do you leave?', 'beat')).toMatchObject({
      blocked: true,
      categories: ['toxicity', 'insult'],
      moderator: 'comprehend',
    });
  });

  it('blocks a category only at its threshold', async () => {
    const lenient = createModeration({
      moderators: both,
      fallback: local,
      thresholds: { insult: 0.99, toxicity: 0.99 },
    });
    expect((await lenient.check('You imbecile. Do you leave?', 'beat')).blocked).toBe(false);
  });

  it('answers at once when every moderator is local, and not otherwise', () => {
    const offline = createModeration({
      moderators: [{ moderator: local, timeoutMs: 1000 }],
      fallback: local,
    });
    expect(offline.checkNow('what shit')).toMatchObject({
      costUsd: 0,
      blocked: true,
      categories: ['profanity'],
    });
    expect(offline.checkNow(CLEAN)?.blocked).toBe(false);
    expect(createModeration({ moderators: both, fallback: local }).checkNow(CLEAN)).toBeNull();
  });

  describe('when Comprehend fails', () => {
    // Each fault, the kind it is named, whether it is an outage (the next text would fare no
    // better) and whether the call was made, so billed.
    const faults: [string, FakeComprehendFault, string, boolean, boolean][] = [
      ['a timeout', { delayMs: 2500 }, 'timeout', true, true],
      [
        'throttling with a retry hint',
        { error: { type: 'ThrottlingException', status: 400 } },
        'throttled',
        true,
        false,
      ],
      [
        'a 5xx',
        { error: { type: 'InternalServerException', status: 500 } },
        'unavailable',
        true,
        false,
      ],
      ['a malformed reply', { malformed: true }, 'malformed', true, true],
      [
        'an unsupported language',
        { error: { type: 'UnsupportedLanguageException', status: 400 } },
        'unsupported',
        false,
        false,
      ],
    ];

    it.each(faults)('blocks an AI beat after %s', async (_, fault, kind, outage, billed) => {
      fake.script(fault, fault);
      const moderation = createModeration({ moderators: both, fallback: local });
      expect(await moderation.check(CLEAN, 'beat')).toEqual({
        blocked: true,
        categories: [],
        moderator: 'comprehend',
        failures: [`comprehend: ${kind}`],
        outage,
        costUsd: billed ? comprehendCostUsd(CLEAN) : 0,
      });
    });

    it.each(faults)(
      'judges a seed by the local moderator after %s',
      async (_, fault, kind, outage, billed) => {
        const moderation = createModeration({ moderators: comprehendOnly, fallback: local });
        fake.script(fault, fault);
        expect(await moderation.check('the night tram', 'seed')).toEqual({
          blocked: false,
          categories: [],
          moderator: null,
          failures: [`comprehend: ${kind}`],
          outage,
          costUsd: billed ? comprehendCostUsd('the night tram') : 0,
        });
        fake.script(fault, fault);
        expect(await moderation.check('the sh1t tram', 'seed')).toMatchObject({
          blocked: true,
          categories: ['profanity'],
          moderator: 'local',
        });
      },
    );
  });
});
