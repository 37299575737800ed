/**
 * The visitor: a stable, random id in a first-party cookie, so a reader's journeys can be listed
 * without an account. On AWS the edge function sets the same cookie first.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { EDGE_HEADERS, VISITOR_COOKIE, VISITOR_ID, visitorIdFrom } from '@liminal/contract/visitor';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export interface VisitorVariables {
  visitor: string;
}

export interface VisitorOptions {
  /**
   * Behind the edge function, which makes the id for a new visitor and passes it in the Cookie
   * header with `x-liminal-new-visitor: 1`: then this sets the cookie the browser lacks.
   */
  trustEdge?: boolean;
}

export function visitor(
  newId: () => string,
  options: VisitorOptions = {},
): MiddlewareHandler<{ Variables: VisitorVariables }> {
  return async (context, next) => {
    const existing = getCookie(context, VISITOR_COOKIE);
    if (existing !== undefined && VISITOR_ID.test(existing)) {
      context.set('visitor', existing);
      if (options.trustEdge === true && context.req.header(EDGE_HEADERS.newVisitor) === '1') {
        setVisitorCookie(context, existing);
      }
    } else {
      const id = visitorIdFrom(newId());
      context.set('visitor', id);
      setVisitorCookie(context, id);
    }
    await next();
  };
}

function setVisitorCookie(context: Context, id: string): void {
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
