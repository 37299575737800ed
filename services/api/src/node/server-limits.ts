/**
 * What Node's HTTP server itself enforces for the local server: how long a client may take over
 * its headers and its whole request (slow clients are hung up on, so a few cannot hold every
 * socket), and a JSON error in the API's shape for a request Node refuses before the app sees it
 * (headers too large, a request that cannot be parsed, one too slow) instead of an empty answer.
 */
import type { Server, ServerOptions } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorCode } from '@liminal/contract';
import { STATUS_OF } from '@liminal/contract';
import { HttpError } from '../http/http-error';

export interface ServerLimits {
  /** Milliseconds a client has to send its headers. */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send its whole request. */
  requestTimeoutMs: number;
}

export const SERVER_LIMITS: ServerLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000 };

/** Options for the server Node creates, from the limits. */
export function serverOptions(limits: ServerLimits = SERVER_LIMITS): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    // How often Node checks the two: by default every 30 s, longer than the limits themselves.
    connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
  };
}

const REFUSALS: Record<string, [ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: ['headers-too-large', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: ['request-timeout', 'The request took too long to arrive.'],
};

/** Answers what Node refuses before the app (see the module comment) with the API's error body. */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset connection, or one already carrying a response: nothing can be written to it.
    const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || answering?.headersSent === true) {
      socket.destroy();
      return;
    }
    const [code, message] = REFUSALS[error.code ?? ''] ?? [
      'invalid-request',
      'The request could not be read.',
    ];
    const status = STATUS_OF[code];
    const body = JSON.stringify(new HttpError(status, code, message).toJSON());
    // Hang up once it is written: a client that never closes its side must not keep the socket.
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
      () => socket.destroy(),
    );
  });
}
