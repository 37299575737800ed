/**
 * The Lambda artifacts: reproducible (two builds, identical bytes), each exporting a handler,
 * the viewer-request function within its size budget, and the API bundle itself (the AWS SDK's
 * ES module build, as esbuild packs it) playing a turn against DynamoDB on moto_server.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOURNEY_TABLE_SCHEMA } from '../services/api/src/store/dynamodb-store';
import type { Moto } from '../services/api/src/testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../services/api/src/testing/moto';
import { buildLambdas } from './build-lambda.mjs';

type Built = Awaited<ReturnType<typeof buildLambdas>>;

const directories: string[] = [];
const fresh = () => {
  const directory = mkdtempSync(join(tmpdir(), 'liminal-artifacts-'));
  directories.push(directory);
  return directory;
};
let first: Built;
beforeAll(async () => {
  first = await buildLambdas(fresh());
}, 60_000);
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

describe('npm run build:lambda', () => {
  it('builds the same bytes from the same sources, and every bundle exports a handler', async () => {
    const second = await buildLambdas(fresh());
    for (const name of ['api', 'edge-router', 'origin-signer', 'insights-stream'] as const) {
      expect(readFileSync(first[name].zip).equals(readFileSync(second[name].zip)), name).toBe(true);
      const module = (await import(pathToFileURL(first[name].bundle).href)) as {
        handler?: unknown;
      };
      expect(typeof module.handler, name).toBe('function');
    }
    expect(first['edge-router'].bundleBytes).toBeLessThanOrEqual(50 * 1024);
  }, 60_000);

  describe.skipIf(!HAS_MOTO)('the API bundle', () => {
    let moto: Moto;
    beforeAll(async () => {
      moto = await startMoto();
      await new DynamoDBClient({ ...MOTO_CLIENT, endpoint: moto.endpoint }).send(
        new CreateTableCommand({ TableName: 'bundle-journeys', ...JOURNEY_TABLE_SCHEMA }),
      );
    }, 60_000);
    afterAll(() => moto.stop());

    it('starts a journey and answers it against DynamoDB, in a fresh process', () => {
      const event = join(
        import.meta.dirname,
        '../services/api/src/lambda/__fixtures__/api-gateway-proxy-event.json',
      );
      // What the Lambda runtime does: import the bundle, call its handler with API Gateway
      // events. The SDK finds moto through the standard endpoint variable.
      const script = `
        import { readFileSync } from 'node:fs';
        const { handler } = await import(${JSON.stringify(pathToFileURL(first.api.bundle).href)});
        const template = JSON.parse(readFileSync(${JSON.stringify(event)}, 'utf8'));
        const call = (method, path, body) => handler({
          ...template, httpMethod: method, path,
          headers: { ...template.headers, cookie: 'lt_visitor=bundlevisitor0123456789ab', 'content-type': 'application/json' },
          multiValueHeaders: {},
          requestContext: { ...template.requestContext, httpMethod: method, path: '/prod' + path },
          body: JSON.stringify(body),
        }, {});
        const started = await call('POST', '/api/journeys', { seed: 'a bundled night ferry' });
        const { journey } = JSON.parse(started.body);
        const answered = await call('POST', '/api/journeys/' + journey.id + '/turns', { turn: 2, answer: 'yes' });
        process.stdout.write('\\n' + JSON.stringify({ started: started.statusCode, answered: answered.statusCode, answer: JSON.parse(answered.body) }));
      `;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: {
          PATH: process.env['PATH'],
          TABLE_NAME: 'bundle-journeys',
          AWS_ENDPOINT_URL: moto.endpoint,
          AWS_REGION: MOTO_CLIENT.region,
          AWS_ACCESS_KEY_ID: MOTO_CLIENT.credentials.accessKeyId,
          AWS_SECRET_ACCESS_KEY: MOTO_CLIENT.credentials.secretAccessKey,
          // The runtime's own process: the suite's quiet about the SDK's Node.js notice
          // (vitest.config.ts) does not reach it by itself.
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        },
      }).toString();
      const result = JSON.parse(output.slice(output.lastIndexOf('\n') + 1)) as {
        started: number;
        answered: number;
        answer: { journey: { turn: number } };
      };
      expect(result.started).toBe(201);
      expect(result.answered).toBe(200);
      expect(result.answer.journey.turn).toBe(2);
    }, 60_000);
  });
});
