/**
 * Anthropic's messages wire format: JSON, or SSE with named events (message_start,
 * content_block_delta, message_delta with the output token count, message_stop).
 */
import type { Dialect, FakeUpstream } from './fake-upstream';
import { sendJson, startFakeUpstream, writeFrames } from './fake-upstream';

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

const anthropicDialect: Dialect = async ({ reply, request, response, chunks }) => {
  const body = request.body as { model?: string; stream?: boolean };
  const model = body.model ?? 'claude-3-haiku-20240307';
  if (reply.status !== undefined) {
    sendJson(
      response,
      reply.status,
      {
        type: 'error',
        error: {
          type: ERROR_TYPES[reply.status] ?? 'api_error',
          message: `fake error ${reply.status}`,
        },
      },
      reply.retryAfter === undefined ? {} : { 'retry-after': reply.retryAfter },
    );
    return;
  }
  if (reply.malformed === true && body.stream !== true) {
    sendJson(response, 200, '{"type": "message", "content": [');
    return;
  }
  const stopReason = reply.refusal === true ? 'refusal' : 'end_turn';
  if (body.stream !== true) {
    sendJson(response, 200, {
      id: 'msg_fake',
      type: 'message',
      role: 'assistant',
      model,
      content: reply.refusal === true ? [] : [{ type: 'text', text: reply.text }],
      stop_reason: stopReason,
      stop_sequence: null,
      usage: { input_tokens: reply.usage.input, output_tokens: reply.usage.output },
    });
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const event = (type: string, data: object) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
  const frames: string[] = [
    event('message_start', {
      message: {
        id: 'msg_fake',
        type: 'message',
        role: 'assistant',
        content: [],
        model,
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: reply.usage.input, output_tokens: 1 },
      },
    }),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
  ];
  const deltaFrames = new Set<number>();
  for (const piece of reply.refusal === true ? [] : chunks) {
    deltaFrames.add(frames.length);
    frames.push(
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } }),
    );
  }
  if (reply.malformed === true)
    frames.push('event: content_block_delta\ndata: {"type": "content_block_delta", "delta": {\n\n');
  frames.push(
    event('content_block_stop', { index: 0 }),
    event('message_delta', {
      delta: { stop_reason: stopReason, stop_sequence: null },
      usage: { output_tokens: reply.usage.output },
    }),
    event('message_stop', {}),
  );
  await writeFrames({ reply, request, response, chunks }, frames, deltaFrames);
};

export function startFakeAnthropic(): Promise<FakeUpstream> {
  return startFakeUpstream(anthropicDialect);
}
