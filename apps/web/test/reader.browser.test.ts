/**
 * The reader's screen in real headless Chromium against the real server (SQLite, built app):
 * playing by keyboard and by clicks, resuming after reload, share links, Restart, accessibility.
 * Screenshots land in artifacts/screenshots/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_SEED_LENGTH, TELLING } from '@liminal/story';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../../services/api/src/node/test-server';
import { startTestServer } from '../../../services/api/src/node/test-server';
import { CHROMIUM, HAS_CHROMIUM, launchChromium, seriousViolations } from './browser';
import { titled } from '../../../services/api/src/testing/tools';
import { WEB_ROOT, buildWebApp } from './build-web';

const SCREENSHOTS = join(WEB_ROOT, '../../artifacts/screenshots');

describe.skipIf(!HAS_CHROMIUM)(
  titled('the reader in Chromium', HAS_CHROMIUM, `${CHROMIUM} is not installed`),
  () => {
    let outDir: string;
    let server: TestServer;
    let browser: Browser;

    beforeAll(async () => {
      outDir = await buildWebApp();
      server = await startTestServer({ WEB_ROOT: outDir });
      browser = await launchChromium();
      mkdirSync(SCREENSHOTS, { recursive: true });
    }, 60_000);

    afterAll(async () => {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    });

    async function open(
      options: { width?: number; height?: number; context?: BrowserContext } = {},
    ) {
      const context =
        options.context ??
        (await browser.newContext({
          viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        }));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return { context, page, errors };
    }

    const beats = (page: Page) => page.locator('[role="log"] .beat').allInnerTexts();
    const beatCount = (page: Page) => page.locator('[role="log"] .beat').count();

    async function waitForBeats(page: Page, count: number) {
      await page.waitForFunction(
        (expected) => document.querySelectorAll('[role="log"] .beat').length >= expected,
        count,
      );
    }

    async function playToEnd(page: Page, answer: (turn: number) => Promise<void>) {
      await waitForBeats(page, 1);
      for (let turn = 2; turn <= 21; turn++) {
        if (await page.locator('.ending').isVisible()) return;
        await answer(turn);
        await waitForBeats(page, turn);
      }
    }

    it('plays a journey to its ending by keyboard alone', async () => {
      const { page, context, errors } = await open();
      await page.goto(server.url);
      await playToEnd(page, async (turn) => {
        await page.keyboard.press(turn % 2 === 0 ? 'y' : 'n');
      });
      await expect.poll(() => page.locator('.ending-title').innerText()).toMatch(/^The end: /u);
      expect(await beatCount(page)).toBeGreaterThanOrEqual(8);
      // Every control is reachable by Tab.
      const reached = new Set<string>();
      for (let index = 0; index < 15; index++) {
        await page.keyboard.press('Tab');
        reached.add(await page.evaluate(() => document.activeElement?.textContent ?? ''));
      }
      for (const label of ['New world', 'Restart', 'Journeys', 'Share'])
        expect(reached).toContain(label);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('plays a journey to its ending by clicks, at phone size', async () => {
      const { page, context, errors } = await open({ width: 360, height: 740 });
      await page.goto(server.url);
      await playToEnd(page, async (turn) => {
        await page
          .getByRole('button', { name: turn % 3 === 0 ? 'No' : 'Yes', exact: true })
          .click();
      });
      await expect.poll(() => page.locator('.ending').isVisible()).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(360);
      // The ending's choices are brought into view, not left below the fold.
      const choices = page.locator('.ending button', { hasText: 'New world' });
      await expect
        .poll(async () => {
          const box = await choices.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 740;
        })
        .toBe(true);
      // The bar's actions share their rows: none is left on a line of its own.
      const rows = await page.evaluate(() => {
        const tops = [...document.querySelectorAll('.bar-actions button')].map(
          (button) => (button as HTMLElement).offsetTop,
        );
        return tops.map((top) => tops.filter((other) => other === top).length);
      });
      expect(Math.min(...rows), JSON.stringify(rows)).toBeGreaterThanOrEqual(2);
      expect(errors).toEqual([]);
      await context.close();
    });

    it('resumes the journey after a reload and carries on', async () => {
      const { page, context } = await open();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      for (let turn = 2; turn <= 4; turn++) {
        await page.keyboard.press('y');
        await waitForBeats(page, turn);
      }
      const before = await beats(page);
      await page.reload();
      await waitForBeats(page, 4);
      expect(await beats(page)).toEqual(before);
      await page.keyboard.press('n');
      await waitForBeats(page, 5);
      expect((await beats(page)).slice(0, 4)).toEqual(before);
      await context.close();
    });

    it('begins a fresh visit with one request, and resumes it on reload without another', async () => {
      const { page, context } = await open();
      const starts: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/journeys')
          starts.push(request.url());
      });
      await page.goto(server.url);
      await waitForBeats(page, 1);
      expect(starts).toHaveLength(1);
      const first = await beats(page);
      await page.reload();
      await waitForBeats(page, 1);
      expect(await beats(page)).toEqual(first);
      expect(starts).toHaveLength(1);
      await context.close();
    });

    it("asks for a fresh visit's opening before the app first renders, and shows it at once", async () => {
      const { page, context, errors } = await open();
      // Whether the story log was already on the page when the opening was asked for.
      await page.addInitScript(() => {
        const fetch = window.fetch.bind(window);
        window.fetch = (input, init) => {
          const path = new URL(input as string, location.href).pathname;
          if (init?.method === 'POST' && path === '/api/journeys' && !('logAtAsk' in window))
            Object.assign(window, {
              logAtAsk: document.querySelector('[role="log"]') !== null,
              readyAtAsk: document.readyState,
            });
          return fetch(input, init);
        };
      });
      await page.goto(server.url);
      await waitForBeats(page, 1);
      // Asked from the start-up effect, it waited for the first render (and paint); asked by the
      // app's script, for the script to load and run. The page asks as it is read (index.html),
      // and the CSP lets it (a violation is a console error, below).
      expect(await page.evaluate(() => (window as { logAtAsk?: boolean }).logAtAsk)).toBe(false);
      expect(await page.evaluate(() => (window as { readyAtAsk?: string }).readyAtAsk)).toBe(
        'loading',
      );
      // The opening comes with the page; later beats fade in as they arrive.
      const fade = (index: number) =>
        page
          .locator('[role="log"] .beat')
          .nth(index)
          .evaluate((element) => getComputedStyle(element).animationName);
      expect(await fade(0)).toBe('none');
      await page.keyboard.press('y');
      await waitForBeats(page, 2);
      expect(await fade(1)).toBe('appear');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('opens a share link elsewhere and shows the identical transcript', async () => {
      const { page, context } = await open();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      for (let turn = 2; turn <= 5; turn++) {
        await page.keyboard.press(turn % 2 === 0 ? 'n' : 'y');
        await waitForBeats(page, turn);
      }
      const original = await beats(page);
      await page.getByRole('button', { name: 'Share' }).click();
      const link = await page.locator('#share-link').inputValue();
      // The storyteller told it: the link is its current telling's token alone, which replays
      // word for word.
      expect(link).toContain(`/?r=${TELLING}.`);
      expect(link).not.toContain('&j=');
      await context.close();

      // At phone size, where the story is longer than the screen.
      const stranger = await open({ width: 360, height: 740 });
      await stranger.page.goto(link);
      await waitForBeats(stranger.page, original.length);
      expect(await beats(stranger.page)).toEqual(original);
      expect(await stranger.page.locator('.notice').innerText()).toContain('word for word');
      // It opens at the top, where the notice says what it is, not scrolled to its end.
      expect(await stranger.page.evaluate(() => window.scrollY)).toBe(0);
      // A link naming a stored journey no longer kept: the storyteller retells it, and says so.
      await stranger.page.goto(`${link}&j=00000000-0000-4000-8000-000000000000`);
      await waitForBeats(stranger.page, original.length);
      expect(await beats(stranger.page)).toEqual(original);
      expect(await stranger.page.locator('.notice').innerText()).toContain('no longer kept');
      await stranger.context.close();
    });

    it('gives the same opening on Restart', async () => {
      const { page, context } = await open();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      const [opening] = await beats(page);
      await page.keyboard.press('y');
      await waitForBeats(page, 2);
      await page.getByRole('button', { name: 'Restart' }).first().click();
      await page.waitForFunction(
        () => document.querySelectorAll('[role="log"] .beat').length === 1,
      );
      expect(await beats(page)).toEqual([opening]);
      await context.close();
    });

    it('announces each beat once and whole through the live region', async () => {
      const { page, context } = await open();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      await page.evaluate(() => {
        const announced: string[] = [];
        (window as unknown as { announced: string[] }).announced = announced;
        const log = document.querySelector('[role="log"]');
        new MutationObserver((records) => {
          for (const record of records) {
            record.addedNodes.forEach((node) => {
              if (node instanceof HTMLElement && node.classList.contains('beat'))
                announced.push(node.innerText);
            });
            if (record.type === 'characterData')
              announced.push(`partial:${record.target.textContent ?? ''}`);
          }
        }).observe(log as Node, { childList: true, subtree: true, characterData: true });
      });
      for (let turn = 2; turn <= 4; turn++) {
        await page.keyboard.press('y');
        await waitForBeats(page, turn);
      }
      const announced = await page.evaluate(
        () => (window as unknown as { announced: string[] }).announced,
      );
      expect(announced).toEqual((await beats(page)).slice(1));
      expect(await page.locator('[role="log"]').getAttribute('aria-live')).toBe('polite');
      await context.close();
    });

    // One case per theme and size: four axe runs in one test came within a whisker of its
    // timeout on a loaded two-core machine.
    it.each([
      ['light', 360, 740],
      ['light', 1280, 800],
      ['dark', 360, 740],
      ['dark', 1280, 800],
    ] as const)(
      'has touch targets of at least 44 px and no serious accessibility violations (%s, %ix%i)',
      async (colorScheme, width, height) => {
        const viewport = { width, height };
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        await page.goto(server.url);
        await waitForBeats(page, 1);
        await page.keyboard.press('y');
        await waitForBeats(page, 2);
        const small = await page.$$eval('button, input', (elements) =>
          elements
            .map((element) => ({
              text: element.textContent,
              box: element.getBoundingClientRect(),
            }))
            .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
            .map(({ text }) => text),
        );
        expect(small).toEqual([]);
        // Let the fade-in finish: mid-animation text has not reached its final contrast yet.
        await page.waitForFunction(() =>
          document.getAnimations().every((animation) => animation.playState !== 'running'),
        );
        expect(await seriousViolations(page)).toEqual([]);
        const theme = colorScheme === 'light' ? '' : '-dark';
        await page.screenshot({ path: join(SCREENSHOTS, `reader-${width}x${height}${theme}.png`) });
        await context.close();
      },
      60_000,
    );

    it('sets beats in Literata at 60-70 characters a line, on a wash of the setting colour', async () => {
      const { page, context } = await open({ width: 1280, height: 800 });
      await page.goto(server.url);
      await waitForBeats(page, 1);
      for (let turn = 2; turn <= 4; turn++) {
        await page.keyboard.press('y');
        await waitForBeats(page, turn);
      }
      const reading = await page.evaluate(async () => {
        await document.fonts.ready;
        const beats = [...document.querySelectorAll<HTMLElement>('[role="log"] .beat')];
        // Characters per line, over beats of two lines or more (a beat's last line is short).
        let characters = 0;
        let lines = 0;
        for (const beat of beats) {
          const count = Math.round(
            beat.getBoundingClientRect().height / parseFloat(getComputedStyle(beat).lineHeight),
          );
          if (count < 2) continue;
          characters += beat.textContent.length;
          lines += count - 0.5;
        }
        const shell = document.querySelector<HTMLElement>('.shell');
        return {
          perLine: characters / lines,
          literata: document.fonts.check('1em Literata'),
          setting: shell?.dataset['setting'],
          world: document.querySelector('.world')?.textContent ?? '',
          wash: shell === null ? 'none' : getComputedStyle(shell, '::before').backgroundImage,
        };
      });
      expect(reading.perLine).toBeGreaterThanOrEqual(55);
      expect(reading.perLine).toBeLessThanOrEqual(75);
      expect(reading.literata).toBe(true);
      expect(reading.world.toLowerCase().replace(/\s+/gu, '-')).toContain(`${reading.setting},`);
      expect(reading.wash).toContain('radial-gradient');
      await context.close();
    });

    it('keeps the page still while it loads: nothing shifts when the language list arrives', async () => {
      const { page, context } = await open({ width: 1350, height: 940 });
      // Every layout shift of the visit, summed: stricter than Lighthouse's CLS, which counts
      // only the worst window of them.
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            shifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(server.url);
      await waitForBeats(page, 1);
      // The server's languages are in the menu (the others unavailable here: no translator).
      await page.waitForFunction(() => document.querySelectorAll('select option').length > 1);
      await page.evaluate(() => document.fonts.ready);
      // Two frames, so a shift the last change caused has been recorded.
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(resolve));
          }),
      );
      const shifted = await page.evaluate(() =>
        (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
      );
      expect(shifted).toBeLessThan(0.02);
      await context.close();
    });

    it('switches themes and respects reduced motion', async () => {
      const context = await browser.newContext({ reducedMotion: 'reduce', colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      // The second beat, since the opening never fades in.
      await page.keyboard.press('y');
      await waitForBeats(page, 2);
      const animation = await page
        .locator('[role="log"] .beat')
        .nth(1)
        .evaluate((element) => getComputedStyle(element).animationName);
      expect(animation).toBe('none');
      const background = () =>
        page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const light = await background();
      await page.getByRole('button', { name: /^Theme:/u }).click(); // system -> light
      await page.getByRole('button', { name: /^Theme:/u }).click(); // light -> dark
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      expect(await background()).not.toBe(light);
      await page.reload();
      await waitForBeats(page, 1);
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
      await context.close();
    });

    it('lists past journeys and reopens one', async () => {
      const { page, context } = await open();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      const [firstOpening] = await beats(page);
      await page.getByRole('button', { name: 'New world' }).first().click();
      await page.waitForFunction(
        (text) => document.querySelector('[role="log"] .beat')?.textContent !== text,
        firstOpening,
      );
      await page.getByRole('button', { name: 'Journeys' }).click();
      const entries = page.locator('.journeys .journey');
      await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(2);
      await entries.nth(1).click();
      await page.waitForFunction(
        (text) => document.querySelector('[role="log"] .beat')?.textContent === text,
        firstOpening,
      );
      await context.close();
    });

    it('refuses a seed the moderator blocks with a clear message that does not repeat it', async () => {
      const { page, context, errors } = await open();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      const opening = await beats(page);
      await page.getByRole('button', { name: 'Journeys' }).click();
      await page.locator('#seed-input').fill('the sh1t tram');
      await page.getByRole('button', { name: 'Begin' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.innerText()).toMatch(/cannot begin a story/u);
      expect(await alert.innerText()).not.toContain('sh1t');
      // The story on screen is still the one that was there.
      expect(await beats(page)).toEqual(opening);
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== 'running'),
      );
      expect(await seriousViolations(page)).toEqual([]);
      // The refusal is an answer, not a failure of the page.
      expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
      await context.close();
    });

    it('keeps a long seed without spaces inside the Journeys list', async () => {
      const { page, context } = await open();
      await page.goto(server.url);
      await waitForBeats(page, 1);
      await page.getByRole('button', { name: 'Journeys' }).click();
      // Wide letters, as in the probe that found it, as many as a seed may have (the field
      // takes them all): wider than the page's column.
      await page.locator('#seed-input').fill('W'.repeat(MAX_SEED_LENGTH));
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.waitForFunction(
        (length) => document.querySelector('.seed-value')?.textContent.length === length,
        MAX_SEED_LENGTH,
      );
      await page.getByRole('button', { name: 'Journeys' }).click();
      await expect.poll(() => page.locator('.journeys .journey').count()).toBeGreaterThanOrEqual(1);
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.view);
      const meta = await page.locator('.journey-meta').first().boundingBox();
      expect((meta?.x ?? Infinity) + (meta?.width ?? 0)).toBeLessThanOrEqual(widths.view);
      await context.close();
    });
  },
);
