/**
 * DynamoDB journey store, for AWS. One table, one partition per journey:
 *
 *   pk = J#<id>  sk = J            the journey (story state without beats, deflated), TTL attribute
 *   pk = J#<id>  sk = B#0007       one item per beat: the key makes a doubled beat impossible
 *   pk = J#<id>  sk = E#<at>#<n>   events, with the type in a GSI for per-type reads
 *   pk = T#<language>#<hash>  sk = T   a translated sentence (the translation cache), TTL attribute
 *
 * A turn is one transaction: the journey's conditional update (its turn must still be the
 * expected one), the new beat's conditional put and the events. The visitor's journeys come from
 * a GSI keyed by visitor and update time. Hot paths use GetItem, Query and transactions only;
 * the unfiltered event listing (for tests and exports) is the one Scan.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { CreateTableCommandInput, DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Beat, StoryState } from '@liminal/story';
import type {
  EventQuery,
  JourneyEvent,
  JourneyRecord,
  JourneyStore,
  JourneySummary,
  Variants,
} from './journey-store';
import { JourneyExistsError, JourneyNotFoundError } from './journey-store';
import { decodeStory, encodeBeat, encodeStateWithoutBeats } from './state-codec';

/** Abandoned journeys expire this long after their last answer (DynamoDB TTL). */
export const JOURNEY_TTL_SECONDS = 180 * 24 * 60 * 60;
export const VISITOR_INDEX = 'visitor-updated';
export const TYPE_INDEX = 'event-type';
/** A translated sentence is kept this long after it was translated (then translated again). */
export const TRANSLATION_TTL_SECONDS = 180 * 24 * 60 * 60;
/** The attribute DynamoDB's TTL reads (`expiresAt` below): when an abandoned journey may go. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** The table's key schema and indexes, as Terraform declares them too. */
export const JOURNEY_TABLE_SCHEMA: Omit<CreateTableCommandInput, 'TableName'> = {
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
    { AttributeName: 'visitor', AttributeType: 'S' },
    { AttributeName: 'updatedKey', AttributeType: 'S' },
    { AttributeName: 'type', AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: [
    {
      IndexName: VISITOR_INDEX,
      KeySchema: [
        { AttributeName: 'visitor', KeyType: 'HASH' },
        { AttributeName: 'updatedKey', KeyType: 'RANGE' },
      ],
      Projection: {
        ProjectionType: 'INCLUDE',
        NonKeyAttributes: ['id', 'seed', 'turn', 'ending', 'createdAt', 'updatedAt'],
      },
    },
    {
      IndexName: TYPE_INDEX,
      KeySchema: [
        { AttributeName: 'type', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    },
  ],
  BillingMode: 'PAY_PER_REQUEST',
};

export interface DynamoStoreOptions {
  tableName: string;
  client?: DynamoDBClientConfig;
}

interface JourneyItem {
  id: string;
  visitor: string;
  /** Deflated JSON; a string in items written before states were deflated. */
  state: Uint8Array | string;
  variants: Variants;
  costUsd: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * The state is rewritten on every turn, and write units are counted per started kilobyte (twice,
 * in a transaction): deflated, a finished journey's state goes from about 2.5 KB to under 1 KB,
 * so a turn's journey update costs 2 write units instead of 6 (`npm run bench:dynamodb`).
 */
const packState = (text: string): Uint8Array => deflateRawSync(text);
const unpackState = (stored: Uint8Array | string): string =>
  typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8');

const journeyKey = (id: string) => ({ pk: `J#${id}`, sk: 'J' });
/** A sentence's key: a hash, since a key is at most 2 KB; the item keeps the sentence to check. */
const translationKey = (language: string, sentence: string) => ({
  pk: `T#${language}#${createHash('sha256').update(sentence).digest('base64url')}`,
  sk: 'T',
});
const beatKey = (id: string, turn: number) => ({
  pk: `J#${id}`,
  sk: `B#${String(turn).padStart(4, '0')}`,
});

/**
 * True when a transaction was cancelled because another write got there first: a condition
 * failed on any of its items (the journey's turn, or a beat a racing request already wrote).
 * A transaction conflict is not one of these: both writers may have been cancelled, and the
 * caller's error says so rather than reporting an answer nobody gave.
 */
function lostARace(error: unknown): boolean {
  return (
    error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed')
  );
}

export function createDynamoStore(options: DynamoStoreOptions): JourneyStore {
  const raw = new DynamoDBClient(options.client ?? {});
  const client = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const table = options.tableName;
  // Orders events written in the same millisecond by this instance.
  let sequence = 0;

  const journeyItem = (record: JourneyRecord) => ({
    ...journeyKey(record.id),
    id: record.id,
    visitor: record.visitor,
    seed: record.state.world.seed,
    turn: record.state.beats.length,
    ending: record.state.ending,
    state: packState(encodeStateWithoutBeats(record.state)),
    variants: record.variants,
    costUsd: record.costUsd,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    updatedKey: `${record.updatedAt}#${record.id}`,
    expiresAt: Math.floor(Date.parse(record.updatedAt) / 1000) + JOURNEY_TTL_SECONDS,
  });
  const beatPuts = (record: JourneyRecord, from: number) =>
    record.state.beats.slice(from).map((beat: Beat) => ({
      Put: {
        TableName: table,
        Item: { ...beatKey(record.id, beat.turn), beat: encodeBeat(beat) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }));
  const eventPuts = (events: readonly JourneyEvent[]) =>
    events.map((event) => ({
      Put: {
        TableName: table,
        Item: {
          pk: `J#${event.journeyId}`,
          sk: `E#${event.at}#${String(sequence++).padStart(9, '0')}`,
          type: event.type,
          journeyId: event.journeyId,
          visitor: event.visitor,
          at: event.at,
          variants: event.variants,
          data: event.data,
        },
      },
    }));
  const toEvent = (item: Record<string, unknown>): JourneyEvent => ({
    type: item['type'] as JourneyEvent['type'],
    journeyId: item['journeyId'] as string,
    visitor: item['visitor'] as string,
    at: item['at'] as string,
    variants: item['variants'] as Variants,
    data: item['data'] as JourneyEvent['data'],
  });

  return {
    translations: {
      // A beat has two sentences: two reads at once cost less than a batch's round trip and
      // need no more than the GetItem the API already may call.
      get: (language, sentences) =>
        Promise.all(
          sentences.map(async (sentence) => {
            const { Item } = await client.send(
              new GetCommand({ TableName: table, Key: translationKey(language, sentence) }),
            );
            return Item !== undefined && Item['sentence'] === sentence
              ? (Item['text'] as string)
              : undefined;
          }),
        ),
      put: async (language, entries) => {
        const expiresAt = Math.floor(Date.now() / 1000) + TRANSLATION_TTL_SECONDS;
        await Promise.all(
          entries.map(([sentence, text]) =>
            client.send(
              new PutCommand({
                TableName: table,
                Item: { ...translationKey(language, sentence), sentence, text, expiresAt },
              }),
            ),
          ),
        );
      },
    },
    async createJourney(record, events) {
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table,
                  Item: journeyItem(record),
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              ...beatPuts(record, 0),
              ...eventPuts(events),
            ],
          }),
        );
      } catch (error) {
        if (lostARace(error)) throw new JourneyExistsError(record.id);
        throw error;
      }
    },

    async getJourney(id) {
      const [journey, beats] = await Promise.all([
        client.send(
          new GetCommand({ TableName: table, Key: journeyKey(id), ConsistentRead: true }),
        ),
        client.send(
          new QueryCommand({
            TableName: table,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :beat)',
            ExpressionAttributeValues: { ':pk': `J#${id}`, ':beat': 'B#' },
            ConsistentRead: true,
          }),
        ),
      ]);
      const item = journey.Item as JourneyItem | undefined;
      if (item === undefined) return null;
      const texts = (beats.Items ?? []).map((beatItem) => beatItem['beat'] as string);
      const state: StoryState = decodeStory(unpackState(item.state), texts);
      return {
        id: item.id,
        visitor: item.visitor,
        state,
        variants: item.variants,
        costUsd: item.costUsd,
        createdAt: item.createdAt,
        updatedAt: item.updatedAt,
      };
    },

    async appendTurn(record, expectedTurn, events) {
      const item = journeyItem(record);
      try {
        await client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: table,
                  Key: journeyKey(record.id),
                  UpdateExpression:
                    'SET turn = :turn, ending = :ending, #state = :state, costUsd = :cost, updatedAt = :updated, updatedKey = :updatedKey, expiresAt = :expires',
                  ConditionExpression: 'attribute_exists(pk) AND turn = :expected',
                  ExpressionAttributeNames: { '#state': 'state' },
                  ExpressionAttributeValues: {
                    ':turn': item.turn,
                    ':ending': item.ending,
                    ':state': item.state,
                    ':cost': item.costUsd,
                    ':updated': item.updatedAt,
                    ':updatedKey': item.updatedKey,
                    ':expires': item.expiresAt,
                    ':expected': expectedTurn,
                  },
                },
              },
              ...beatPuts(record, expectedTurn),
              ...eventPuts(events),
            ],
          }),
        );
        return true;
      } catch (error) {
        if (!lostARace(error)) throw error;
        const exists = await client.send(
          new GetCommand({
            TableName: table,
            Key: journeyKey(record.id),
            ProjectionExpression: 'pk',
          }),
        );
        if (exists.Item === undefined) throw new JourneyNotFoundError(record.id);
        return false;
      }
    },

    async listJourneys(visitor, limit) {
      const result = await client.send(
        new QueryCommand({
          TableName: table,
          IndexName: VISITOR_INDEX,
          KeyConditionExpression: 'visitor = :visitor',
          ExpressionAttributeValues: { ':visitor': visitor },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (result.Items ?? []).map((item): JourneySummary => ({
        id: item['id'] as string,
        seed: item['seed'] as string,
        turn: item['turn'] as number,
        ending: (item['ending'] ?? null) as JourneySummary['ending'],
        createdAt: item['createdAt'] as string,
        updatedAt: item['updatedAt'] as string,
      }));
    },

    async listEvents(query: EventQuery = {}) {
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page =
          query.journeyId !== undefined
            ? await client.send(
                new QueryCommand({
                  TableName: table,
                  KeyConditionExpression: 'pk = :pk AND begins_with(sk, :event)',
                  ExpressionAttributeValues: { ':pk': `J#${query.journeyId}`, ':event': 'E#' },
                  ExclusiveStartKey: start,
                }),
              )
            : query.type !== undefined
              ? await client.send(
                  new QueryCommand({
                    TableName: table,
                    IndexName: TYPE_INDEX,
                    KeyConditionExpression: '#type = :type',
                    ExpressionAttributeNames: { '#type': 'type' },
                    ExpressionAttributeValues: { ':type': query.type },
                    ExclusiveStartKey: start,
                  }),
                )
              : await client.send(
                  new ScanCommand({
                    TableName: table,
                    FilterExpression: 'begins_with(sk, :event)',
                    ExpressionAttributeValues: { ':event': 'E#' },
                    ExclusiveStartKey: start,
                  }),
                );
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
      const events = items
        .filter((item) => query.type === undefined || item['type'] === query.type)
        .sort((a, b) => String(a['sk']).slice(2).localeCompare(String(b['sk']).slice(2)))
        .map(toEvent);
      return events.slice(0, query.limit ?? events.length);
    },

    close() {
      client.destroy();
      raw.destroy();
      return Promise.resolve();
    },
  };
}
