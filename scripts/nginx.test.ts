/**
 * nginx.conf for real: Debian's nginx on loopback with the project's config (paths and ports
 * rewritten for the test), serving the built app in front of a running API server.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebApp } from '../apps/web/test/build-web';
import type { TestServer } from '../services/api/src/node/test-server';
import { startTestServer } from '../services/api/src/node/test-server';
import { freePort, titled } from '../services/api/src/testing/tools';

const NGINX =
  spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')[0] ?? '';
const HAS_NGINX = NGINX !== '';

describe.skipIf(!HAS_NGINX)(
  titled('nginx.conf in front of the app', HAS_NGINX, 'nginx is not installed'),
  () => {
    let web: string;
    let api: TestServer;
    let nginx: ChildProcess;
    let base: string;
    const work = mkdtempSync(join(tmpdir(), 'liminal-nginx-'));

    beforeAll(async () => {
      web = await buildWebApp();
      // nginx's workers drop root; the temporary build directory must be readable to them.
      chmodSync(web, 0o755);
      api = await startTestServer();
      const port = await freePort();
      const apiPort = new URL(api.url).port;
      const config = readFileSync(join(import.meta.dirname, '..', 'nginx.conf'), 'utf8')
        .replace('listen 8080;', `listen 127.0.0.1:${port};`)
        .replace('server app:8787;', `server 127.0.0.1:${apiPort};`)
        .replace('root /usr/share/nginx/html;', `root ${web};`)
        .replace('pid /tmp/nginx.pid;', `pid ${join(work, 'nginx.pid')};`)
        .replaceAll('/tmp/nginx-', `${work}/nginx-`)
        .replace('include /etc/nginx/liminal/listen-*.conf;', '');
      writeFileSync(join(work, 'nginx.conf'), config);
      nginx = spawn(NGINX, ['-c', join(work, 'nginx.conf'), '-p', work, '-g', 'daemon off;'], {
        stdio: 'ignore',
      });
      base = `http://127.0.0.1:${port}`;
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          await fetch(`${base}/`);
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      throw new Error('nginx did not start');
    }, 60_000);

    afterAll(async () => {
      nginx.kill('SIGTERM');
      await api.close();
      rmSync(web, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    });

    const expectSecurityHeaders = (headers: Headers) => {
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    };

    it('serves index.html revalidated, with the security headers', async () => {
      const response = await fetch(`${base}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(response.headers);
    });

    it('falls back to the app for client-side paths', async () => {
      const response = await fetch(`${base}/journeys/somewhere/deep`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app">');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    });

    it('caches fingerprinted assets for a year, compressed, security headers kept', async () => {
      const html = await (await fetch(`${base}/`)).text();
      const script = /src="(\/assets\/[^"]+\.js)"/u.exec(html)?.[1] ?? '';
      const response = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('max-age=31536000');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expectSecurityHeaders(response.headers);
      expect((await fetch(`${base}/assets/missing-0000.js`)).status).toBe(404);
    });

    it('proxies /api to the running app, with each security header once', async () => {
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      expectSecurityHeaders(health.headers);
      expect(health.headers.get('x-content-type-options')).toBe('nosniff');
      const started = await fetch(`${base}/api/journeys`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ seed: 'through nginx' }),
      });
      expect(started.status).toBe(201);
      expect(((await started.json()) as { journey: { seed: string } }).journey.seed).toBe(
        'through nginx',
      );
    });
  },
);
