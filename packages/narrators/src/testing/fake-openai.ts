/**
 * OpenAI's chat completions wire format: JSON, or SSE `data:` chunks ending with a usage chunk
 * (when `stream_options.include_usage` is set) and `data: [DONE]`.
 */
import type { Dialect, FakeUpstream } from './fake-upstream';
import { sendJson, startFakeUpstream, writeFrames } from './fake-upstream';

const openaiDialect: Dialect = async ({ reply, request, response, chunks }) => {
  const body = request.body as {
    model?: string;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
  };
  const model = body.model ?? 'gpt-4o-mini';
  if (reply.status !== undefined) {
    sendJson(
      response,
      reply.status,
      { error: { message: `fake error ${reply.status}`, type: 'server_error', code: null } },
      reply.retryAfter === undefined ? {} : { 'retry-after': reply.retryAfter },
    );
    return;
  }
  if (reply.malformed === true && body.stream !== true) {
    sendJson(response, 200, '{"id": "chatcmpl-1", "choices": [');
    return;
  }
  const finish = reply.refusal === true ? 'content_filter' : 'stop';
  const usage = {
    prompt_tokens: reply.usage.input,
    completion_tokens: reply.usage.output,
    total_tokens: reply.usage.input + reply.usage.output,
  };
  if (body.stream !== true) {
    sendJson(response, 200, {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 1_700_000_000,
      model,
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: reply.refusal === true ? null : reply.text,
            refusal: null,
          },
          finish_reason: finish,
          logprobs: null,
        },
      ],
      usage,
    });
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: object, finishReason: string | null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }] })}\n\n`;
  const frames: string[] = [chunk({ role: 'assistant', content: '' }, null)];
  const deltaFrames = new Set<number>();
  for (const piece of reply.refusal === true ? [] : chunks) {
    deltaFrames.add(frames.length);
    frames.push(chunk({ content: piece }, null));
  }
  if (reply.malformed === true) frames.push('data: {"id": "chatcmpl-fake", "choices": [\n\n');
  frames.push(chunk({}, finish));
  if (body.stream_options?.include_usage === true) {
    frames.push(
      `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, choices: [], usage })}\n\n`,
    );
  }
  frames.push('data: [DONE]\n\n');
  await writeFrames({ reply, request, response, chunks }, frames, deltaFrames);
};

export function startFakeOpenAI(): Promise<FakeUpstream> {
  return startFakeUpstream(openaiDialect);
}
