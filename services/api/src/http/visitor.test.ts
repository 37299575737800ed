import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { visitor } from './visitor';

function appTrusting(trustProxy: boolean) {
  return new Hono()
    .use(
      '*',
      visitor(() => '3f2b8c1e-0a4d-4c8e-9b1f-5d6e7f8a9b0c', { trustProxy }),
    )
    .get('/api/here', (context) => context.text('ok'));
}

async function cookieFor(trustProxy: boolean, url: string, headers: Record<string, string> = {}) {
  const response = await appTrusting(trustProxy).request(url, { headers });
  return response.headers.get('set-cookie') ?? '';
}

describe('the visitor cookie', () => {
  it('is Secure over HTTPS, and not over plain HTTP', async () => {
    expect(await cookieFor(false, 'https://liminal.example/api/here')).toContain('Secure');
    expect(await cookieFor(false, 'http://127.0.0.1/api/here')).not.toContain('Secure');
  });

  it('believes a forwarded protocol only from a trusted proxy', async () => {
    const forwarded = { 'x-forwarded-proto': 'https' };
    expect(await cookieFor(false, 'http://127.0.0.1/api/here', forwarded)).not.toContain('Secure');
    expect(await cookieFor(true, 'http://127.0.0.1/api/here', forwarded)).toContain('Secure');
    // A chain: only the last protocol, added by the trusted proxy, counts.
    const chain = { 'x-forwarded-proto': 'https, http' };
    expect(await cookieFor(true, 'http://127.0.0.1/api/here', chain)).not.toContain('Secure');
  });
});
