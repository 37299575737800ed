/**
 * A fake Amazon Translate on loopback that speaks its real wire protocol (AWS JSON 1.1: a POST
 * to "/" naming the operation in `X-Amz-Target`, errors as `{"__type": ...}` with the status AWS
 * gives them), so the official SDK is tested as it runs on AWS. It glosses (see gloss.ts), and
 * refuses a pair outside the story's languages as Translate does.
 */
import type { TargetLanguage } from '../contract';
import type { FakeService } from './fake-service';
import { startFakeService } from './fake-service';
import { gloss } from './gloss';

const TARGETS = new Set(['es', 'fr', 'de', 'ja']);
const JSON_11 = 'application/x-amz-json-1.1';

export function startFakeTranslate(): Promise<FakeService> {
  const error = (type: string, status: number) => ({
    status,
    body: JSON.stringify({ __type: type, message: `fake ${type}` }),
    contentType: JSON_11,
  });
  return startFakeService({
    name: (request) => String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? '',
    error,
    answer: (request, raw) => {
      const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1];
      if (operation !== 'TranslateText') return error('UnknownOperationException', 400);
      const body = JSON.parse(raw || '{}') as {
        Text?: string;
        SourceLanguageCode?: string;
        TargetLanguageCode?: string;
      };
      if (body.SourceLanguageCode !== 'en' || !TARGETS.has(body.TargetLanguageCode ?? ''))
        return error('UnsupportedLanguagePairException', 400);
      const to = body.TargetLanguageCode as TargetLanguage;
      return {
        status: 200,
        body: JSON.stringify({
          TranslatedText: gloss(body.Text ?? '', to),
          SourceLanguageCode: 'en',
          TargetLanguageCode: to,
        }),
        contentType: JSON_11,
      };
    },
  });
}
