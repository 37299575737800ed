/**
 * The contract every translator passes, against a fake that speaks its service's wire protocol
 * (like the moderators' and the narrators' contracts): sentences come back one for one in each
 * language, well enough formed for the beat rules, and every way the service can fail (too
 * slow, busy, down, a reply that cannot be read, a pair it does not translate) ends in a
 * `TranslationError` of the right kind.
 */
import { LANGUAGES, validateBeatIn } from '@liminal/story';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetLanguage, TranslationErrorKind, Translator } from './contract';
import { TranslationError } from './contract';
import type { FakeService } from './testing';

const BEAT = [
  'The bus leans into the long bend, and the lights flicker once.',
  'Do you take the seat beside Mara?',
];
const TARGETS = LANGUAGES.filter((language): language is TargetLanguage => language !== 'en');

export interface TranslatorFaults {
  /** The service's error for a busy moment, and for an outage: type and status. */
  throttled: { type: string; status: number };
  unavailable: { type: string; status: number };
  /** The service's error for a caller it will not serve (no access, no quota). */
  refused: { type: string; status: number };
}

export function translatorContract(
  start: () => Promise<FakeService>,
  make: (url: string) => Translator,
  faults: TranslatorFaults,
) {
  describe('the translator contract', () => {
    let fake: FakeService;
    let translator: Translator;
    beforeAll(async () => {
      fake = await start();
      translator = make(fake.url);
    });
    afterAll(() => fake.close());

    it.each(TARGETS)('translates a beat one sentence for one into %s, as a beat', async (to) => {
      const translated = await translator.translate(BEAT, to);
      expect(translated).toHaveLength(2);
      expect(
        validateBeatIn(to, translated.join(to === 'ja' ? '' : ' '), 'question').reasons,
      ).toEqual([]);
    });

    const failing: [string, () => void, TranslationErrorKind][] = [
      ['busy', () => fake.script({ error: faults.throttled }), 'throttled'],
      ['down', () => fake.script({ error: faults.unavailable }), 'unavailable'],
      ['unreadable', () => fake.script({ malformed: true }), 'malformed'],
      ['refusing', () => fake.script({ error: faults.refused }), 'refused'],
    ];
    it.each(failing)(
      'fails as a TranslationError when the service is %s',
      async (_, script, kind) => {
        script();
        const error = await translator
          .translate(['You wait.'], 'es')
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(TranslationError);
        expect((error as TranslationError).kind).toBe(kind);
      },
    );

    it('stops waiting when its time is up', async () => {
      fake.script({ delayMs: 2000 });
      const started = performance.now();
      const error = await translator
        .translate(['You wait.'], 'es', { signal: AbortSignal.timeout(100) })
        .catch((caught: unknown) => caught);
      expect((error as TranslationError).kind).toBe('timeout');
      expect(performance.now() - started).toBeLessThan(1500);
    });

    it('refuses a language pair the service does not translate', async () => {
      const error = await translator
        .translate(['You wait.'], 'xx' as TargetLanguage)
        .catch((caught: unknown) => caught);
      expect((error as TranslationError).kind).toBe('unsupported');
    });
  });
}
