/**
 * Lambda@Edge entry, origin request on /api/*: signs the request with the function role's
 * credentials (the runtime provides them in the environment, even at the edge). No logic here.
 */
import type { CloudFrontRequestHandler } from 'aws-lambda';
import { signOriginRequest } from '../origin-request-signer';

export const handler: CloudFrontRequestHandler = async (event) => {
  const record = event.Records[0];
  if (record === undefined) throw new Error('A CloudFront event has one record.');
  const sessionToken = process.env['AWS_SESSION_TOKEN'];
  return signOriginRequest(record.cf.request, {
    accessKeyId: process.env['AWS_ACCESS_KEY_ID'] ?? '',
    secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY'] ?? '',
    ...(sessionToken === undefined ? {} : { sessionToken }),
  });
};
