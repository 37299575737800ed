/**
 * The origin-request signer for `/api/*`: signs the request with SigV4 for `execute-api` using
 * the function role's credentials, so API Gateway can require AWS_IAM. The body (CloudFront
 * passes at most 1 MB, base64) is hashed into the signature; a truncated body is refused rather
 * than signed wrongly. The Host header is set to the origin's domain, as CloudFront requires
 * for a signed request to match what the origin receives.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { CloudFrontRequest, CloudFrontResultResponse } from 'aws-lambda';
import { setHeader } from './cookies';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The region in an API Gateway domain: `abc123.execute-api.eu-west-1.amazonaws.com`. */
export function regionOf(domain: string): string {
  const match = /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com$/u.exec(domain);
  if (match?.[1] === undefined) throw new Error(`Not an API Gateway domain: ${domain}`);
  return match[1];
}

function parseQuery(querystring: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(querystring)) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

export interface SigningInput {
  method: string;
  hostname: string;
  path: string;
  querystring: string;
  body: Uint8Array | undefined;
  region: string;
  service: string;
  credentials: Credentials;
  now: Date;
}

/** SigV4 headers for a request (the smithy signer the AWS SDK itself uses). */
export async function signatureHeaders(input: SigningInput): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    credentials: input.credentials,
    region: input.region,
    service: input.service,
    sha256: Sha256,
    // No x-amz-content-sha256 header: that is S3's; API Gateway hashes the body itself.
    applyChecksum: false,
  });
  // Sign only what reaches API Gateway unchanged: the host and the x-amz-* headers.
  const signed = await signer.sign(
    {
      method: input.method,
      protocol: 'https:',
      hostname: input.hostname,
      path: input.path,
      query: parseQuery(input.querystring),
      headers: { host: input.hostname },
      ...(input.body === undefined ? {} : { body: input.body }),
    },
    { signingDate: input.now },
  );
  return signed.headers;
}

export async function signOriginRequest(
  request: CloudFrontRequest,
  credentials: Credentials,
  now: Date = new Date(),
): Promise<CloudFrontRequest | CloudFrontResultResponse> {
  const origin = request.origin?.custom;
  if (origin === undefined) return request;
  if (request.body?.inputTruncated === true) {
    return {
      status: '413',
      statusDescription: 'Payload Too Large',
      headers: { 'content-type': [{ key: 'Content-Type', value: 'application/json' }] },
      body: JSON.stringify({
        error: { code: 'payload-too-large', message: 'Request bodies are limited.' },
      }),
    };
  }
  const body =
    request.body?.data === undefined || request.body.data === ''
      ? undefined
      : Buffer.from(request.body.data, request.body.encoding === 'base64' ? 'base64' : 'utf8');
  const headers = await signatureHeaders({
    method: request.method,
    hostname: origin.domainName,
    path: `${origin.path}${request.uri}`,
    querystring: request.querystring,
    body,
    region: regionOf(origin.domainName),
    service: 'execute-api',
    credentials,
    now,
  });
  setHeader(request.headers, 'Host', origin.domainName);
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'host') setHeader(request.headers, name, value);
  }
  return request;
}
