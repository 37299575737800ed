/**
 * Lambda@Edge entry, viewer request: adapts CloudFront's event to the A/B router. No logic here.
 */
import { randomUUID } from 'node:crypto';
import type { CloudFrontRequestHandler } from 'aws-lambda';
import { routeViewerRequest } from '../viewer-request';

export const handler: CloudFrontRequestHandler = (event) => {
  const record = event.Records[0];
  if (record === undefined) throw new Error('A CloudFront event has one record.');
  return Promise.resolve(routeViewerRequest(record.cf.request, randomUUID));
};
