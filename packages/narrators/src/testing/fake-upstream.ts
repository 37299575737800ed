/**
 * Local fake model servers that speak each vendor's real wire format (OpenAI SSE, Anthropic SSE,
 * Bedrock's binary event stream, SageMaker invocations), so the official SDKs can be tested and
 * benchmarked on loopback. Each request takes the next scripted reply, or the default one.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const DEFAULT_BEAT =
  'The bus shudders over the bridge, and Mara looks up from her book. Do you ask her where she is going?';

/** How the fake answers one request. */
export interface FakeReply {
  /** The completion text (default: a valid beat). */
  text?: string;
  usage?: { input: number; output: number };
  /** Wait before answering at all. */
  delayMs?: number;
  /** Wait between streamed chunks. */
  chunkDelayMs?: number;
  /** Answer with this error status instead (and Retry-After when given). */
  status?: number;
  retryAfter?: string;
  /** Drop the connection without answering. */
  reset?: boolean;
  /** Answer 200 with a body that is not valid JSON (or a broken stream frame). */
  malformed?: boolean;
  /** Stream this many chunks, then drop the connection. */
  cutAfter?: number;
  /** The model declines (content filter, refusal stop reason). */
  refusal?: boolean;
}

export interface ReceivedRequest {
  path: string;
  body: unknown;
  headers: IncomingMessage['headers'];
}

export interface FakeContext {
  reply: Required<Pick<FakeReply, 'text'>> &
    FakeReply & { usage: { input: number; output: number } };
  request: ReceivedRequest;
  response: ServerResponse;
  /** The completion split into word-sized chunks. */
  chunks: string[];
}

/** A vendor's wire format: how to answer a request once the script has chosen the reply. */
export type Dialect = (context: FakeContext) => Promise<void>;

export interface FakeUpstream {
  url: string;
  /** Replies for the next requests, in order. */
  script(...replies: FakeReply[]): void;
  /** The reply once the script is used up. */
  setDefault(reply: FakeReply): void;
  /** Forgets replies scripted and not used, and answers by default again. */
  reset(): void;
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function wordChunks(text: string): string[] {
  return text.match(/\S+\s*/gu) ?? [];
}

/** Writes stream frames with the reply's pacing, dropping the connection at `cutAfter`. */
export async function writeFrames(
  context: FakeContext,
  frames: (string | Uint8Array)[],
  deltaFrames: Set<number>,
): Promise<boolean> {
  let deltas = 0;
  for (const [index, frame] of frames.entries()) {
    if (deltaFrames.has(index)) {
      if (context.reply.cutAfter !== undefined && deltas >= context.reply.cutAfter) {
        context.response.socket?.destroy();
        return false;
      }
      deltas++;
      if (context.reply.chunkDelayMs !== undefined) await sleep(context.reply.chunkDelayMs);
    }
    if (context.response.destroyed) return false;
    // Wait for each frame to reach the socket, so a cut really comes after what was sent.
    await new Promise<void>((resolve) => {
      context.response.write(frame, () => {
        resolve();
      });
    });
  }
  context.response.end();
  return true;
}

export async function startFakeUpstream(dialect: Dialect): Promise<FakeUpstream> {
  const queue: FakeReply[] = [];
  let fallback: FakeReply = {};
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      const chosen = queue.shift() ?? fallback;
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // keep the raw text
      }
      const received: ReceivedRequest = { path: request.url ?? '', body, headers: request.headers };
      requests.push(received);
      const text = chosen.text ?? DEFAULT_BEAT;
      const reply = {
        ...chosen,
        text,
        usage: chosen.usage ?? { input: 211, output: wordChunks(text).length + 3 },
      };
      void (async () => {
        if (reply.delayMs !== undefined) await sleep(reply.delayMs);
        if (reply.reset === true) {
          request.socket.destroy();
          return;
        }
        await dialect({ reply, request: received, response, chunks: wordChunks(text) });
      })().catch(() => {
        response.destroy();
      });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    script: (...replies) => queue.push(...replies),
    setDefault: (reply) => {
      fallback = reply;
    },
    reset: () => {
      queue.length = 0;
      fallback = {};
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
