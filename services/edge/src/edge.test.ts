/**
 * The edge handlers with AWS's documented CloudFront event shapes (fixtures in __fixtures__),
 * and the signer against the published SigV4 test suite vectors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignAll, parseAssignments } from '@liminal/experiments';
import type {
  CloudFrontRequest,
  CloudFrontRequestEvent,
  CloudFrontResultResponse,
} from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler as viewerHandler } from './handlers/viewer-request';
import { signOriginRequest, signatureHeaders } from './origin-request-signer';
import { routeViewerRequest } from './viewer-request';

function fixture(name: string): CloudFrontRequestEvent {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, '__fixtures__', `${name}.json`), 'utf8'),
  ) as CloudFrontRequestEvent;
}

function requestOf(event: CloudFrontRequestEvent): CloudFrontRequest {
  const record = event.Records[0];
  if (record === undefined) throw new Error('fixture without a record');
  return record.cf.request;
}

const header = (request: CloudFrontRequest, name: string) => request.headers[name]?.[0]?.value;

describe('the viewer-request A/B router', () => {
  it('gives a new visitor an id cookie, tells the origin to set it, and assigns every experiment', () => {
    const request = routeViewerRequest(
      requestOf(fixture('viewer-request')),
      () => '0b7f4a1e-3c2d-4e5f-8a9b-1c2d3e4f5a6b',
    );
    const visitor = '0b7f4a1e3c2d4e5f8a9b1c2d3e4f5a6b';
    expect(request.headers['cookie']?.map((entry) => entry.value)).toEqual([
      `lt_visitor=${visitor}`,
    ]);
    expect(header(request, 'x-liminal-new-visitor')).toBe('1');
    expect(header(request, 'x-liminal-visitor')).toBe(visitor);
    expect(parseAssignments(header(request, 'x-liminal-variants'))).toEqual(assignAll(visitor));
    expect(request.headers['x-liminal-variants']?.[0]?.key).toBe('X-Liminal-Variants');
  });

  it('keeps a returning visitor’s id and variants, with no new cookie', () => {
    const event = fixture('viewer-request');
    const request = requestOf(event);
    request.headers['cookie'] = [
      { key: 'Cookie', value: 'theme=dark; lt_visitor=returningvisitor12345' },
    ];
    const routed = routeViewerRequest(request, () => {
      throw new Error('no new id for a returning visitor');
    });
    expect(header(routed, 'x-liminal-visitor')).toBe('returningvisitor12345');
    expect(routed.headers['x-liminal-new-visitor']).toBeUndefined();
    expect(parseAssignments(header(routed, 'x-liminal-variants'))).toEqual(
      assignAll('returningvisitor12345'),
    );
  });

  it('drops edge headers a viewer tried to send itself', () => {
    const request = requestOf(fixture('viewer-request'));
    request.headers['x-liminal-variants'] = [
      { key: 'X-Liminal-Variants', value: 'beat-reveal=whole' },
    ];
    request.headers['x-liminal-visitor'] = [
      { key: 'X-Liminal-Visitor', value: 'someone-else-entirely' },
    ];
    const routed = routeViewerRequest(request, () => 'fresh-visitor-id-0001');
    expect(header(routed, 'x-liminal-visitor')).toBe('freshvisitorid0001');
  });

  it('runs as a Lambda@Edge handler on the documented event', async () => {
    const result = (await viewerHandler(
      fixture('viewer-request'),
      {} as never,
      () => undefined,
    )) as CloudFrontRequest;
    expect(result.uri).toBe('/');
    expect(header(result, 'x-liminal-visitor')).toMatch(/^[0-9a-f]{32}$/u);
  });
});

const EXAMPLE = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const SUITE_DATE = new Date('2015-08-30T12:36:00Z');

describe('the origin-request signer', () => {
  it.each([
    ['get-vanilla', 'GET', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
    ['post-vanilla', 'POST', '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'],
  ])('matches the AWS SigV4 test suite vector %s', async (_name, method, signature) => {
    const headers = await signatureHeaders({
      method,
      hostname: 'example.amazonaws.com',
      path: '/',
      querystring: '',
      body: undefined,
      region: 'us-east-1',
      service: 'service',
      credentials: EXAMPLE,
      now: SUITE_DATE,
    });
    expect(headers['x-amz-date']).toBe('20150830T123600Z');
    expect(headers['authorization']).toBe(
      `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`,
    );
  });

  it('signs an API request for execute-api in the origin’s region, body and stage path included', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const credentials = { ...EXAMPLE, sessionToken: 'session-token' };
    const signed = (await signOriginRequest(
      requestOf(fixture('origin-request')),
      credentials,
      now,
    )) as CloudFrontRequest;
    expect(header(signed, 'host')).toBe('abc123defg.execute-api.eu-west-1.amazonaws.com');
    expect(header(signed, 'x-amz-security-token')).toBe('session-token');
    const authorization = header(signed, 'authorization') ?? '';
    expect(authorization).toContain(
      'Credential=AKIDEXAMPLE/20261125/eu-west-1/execute-api/aws4_request',
    );
    expect(authorization).toContain('SignedHeaders=host;x-amz-date;x-amz-security-token');
    // The same request signed directly: the body and the /prod stage path are in the signature.
    const expected = await signatureHeaders({
      method: 'POST',
      hostname: 'abc123defg.execute-api.eu-west-1.amazonaws.com',
      path: '/prod/api/journeys/0b7f4a1e-3c2d-4e5f-8a9b-1c2d3e4f5a6b/turns',
      querystring: '',
      body: Buffer.from('{"turn":7,"answer":"no"}'),
      region: 'eu-west-1',
      service: 'execute-api',
      credentials,
      now,
    });
    expect(authorization).toBe(expected['authorization']);
    const withoutBody = await signatureHeaders({
      method: 'POST',
      hostname: 'abc123defg.execute-api.eu-west-1.amazonaws.com',
      path: '/prod/api/journeys/0b7f4a1e-3c2d-4e5f-8a9b-1c2d3e4f5a6b/turns',
      querystring: '',
      body: undefined,
      region: 'eu-west-1',
      service: 'execute-api',
      credentials,
      now,
    });
    expect(authorization).not.toBe(withoutBody['authorization']);
  });

  it('leaves the operators’ token header to the API while Authorization takes the signature', async () => {
    const request = requestOf(fixture('origin-request'));
    request.headers['authorization'] = [{ key: 'Authorization', value: 'Bearer sent-by-viewer' }];
    request.headers['x-liminal-operator-token'] = [
      { key: 'X-Liminal-Operator-Token', value: 'operators-token' },
    ];
    const signed = (await signOriginRequest(request, EXAMPLE)) as CloudFrontRequest;
    expect(header(signed, 'x-liminal-operator-token')).toBe('operators-token');
    expect(header(signed, 'authorization')).toMatch(/^AWS4-HMAC-SHA256 /u);
  });

  it('refuses a body CloudFront truncated instead of signing it wrongly', async () => {
    const original = requestOf(fixture('origin-request'));
    const request = {
      ...original,
      body: { ...original.body, inputTruncated: true },
    } as CloudFrontRequest;
    const result = (await signOriginRequest(request, EXAMPLE)) as CloudFrontResultResponse;
    expect(result.status).toBe('413');
  });
});
