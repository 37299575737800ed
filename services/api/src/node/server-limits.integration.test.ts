/**
 * What Node refuses before the app sees a request, answered in the API's JSON error shape, and
 * slow clients hung up on, over real sockets on loopback.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './test-server';
import { startTestServer } from './test-server';

let server: TestServer;
beforeAll(async () => {
  // Short limits, so a slow client is hung up on within the test's time.
  server = await startTestServer({}, { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 });
});
afterAll(async () => {
  await server.close();
});

/** Writes `request` on a raw socket and resolves with all the server sends back until it hangs up. */
function raw(request: string, hold = false): Promise<{ text: string; closedAfterMs: number }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(request);
      if (!hold) socket.end();
    });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      resolve({ text, closedAfterMs: performance.now() - started });
    });
  });
}

describe('requests Node refuses before the app', () => {
  it('answers headers that are too large (a 20 KB cookie) with 431 and a JSON error', async () => {
    const { text } = await raw(
      `GET /api/health HTTP/1.1\r\nHost: x\r\nCookie: big=${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 431 /u);
    expect(text).toContain('application/json');
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'headers-too-large', message: 'The request headers are too large.' },
    });
  });

  it('answers a request it cannot parse with 400 and a JSON error', async () => {
    const { text } = await raw('NONSENSE\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400 /u);
    expect(text).toContain('"code":"invalid-request"');
  });

  it('hangs up on a client that trickles its headers, and still serves others', async () => {
    // Headers begun and never finished: the server must not wait for ever.
    const slow = raw('GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ', true);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const { closedAfterMs } = await slow;
    // The 1 s limit, checked every second: well under the 5 minutes Node allows by default.
    expect(closedAfterMs).toBeLessThan(10_000);
  });
});
