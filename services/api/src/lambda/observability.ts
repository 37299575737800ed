/**
 * Logs and metrics on AWS, with Powertools: structured JSON logs (a correlation id per request,
 * no secrets and no reader text at info level) and CloudWatch metrics in Embedded Metric Format,
 * with the dimensions the dashboards and alarms use (narrator, variant).
 */
import type { Verdict } from '@liminal/moderation';
import { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, Metrics } from '@aws-lambda-powertools/metrics';

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];
import type { JourneyEvent } from '../store/journey-store';

export const METRICS_NAMESPACE = 'LiminalTransit';
export const SERVICE_NAME = 'liminal-api';

/** Where in a story an answer was given, as a bounded metric dimension. */
export function turnBucket(turn: number): string {
  if (turn <= 3) return '1-3';
  if (turn <= 6) return '4-6';
  if (turn <= 9) return '7-9';
  return '10+';
}

/** The experiment whose variant is a metric dimension (the shipped one). */
/** The experiment whose variant the metrics carry as their `variant` dimension. */
export const VARIANT_EXPERIMENT = 'beat-reveal';

export function createObservability(options: { namespace?: string; serviceName?: string } = {}) {
  const serviceName = options.serviceName ?? SERVICE_NAME;
  const logger = new Logger({ serviceName });
  const metrics = new Metrics({ namespace: options.namespace ?? METRICS_NAMESPACE, serviceName });

  /** One metric with its own dimensions, written at once. */
  const emit = (
    name: string,
    unit: Unit,
    value: number,
    dimensions: Record<string, string> = {},
  ) => {
    const single = metrics.singleMetric();
    for (const [key, dimension] of Object.entries(dimensions)) single.addDimension(key, dimension);
    single.addMetric(name, unit, value);
  };

  /**
   * One verdict that blocked, per category (bounded: the moderation package's categories and
   * "unavailable"), by source and moderator.
   */
  const moderationVerdicts = (source: string, moderator: string, categories: string) => {
    for (const category of categories.split(',').filter(Boolean))
      emit('ModerationBlocks', MetricUnit.Count, 1, { source, moderator, category });
  };

  /** A beat's narration metrics, and the journey's completion when the beat ended it. */
  const beatMetrics = (data: JourneyEvent['data'], variant: string) => {
    const narrator = String(data['narrator']);
    emit('NarratorLatency', MetricUnit.Milliseconds, Number(data['latencyMs']), {
      narrator,
      variant,
    });
    emit('Fallbacks', MetricUnit.Count, data['fallback'] === true ? 1 : 0, { narrator, variant });
    emit('BeatsServed', MetricUnit.Count, 1, { narrator, variant });
    emit('InputTokens', MetricUnit.Count, Number(data['inputTokens'] ?? 0), { narrator });
    emit('OutputTokens', MetricUnit.Count, Number(data['outputTokens'] ?? 0), { narrator });
    emit('CostUsd', MetricUnit.NoUnit, Number(data['costUsd'] ?? 0), { narrator });
    if (data['moderationCostUsd'] !== undefined)
      emit('ModerationCostUsd', MetricUnit.NoUnit, Number(data['moderationCostUsd']));
    // A beat carried into the reader's language: how (cache, translated, failed, unavailable,
    // a bounded dimension), and its sentences from the cache and from a translator, whose ratio
    // is the dashboard's cache hit rate.
    const translation = data['translation'];
    if (typeof translation === 'string') {
      emit('TranslatedBeats', MetricUnit.Count, 1, { outcome: translation });
      emit('TranslationCacheHits', MetricUnit.Count, Number(data['translationHits'] ?? 0));
      emit('TranslationCacheMisses', MetricUnit.Count, Number(data['translationMisses'] ?? 0));
    }
    // The answer this beat follows, by the turn it was given at, in four buckets (a bounded
    // dimension): the choice pattern the dashboard shows as a share of Yes.
    const answer = data['answer'];
    if (answer === 'yes' || answer === 'no') {
      emit('Answers', MetricUnit.Count, 1, {
        answer,
        turnBucket: turnBucket(Number(data['turn']) - 1),
      });
    }
    const ending = data['ending'];
    if (typeof ending === 'string') {
      emit('JourneysCompleted', MetricUnit.Count, 1, { variant, ending });
      emit('JourneyLength', MetricUnit.Count, Number(data['turn']), { variant });
    }
  };

  return {
    logger,
    metrics,
    recordEvents(events: readonly JourneyEvent[]): void {
      for (const event of events) {
        const variant = event.variants[VARIANT_EXPERIMENT] ?? 'none';
        const data = event.data;
        switch (event.type) {
          case 'journey-started':
            emit('JourneysStarted', MetricUnit.Count, 1, { variant });
            beatMetrics(data, variant);
            break;
          case 'beat-served':
            beatMetrics(data, variant);
            break;
          case 'narration-attempted': {
            // The storyteller cannot fail.
            if (data['provider'] === 'storyteller') break;
            const provider = String(data['provider']);
            const outcome = String(data['outcome']);
            // Narration quality, every attempt by its outcome (ok, repaired, invalid, failed,
            // skipped): both dimensions bounded, by the configured providers and five outcomes.
            emit('NarrationOutcomes', MetricUnit.Count, 1, { narrator: provider, outcome });
            if (outcome === 'skipped' && data['reason'] === 'budget')
              emit('BudgetHits', MetricUnit.Count, 1, { narrator: provider });
            // Skipped attempts never reached a provider.
            if (outcome === 'skipped') break;
            // Every AI beat that reached moderation (it passed the beat rules), and the blocked
            // ones by moderator and category: the alarm divides the two.
            if (outcome === 'ok' || outcome === 'repaired' || outcome === 'blocked')
              emit('ModeratedBeats', MetricUnit.Count, 1);
            if (outcome === 'blocked') {
              emit('BlockedBeats', MetricUnit.Count, 1);
              moderationVerdicts('beat', String(data['moderator']), String(data['categories']));
            }
            const failed = data['outcome'] === 'failed' || data['outcome'] === 'invalid';
            // Without the narrator dimension too, for the account-wide AI error alarm.
            emit('NarrationAttempts', MetricUnit.Count, 1);
            emit('NarrationFailures', MetricUnit.Count, failed ? 1 : 0);
            if (failed)
              emit('NarratorErrors', MetricUnit.Count, 1, { narrator: String(data['provider']) });
            break;
          }
          case 'answer-given':
          case 'journey-completed':
            // Written by earlier versions only; a turn's row carries these facts now.
            break;
        }
      }
    },
    /** A verdict on a reader's seed: refusals by moderator and category, and failures. */
    recordSeedVerdict(verdict: Verdict): void {
      emit('ModeratedSeeds', MetricUnit.Count, 1);
      if (verdict.costUsd > 0) emit('ModerationCostUsd', MetricUnit.NoUnit, verdict.costUsd);
      if (verdict.blocked)
        moderationVerdicts('seed', verdict.moderator ?? 'unknown', verdict.categories.join(','));
      if (verdict.failures.length > 0)
        logger.warn('seed moderator failed', { failures: [...verdict.failures] });
    },
    recordRequest(request: {
      method: string;
      path: string;
      status: number;
      durationMs: number;
    }): void {
      if (request.method === 'POST' && request.path.endsWith('/turns')) {
        emit('TurnLatency', MetricUnit.Milliseconds, request.durationMs);
      }
      emit('Requests', MetricUnit.Count, 1);
      emit('ServerErrors', MetricUnit.Count, request.status >= 500 ? 1 : 0);
      logger.info('request', {
        method: request.method,
        route: request.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/gu, ':id'),
        status: request.status,
        durationMs: Math.round(request.durationMs * 1000) / 1000,
      });
    },
  };
}

export type Observability = ReturnType<typeof createObservability>;
