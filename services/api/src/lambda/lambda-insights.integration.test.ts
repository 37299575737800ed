/**
 * GET /api/insights through the API Lambda, against moto_server: the report read from the
 * rollups table the stream Lambda keeps, the operators' token read from Secrets Manager, and
 * nobody let in while that secret has no value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { InsightsReport } from '@liminal/insights';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROLLUP_TABLE_SCHEMA, createDynamoRollups } from '../store/dynamodb-rollups';
import { JOURNEY_TABLE_SCHEMA } from '../store/dynamodb-store';
import type { Moto } from '../testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../testing/moto';
import { titled } from '../testing/tools';
import { createLambdaHandler } from './lambda-handler';

const template = JSON.parse(
  readFileSync(join(import.meta.dirname, '__fixtures__', 'api-gateway-proxy-event.json'), 'utf8'),
) as APIGatewayProxyEvent;
const TODAY = new Date().toISOString().slice(0, 10);
const TOKEN = 'operators-token-on-aws-7d1e';

function insightsEvent(headers: Record<string, string> = {}): APIGatewayProxyEvent {
  const all: Record<string, string> = { ...template.headers, ...headers } as Record<string, string>;
  return {
    ...template,
    path: '/api/insights',
    httpMethod: 'GET',
    headers: all,
    multiValueHeaders: Object.fromEntries(
      Object.entries(all).map(([key, value]) => [key, [value]]),
    ),
    queryStringParameters: { from: TODAY, to: TODAY },
    multiValueQueryStringParameters: { from: [TODAY], to: [TODAY] },
    pathParameters: { proxy: 'api/insights' },
    requestContext: { ...template.requestContext, httpMethod: 'GET', path: '/prod/api/insights' },
    body: null,
  };
}

describe.skipIf(!HAS_MOTO)(
  titled('the insights on the API Lambda', HAS_MOTO, 'moto_server is not installed'),
  () => {
    let moto: Moto;
    let aws: typeof MOTO_CLIENT & { endpoint: string };
    const warnings: string[] = [];
    const env = {
      TABLE_NAME: 'journeys',
      INSIGHTS_TABLE: 'journeys-insights',
      INSIGHTS_TOKEN_SECRET: 'liminal/test/insights-token',
    };

    beforeAll(async () => {
      moto = await startMoto();
      aws = { ...MOTO_CLIENT, endpoint: moto.endpoint };
      const dynamo = new DynamoDBClient(aws);
      await dynamo.send(new CreateTableCommand({ TableName: 'journeys', ...JOURNEY_TABLE_SCHEMA }));
      await dynamo.send(
        new CreateTableCommand({ TableName: 'journeys-insights', ...ROLLUP_TABLE_SCHEMA }),
      );
      dynamo.destroy();
      const secrets = new SecretsManagerClient(aws);
      await secrets.send(
        new CreateSecretCommand({ Name: 'liminal/test/insights-token', SecretString: TOKEN }),
      );
      // A secret created as Terraform creates it: no value yet.
      await secrets.send(new CreateSecretCommand({ Name: 'liminal/test/unset-token' }));
      secrets.destroy();
      // Two journeys' openings and one answer, counted as the stream Lambda counts them.
      const rollups = createDynamoRollups({ tableName: 'journeys-insights', client: aws });
      const at = `${TODAY}T10:00:00.000Z`;
      const beat = (journeyId: string, turn: number, answer?: string) => ({
        type: turn === 1 ? 'journey-started' : 'beat-served',
        journeyId,
        at,
        variants: { 'beat-reveal': 'whole' },
        data: {
          turn,
          narrator: 'storyteller',
          latencyMs: 2,
          ending: null,
          ...(answer ? { answer } : {}),
        },
      });
      await rollups.apply('a1', beat('a', 1));
      await rollups.apply('b1', beat('b', 1));
      await rollups.apply('a2', beat('a', 2, 'yes'));
      // What the function prints (EMF metrics, logs) is kept out of the test output; its
      // warnings are kept for the test that expects one.
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        warnings.push(String(chunk));
        return true;
      });
    }, 60_000);

    afterAll(async () => {
      vi.restoreAllMocks();
      await moto.stop();
    });

    const invoke = async (environment: Record<string, string>, headers?: Record<string, string>) =>
      (await createLambdaHandler(environment, aws)(
        insightsEvent(headers) as never,
        {} as never,
      )) as APIGatewayProxyResult;

    it('reports the rollups to the holder of the token', async () => {
      // As the origin signer leaves it: Authorization holds the signature, the token its own header.
      const result = await invoke(env, {
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/eu-west-1/execute-api/aws4_request',
        'x-liminal-operator-token': TOKEN,
      });
      expect(result.statusCode).toBe(200);
      const body = JSON.parse(result.body) as { insights: InsightsReport; access: string };
      expect(body.access).toBe('token');
      expect(body.insights.stories.started).toBe(2);
      expect(body.insights.turns[0]).toMatchObject({
        turn: 1,
        reached: 2,
        answered: 1,
        yesShare: 1,
      });
    });

    it('refuses a request without the token, or with another', async () => {
      for (const headers of [{}, { 'x-liminal-operator-token': 'guess' }]) {
        const result = await invoke(env, headers);
        expect(result.statusCode).toBe(401);
        expect(JSON.parse(result.body)).toMatchObject({
          error: { code: 'operator-token-required' },
        });
        expect(result.body).not.toContain(TOKEN);
      }
    });

    it('lets nobody in while the token secret has no value, and says where to put one', async () => {
      const result = await invoke(
        { ...env, INSIGHTS_TOKEN_SECRET: 'liminal/test/unset-token' },
        { authorization: 'Bearer anything' },
      );
      expect(result.statusCode).toBe(403);
      const { error } = JSON.parse(result.body) as { error: { code: string; message: string } };
      expect(error.code).toBe('operator-only');
      expect(error.message).toMatch(/insights-token secret/u);
      // The unreadable secret is logged, by name of the error only.
      expect(warnings.join('')).toContain('insights token unreadable');
    });

    it('is not served when no rollups table is configured', async () => {
      const result = await invoke({ TABLE_NAME: 'journeys' }, { authorization: `Bearer ${TOKEN}` });
      expect(result.statusCode).toBe(404);
    });
  },
);
