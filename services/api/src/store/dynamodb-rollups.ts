/**
 * The insights' daily rollups on AWS, in a table of their own, kept from the journeys table's
 * stream (see lambda/insights-stream-handler.ts) by the same code that keeps them in SQLite
 * (`applyEvent` and `toRows` from @liminal/insights):
 *
 *   pk = D#<day>        sk = <metric>#<key>   one counter of one day, `value` added to
 *   pk = A#<event key>  sk = A                an applied event's marker, expiring after a week
 *
 * Each event is one transaction: its marker, put only if absent, and an ADD to each counter it
 * touches. A redelivered stream record finds its marker and the whole transaction is refused, so
 * it counts once; counters are sums, so records arriving out of order count alike.
 */
import type { CreateTableCommandInput, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DayRollup, InsightEvent, RollupRow } from '@liminal/insights';
import { applyEvent, emptyRollups, fromRows, toRows } from '@liminal/insights';

/** Markers outlive the stream's 24-hour retention, the longest a record can be redelivered. */
export const MARKER_TTL_SECONDS = 7 * 24 * 60 * 60;
export const ROLLUP_TTL_ATTRIBUTE = 'expiresAt';

/** The rollups table's key schema, as Terraform declares it too. */
export const ROLLUP_TABLE_SCHEMA: Omit<CreateTableCommandInput, 'TableName'> = {
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  BillingMode: 'PAY_PER_REQUEST',
};

/** DynamoDB's limit on the items of one transaction. */
const MAX_TRANSACTION_ITEMS = 100;
/**
 * Every event of a day adds to the same few counters, so concurrent batches (one per shard)
 * collide: DynamoDB cancels one transaction with TransactionConflict, which the SDK does not
 * retry. Retried here, with jittered backoff, before the batch is failed.
 */
const CONFLICT_ATTEMPTS = 6;
/** Days read at once. */
const READ_CONCURRENCY = 8;

export class RollupError extends Error {
  override readonly name = 'RollupError';
}

const conflicted = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');

export interface DynamoRollups {
  /** Counts the event unless its key was counted before; resolves whether it counted now. */
  apply: (key: string, event: InsightEvent) => Promise<boolean>;
  /** The days from `from` to `to` ("2026-11-26"), both included, that have counters. */
  read: (from: string, to: string) => Promise<Record<string, DayRollup>>;
}

function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${from}T00:00:00Z`); at <= Date.parse(`${to}T00:00:00Z`);) {
    days.push(new Date(at).toISOString().slice(0, 10));
    at += 86_400_000;
  }
  return days;
}

export function createDynamoRollups(options: {
  tableName: string;
  client?: DynamoDBClientConfig;
  now?: () => Date;
}): DynamoRollups {
  const table = options.tableName;
  const now = options.now ?? (() => new Date());
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient(options.client ?? {}));

  async function readDay(day: string): Promise<RollupRow[]> {
    const rows: RollupRow[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :day',
          ExpressionAttributeValues: { ':day': `D#${day}` },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        rows.push({
          day,
          metric: item['metric'] as string,
          key: item['key'] as string,
          value: item['value'] as number,
        });
      }
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return rows;
  }

  return {
    async apply(key, event) {
      const counted = emptyRollups();
      applyEvent(counted, key, event);
      const rows = toRows(counted.days);
      if (rows.length + 1 > MAX_TRANSACTION_ITEMS) {
        throw new RollupError(
          `event ${key} touches ${String(rows.length)} counters, over one transaction`,
        );
      }
      const items = {
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: {
                pk: `A#${key}`,
                sk: 'A',
                [ROLLUP_TTL_ATTRIBUTE]: Math.floor(now().getTime() / 1000) + MARKER_TTL_SECONDS,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...rows.map((row) => ({
            Update: {
              TableName: table,
              Key: { pk: `D#${row.day}`, sk: `${row.metric}#${row.key}` },
              UpdateExpression: 'SET metric = :metric, #key = :key ADD #value :value',
              ExpressionAttributeNames: { '#key': 'key', '#value': 'value' },
              ExpressionAttributeValues: {
                ':metric': row.metric,
                ':key': row.key,
                ':value': row.value,
              },
            },
          })),
        ],
      };
      for (let attempt = 1; ; attempt++) {
        try {
          await documents.send(new TransactWriteCommand(items));
          return true;
        } catch (error) {
          // Only the marker carries a condition: its failure means this event counted already.
          if (
            error instanceof TransactionCanceledException &&
            error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
          ) {
            return false;
          }
          if (!conflicted(error) || attempt >= CONFLICT_ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
        }
      }
    },

    async read(from, to) {
      const days = daysFrom(from, to);
      const rows: RollupRow[] = [];
      for (let start = 0; start < days.length; start += READ_CONCURRENCY) {
        const read = await Promise.all(days.slice(start, start + READ_CONCURRENCY).map(readDay));
        rows.push(...read.flat());
      }
      return fromRows(rows);
    },
  };
}
