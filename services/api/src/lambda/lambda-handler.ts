/**
 * The API Gateway (REST, proxy integration) handler around the app: built on the first
 * invocation, reused while the instance lives; metrics flushed after every invocation.
 */
// hono/aws-lambda is deprecated in favour of @hono/aws-lambda, which is not published yet;
// switch when it is (each use below says so to the linter).
import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';
import { handle } from 'hono/aws-lambda';
import type { AwsClientSettings } from './create-lambda-app';
import { createLambdaApp } from './create-lambda-app';
import { readLambdaConfig } from './lambda-config';
import { createObservability } from './observability';

type Env = Readonly<Record<string, string | undefined>>;

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
      observability.metrics.publishStoredMetrics();
      observability.logger.resetKeys();
    }
  };
}
