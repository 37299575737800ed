/**
 * The fault script and loopback server the fake translators share: each request takes the next
 * scripted fault (an error status, a delay, a malformed body) or none, and is answered by the
 * fake's own handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeFault {
  /** Answer with this status and error body (each fake writes it as its service does). */
  error?: { type: string; status: number };
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer 200 with a body that is not JSON. */
  malformed?: boolean;
}

export interface FakeService {
  url: string;
  /** Faults for the next requests, in order. */
  script(...faults: FakeFault[]): void;
  /** Requests received, each as the fake names it. */
  readonly received: string[];
  close(): Promise<void>;
}

export interface FakeHandler {
  /** What the request is, for `received`. */
  name(request: IncomingMessage): string;
  /** The status and body of an error of `type`. */
  error(type: string, status: number): { status: number; body: string; contentType: string };
  /** The answer to a request that has no fault. */
  answer(
    request: IncomingMessage,
    body: string,
  ): { status: number; body: string; contentType: string };
}

export async function startFakeService(handler: FakeHandler): Promise<FakeService> {
  const faults: FakeFault[] = [];
  const received: string[] = [];
  const reply = (
    response: ServerResponse,
    answer: { status: number; body: string; contentType: string },
  ) => {
    response.writeHead(answer.status, { 'content-type': answer.contentType });
    response.end(answer.body);
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      received.push(handler.name(request));
      const fault = faults.shift() ?? {};
      const answer = () => {
        if (fault.error !== undefined)
          reply(response, handler.error(fault.error.type, fault.error.status));
        else if (fault.malformed === true)
          reply(response, { status: 200, body: '{"translat', contentType: 'application/json' });
        else reply(response, handler.answer(request, raw));
      };
      if (fault.delayMs === undefined) answer();
      else setTimeout(answer, fault.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    script: (...more) => faults.push(...more),
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
