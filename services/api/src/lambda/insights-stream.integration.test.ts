/**
 * The insights on AWS, against moto_server: journeys played through the DynamoDB store, the
 * journeys table's own stream read back as the Lambda would receive it, and the stream handler
 * counting it into the rollups table. The rollups must equal a recount of the stored events,
 * also when records arrive twice and out of order; a failure reports the first record not
 * counted.
 */
import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { _Record } from '@aws-sdk/client-dynamodb-streams';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { assignAll } from '@liminal/experiments';
import { questionOf } from '@liminal/story';
import { applyEvent, emptyRollups } from '@liminal/insights';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createJourneyService } from '../journeys/journey-service';
import { createNarrator } from '../node/narrator-setup';
import { JOURNEY_TABLE_SCHEMA, createDynamoStore } from '../store/dynamodb-store';
import type { DynamoRollups } from '../store/dynamodb-rollups';
import { ROLLUP_TABLE_SCHEMA, createDynamoRollups } from '../store/dynamodb-rollups';
import type { Moto } from '../testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../testing/moto';
import { titled } from '../testing/tools';
import { abandonedDay, insightsMetrics, printAbandoned } from './abandonment-metric';
import { createInsightsStreamHandler, eventOf } from './insights-stream-handler';

const silent = { error: () => undefined };
/** The day the journeys are played, read once so midnight cannot split the test. */
const TODAY = new Date().toISOString().slice(0, 10);

