/**
 * DynamoDB capacity per turn: whole journeys told by the built-in storyteller through the
 * DynamoDB store against moto_server, with a recording proxy in between counting what each turn's
 * transaction writes. Prints the item sizes by kind, the items written per turn, and the write
 * units a turn costs and the read units a cold read costs, on-demand pricing's units, computed
 * with DynamoDB's published sizing rules (moto does not report consumed capacity):
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html
 *
 *   npm run bench:dynamodb [-- --journeys 30]
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { createJourneyService } from '../services/api/src/journeys/journey-service';
import { createNarrator } from '../services/api/src/node/narrator-setup';
import {
  JOURNEY_TABLE_SCHEMA,
  VISITOR_INDEX,
  createDynamoStore,
} from '../services/api/src/store/dynamodb-store';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../services/api/src/testing/moto';

const { values } = parseArgs({ options: { journeys: { type: 'string', default: '30' } } });
const journeys = Number(values.journeys);
if (!HAS_MOTO) {
  console.log(
    'bench:dynamodb needs moto_server, which is not installed (pip install moto[server])',
  );
  process.exit(0);
}

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** A number's size: one byte per two significant digits, plus one. */
function numberSize(text: string): number {
  const digits = text.replace(/^-/u, '').replace('.', '').replace(/^0+/u, '').replace(/0+$/u, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/** A value's size by the published rules; lists and maps add 3 bytes, and 1 per element. */
function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  // Raw bytes: a Uint8Array from the SDK, base64 text on the wire.
  const binary = (value as { B?: Uint8Array | string }).B;
  if (binary !== undefined)
    return typeof binary === 'string' ? Buffer.from(binary, 'base64').length : binary.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.M !== undefined) {
    let size = 3;
    for (const [name, inner] of Object.entries(value.M)) size += utf8(name) + valueSize(inner) + 1;
    return size;
  }
  if (value.L !== undefined) return value.L.reduce((size, inner) => size + valueSize(inner) + 1, 3);
  throw new Error(`no size rule for ${Object.keys(value).join(',')}`);
}

function itemSize(item: Record<string, AttributeValue>, only?: readonly string[]): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (only === undefined || only.includes(name)) size += utf8(name) + valueSize(value);
  }
  return size;
}

const writeUnits = (bytes: number) => Math.ceil(bytes / 1024);
const readUnits = (bytes: number) => Math.ceil(bytes / 4096);

/** What the visitor index holds of a journey item: its keys, the table's keys, and INCLUDE. */
const VISITOR_INDEX_ATTRIBUTES = (() => {
  const index = JOURNEY_TABLE_SCHEMA.GlobalSecondaryIndexes?.find(
    (candidate) => candidate.IndexName === VISITOR_INDEX,
  );
  return [
    'pk',
    'sk',
    ...(index?.KeySchema ?? []).map((key) => key.AttributeName ?? ''),
    ...(index?.Projection?.NonKeyAttributes ?? []),
  ];
})();

const moto = await startMoto();
const direct = new DynamoDBClient({ ...MOTO_CLIENT, endpoint: moto.endpoint });
const table = 'capacity-journeys';
await direct.send(new CreateTableCommand({ TableName: table, ...JOURNEY_TABLE_SCHEMA }));

// The recording proxy: the store's requests pass through it on their way to moto_server.
/** Each write of each transaction: what it wrote, and the size of a put item (from the wire). */
const transactions: { kind: string; bytes: number | undefined }[][] = [];
const proxy = createServer((incoming, outgoing) => {
  const chunks: Buffer[] = [];
  incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
  incoming.on('end', () => {
    const body = Buffer.concat(chunks);
    const target = String(incoming.headers['x-amz-target'] ?? '');
    if (target.endsWith('.TransactWriteItems')) {
      const parsed = JSON.parse(body.toString('utf8')) as {
        TransactItems: Record<string, { Item?: Record<string, AttributeValue> }>[];
      };
      transactions.push(
        parsed.TransactItems.map((write) => {
          const [operation = '', detail] = Object.entries(write)[0] ?? [];
          const sk = detail?.Item?.['sk']?.S ?? 'J';
          const target = sk.startsWith('B#') ? 'beat' : sk.startsWith('E#') ? 'event' : 'journey';
          return {
            kind: `${operation} ${target}`,
            bytes: detail?.Item === undefined ? undefined : itemSize(detail.Item),
          };
        }),
      );
    }
    const headers = Object.fromEntries(
      Object.entries(incoming.headers).filter(([name]) => name !== 'host'),
    ) as Record<string, string>;
    fetch(`${moto.endpoint}${incoming.url ?? '/'}`, {
      method: incoming.method ?? 'POST',
      headers,
      body,
    })
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        outgoing.writeHead(502);
        outgoing.end(String(error));
      });
  });
});
await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const proxied = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

