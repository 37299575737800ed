/**
 * The DynamoDB store against moto_server on loopback: the same contract suite as SQLite and
 * memory, plus TTL and the table's shape.
 */
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { continueStory, startStory } from '@liminal/story';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moto } from '../testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../testing/moto';
import { JOURNEY_TABLE_SCHEMA, TTL_ATTRIBUTE, createDynamoStore } from './dynamodb-store';
import { describeJourneyStoreContract } from './journey-store.contract';
import { encodeStateWithoutBeats } from './state-codec';
import { titled } from '../testing/tools';

let moto: Moto | undefined;
let tables = 0;

async function createTable(endpoint: string): Promise<string> {
  const name = `journeys-${tables++}`;
  const client = new DynamoDBClient({ ...MOTO_CLIENT, endpoint });
  await client.send(new CreateTableCommand({ TableName: name, ...JOURNEY_TABLE_SCHEMA }));
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: name,
      TimeToLiveSpecification: { Enabled: true, AttributeName: TTL_ATTRIBUTE },
    }),
  );
  client.destroy();
  return name;
}

describe.skipIf(!HAS_MOTO)(
  titled('DynamoDB store', HAS_MOTO, 'moto_server is not installed'),
  () => {
    beforeAll(async () => {
      moto = await startMoto({}, { serial: true });
    }, 60_000);
    afterAll(async () => {
      await moto?.stop();
    });

    describeJourneyStoreContract('dynamodb', async () => {
      const endpoint = moto?.endpoint ?? '';
      return createDynamoStore({
        tableName: await createTable(endpoint),
        client: { ...MOTO_CLIENT, endpoint },
      });
    });

    it('keeps abandoned journeys under a TTL attribute', async () => {
      const endpoint = moto?.endpoint ?? '';
      const name = await createTable(endpoint);
      const client = new DynamoDBClient({ ...MOTO_CLIENT, endpoint });
      const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
      expect(ttl.TimeToLiveDescription?.AttributeName).toBe(TTL_ATTRIBUTE);
      client.destroy();
    });

    it('counts a condition failure on any item of a turn as losing the race, not as an error', async () => {
      const endpoint = moto?.endpoint ?? '';
      const tableName = await createTable(endpoint);
      const store = createDynamoStore({ tableName, client: { ...MOTO_CLIENT, endpoint } });
      const at = '2026-01-01T00:00:00.000Z';
      const journey = {
        id: 'j-half',
        visitor: 'visitor-1',
        state: startStory('a race on the second item'),
        variants: {},
        costUsd: 0,
        createdAt: at,
        updatedAt: at,
      };
      await store.createJourney(journey, []);
      // A racing request's beat for turn 2 is written, its journey update not yet: the turn
      // condition (the first item) holds, and the beat's (the second) fails.
      const raw = new DynamoDBClient({ ...MOTO_CLIENT, endpoint });
      await raw.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { pk: { S: 'J#j-half' }, sk: { S: 'B#0002' }, beat: { S: '{}' } },
        }),
      );
      raw.destroy();
      const next = { ...journey, state: continueStory(journey.state, 'yes') };
      await expect(store.appendTurn(next, 1, [])).resolves.toBe(false);
      await store.close();
    });

    it('stores the state deflated, and still reads a state stored as text by earlier versions', async () => {
      const endpoint = moto?.endpoint ?? '';
      const tableName = await createTable(endpoint);
      const store = createDynamoStore({ tableName, client: { ...MOTO_CLIENT, endpoint } });
      const at = '2026-01-01T00:00:00.000Z';
      let state = startStory('a state packed small');
      for (const answer of ['yes', 'no', 'yes'] as const) state = continueStory(state, answer);
      const journey = { id: 'j-packed', visitor: 'v', state, variants: {}, costUsd: 0 };
      await store.createJourney({ ...journey, createdAt: at, updatedAt: at }, []);
      const raw = new DynamoDBClient({ ...MOTO_CLIENT, endpoint });
      const key = { pk: { S: 'J#j-packed' }, sk: { S: 'J' } };
      const packed = await raw.send(new GetItemCommand({ TableName: tableName, Key: key }));
      const bytes = packed.Item?.['state']?.B;
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect(bytes?.length).toBeLessThan(encodeStateWithoutBeats(state).length / 2);
      expect((await store.getJourney('j-packed'))?.state).toEqual(state);

      // An item from before: the same state as a JSON string.
      await raw.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: key,
          UpdateExpression: 'SET #state = :text',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':text': { S: encodeStateWithoutBeats(state) } },
        }),
      );
      raw.destroy();
      expect((await store.getJourney('j-packed'))?.state).toEqual(state);
      await store.close();
    });
  },
);
