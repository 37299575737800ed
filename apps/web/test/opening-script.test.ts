/**
 * index.html's one inline script (it asks for a fresh visitor's opening as the page is read) runs
 * only where the Content-Security-Policy names its hash: the app's own header, nginx's and the
 * CloudFront policy's. Changing a character of the script without its hash would leave every
 * fresh visitor waiting for the app's own, later request, with a CSP violation in the console.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  OPENING_SCRIPT_HASH,
} from '../../../services/api/src/http/security-headers';
import { LANGUAGE_CODES } from '../src/i18n/i18n';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

const html = read('../index.html');
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/gu)].map((match) => match[1] ?? '');

describe('the opening asked for as the page is read', () => {
  it('is the one inline script, and every policy names its hash', () => {
    expect(inline).toHaveLength(1);
    const hash = `'sha256-${createHash('sha256')
      .update(inline[0] ?? '')
      .digest('base64')}'`;
    expect(OPENING_SCRIPT_HASH).toBe(hash);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${hash};`);
    expect(read('../../../nginx.conf')).toContain(`script-src 'self' ${hash};`);
    expect(read('../../../terraform/modules/cloudfront/variables.tf')).toContain(
      `script-src 'self' ${hash};`,
    );
  });

  it('asks in the languages the app reads, by the keys the app keeps', () => {
    // The script cannot import them: it repeats them, and this keeps the two the same.
    expect(inline[0]).toContain(
      `var codes = ${JSON.stringify(LANGUAGE_CODES).replace(/"/gu, "'").replace(/,/gu, ', ')};`,
    );
    for (const key of ['liminal.current', 'liminal.language'])
      expect(read('../src/journal.ts')).toContain(`'${key}'`);
  });
});
