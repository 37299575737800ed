/**
 * Who may read the operators' pages (the insights): the holder of INSIGHTS_TOKEN, sent in the
 * X-Liminal-Operator-Token header (what the page sends; on AWS `Authorization` carries the
 * request's SigV4 signature) or as `Authorization: Bearer <token>`; with no token set, only a
 * request from this machine. A reader's
 * cookie never grants access. Behind a proxy (TRUST_PROXY) every request arrives from the proxy's
 * address, so there loopback proves nothing and a token is required.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './http-error';

export { OPERATOR_TOKEN_HEADER } from '@liminal/contract/operator';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const digest = (text: string) => createHash('sha256').update(text).digest();

export interface OperatorAccessOptions {
  /** The operators' token; undefined for loopback-only access. */
  token: string | undefined;
  /** Requests come through a proxy, so the connection's address is not the client's. */
  behindProxy: boolean;
  /** What to tell a request when no token is set (on AWS: where to put one). */
  unsetMessage?: string;
}

/** How a request was let in: by the token, or as this machine's while no token is set. */
export type OperatorAccess = 'token' | 'loopback';

/**
 * Throws the HTTP error a request without operator access gets; returns how it was let in, which
 * the page states (a page open to this machine only says so).
 */
export function checkOperator(
  options: OperatorAccessOptions,
  sentToken: { header: string | undefined; authorization: string | undefined },
  remoteAddress: string | undefined,
): OperatorAccess {
  if (options.token !== undefined) {
    const sent =
      sentToken.header?.trim() || /^Bearer\s+(\S+)$/u.exec(sentToken.authorization ?? '')?.[1];
    // Compared as digests: equal lengths, in constant time, whatever was sent.
    if (sent === undefined || !timingSafeEqual(digest(sent), digest(options.token))) {
      throw new HttpError(
        401,
        'operator-token-required',
        'The insights are for operators: send the operators’ token (X-Liminal-Operator-Token, or a Bearer token).',
        { headers: { 'WWW-Authenticate': 'Bearer realm="insights"' } },
      );
    }
    return 'token';
  }
  if (options.behindProxy || remoteAddress === undefined || !LOOPBACK.has(remoteAddress)) {
    throw new HttpError(
      403,
      'operator-only',
      options.unsetMessage ??
        'The insights are served to this machine only until INSIGHTS_TOKEN is set.',
    );
  }
  return 'loopback';
}
