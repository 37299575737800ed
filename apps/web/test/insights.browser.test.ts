/**
 * The operators' insights page in real headless Chromium against the real server: a database
 * seeded with a made-up history (the store's own write path, rollups included), the page drawn
 * from it (charts, tables, verdicts), refused without the token, accessible, and kept as a
 * screenshot in artifacts/screenshots/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../services/api/src/node/create-node-app';
import type { TestServer } from '../../../services/api/src/node/test-server';
import { startTestServer } from '../../../services/api/src/node/test-server';
import { writeHistory } from '../../../services/api/src/testing/insights-history';
import { titled } from '../../../services/api/src/testing/tools';
import { CHROMIUM, HAS_CHROMIUM, launchChromium, seriousViolations } from './browser';
import { WEB_ROOT, buildWebApp } from './build-web';

const SCREENSHOTS = join(WEB_ROOT, '../../artifacts/screenshots');
const TOKEN = 'operators-token-for-the-browser-test';
const TODAY = new Date().toISOString().slice(0, 10);

describe.skipIf(!HAS_CHROMIUM)(
  titled('the insights page in Chromium', HAS_CHROMIUM, `${CHROMIUM} is not installed`),
  () => {
    let outDir: string;
    let dataDir: string;
    let server: TestServer;
    let browser: Browser;

    beforeAll(async () => {
      outDir = await buildWebApp();
      dataDir = mkdtempSync(join(tmpdir(), 'liminal-insights-'));
      await writeHistory({
        path: join(dataDir, DATABASE_FILE),
        journeys: 1200,
        days: 14,
        lastDay: TODAY,
        variantLift: 0.12,
      });
      server = await startTestServer({
        WEB_ROOT: outDir,
        DATA_DIR: dataDir,
        INSIGHTS_TOKEN: TOKEN,
      });
      browser = await launchChromium();
      mkdirSync(SCREENSHOTS, { recursive: true });
    }, 120_000);

    afterAll(async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    });

    async function open(colorScheme: 'light' | 'dark' = 'light') {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Console errors too: a Content-Security-Policy refusal is reported only there. The 401 of
      // the first, tokenless request is the one expected.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().includes('401'))
          errors.push(message.text());
      });
      await page.goto(`${server.url}/insights`);
      return { context, page, errors };
    }

    async function enterToken(page: Page, token: string) {
      await page.getByLabel('Operators’ token').fill(token);
      await page.getByRole('button', { name: 'Open the insights' }).click();
    }

    it('shows nothing of the insights without the token, and refuses a wrong one', async () => {
      const { context, page, errors } = await open();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toMatch(/for operators: enter the operators’ token/u);
      expect(await page.locator('table').count()).toBe(0);
      await enterToken(page, 'not-the-token');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/refused/u);
      expect(await page.locator('table').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);

    it('draws the report of the seeded history: charts, tables, verdicts', async () => {
      const { context, page, errors } = await open();
      await enterToken(page, TOKEN);
      await page.locator('.verdict').first().waitFor();
      // Two charts drawn (stories by day, readers by turn), each with its table.
      expect(await page.locator('.chart-drawing canvas').count()).toBe(2);
      const captions = await page.locator('caption').allInnerTexts();
      expect(captions).toEqual(
        expect.arrayContaining([
          'Stories by day',
          'Readers and answers by turn',
          'Beats by narrator',
          'Arms of beat-reveal',
          'Answers by where the story stood',
          'The storyteller’s questions most answered, and which way',
        ]),
      );
      const figures = await page.locator('.figures dd').allInnerTexts();
      expect(figures[0]).toBe('1,200');
      // Abandoned: the days before today are over, so their unfinished journeys count.
      expect(figures[3]).toMatch(
        /^\d{3}\nnot completed the day they began, counted 30 minutes after it ended \(UTC\)$/u,
      );
      // 14 days of rows, and the four endings.
      expect(await page.locator('table').first().locator('tbody tr').count()).toBe(14);
      expect(await page.locator('table.bars tbody tr').count()).toBe(4);
      expect(await page.locator('.verdict').innerText()).toMatch(
        /^whole completes more stories: \+\d+\.\d points, 95% CI/u,
      );
      expect(await page.locator('.warning').count()).toBe(0);
      expect(await page.locator('.experiment').innerText()).toMatch(
        /Sample ratio, on visitors: chi-square/u,
      );
      // The token stays with the tab: a reload opens the page without asking again.
      await page.reload();
      await page.locator('.verdict').first().waitFor();
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);

    it.each(['light', 'dark'] as const)(
      'has no serious accessibility violations (%s), and is kept as a screenshot',
      async (colorScheme) => {
        const { context, page } = await open(colorScheme);
        await enterToken(page, TOKEN);
        await page.locator('.verdict').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({
          path: join(SCREENSHOTS, `insights${colorScheme === 'dark' ? '-dark' : ''}.png`),
          fullPage: true,
        });
        await context.close();
      },
      60_000,
    );

    it('says it is open to this machine only when no token is set', async () => {
      const open = await startTestServer({ WEB_ROOT: outDir });
      try {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${open.url}/insights`);
        await expect
          .poll(() => page.locator('.access').textContent())
          .toMatch(/No INSIGHTS_TOKEN is set, so these insights are served to this machine only/u);
        expect(await page.locator('.empty').first().innerText()).toMatch(/No story has ended/u);
        await context.close();
      } finally {
        await open.close();
      }
    }, 60_000);
  },
);
