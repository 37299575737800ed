/**
 * A whole journey through the API Lambda with API Gateway's documented REST proxy event shape,
 * against DynamoDB, SSM Parameter Store and Secrets Manager on moto_server; the EMF lines it
 * prints are parsed and checked for the metric names and dimensions the dashboards use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { JOURNEY_TABLE_SCHEMA } from '../store/dynamodb-store';
import type { Moto } from '../testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../testing/moto';
import { PassThrough } from 'node:stream';
import { createLambdaHandler, createStreamingLambdaHandler } from './lambda-handler';
import { titled } from '../testing/tools';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '__fixtures__', 'api-gateway-proxy-event.json'), 'utf8'),
) as APIGatewayProxyEvent;

const VISITOR = 'edgevisitor0123456789abcdef';

function apiEvent(
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): APIGatewayProxyEvent {
  const headers = {
    ...template.headers,
    cookie: `lt_visitor=${VISITOR}`,
    'x-liminal-variants': 'beat-reveal=whole',
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...extraHeaders,
  };
  return {
    ...template,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(
      Object.entries(headers).map(([key, value]) => [key, [value]]),
    ),
    pathParameters: { proxy: path.slice(1) },
    requestContext: { ...template.requestContext, httpMethod: method, path: `/prod${path}` },
    body: body === undefined ? null : JSON.stringify(body),
  };
}

describe.skipIf(!HAS_MOTO)(
  titled('the API Lambda on API Gateway events', HAS_MOTO, 'moto_server is not installed'),
  () => {
    let moto: Moto;
    let handler: ReturnType<typeof createLambdaHandler>;
    const printed: string[] = [];

    beforeAll(async () => {
      moto = await startMoto();
      const aws = { ...MOTO_CLIENT, endpoint: moto.endpoint };
      const dynamo = new DynamoDBClient(aws);
      await dynamo.send(
        new CreateTableCommand({ TableName: 'liminal-test-journeys', ...JOURNEY_TABLE_SCHEMA }),
      );
      await new SSMClient(aws).send(
        new PutParameterCommand({
          Name: '/liminal/test/narrators',
          Type: 'String',
          Value: '{"providers":[]}',
        }),
      );
      await new SecretsManagerClient(aws).send(
        new CreateSecretCommand({ Name: 'liminal/test/provider-keys', SecretString: '{}' }),
      );
      handler = createLambdaHandler(
        {
          TABLE_NAME: 'liminal-test-journeys',
          NARRATOR_CONFIG_PARAMETER: '/liminal/test/narrators',
          PROVIDER_KEYS_SECRET: 'liminal/test/provider-keys',
        },
        aws,
      );
      // What the function prints (EMF metrics, logs) is captured for the tests, not shown.
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      });
    }, 60_000);

    afterAll(async () => {
      vi.restoreAllMocks();
      await moto.stop();
    });

    const invoke = async (event: APIGatewayProxyEvent) =>
      (await handler(event as never, {} as never)) as APIGatewayProxyResult;

    it('answers health', async () => {
      const result = await invoke(apiEvent('GET', '/api/health'));
      expect(result.statusCode).toBe(200);
      expect(JSON.parse(result.body)).toMatchObject({ status: 'ok', store: 'dynamodb' });
    });

    it('plays a whole journey, honouring the edge’s visitor and variant', async () => {
      const started = await invoke(
        apiEvent(
          'POST',
          '/api/journeys',
          { seed: 'through the lambda' },
          { 'x-liminal-new-visitor': '1' },
        ),
      );
      expect(started.statusCode).toBe(201);
      const cookies = [
        ...(started.multiValueHeaders?.['set-cookie'] ?? []),
        started.headers?.['set-cookie'] ?? '',
      ].join(' ');
      expect(cookies).toContain(`lt_visitor=${VISITOR}`);
      expect(cookies).toContain('Secure');
      let journey = (
        JSON.parse(started.body) as {
          journey: {
            id: string;
            turn: number;
            ending: string | null;
            variants: Record<string, string>;
          };
        }
      ).journey;
      expect(journey.variants).toEqual({ 'beat-reveal': 'whole' });
      for (let turn = 2; journey.ending === null && turn <= 20; turn++) {
        const answered = await invoke(
          apiEvent('POST', `/api/journeys/${journey.id}/turns`, {
            turn,
            answer: turn % 2 === 0 ? 'yes' : 'no',
          }),
        );
        expect(answered.statusCode).toBe(200);
        journey = {
          ...journey,
          ...(JSON.parse(answered.body) as { journey: typeof journey }).journey,
        };
      }
      expect(journey.ending).not.toBeNull();
      const read = await invoke(apiEvent('GET', `/api/journeys/${journey.id}`));
      expect(
        (JSON.parse(read.body) as { journey: { beats: unknown[] } }).journey.beats,
      ).toHaveLength(journey.turn);
      const listed = await invoke(apiEvent('GET', '/api/journeys'));
      expect(
        (JSON.parse(listed.body) as { journeys: { id: string }[] }).journeys.map(
          (entry) => entry.id,
        ),
      ).toContain(journey.id);
    });

    it('answers bad input with the same JSON errors as locally', async () => {
      const result = await invoke(
        apiEvent('POST', '/api/journeys', undefined, { 'content-type': 'application/json' }),
      );
      expect(result.statusCode).toBe(201);
      const malformed = await invoke({
        ...apiEvent('POST', '/api/journeys', {}),
        body: '{"seed":',
      });
      expect(malformed.statusCode).toBe(400);
      expect(JSON.parse(malformed.body)).toMatchObject({ error: { code: 'malformed-json' } });
    });

    it('narrates with the storyteller, and says so once, while the keys secret has no value', async () => {
      const aws = { ...MOTO_CLIENT, endpoint: moto.endpoint };
      // What Terraform leaves in a fresh environment: a secret with no value, and a chain that
      // names a keyed provider an operator has not yet given a key.
      await new SecretsManagerClient(aws).send(
        new CreateSecretCommand({ Name: 'liminal/fresh/provider-keys' }),
      );
      await new SSMClient(aws).send(
        new PutParameterCommand({
          Name: '/liminal/fresh/narrators',
          Type: 'String',
          Value: '{"providers":[{"type":"anthropic"}]}',
        }),
      );
      const fresh = createLambdaHandler(
        {
          TABLE_NAME: 'liminal-test-journeys',
          NARRATOR_CONFIG_PARAMETER: '/liminal/fresh/narrators',
          PROVIDER_KEYS_SECRET: 'liminal/fresh/provider-keys',
        },
        aws,
      );
      const call = async (event: APIGatewayProxyEvent) =>
        (await fresh(event as never, {} as never)) as APIGatewayProxyResult;
      // Powertools writes warnings to stderr: gather them beside what reaches stdout.
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      });
      const from = printed.length;
      for (const seed of ['a fresh account', 'and again']) {
        const started = await call(apiEvent('POST', '/api/journeys', { seed }));
        expect(started.statusCode).toBe(201);
        const { id } = (JSON.parse(started.body) as { journey: { id: string } }).journey;
        const answered = await call(
          apiEvent('POST', `/api/journeys/${id}/turns`, { turn: 2, answer: 'yes' }),
        );
        expect(answered.statusCode).toBe(200);
        expect(answered.body).toContain('"narrator":"storyteller"');
      }
      const said = printed.slice(from).join('');
      expect(said.match(/no keyed narrators/gu)).toHaveLength(1);
      expect(said).toContain('the secret has no value yet');
      expect(said).toContain('"skippedWithoutKeys":["anthropic"]');
    });

    it('streams a beat as server-sent events through the streaming handler', async () => {
      // The Lambda runtime's streaming global, reduced to what the adapter calls.
      let metadata: { statusCode?: number; headers?: Record<string, string> } = {};
      const runtime = {
        streamifyResponse: <T>(fn: T) => fn,
        HttpResponseStream: {
          from: (stream: PassThrough, meta: typeof metadata) => {
            metadata = meta;
            return stream;
          },
        },
      };
      (globalThis as { awslambda?: unknown }).awslambda = runtime;
      try {
        const streaming = createStreamingLambdaHandler(
          {
            TABLE_NAME: 'liminal-test-journeys',
            NARRATOR_CONFIG_PARAMETER: '/liminal/test/narrators',
          },
          { ...MOTO_CLIENT, endpoint: moto.endpoint },
          runtime,
        );
        const started = await invoke(apiEvent('POST', '/api/journeys', { seed: 'streamed' }));
        const id = (JSON.parse(started.body) as { journey: { id: string } }).journey.id;
        const stream = new PassThrough();
        const chunks: string[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
        await streaming(
          apiEvent(
            'POST',
            `/api/journeys/${id}/turns`,
            { turn: 2, answer: 'yes' },
            { accept: 'text/event-stream' },
          ),
          stream,
          {},
        );
        expect(metadata.statusCode).toBe(200);
        expect(metadata.headers?.['content-type']).toContain('text/event-stream');
        const text = chunks.join('');
        expect(text.match(/event: delta/gu)?.length ?? 0).toBeGreaterThan(3);
        expect(text.trim().split('\n\n').at(-1)).toMatch(/^event: beat/u);
        expect(chunks.length).toBeGreaterThan(1);
      } finally {
        delete (globalThis as { awslambda?: unknown }).awslambda;
      }
    });

    it('prints CloudWatch EMF metrics with the dashboards’ names and dimensions', () => {
      const emf = printed
        .flatMap((chunk) => chunk.split('\n'))
        .filter((line) => line.startsWith('{') && line.includes('"_aws"'))
        .map(
          (line) =>
            JSON.parse(line) as {
              _aws: {
                CloudWatchMetrics: {
                  Namespace: string;
                  Dimensions: string[][];
                  Metrics: { Name: string }[];
                }[];
              };
            } & Record<string, unknown>,
        );
      const byName = new Map<string, (typeof emf)[number]>();
      for (const line of emf)
        for (const metric of line._aws.CloudWatchMetrics[0]?.Metrics ?? [])
          byName.set(metric.Name, line);
      for (const name of [
        'JourneysStarted',
        'JourneysCompleted',
        'BeatsServed',
        'NarratorLatency',
        'Fallbacks',
        'TurnLatency',
        'CostUsd',
        'Requests',
        'ServerErrors',
        'Answers',
      ]) {
        expect(byName.has(name), name).toBe(true);
      }
      const answers = byName.get('Answers');
      expect(answers?._aws.CloudWatchMetrics[0]?.Dimensions[0]).toEqual(
        expect.arrayContaining(['service', 'answer', 'turnBucket']),
      );
      expect(['1-3', '4-6', '7-9', '10+']).toContain(answers?.['turnBucket']);
      const latency = byName.get('NarratorLatency');
      expect(latency?._aws.CloudWatchMetrics[0]?.Namespace).toBe('LiminalTransit');
      expect(latency?._aws.CloudWatchMetrics[0]?.Dimensions[0]).toEqual(
        expect.arrayContaining(['service', 'narrator', 'variant']),
      );
      expect(latency?.['narrator']).toBe('storyteller');
      expect(latency?.['variant']).toBe('whole');
      // Logs carry a correlation id and no reader text.
      const logs = printed.filter((chunk) => chunk.includes('"message":"request"'));
      expect(logs.length).toBeGreaterThan(0);
      expect(logs.join('')).toContain('"correlationId":"c6af9ac6-7b61-11e6-9a41-93e8deadbeef"');
      expect(printed.join('')).not.toContain('through the lambda');
    });
  },
);
