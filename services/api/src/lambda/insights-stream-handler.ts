/**
 * The insights' stream consumer on AWS: each new event item in the journeys table arrives as a
 * DynamoDB stream record and is counted into the daily rollups (store/dynamodb-rollups.ts), keyed
 * by the event item's own key, so a record delivered twice counts once. The event source mapping
 * filters to event inserts; anything else that arrives is passed over. On a failure the batch
 * reports the first record not counted (ReportBatchItemFailures), and Lambda retries from there.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { InsightEvent } from '@liminal/insights';
import type {
  DynamoDBBatchResponse,
  DynamoDBRecord,
  DynamoDBStreamEvent,
  ScheduledEvent,
} from 'aws-lambda';
import type { Env } from '../config/env';
import { envReader } from '../config/env';
import { readAbandonMinutes } from '../config/insights-config';
import type { DynamoRollups } from '../store/dynamodb-rollups';
import { createDynamoRollups } from '../store/dynamodb-rollups';
import { abandonedDay, insightsMetrics, printAbandoned } from './abandonment-metric';

/** The event a record inserted, with its key; null for any other record. */
export function eventOf(record: DynamoDBRecord): { key: string; event: InsightEvent } | null {
  const image = record.dynamodb?.NewImage;
  if (record.eventName !== 'INSERT' || image === undefined) return null;
  const item = unmarshall(image as Record<string, AttributeValue>);
  const { pk, sk } = item as { pk?: unknown; sk?: unknown };
  if (typeof pk !== 'string' || typeof sk !== 'string' || !sk.startsWith('E#')) return null;
  return {
    key: `${pk}|${sk}`,
    event: {
      type: String(item['type']),
      journeyId: String(item['journeyId']),
      at: String(item['at']),
      variants: (item['variants'] ?? {}) as InsightEvent['variants'],
      data: (item['data'] ?? {}) as InsightEvent['data'],
    },
  };
}

export interface StreamHandlerLog {
  error(message: string, details: Record<string, unknown>): void;
}

export function createInsightsStreamHandler(rollups: DynamoRollups, log: StreamHandlerLog) {
  return async (stream: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    // In order, stopping at the first failure: Lambda retries the shard from the record
    // reported, so it must be the earliest not counted.
    for (const record of stream.Records) {
      const found = eventOf(record);
      if (found === null) continue;
      try {
        await rollups.apply(found.key, found.event);
      } catch (error) {
        log.error('rollup failed', {
          key: found.key,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
        return {
          batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }],
        };
      }
    }
    return { batchItemFailures: [] };
  };
}

/**
 * The function's handler, configured from its environment (set by Terraform) on its first
 * call, so a missing variable fails that call with its name, not the import. Two triggers: the
 * journeys table's stream (records to count), and a daily schedule (the abandoned journeys of
 * the day just settled, as a metric: see abandonment-metric.ts).
 */
export function createInsightsStreamLambda(env: Env, now: () => Date = () => new Date()) {
  let configured:
    | {
        rollups: DynamoRollups;
        count: ReturnType<typeof createInsightsStreamHandler>;
        abandonAfterMinutes: number;
      }
    | undefined;
  const configure = () => {
    if (configured !== undefined) return configured;
    const read = envReader(env);
    const rollups = createDynamoRollups({ tableName: read.required('INSIGHTS_TABLE') });
    configured = {
      rollups,
      count: createInsightsStreamHandler(rollups, {
        error: (message, details) => {
          console.error(JSON.stringify({ level: 'error', message, ...details }));
        },
      }),
      abandonAfterMinutes: readAbandonMinutes(read),
    };
    return configured;
  };
  return async (
    event: DynamoDBStreamEvent | ScheduledEvent,
  ): Promise<DynamoDBBatchResponse | undefined> => {
    const { rollups, count, abandonAfterMinutes } = configure();
    if ('Records' in event) return count(event);
    printAbandoned(await abandonedDay(rollups, now(), abandonAfterMinutes), insightsMetrics());
    return undefined;
  };
}
