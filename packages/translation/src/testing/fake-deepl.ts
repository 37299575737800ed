/**
 * A fake DeepL API on loopback that speaks its HTTP API as the official SDK uses it: POST
 * /v2/translate with a form body (`text` once per sentence, `source_lang`, `target_lang`), the
 * key in `Authorization: DeepL-Auth-Key ...`, and `{"translations": [...]}` back; a wrong key
 * gets 403, and a scripted fault the status DeepL gives it (429 busy, 456 quota, 5xx).
 */
import type { TargetLanguage } from '../contract';
import type { FakeService } from './fake-service';
import { startFakeService } from './fake-service';
import { gloss } from './gloss';

export const FAKE_DEEPL_KEY = 'fake-deepl-key:fx';
const TARGETS = new Set(['es', 'fr', 'de', 'ja']);
const JSON_TYPE = 'application/json';

export function startFakeDeepl(): Promise<FakeService> {
  const error = (type: string, status: number) => ({
    status,
    body: JSON.stringify({ message: type }),
    contentType: JSON_TYPE,
  });
  return startFakeService({
    name: (request) => `${request.method ?? ''} ${request.url ?? ''}`,
    error,
    answer: (request, raw) => {
      if (request.url !== '/v2/translate') return error('Not found', 404);
      if (request.headers.authorization !== `DeepL-Auth-Key ${FAKE_DEEPL_KEY}`)
        return error('Wrong authentication key', 403);
      const form = new URLSearchParams(raw);
      const to = (form.get('target_lang') ?? '').toLowerCase();
      if ((form.get('source_lang') ?? '').toLowerCase() !== 'en' || !TARGETS.has(to))
        return error('Value for target_lang not supported.', 400);
      const translations = form.getAll('text').map((text) => ({
        detected_source_language: 'EN',
        text: gloss(text, to as TargetLanguage),
        billed_characters: text.length,
      }));
      return { status: 200, body: JSON.stringify({ translations }), contentType: JSON_TYPE };
    },
  });
}
