/**
 * The visitor: a stable, random id in a first-party cookie, so a reader's journeys can be listed
 * without an account. On AWS the edge function sets the same cookie first.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const VISITOR_COOKIE = 'lt_visitor';
const VISITOR_ID = /^[A-Za-z0-9_-]{16,64}$/u;
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export interface VisitorVariables {
  visitor: string;
}

export function visitor(newId: () => string): MiddlewareHandler<{ Variables: VisitorVariables }> {
  return async (context, next) => {
    const existing = getCookie(context, VISITOR_COOKIE);
    if (existing !== undefined && VISITOR_ID.test(existing)) {
      context.set('visitor', existing);
    } else {
      const id = newId().replace(/-/gu, '');
      context.set('visitor', id);
      const forwarded = context.req.header('x-forwarded-proto');
      const secure = (forwarded ?? new URL(context.req.url).protocol.replace(':', '')) === 'https';
      setCookie(context, VISITOR_COOKIE, id, {
        path: '/',
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        maxAge: ONE_YEAR_SECONDS,
      });
    }
    await next();
  };
}
