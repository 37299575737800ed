/**
 * Content safety on the reader's screen, in real headless Chromium against the real server with
 * an AI narrator (a fake OpenAI-compatible server on loopback) whose beats the local moderator
 * blocks: the reader is told the story by the built-in storyteller instead, and no word of the
 * blocked beat ever appears on the page, not even for a moment while it streams.
 */
import { rmSync } from 'node:fs';
import type { FakeUpstream } from '@liminal/narrators/testing';
import { startFakeOpenAI } from '@liminal/narrators/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../services/api/src/node/test-server';
import { fakeNarratorConfig } from '../../../services/api/src/testing/fake-narrator';
import { startTestServer } from '../../../services/api/src/node/test-server';
import { titled } from '../../../services/api/src/testing/tools';
import { CHROMIUM, HAS_CHROMIUM, launchChromium, seriousViolations } from './browser';
import { buildWebApp } from './build-web';
import { VISITOR_COOKIE } from '@liminal/contract/visitor';
import { assignAll } from '@liminal/experiments';

// A word no built-in story uses (Zanzibar), so no storyteller beat is mistaken for the blocked one.
const BLOCKED =
  'You feel the tram shudder, and the shit Zanzibar lamps flicker overhead. Do you get off?';

describe.skipIf(!HAS_CHROMIUM)(
  titled('moderated AI beats in Chromium', HAS_CHROMIUM, `${CHROMIUM} is not installed`),
  () => {
    let outDir: string;
    let upstream: FakeUpstream;
    let server: TestServer;
    let browser: Browser;

    beforeAll(async () => {
      outDir = await buildWebApp();
      upstream = await startFakeOpenAI();
      upstream.setDefault({ text: BLOCKED, chunkDelayMs: 10 });
      server = await startTestServer({
        WEB_ROOT: outDir,
        AI_PROVIDER_CONFIG: fakeNarratorConfig(upstream.url, { timeoutMs: 5000 }),
      });
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser.close();
      await server.close();
      await upstream.close();
      rmSync(outDir, { recursive: true, force: true });
    });

    /** A visitor the experiment puts in `arm`, as the server's assignment would. */
    function visitorIn(arm: string): string {
      for (let index = 0; ; index++) {
        const visitor = `moderated-reader-${String(index).padStart(8, '0')}`;
        if (assignAll(visitor)['beat-reveal'] === arm) return visitor;
      }
    }

    it.each(['streamed', 'whole'])(
      'replaces a beat the moderator blocks, and never shows a word of it (%s)',
      async (arm) => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const visitor = visitorIn(arm);
        await context.addCookies([{ name: VISITOR_COOKIE, value: visitor, url: server.url }]);
        const page = await context.newPage();
        // Everything the page ever shows, kept as it changes: a streamed beat is drawn outside
        // the story log until it is accepted, so the whole body is watched.
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { seen: string[] }).seen = seen;
          new MutationObserver(() => {
            seen.push(document.body.textContent);
          }).observe(document, { subtree: true, childList: true, characterData: true });
        });
        await page.goto(server.url);
        await page.waitForFunction(
          () => document.querySelectorAll('[role="log"] .beat').length >= 1,
        );
        await page.getByRole('button', { name: 'Yes' }).click();
        await page.waitForFunction(
          () => document.querySelectorAll('[role="log"] .beat').length >= 2,
        );
        const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
        expect(seen.length).toBeGreaterThan(0);
        expect(seen.filter((text) => /shit|Zanzibar/u.test(text))).toEqual([]);
        // Both beats were asked of the AI narrator and blocked by the moderator, not refused
        // for breaking a beat rule.
        const [journey] = await server.app.store.listJourneys(visitor, 1);
        const attempts = await server.app.store.listEvents({
          journeyId: journey?.id ?? '',
          type: 'narration-attempted',
        });
        expect(
          attempts.map((event) =>
            [event.data['provider'], event.data['outcome'], event.data['moderator'] ?? ''].join(
              ':',
            ),
          ),
        ).toEqual([
          'local-llama:blocked:local',
          'storyteller:ok:',
          'local-llama:blocked:local',
          'storyteller:ok:',
        ]);
        // Once the newest beat has faded in: axe reads a half-faded beat as low contrast.
        await page.waitForFunction(() =>
          document.getAnimations().every((animation) => animation.playState !== 'running'),
        );
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      },
    );
  },
);
