/**
 * Abandoned journeys as a CloudWatch metric. Abandonment is the absence of a turn, so no event
 * marks it: once a day, on a schedule, the insights Lambda reads the day just settled from the
 * rollups (journeys started and not completed, counted as the insights page counts them, once
 * the day is over by the abandonment time) and prints `JourneysAbandoned` as EMF, in all and by
 * the beat-reveal variant, stamped at the end of that day so the point lands on it.
 */
import { MetricUnit, Metrics } from '@aws-lambda-powertools/metrics';
import { EXPERIMENTS } from '@liminal/experiments';
import { buildReport } from '@liminal/insights';
import type { DynamoRollups } from '../store/dynamodb-rollups';
import { METRICS_NAMESPACE, VARIANT_EXPERIMENT } from './observability';

const DAY_MS = 86_400_000;

export interface AbandonedDay {
  day: string;
  abandoned: number;
  /** By the beat-reveal variant. */
  byVariant: Record<string, number>;
}

/** The latest day over by more than the abandonment time, and its abandoned journeys. */
export async function abandonedDay(
  rollups: DynamoRollups,
  now: Date,
  abandonAfterMinutes: number,
): Promise<AbandonedDay> {
  const settled = new Date(now.getTime() - abandonAfterMinutes * 60_000 - DAY_MS);
  const day = settled.toISOString().slice(0, 10);
  const report = buildReport(await rollups.read(day, day), day, day, EXPERIMENTS, {
    now,
    abandonAfterMinutes,
  });
  const arms = report.experiments.find((experiment) => experiment.key === VARIANT_EXPERIMENT);
  return {
    day,
    abandoned: report.stories.abandoned ?? 0,
    byVariant: Object.fromEntries(
      (arms?.arms ?? []).map((arm) => [arm.variant, Math.max(0, arm.journeys - arm.completed)]),
    ),
  };
}

/** Prints the day's figures as EMF in the dashboards' namespace. */
export function printAbandoned(result: AbandonedDay, metrics: Metrics): void {
  const at = Date.parse(`${result.day}T23:59:59Z`);
  const total = metrics.singleMetric();
  total.setTimestamp(at);
  total.addMetric('JourneysAbandoned', MetricUnit.Count, result.abandoned);
  for (const [variant, count] of Object.entries(result.byVariant)) {
    const single = metrics.singleMetric();
    single.setTimestamp(at);
    single.addDimension('variant', variant);
    single.addMetric('JourneysAbandoned', MetricUnit.Count, count);
  }
}

export function insightsMetrics(): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'liminal-insights' });
}