describe.skipIf(!HAS_MOTO)(
  titled('the insights stream Lambda', HAS_MOTO, 'moto_server is not installed'),
  () => {
    let moto: Moto | undefined;
    let client: { endpoint: string } & typeof MOTO_CLIENT;
    let records: DynamoDBRecord[] = [];
    let recount: ReturnType<typeof emptyRollups>;
    let store: ReturnType<typeof createDynamoStore>;
    let tables = 0;

    async function rollupsTable(): Promise<DynamoRollups> {
      const tableName = `rollups-${String(tables++)}`;
      const dynamo = new DynamoDBClient(client);
      await dynamo.send(new CreateTableCommand({ TableName: tableName, ...ROLLUP_TABLE_SCHEMA }));
      dynamo.destroy();
      return createDynamoRollups({ tableName, client });
    }

    beforeAll(async () => {
      moto = await startMoto({}, { serial: true });
      client = { ...MOTO_CLIENT, endpoint: moto.endpoint };
      const dynamo = new DynamoDBClient(client);
      const created = await dynamo.send(
        new CreateTableCommand({
          TableName: 'journeys',
          ...JOURNEY_TABLE_SCHEMA,
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
        }),
      );
      dynamo.destroy();

      // Six readers, each in the arms the edge would assign, playing 3 to 8 turns.
      store = createDynamoStore({ tableName: 'journeys', client });
      const service = createJourneyService({
        store,
        narrator: createNarrator({}, process.cwd()).narrator,
        now: () => new Date(),
        newId: randomUUID,
        newSeed: () => randomUUID(),
      });
      for (let reader = 0; reader < 6; reader++) {
        const visitor = `stream${String(reader).padStart(18, '0')}`;
        const visit = { visitor, variants: assignAll(visitor) };
        let { record } = await service.start(visit, { seed: `stream reader ${String(reader)}` });
        for (let turn = 2; turn <= 3 + reader && record.state.ending === null; turn++) {
          ({ record } = await service.answer(record.id, turn, turn % 3 ? 'yes' : 'no', visitor));
        }
      }
      recount = emptyRollups();
      for (const [index, event] of (await store.listEvents()).entries())
        applyEvent(recount, String(index), event);

      // The table's stream, read as the event source mapping reads it.
      const streams = new DynamoDBStreamsClient(client);
      const arn = created.TableDescription?.LatestStreamArn ?? '';
      const description = await streams.send(new DescribeStreamCommand({ StreamArn: arn }));
      const read: _Record[] = [];
      for (const shard of description.StreamDescription?.Shards ?? []) {
        let iterator = (
          await streams.send(
            new GetShardIteratorCommand({
              StreamArn: arn,
              ShardId: shard.ShardId ?? '',
              ShardIteratorType: 'TRIM_HORIZON',
            }),
          )
        ).ShardIterator;
        while (iterator !== undefined) {
          const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
          read.push(...(page.Records ?? []));
          if ((page.Records ?? []).length === 0) break;
          iterator = page.NextShardIterator;
        }
      }
      streams.destroy();
      // The SDK's record and the Lambda event's record are the same JSON.
      records = read as unknown as DynamoDBRecord[];
    }, 120_000);

    afterAll(async () => {
      await moto?.stop();
    });

    it('reads journeys, beats and events from the stream, and counts only the events', () => {
      const events = records.filter((record) => eventOf(record) !== null);
      expect(records.length).toBeGreaterThan(events.length);
      expect(events.length).toBeGreaterThan(6);
    });

    it('stores with each answer the question and arc position of the beat it answered', async () => {
      const served = (await store.listEvents()).filter((event) => event.type === 'beat-served');
      expect(served.length).toBeGreaterThan(6);
      for (const event of served) {
        const journey = await store.getJourney(event.journeyId);
        const answered = journey?.state.beats[Number(event.data['turn']) - 2];
        expect(answered).toBeDefined();
        expect(event.data['answeredArc']).toBe(answered?.arc);
        expect(event.data['answeredQuestion']).toBe(
          answered === undefined ? null : questionOf(answered),
        );
      }
      expect(served.some((event) => typeof event.data['answeredQuestion'] === 'string')).toBe(true);
    });

    it('keeps rollups equal to a recount of the stored events', async () => {
      const rollups = await rollupsTable();
      const handler = createInsightsStreamHandler(rollups, silent);
      expect(await handler({ Records: records })).toEqual({ batchItemFailures: [] });
      const today = TODAY;
      expect(await rollups.read(today, today)).toEqual(recount.days);
    }, 60_000);

    it('counts a redelivered record once, whatever order the records arrive in', async () => {
      const rollups = await rollupsTable();
      const handler = createInsightsStreamHandler(rollups, silent);
      const half = Math.floor(records.length / 2);
      // The second half first, then everything again in reverse: each record at least once.
      await handler({ Records: records.slice(half) });
      await handler({ Records: [...records].reverse() });
      await handler({ Records: records.slice(0, 3) });
      const today = TODAY;
      expect(await rollups.read(today, today)).toEqual(recount.days);
    }, 60_000);

    it('reports the first record it could not count, having counted the ones before it', async () => {
      const rollups = await rollupsTable();
      const events = records.filter((record) => eventOf(record) !== null);
      const failing = events[2];
      let counted = 0;
      const flaky: DynamoRollups = {
        apply: async (key, event) => {
          if (key === eventOf(failing ?? {})?.key) throw new Error('throttled');
          counted += 1;
          return rollups.apply(key, event);
        },
        read: rollups.read,
      };
      const handler = createInsightsStreamHandler(flaky, silent);
      expect(await handler({ Records: events })).toEqual({
        batchItemFailures: [{ itemIdentifier: failing?.dynamodb?.SequenceNumber }],
      });
      expect(counted).toBe(2);
    }, 60_000);

    it('reports the abandoned journeys of the day just settled as a metric on that day', async () => {
      const rollups = await rollupsTable();
      await createInsightsStreamHandler(rollups, silent)({ Records: records });
      const today = TODAY;
      const day = recount.days[today];
      const expected = (day?.stories.started ?? 0) - (day?.stories.completed ?? 0);
      // At 00:45 tomorrow, today is over by more than 30 minutes; at 00:15 it is not yet.
      const tomorrow = Date.parse(`${today}T00:00:00Z`) + 86_400_000;
      const settled = await abandonedDay(rollups, new Date(tomorrow + 45 * 60_000), 30);
      expect(settled).toMatchObject({ day: today, abandoned: expected });
      expect(Object.values(settled.byVariant).reduce((total, n) => total + n, 0)).toBe(expected);
      const early = await abandonedDay(rollups, new Date(tomorrow + 15 * 60_000), 30);
      expect(early.day).not.toBe(today);

      const printed: string[] = [];
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
      // Powertools warns on stderr through a console of its own.
      const warned: string[] = [];
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        warned.push(String(chunk));
        return true;
      });
      // Printed when the schedule runs, at 00:45 tomorrow: a point stamped at the end of today
      // is then in CloudWatch's window (printed earlier, today's end would lie in the future).
      vi.useFakeTimers({ toFake: ['Date'], now: tomorrow + 45 * 60_000 });
      try {
        printAbandoned(settled, insightsMetrics());
        expect(warned).toEqual([]);
      } finally {
        vi.useRealTimers();
        vi.restoreAllMocks();
      }
      const lines = printed
        .join('')
        .split('\n')
        .filter((line) => line.includes('JourneysAbandoned'))
        .map(
          (line) => JSON.parse(line) as { JourneysAbandoned: number; _aws: { Timestamp: number } },
        );
      expect(lines[0]?.JourneysAbandoned).toBe(expected);
      expect(new Date(lines[0]?._aws.Timestamp ?? 0).toISOString().slice(0, 10)).toBe(today);
      expect(lines).toHaveLength(1 + Object.keys(settled.byVariant).length);
    }, 60_000);
  },
);
