/**
 * Entry point of the API Lambda: adapts API Gateway proxy events to the app. No logic here.
 */
import { createLambdaHandler } from './lambda/lambda-handler';

export const handler = createLambdaHandler(process.env);