const store = createDynamoStore({
  tableName: table,
  client: { ...MOTO_CLIENT, endpoint: proxied },
});
const service = createJourneyService({
  store,
  narrator: createNarrator({}, process.cwd()).narrator,
  now: () => new Date(),
  newId: randomUUID,
  newSeed: () => randomUUID(),
});

// Each turn's write units: the transaction (twice the standard units per item), then the
// indexes it changes (the visitor index on every journey write, the type index per event).
const turnWrites: number[] = [];
const indexWrites: number[] = [];
const journeySizes: number[] = [];
let shown = false;
try {
  for (let index = 0; index < journeys; index++) {
    const visit = { visitor: `capacity${String(index).padStart(20, '0')}`, variants: {} };
    let { record } = await service.start(visit, { seed: `capacity ${index}` });
    while (record.state.ending === null) {
      const written = transactions.length;
      const next = await service.answer(
        record.id,
        record.state.beats.length + 1,
        index % 2 === 0 ? 'yes' : 'no',
        visit.visitor,
      );
      record = next.record;
      const stored = await direct.send(
        new GetItemCommand({
          TableName: table,
          Key: { pk: { S: `J#${record.id}` }, sk: { S: 'J' } },
        }),
      );
      const journeyItem = stored.Item ?? {};
      const journeyBytes = itemSize(journeyItem);
      journeySizes.push(journeyBytes);
      const writes = transactions.slice(written).flat();
      if (!shown) {
        console.log(`one turn's transaction: ${writes.map((write) => write.kind).join(', ')}`);
        shown = true;
      }
      // A transaction's write costs twice the standard units; an update is sized by the item
      // as it stands after it (read back above), a put by the item sent.
      turnWrites.push(
        writes.reduce((units, write) => units + 2 * writeUnits(write.bytes ?? journeyBytes), 0),
      );
      // The visitor index's sort key (the update time) changes: a delete and a put there; the
      // type index holds a copy of every event.
      indexWrites.push(
        writes.reduce(
          (units, write) =>
            units +
            (write.kind === 'Update journey'
              ? 2 * writeUnits(itemSize(journeyItem, VISITOR_INDEX_ATTRIBUTES))
              : write.kind === 'Put event'
                ? writeUnits(write.bytes ?? 0)
                : 0),
          0,
        ),
      );
    }
  }

  const all = await direct.send(new ScanCommand({ TableName: table }));
  const sizes = { journey: [] as number[], beat: [] as number[], event: [] as number[] };
  for (const item of all.Items ?? []) {
    const sk = item['sk']?.S ?? '';
    const kind = sk === 'J' ? 'journey' : sk.startsWith('B#') ? 'beat' : 'event';
    sizes[kind].push(itemSize(item));
  }
  const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / list.length;
  const describe = (list: number[]) =>
    `mean ${mean(list).toFixed(0)} B, max ${Math.max(...list)} B over ${list.length}`;
  console.log(`${journeys} journeys, ${turnWrites.length} answered turns, built-in storyteller`);
  console.log(`journey item (at its end): ${describe(sizes.journey)}`);
  console.log(`beat item:                 ${describe(sizes.beat)}`);
  console.log(`event item:                ${describe(sizes.event)}`);
  console.log(
    `events per journey: ${(sizes.event.length / journeys).toFixed(1)} for ${(sizes.beat.length / journeys).toFixed(1)} beats`,
  );
  console.log(
    `write units per answered turn: ${mean(turnWrites).toFixed(2)} in the transaction + ${mean(indexWrites).toFixed(2)} in the indexes = ${(mean(turnWrites) + mean(indexWrites)).toFixed(2)}`,
  );
  // A cold read: the journey item and a query of its beats, both strongly consistent.
  const coldReads = sizes.journey.map(
    (bytes) => readUnits(bytes) + readUnits(mean(sizes.beat) * (sizes.beat.length / journeys)),
  );
  console.log(
    `read units per cold read of a finished journey: ${mean(coldReads).toFixed(2)}; journey item through its turns: ${describe(journeySizes)}`,
  );
} finally {
  proxy.close();
  await moto.stop();
}
