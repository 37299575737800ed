/**
 * Amazon Bedrock's Converse wire format: JSON for /converse, and for /converse-stream the binary
 * `application/vnd.amazon.eventstream` framing (encoded with @smithy/eventstream-codec, the
 * codec the SDK itself decodes with). Errors carry `x-amzn-errortype` as AWS's do.
 */
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import type { Dialect, FakeUpstream } from './fake-upstream';
import { sendJson, startFakeUpstream, writeFrames } from './fake-upstream';

const codec = new EventStreamCodec(toUtf8, fromUtf8);

const ERROR_TYPES: Record<number, string> = {
  400: 'ValidationException',
  403: 'AccessDeniedException',
  408: 'ModelTimeoutException',
  429: 'ThrottlingException',
  500: 'InternalServerException',
  503: 'ServiceUnavailableException',
};

function frame(eventType: string, body: object): Uint8Array {
  return codec.encode({
    headers: {
      ':event-type': { type: 'string', value: eventType },
      ':content-type': { type: 'string', value: 'application/json' },
      ':message-type': { type: 'string', value: 'event' },
    },
    body: fromUtf8(JSON.stringify(body)),
  });
}

const bedrockDialect: Dialect = async ({ reply, request, response, chunks }) => {
  const streaming = request.path.endsWith('/converse-stream');
  if (reply.status !== undefined) {
    const type = ERROR_TYPES[reply.status] ?? 'InternalServerException';
    sendJson(
      response,
      reply.status,
      { message: `fake ${type}` },
      {
        'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`,
        ...(reply.retryAfter === undefined ? {} : { 'retry-after': reply.retryAfter }),
      },
    );
    return;
  }
  const stopReason = reply.refusal === true ? 'content_filtered' : 'end_turn';
  const usage = {
    inputTokens: reply.usage.input,
    outputTokens: reply.usage.output,
    totalTokens: reply.usage.input + reply.usage.output,
  };
  if (!streaming) {
    if (reply.malformed === true) {
      sendJson(response, 200, '{"output": {"message": ');
      return;
    }
    sendJson(response, 200, {
      output: {
        message: {
          role: 'assistant',
          content: reply.refusal === true ? [] : [{ text: reply.text }],
        },
      },
      stopReason,
      usage,
      metrics: { latencyMs: 12 },
    });
    return;
  }
  response.writeHead(200, {
    'content-type': 'application/vnd.amazon.eventstream',
    'x-amzn-requestid': 'fake',
  });
  const frames: Uint8Array[] = [frame('messageStart', { role: 'assistant' })];
  const deltaFrames = new Set<number>();
  for (const piece of reply.refusal === true ? [] : chunks) {
    deltaFrames.add(frames.length);
    frames.push(frame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: piece } }));
  }
  if (reply.malformed === true)
    frames.push(new Uint8Array([0, 0, 0, 99, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  frames.push(
    frame('contentBlockStop', { contentBlockIndex: 0 }),
    frame('messageStop', { stopReason }),
    frame('metadata', { usage, metrics: { latencyMs: 12 } }),
  );
  await writeFrames({ reply, request, response, chunks }, frames, deltaFrames);
};

export function startFakeBedrock(): Promise<FakeUpstream> {
  return startFakeUpstream(bedrockDialect);
}
