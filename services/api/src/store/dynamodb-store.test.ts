/**
 * The DynamoDB store against moto_server on loopback: the same contract suite as SQLite and
 * memory, plus TTL and the table's shape.
 */
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moto } from '../testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../testing/moto';
import { JOURNEY_TABLE_SCHEMA, TTL_ATTRIBUTE, createDynamoStore } from './dynamodb-store';
import { describeJourneyStoreContract } from './journey-store.contract';

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

describe.skipIf(!HAS_MOTO)('DynamoDB store (skipped: moto_server is not installed)', () => {
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
});
