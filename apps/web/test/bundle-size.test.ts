/**
 * The build-size budget: the JavaScript and CSS the first page load needs stay at or under
 * 30 KB gzip (the reader may be on a phone on a train).
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../services/api/src/http/security-headers';
import { buildWebApp } from './build-web';

export const INITIAL_BUDGET_BYTES = 30 * 1024;

/** Files the HTML loads up front: module scripts, modulepreloads and stylesheets. */
export function initialAssets(html: string): string[] {
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"]+\.(?:js|css))"/gu;
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

let outDir: string;
beforeAll(async () => {
  outDir = await buildWebApp();
}, 60_000);
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('the initial download', () => {
  it('loads at least one script and one stylesheet, all fingerprinted', () => {
    const assets = initialAssets(readFileSync(join(outDir, 'index.html'), 'utf8'));
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) expect(asset).toMatch(/-[\w-]{8,}\.(js|css)$/u);
  });

  it('stays within 30 KB gzip for JS and CSS together', () => {
    const assets = initialAssets(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const gzipped = assets.reduce(
      (total, asset) => total + gzipSync(readFileSync(join(outDir, asset))).length,
      0,
    );
    console.log(`initial JS+CSS: ${(gzipped / 1024).toFixed(1)} KB gzip of 30 KB`);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES);
  });

  it.each([
    ['index.html', 1],
    ['insights.html', 0],
  ])(
    'has no inline styles, and no inline script the CSP does not name by its hash, so it needs no unsafe-inline (%s)',
    (page, scripts) => {
      const html = readFileSync(join(outDir, page), 'utf8');
      // As built: Vite keeps the one inline script (index.html's early opening) byte for byte.
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)];
      expect(inline).toHaveLength(scripts);
      for (const [, code = ''] of inline) {
        const hash = createHash('sha256').update(code).digest('base64');
        expect(CONTENT_SECURITY_POLICY).toContain(`'sha256-${hash}'`);
      }
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
      expect(html).not.toMatch(/<style\b/u);
      expect(html).not.toMatch(/\sstyle="/u);
    },
  );

  it('shares nothing with the insights page: its code and chart library load only there', () => {
    const reader = initialAssets(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const insights = initialAssets(readFileSync(join(outDir, 'insights.html'), 'utf8'));
    expect(insights.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(insights.filter((asset) => reader.includes(asset))).toEqual([]);
    const readerCode = reader.map((asset) => readFileSync(join(outDir, asset), 'utf8')).join('');
    // uPlot's class names and the page's own heading.
    expect(readerCode).not.toMatch(/u-over|Provider attempts/u);
    const insightsCode = insights.map((asset) => readFileSync(join(outDir, asset), 'utf8'));
    expect(insightsCode.join('')).toMatch(/u-over/u);
  });
});
