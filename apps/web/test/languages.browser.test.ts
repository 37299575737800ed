/**
 * A reader who reads in Spanish, in real headless Chromium against the real server, whose
 * storyteller beats Amazon Translate's official SDK carries into Spanish through a fake that
 * speaks its wire protocol: the reader switches language, and the screen and the story are
 * Spanish to the ending, with the document's and every beat's `lang` right and axe clean.
 */
import { rmSync } from 'node:fs';
import type { FakeService } from '@liminal/translation/testing';
import { startFakeTranslate } from '@liminal/translation/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestServer } from '../../../services/api/src/node/test-server';
import { startTestServer } from '../../../services/api/src/node/test-server';
import {
  stubAwsCredentials,
  translatingConfig,
} from '../../../services/api/src/testing/fake-translation';
import { titled } from '../../../services/api/src/testing/tools';
import { CHROMIUM, HAS_CHROMIUM, launchChromium, seriousViolations } from './browser';
import { buildWebApp } from './build-web';

describe.skipIf(!HAS_CHROMIUM)(
  titled('reading in another language in Chromium', HAS_CHROMIUM, `${CHROMIUM} is not installed`),
  () => {
    let outDir: string;
    let translate: FakeService;
    let server: TestServer;
    let browser: Browser;

    beforeAll(async () => {
      stubAwsCredentials();
      outDir = await buildWebApp();
      translate = await startFakeTranslate();
      server = await startTestServer({
        WEB_ROOT: outDir,
        AI_PROVIDER_CONFIG: translatingConfig(translate.url),
      });
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser.close();
      await server.close();
      await translate.close();
      rmSync(outDir, { recursive: true, force: true });
      vi.unstubAllEnvs();
    });

    it('switches to Spanish and plays a story to its ending, screen and story in Spanish', async () => {
      // Reduced motion: axe reads the ending's colours once, not while it fades in.
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url);
      await page.waitForSelector('[role="log"] .beat');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

      // Once the server has said Spanish can be read here, the reader chooses it.
      await expect
        .poll(() => page.locator('.language option[value="es"]').isDisabled())
        .toBe(false);
      await page.locator('.language select').selectOption('es');

      // The same world begins again, told in Spanish, and the screen speaks Spanish.
      await page.waitForSelector('[role="log"] .beat[lang="es"]');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
      await expect
        .poll(() => page.getByRole('button', { name: 'Sí', exact: true }).count())
        .toBe(1);
      for (let turn = 2; turn <= 21; turn++) {
        if (await page.locator('.ending').isVisible()) break;
        // The first answer by the Spanish key for sí, the rest by the buttons.
        if (turn === 2) await page.keyboard.press('s');
        else
          await page
            .getByRole('button', { name: turn % 2 === 0 ? 'Sí' : 'No', exact: true })
            .click();
        await page.waitForFunction(
          (expected) => document.querySelectorAll('[role="log"] .beat').length >= expected,
          turn,
        );
      }
      await expect.poll(() => page.locator('.ending-title').innerText()).toMatch(/^Fin: /u);
      const langs = await page
        .locator('[role="log"] .beat')
        .evaluateAll((beats) => beats.map((beat) => beat.getAttribute('lang')));
      expect(langs.length).toBeGreaterThanOrEqual(8);
      expect(new Set(langs)).toEqual(new Set(['es']));
      // A question in Spanish opens with ¿.
      expect(await page.locator('[role="log"] .beat').first().innerText()).toMatch(/¿/u);
      expect(await page.locator('.bar-actions').innerText()).toContain('Mundo nuevo');
      // Spanish answers: the first (by the S key) was a yes.
      expect(await page.locator('[role="log"] .answer').first().innerText()).toContain('Sí');
      expect(await seriousViolations(page)).toEqual([]);

      // The choice is remembered: a reload keeps the screen in Spanish.
      await page.reload();
      await page.waitForSelector('[role="log"] .beat');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');

      // And a share link carries the language: a friend's screen replays the story in Spanish.
      await page.getByRole('button', { name: 'Compartir', exact: true }).first().click();
      const link = await page.locator('#share-link').inputValue();
      expect(link).toContain('&l=es');
      const friend = await browser.newContext();
      const friendPage = await friend.newPage();
      await friendPage.goto(link);
      await friendPage.waitForSelector('[role="log"] .beat[lang="es"]');
      expect(errors).toEqual([]);
      await friend.close();
      await context.close();
    });
  },
);
