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
  /**
   * Behind a proxy that terminates TLS and says so in `X-Forwarded-Proto`. Without it the header
   * is anyone's to send, so only the server's own connection decides whether the cookie is
   * `Secure` (a cookie marked Secure over plain HTTP is never sent back, and the reader would
   * become a new visitor on every request).
   */
  trustProxy?: boolean;
  /** Paths that make no visitor (they answer everyone alike). */
  skip?: ReadonlySet<string>;
}

export function visitor(
  newId: () => string,
  options: VisitorOptions = {},
): MiddlewareHandler<{ Variables: VisitorVariables }> {
  return async (context, next) => {
    if (options.skip?.has(context.req.path) === true) {
      await next();
      return;
    }
    const existing = getCookie(context, VISITOR_COOKIE);
    if (existing !== undefined && VISITOR_ID.test(existing)) {
      context.set('visitor', existing);
      if (options.trustEdge === true && context.req.header(EDGE_HEADERS.newVisitor) === '1') {
        setVisitorCookie(context, existing, options.trustProxy === true);
      }
    } else {
      const id = visitorIdFrom(newId());
      context.set('visitor', id);
      setVisitorCookie(context, id, options.trustProxy === true);
    }
    await next();
  };
}

/** True when the reader's connection is HTTPS, as far as this server can know. */
function isHttps(context: Context, trustProxy: boolean): boolean {
  const forwarded = trustProxy ? context.req.header('x-forwarded-proto') : undefined;
  // A chain of proxies lists one protocol each, and a client may send its own first: only the
  // last, added by the trusted proxy in front of this server, is believed.
  const reader = forwarded?.split(',').at(-1)?.trim().toLowerCase();
  return (reader ?? new URL(context.req.url).protocol.replace(':', '')) === 'https';
}

function setVisitorCookie(context: Context, id: string, trustProxy: boolean): void {
  const secure = isHttps(context, trustProxy);
  setCookie(context, VISITOR_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: ONE_YEAR_SECONDS,
  });
}
