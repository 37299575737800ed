/**
 * Security headers on every response, API and static files alike. The CloudFront response
 * headers policy in Terraform sets the same values in production.
 */
import type { MiddlewareHandler } from 'hono';

/**
 * The hash of the one inline script, index.html's early request for a fresh visitor's opening
 * (apps/web/test/opening-script.test.ts checks it, and that nginx.conf and the CloudFront policy
 * allow the same).
 */
export const OPENING_SCRIPT_HASH = "'sha256-Gum+3KeL6Uelwv5aCRi9ipO4amkPTQUqpQpJLSjRaOU='";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OPENING_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export function securityHeaders(): MiddlewareHandler {
  return async (context, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      context.res.headers.set(name, value);
    }
  };
}
