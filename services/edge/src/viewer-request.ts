/**
 * The viewer-request A/B router: gives each visitor a stable id cookie and a deterministic
 * variant of every experiment, and passes both to the origin as headers. The experiments are
 * compiled into the bundle (Lambda@Edge has no environment variables).
 */
import type { CloudFrontRequest } from 'aws-lambda';
import { assignAll, formatAssignments } from '@liminal/experiments';
import { readCookies, setHeader } from './cookies';

export const VISITOR_COOKIE = 'lt_visitor';
const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/u;
/** Headers only the edge may set; a viewer's own copies are dropped. */
export const EDGE_HEADERS = [
  'x-liminal-visitor',
  'x-liminal-variants',
  'x-liminal-new-visitor',
] as const;

export function routeViewerRequest(
  request: CloudFrontRequest,
  newId: () => string,
): CloudFrontRequest {
  for (const name of EDGE_HEADERS) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- CloudFront's header map is keyed by name
    delete request.headers[name];
  }
  let visitor = readCookies(request.headers).get(VISITOR_COOKIE);
  if (visitor === undefined || !VISITOR_ID.test(visitor)) {
    visitor = newId().replace(/-/gu, '');
    // The origin sees the new id as if the browser had sent it, and is told to set the cookie.
    const cookie = request.headers['cookie'] ?? [];
    cookie.push({ key: 'Cookie', value: `${VISITOR_COOKIE}=${visitor}` });
    request.headers['cookie'] = cookie;
    setHeader(request.headers, 'X-Liminal-New-Visitor', '1');
  }
  setHeader(request.headers, 'X-Liminal-Visitor', visitor);
  setHeader(request.headers, 'X-Liminal-Variants', formatAssignments(assignAll(visitor)));
  return request;
}
