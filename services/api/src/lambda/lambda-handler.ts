/**
 * The API Gateway (REST, proxy integration) handler around the app: built on the first
 * invocation, reused while the instance lives; metrics flushed after every invocation.
 */
// hono/aws-lambda is deprecated in favour of @hono/aws-lambda, which is not published yet;
// switch when it is (each use below says so to the linter).
import type { Writable } from 'node:stream';
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { handle, streamHandle } from 'hono/aws-lambda';
import type { AwsClientSettings } from './create-lambda-app';
import { createLambdaApp } from './create-lambda-app';
import { readLambdaConfig } from './lambda-config';
import type { Observability } from './observability';
import { createObservability } from './observability';
import type { Env } from '../config/env';

export function createLambdaHandler(env: Env, aws: AwsClientSettings = {}) {
  const observability = createObservability();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see the import above
  let ready: ReturnType<typeof handle> | undefined;
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see the import above
  return async (event: LambdaEvent, context: LambdaContext) => {
    if (ready === undefined) {
      const { app } = createLambdaApp(readLambdaConfig(env), env, observability, aws);
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- see the import above
      ready = handle(app);
    }
    const requestId = (event as { requestContext?: { requestId?: string } }).requestContext
      ?.requestId;
    if (requestId !== undefined) observability.logger.appendKeys({ correlationId: requestId });
    try {
      return await ready(event, context);
    } finally {
      publishMetrics(observability);
      observability.logger.resetKeys();
    }
  };
}

/** A streaming handler as the Lambda runtime calls it. */
type StreamingFunction = (event: unknown, stream: Writable, context: unknown) => Promise<void>;

/** The Lambda Node.js runtime's streaming API (a global there, absent elsewhere). */
interface StreamingRuntime {
  streamifyResponse: (handler: StreamingFunction) => StreamingFunction;
}

/**
 * The same app with Lambda response streaming, for an API Gateway integration in STREAM mode:
 * server-sent events reach the reader as the narrator releases them instead of all at once.
 */
export function createStreamingLambdaHandler(
  env: Env,
  aws: AwsClientSettings = {},
  runtime?: StreamingRuntime,
): StreamingFunction {
  // Other libraries put things on `awslambda` too (the SDK's invoke store), so check for the
  // streaming API itself rather than for the global.
  const lambda =
    runtime ?? (globalThis as unknown as { awslambda?: Partial<StreamingRuntime> }).awslambda;
  if (typeof lambda?.streamifyResponse !== 'function') {
    return () =>
      Promise.reject(
        new Error('Response streaming needs the Lambda runtime (the awslambda global).'),
      );
  }
  const observability = createObservability();
  let inner: StreamingFunction | undefined;
  return lambda.streamifyResponse.call(lambda, async (event, stream, context) => {
    if (inner === undefined) {
      const { app } = createLambdaApp(readLambdaConfig(env), env, observability, aws);
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- see the import above
      inner = streamHandle(app) as unknown as StreamingFunction;
    }
    try {
      await inner(event, stream, context);
    } finally {
      publishMetrics(observability);
    }
  });
}

/**
 * Publishes what the request stored. Most metrics are written at once with their own dimensions
 * (single metrics), so a request may have stored none: publishing nothing would only print
 * Powertools' "No application metrics to publish" warning into the logs.
 */
function publishMetrics(observability: Observability): void {
  if (observability.metrics.hasStoredMetrics()) observability.metrics.publishStoredMetrics();
}
