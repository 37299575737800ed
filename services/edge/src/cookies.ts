/**
 * Cookie and header helpers for CloudFront's event shape, where each header is a list of
 * `{ key, value }` pairs under its lower-cased name.
 */
import type { CloudFrontHeaders } from 'aws-lambda';

/** All cookies in the request's Cookie headers. */
export function readCookies(headers: CloudFrontHeaders): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const { value } of headers['cookie'] ?? []) {
    for (const part of value.split(';')) {
      const at = part.indexOf('=');
      if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
    }
  }
  return cookies;
}

export function setHeader(headers: CloudFrontHeaders, key: string, value: string): void {
  headers[key.toLowerCase()] = [{ key, value }];
}
