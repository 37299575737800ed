/// <reference lib="dom" />
/**
 * Lighthouse against the served app (production build, real server, SQLite), plus the time to
 * the first beat in real Chromium. Targets: performance 1.0, accessibility 1.0, first beat
 * under 200 ms (issue 14).
 *
 *   npm run bench:lighthouse [-- --runs 5]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS, HAS_CHROMIUM, launchChromium } from '../apps/web/test/browser';
import { SERVER_BUNDLE, buildServer, buildWeb } from '../scripts/build.mjs';
import { startAppServer } from './server-process';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

if (!HAS_CHROMIUM) {
  console.error(`Chromium is needed at ${CHROMIUM} (Debian: apt-get install chromium).`);
  process.exit(1);
}

await buildWeb({ ifStale: true });
await buildServer({ ifStale: true });
const server = await startAppServer(SERVER_BUNDLE);

try {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(
        `${server.url}/`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        {
          extends: 'lighthouse:default',
          settings: {
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
            formFactor,
            screenEmulation:
              formFactor === 'desktop'
                ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }
                : {
                    mobile: true,
                    width: 412,
                    height: 823,
                    deviceScaleFactor: 1.75,
                    disabled: false,
                  },
            ...(formFactor === 'desktop'
              ? {
                  throttling: {
                    rttMs: 40,
                    throughputKbps: 10240,
                    cpuSlowdownMultiplier: 1,
                    requestLatencyMs: 0,
                    downloadThroughputKbps: 0,
                    uploadThroughputKbps: 0,
                  },
                }
              : {}),
          },
        },
      );
      const lhr = result?.lhr;
      if (lhr === undefined) throw new Error('Lighthouse returned no result');
      const score = (id: string) => lhr.categories[id]?.score?.toFixed(2) ?? 'n/a';
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? 'n/a';
      console.log(
        `lighthouse ${formFactor.padEnd(7)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  | FCP ${metric('first-contentful-paint')}  LCP ${metric('largest-contentful-paint')}  TBT ${metric('total-blocking-time')}  CLS ${metric('cumulative-layout-shift')}`,
      );
      const failing = Object.values(lhr.audits).filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      );
      for (const audit of failing) console.log(`  not passing: ${audit.id} (${audit.title})`);
    }
  } finally {
    chrome.kill();
  }

  // Time to the first beat: navigation start to the opening beat's first paint, fresh visitor
  // each run. The paint time is the browser's own (Element Timing: the beats carry
  // `elementtiming`); the time the test's poll first saw the beat in the page is printed beside
  // it, since it adds the poll's own lag (a frame or more, and the wait for the load event).
  const browser = await launchChromium();
  const painted: number[] = [];
  const polled: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      new PerformanceObserver((list) => {
        const beat = list
          .getEntries()
          .find(
            (entry) => (entry as PerformanceEntry & { identifier: string }).identifier === 'beat',
          );
        if (beat !== undefined && !('beatPainted' in window))
          Object.assign(window, {
            beatPainted: (beat as PerformanceEntry & { renderTime: number }).renderTime,
          });
      }).observe({ type: 'element', buffered: true });
    });
    await page.goto(`${server.url}/`);
    const seen = await page.waitForFunction(() =>
      document.querySelector('[role="log"] .beat') === null ? false : performance.now(),
    );
    polled.push((await seen.jsonValue()) as number);
    const paint = await page.waitForFunction(() =>
      'beatPainted' in window ? (window.beatPainted as number) : false,
    );
    painted.push((await paint.jsonValue()) as number);
    await context.close();
  }
  await browser.close();
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  console.log(
    `first beat on screen (painted): median ${median(painted).toFixed(0)} ms over ${runs} fresh visits (min ${Math.min(...painted).toFixed(0)}, max ${Math.max(...painted).toFixed(0)}); target < 200 ms`,
  );
  console.log(
    `first beat seen by the test's poll: median ${median(polled).toFixed(0)} ms (min ${Math.min(...polled).toFixed(0)}, max ${Math.max(...polled).toFixed(0)}); load average ${loadavg()[0]?.toFixed(2)}`,
  );
} finally {
  await server.stop();
}
