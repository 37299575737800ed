/**
 * The viewer-request A/B router: gives each visitor a stable id cookie and a deterministic
 * variant of every experiment, and passes both to the origin as headers. The experiments are
 * compiled into the bundle (Lambda@Edge has no environment variables).
 */
import type { CloudFrontRequest } from 'aws-lambda';
import { assignAll, formatAssignments } from '@liminal/experiments';
import { EDGE_HEADERS, VISITOR_COOKIE, VISITOR_ID, visitorIdFrom } from '@liminal/contract/visitor';
import { readCookies, setHeader } from './cookies';

export function routeViewerRequest(
  request: CloudFrontRequest,
  newId: () => string,
): CloudFrontRequest {
  for (const name of Object.values(EDGE_HEADERS)) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- CloudFront's header map is keyed by lower-cased name
    delete request.headers[name.toLowerCase()];
  }
  let visitor = readCookies(request.headers).get(VISITOR_COOKIE);
  if (visitor === undefined || !VISITOR_ID.test(visitor)) {
    visitor = visitorIdFrom(newId());
    // The origin sees the new id as if the browser had sent it, and is told to set the cookie.
    const cookie = request.headers['cookie'] ?? [];
    cookie.push({ key: 'Cookie', value: `${VISITOR_COOKIE}=${visitor}` });
    request.headers['cookie'] = cookie;
    setHeader(request.headers, EDGE_HEADERS.newVisitor, '1');
  }
  setHeader(request.headers, EDGE_HEADERS.visitor, visitor);
  setHeader(request.headers, EDGE_HEADERS.variants, formatAssignments(assignAll(visitor)));
  return request;
}
