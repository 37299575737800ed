/**
 * Server-sent events for a beat: `delta` events as text arrives, then one `beat` event with the
 * authoritative result (or an `error` event). The response only starts once there is something
 * to stream, so a request that fails early still gets a plain JSON error with its real status.
 */
import type { BeatEvent } from '@liminal/contract/events';
import { EVENT_STREAM, frameEvent } from '@liminal/contract/events';

export interface SseEmitter {
  delta(text: string): void;
}

const encoder = new TextEncoder();

function frame(event: BeatEvent, data: unknown): Uint8Array {
  return encoder.encode(frameEvent(event, data));
}

/** What a stream is sent with: the app sends it through its context, with the context's headers. */
export interface SseStream {
  body: ReadableStream<Uint8Array>;
  headers: Record<string, string>;
}

const SSE_HEADERS = {
  'Content-Type': `${EVENT_STREAM}; charset=utf-8`,
  'Cache-Control': 'no-store',
  'X-Accel-Buffering': 'no',
};

export async function sseStream(
  run: (emit: SseEmitter) => Promise<unknown>,
  toErrorBody: (error: unknown) => unknown,
): Promise<SseStream> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const progress = { started: false };
  let markStarted: () => void = () => undefined;
  const firstDelta = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const done = run({
    delta(text) {
      progress.started = true;
      void writer.write(frame('delta', { text }));
      markStarted();
    },
  });
  // Wait for the first delta or the end, whichever comes first.
  await Promise.race([firstDelta, done.catch(() => undefined)]);
  if (!progress.started) {
    const result = await done; // throws the early error, which becomes a JSON response
    void writer.write(frame('beat', result)).then(() => writer.close());
  } else {
    done
      .then((result) => writer.write(frame('beat', result)))
      .catch((error: unknown) => writer.write(frame('error', toErrorBody(error))))
      .finally(() => void writer.close());
  }
  return { body: readable, headers: SSE_HEADERS };
}
