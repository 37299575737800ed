/**
 * The EMF metrics of provider attempts: narration quality by provider and outcome, budget hits,
 * and the error metrics the alarms read, with bounded dimensions.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JourneyEvent } from '../store/journey-store';
import { createObservability } from './observability';

interface EmfLine {
  _aws: { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] };
  [key: string]: unknown;
}

function printedBy(run: () => void): EmfLine[] {
  const printed: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return printed
    .join('')
    .split('\n')
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as EmfLine);
}

const attempt = (provider: string, outcome: string, reason: string | null): JourneyEvent => ({
  type: 'narration-attempted',
  journeyId: 'j1',
  visitor: 'v1',
  at: '2026-11-26T10:00:00.000Z',
  variants: {},
  data: { turn: 2, provider, model: 'm', outcome, reason, latencyMs: 10, costUsd: 0 },
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('narration attempt metrics', () => {
  it('counts every attempt by provider and outcome, budget skips as budget hits, failures as errors', () => {
    const observability = createObservability();
    const lines = printedBy(() => {
      observability.recordEvents([
        attempt('openai', 'ok', null),
        attempt('openai', 'repaired', 're-asked'),
        attempt('openai', 'skipped', 'budget'),
        attempt('anthropic', 'skipped', 'circuit-open'),
        attempt('anthropic', 'failed', 'timeout'),
        attempt('storyteller', 'ok', null),
      ]);
    });
    const named = (name: string) =>
      lines.filter((line) => line._aws.CloudWatchMetrics[0]?.Metrics[0]?.Name === name);
    expect(
      named('NarrationOutcomes').map(
        (line) => `${String(line['narrator'])}:${String(line['outcome'])}`,
      ),
    ).toEqual([
      'openai:ok',
      'openai:repaired',
      'openai:skipped',
      'anthropic:skipped',
      'anthropic:failed',
    ]);
    expect(named('NarrationOutcomes')[0]?._aws.CloudWatchMetrics[0]?.Dimensions[0]).toEqual(
      expect.arrayContaining(['narrator', 'outcome']),
    );
    expect(named('BudgetHits').map((line) => line['narrator'])).toEqual(['openai']);
    expect(named('NarratorErrors').map((line) => line['narrator'])).toEqual(['anthropic']);
    // Skips never reached a provider: three attempts did (ok, repaired, failed).
    expect(named('NarrationAttempts')).toHaveLength(3);
  });
});

describe('moderation metrics', () => {
  const named = (lines: EmfLine[], name: string) =>
    lines.filter((line) => line._aws.CloudWatchMetrics[0]?.Metrics[0]?.Name === name);

  it('counts the AI beats moderated and those blocked, by source, moderator and category', () => {
    const observability = createObservability();
    const blocked: JourneyEvent = {
      ...attempt('openai', 'blocked', 'moderation: profanity,insult (comprehend)'),
      data: {
        ...attempt('openai', 'blocked', null).data,
        moderator: 'comprehend',
        categories: 'profanity,insult',
      },
    };
    const lines = printedBy(() => {
      observability.recordEvents([
        attempt('openai', 'ok', null),
        attempt('openai', 'failed', 'timeout'),
        blocked,
      ]);
    });
    // The failed call never reached moderation.
    expect(named(lines, 'ModeratedBeats')).toHaveLength(2);
    expect(named(lines, 'BlockedBeats')).toHaveLength(1);
    expect(
      named(lines, 'ModerationBlocks').map((line) => [
        line['source'],
        line['moderator'],
        line['category'],
      ]),
    ).toEqual([
      ['beat', 'comprehend', 'profanity'],
      ['beat', 'comprehend', 'insult'],
    ]);
  });

  it('counts seeds moderated and refused, never naming the seed', () => {
    const observability = createObservability();
    const lines = printedBy(() => {
      observability.recordSeedVerdict({
        blocked: false,
        categories: [],
        moderator: null,
        failures: [],
        outage: false,
        costUsd: 0,
      });
      observability.recordSeedVerdict({
        blocked: true,
        categories: ['personal-data'],
        moderator: 'local',
        failures: [],
        outage: false,
        costUsd: 0,
      });
    });
    expect(named(lines, 'ModeratedSeeds')).toHaveLength(2);
    expect(
      named(lines, 'ModerationBlocks').map((line) => [
        line['source'],
        line['moderator'],
        line['category'],
      ]),
    ).toEqual([['seed', 'local', 'personal-data']]);
  });
});

describe('translation metrics', () => {
  const served = (data: JourneyEvent['data']): JourneyEvent => ({
    type: 'beat-served',
    journeyId: 'j1',
    visitor: 'v1',
    at: '2026-11-26T10:00:00.000Z',
    variants: {},
    data: {
      turn: 3,
      narrator: 'storyteller',
      latencyMs: 5,
      fallback: false,
      answer: 'yes',
      ...data,
    },
  });

  it('counts sentences from the cache and from a translator, and beats by outcome, for a story read in another language only', () => {
    const observability = createObservability();
    const lines = printedBy(() => {
      observability.recordEvents([
        served({ language: 'es', translation: 'cache', translationHits: 2, translationMisses: 0 }),
        served({
          language: 'es',
          translation: 'translated',
          translationHits: 1,
          translationMisses: 1,
        }),
        served({ language: 'ja', translation: 'failed', translationHits: 0, translationMisses: 2 }),
        served({}),
      ]);
    });
    const values = (name: string) =>
      lines
        .filter((line) => line._aws.CloudWatchMetrics[0]?.Metrics[0]?.Name === name)
        .map((line) => line[name]);
    expect(values('TranslationCacheHits')).toEqual([2, 1, 0]);
    expect(values('TranslationCacheMisses')).toEqual([0, 1, 2]);
    expect(
      lines
        .filter((line) => line._aws.CloudWatchMetrics[0]?.Metrics[0]?.Name === 'TranslatedBeats')
        .map((line) => line['outcome']),
    ).toEqual(['cache', 'translated', 'failed']);
  });
});
