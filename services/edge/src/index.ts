/**
 * @liminal/edge: the Lambda@Edge handlers' logic (entries live in ./handlers).
 */
export { EDGE_HEADERS, VISITOR_COOKIE, routeViewerRequest } from './viewer-request';
export type { Credentials } from './origin-request-signer';
export { regionOf, signOriginRequest } from './origin-request-signer';
