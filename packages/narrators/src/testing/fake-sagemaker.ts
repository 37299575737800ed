/**
 * A SageMaker runtime endpoint (POST /endpoints/{name}/invocations) serving an OpenAI-style
 * messages container; errors carry `x-amzn-errortype` as AWS's do.
 */
import type { Dialect, FakeUpstream } from './fake-upstream';
import { sendJson, startFakeUpstream } from './fake-upstream';

const sagemakerDialect: Dialect = ({ reply, response }) => {
  if (reply.status !== undefined) {
    const type =
      reply.status === 429
        ? 'ThrottlingException'
        : reply.status >= 500
          ? 'InternalFailure'
          : 'ValidationError';
    sendJson(
      response,
      reply.status,
      { message: `fake ${type}` },
      {
        'x-amzn-errortype': type,
        ...(reply.retryAfter === undefined ? {} : { 'retry-after': reply.retryAfter }),
      },
    );
    return Promise.resolve();
  }
  if (reply.malformed === true) {
    sendJson(response, 200, '{"choices": [');
    return Promise.resolve();
  }
  sendJson(response, 200, {
    choices: [
      { index: 0, message: { role: 'assistant', content: reply.text }, finish_reason: 'stop' },
    ],
    usage: { prompt_tokens: reply.usage.input, completion_tokens: reply.usage.output },
  });
  return Promise.resolve();
};

/** A SageMaker runtime endpoint serving an OpenAI-style messages container. */
export function startFakeSageMaker(): Promise<FakeUpstream> {
  return startFakeUpstream(sagemakerDialect);
}
