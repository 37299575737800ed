/**
 * @liminal/edge: the Lambda@Edge handlers' logic (entries live in ./handlers).
 */
export { routeViewerRequest } from './viewer-request';
export type { Credentials } from './origin-request-signer';
export { regionOf, signOriginRequest } from './origin-request-signer';
