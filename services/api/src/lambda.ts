/**
 * Entry point of the API Lambda: adapts API Gateway proxy events to the app. No logic here.
 * `handler` answers buffered; `streamingHandler` streams, for integrations in STREAM mode.
 */
import { createLambdaHandler, createStreamingLambdaHandler } from './lambda/lambda-handler';

export const handler = createLambdaHandler(process.env);
export const streamingHandler = createStreamingLambdaHandler(process.env);
