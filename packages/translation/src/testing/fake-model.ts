/**
 * A fake OpenAI-compatible server on loopback that translates as a model asked by
 * `model-translator.ts` would: POST /v1/chat/completions with the key as a Bearer token, the
 * target language named in the system message and the sentences as a JSON array in the user
 * message, and a chat completion whose content is the JSON array of their glosses. Errors come
 * in OpenAI's shape with its statuses (429 busy, 401 a wrong key, 5xx).
 */
import type { TargetLanguage } from '../contract';
import type { FakeService } from './fake-service';
import { startFakeService } from './fake-service';
import { gloss } from './gloss';

export const FAKE_MODEL_KEY = 'sk-fake-translator';
const JSON_TYPE = 'application/json';

interface ChatRequest {
  model?: string;
  messages?: { role: string; content: string }[];
}

export function startFakeModel(): Promise<FakeService> {
  const error = (type: string, status: number) => ({
    status,
    body: JSON.stringify({ error: { message: type, type, code: null } }),
    contentType: JSON_TYPE,
  });
  return startFakeService({
    name: (request) => `${request.method ?? ''} ${request.url ?? ''}`,
    error,
    answer: (request, raw) => {
      if (request.url !== '/v1/chat/completions') return error('Not found', 404);
      if (request.headers.authorization !== `Bearer ${FAKE_MODEL_KEY}`)
        return error('Incorrect API key provided', 401);
      const chat = JSON.parse(raw) as ChatRequest;
      const system = chat.messages?.find((message) => message.role === 'system')?.content ?? '';
      const to = /, (es|fr|de|ja)\)/u.exec(system)?.[1] as TargetLanguage | undefined;
      const user = chat.messages?.find((message) => message.role === 'user')?.content ?? '[]';
      if (to === undefined) return error('No language named', 400);
      const sentences = JSON.parse(user) as string[];
      const content = JSON.stringify(sentences.map((sentence) => gloss(sentence, to)));
      return {
        status: 200,
        contentType: JSON_TYPE,
        body: JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          created: 0,
          model: chat.model ?? 'fake',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      };
    },
  });
}
