/**
 * SDK client settings shared by the providers. Retries are off in every SDK because the router
 * owns retries (two layers would multiply them), and AWS clients speak HTTP/1.1.
 */
import { NodeHttpHandler } from '@smithy/node-http-handler';

export interface HttpApiOptions {
  apiKey: string;
  baseURL?: string;
  fetch?: typeof fetch;
}

/** Options for the OpenAI and Anthropic SDKs. */
export function httpApiClientOptions(options: HttpApiOptions) {
  return {
    apiKey: options.apiKey,
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    maxRetries: 0,
    timeout: 120_000,
  };
}

export interface AwsOptions {
  region: string;
  /** For a local emulator or a VPC endpoint. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/** Options for the AWS SDK runtime clients (Bedrock, SageMaker). */
export function awsClientOptions(options: AwsOptions) {
  return {
    region: options.region,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    requestHandler: new NodeHttpHandler(),
    maxAttempts: 1,
  };
}
