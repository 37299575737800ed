/**
 * Web releases on moto_server's S3: kept whole and immutable, verified before they go live,
 * the live site made exactly the release (stale files removed), and every failure point after
 * the site starts to change undone, with the record telling the truth afterwards. The smoke
 * test runs against the real local server standing in for CloudFront.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../services/api/src/node/test-server';
import { startTestServer } from '../../services/api/src/node/test-server';
import type { Moto } from '../../services/api/src/testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../../services/api/src/testing/moto';
import { titled } from '../../services/api/src/testing/tools';
import { keepArtifacts, verifyArtifacts } from './artifacts';
import type { Bucket } from './bucket';
import { bucketOf } from './bucket';
import type { Manifest } from './manifest';
import { IMMUTABLE, REVALIDATE, manifestOf, sha256 } from './manifest';
import type { Cdn, GoLiveOptions } from './releases';
import { RECORD, goLive, keepRelease, readRecord } from './releases';
import { smokeCheck } from './smoke-check';

const work = mkdtempSync(join(tmpdir(), 'liminal-release-'));

/** A web build: index.html loading its fingerprinted script, plus `extra` files. */
function build(version: string, extra: Record<string, string> = {}): string {
  const directory = join(work, `build-${version}-${Object.keys(extra).join('-')}`);
  mkdirSync(join(directory, 'assets'), { recursive: true });
  writeFileSync(
    join(directory, 'index.html'),
    `<!doctype html><title>${version}</title><div id="root"></div><script type="module" src="/assets/index-${version}.js"></script>`,
  );
  writeFileSync(
    join(directory, 'assets', `index-${version}.js`),
    `console.log(${JSON.stringify(version)});`,
  );
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(directory, path, '..'), { recursive: true });
    writeFileSync(join(directory, path), text);
  }
  return directory;
}

async function keep(bucket: Bucket, version: string, extra: Record<string, string> = {}) {
  const directory = build(version, extra);
  const manifest = manifestOf(directory, version);
  await keepRelease(bucket, manifest, (path) => readFileSync(join(directory, path)));
  return manifest;
}

/** What readers get: every live key (outside releases/) with its text. */
async function liveSite(bucket: Bucket): Promise<Record<string, string>> {
  const keys = (await bucket.keys()).filter((key) => !key.startsWith('releases/')).sort();
  const site: Record<string, string> = {};
  for (const key of keys) site[key] = (await bucket.text(key)) ?? '';
  return site;
}

/** The site a release should make: its files, at the root, with their bytes. */
function siteOf(manifest: Manifest, directory: string): Record<string, string> {
  return Object.fromEntries(
    manifest.files.map((file) => [file.path, readFileSync(join(directory, file.path), 'utf8')]),
  );
}

const NO_CDN: Cdn = { invalidateAll: async () => {} };

describe.skipIf(!HAS_MOTO)(
  titled('web releases on moto_server', HAS_MOTO, 'moto_server is not installed'),
  () => {
    let moto: Moto;
    let client: S3Client;
    let counter = 0;

    /** A fresh bucket per test, so each starts from nothing. */
    async function freshBucket(): Promise<Bucket> {
      counter += 1;
      const name = `liminal-release-${counter}`;
      await client.send(new CreateBucketCommand({ Bucket: name }));
      return bucketOf(client, name);
    }

    async function liveWith(bucket: Bucket, ...versions: [string, Record<string, string>][]) {
      for (const [version, extra] of versions) {
        await keep(bucket, version, extra);
        await goLive({ bucket, cdn: NO_CDN, version });
      }
    }

    beforeAll(async () => {
      moto = await startMoto();
      client = new S3Client({ ...MOTO_CLIENT, endpoint: moto.endpoint, forcePathStyle: true });
    }, 60_000);

    afterAll(async () => {
      await moto.stop();
      rmSync(work, { recursive: true, force: true });
    });

    it('keeps a release whole and immutable: the same bytes again are a no-op, different bytes are refused', async () => {
      const bucket = await freshBucket();
      const directory = build('1.0.0');
      const manifest = manifestOf(directory, '1.0.0');
      const read = (path: string) => readFileSync(join(directory, path));
      expect(await keepRelease(bucket, manifest, read)).toBe('kept');
      expect(await keepRelease(bucket, manifest, read)).toBe('already kept');
      const changed = build('1.0.0', { 'robots.txt': 'User-agent: *' });
      await expect(
        keepRelease(bucket, manifestOf(changed, '1.0.0'), (path) =>
          readFileSync(join(changed, path)),
        ),
      ).rejects.toThrow('release 1.0.0 is already kept with different files');
      expect(await bucket.text('releases/1.0.0/robots.txt')).toBeUndefined();
    });

    it('goes live as exactly the release, with its cache headers, and records it', async () => {
      const bucket = await freshBucket();
      await liveWith(bucket, ['1.0.0', { 'favicon.svg': '<svg/>' }]);
      const next = await keep(bucket, '1.1.0', { 'sw.js': 'self.skipWaiting()' });
      const record = await goLive({ bucket, cdn: NO_CDN, version: '1.1.0' });
      expect(await liveSite(bucket)).toEqual(
        siteOf(next, build('1.1.0', { 'sw.js': 'self.skipWaiting()' })),
      );
      expect(record).toMatchObject({ live: '1.1.0', previous: '1.0.0', state: 'live' });
      expect(await readRecord(bucket)).toEqual(record);
      const head = async (key: string) =>
        client.send(new HeadObjectCommand({ Bucket: bucket.name, Key: key }));
      expect((await head('assets/index-1.1.0.js')).CacheControl).toBe(IMMUTABLE);
      expect((await head('index.html')).CacheControl).toBe(REVALIDATE);
      expect((await head('index.html')).ContentType).toBe('text/html; charset=utf-8');
    });

    it('rolls back to exactly the earlier release, removing what the later one added', async () => {
      const bucket = await freshBucket();
      await liveWith(bucket, ['1.0.0', {}], ['1.1.0', { 'sw.js': 'self.skipWaiting()' }]);
      const record = await goLive({ bucket, cdn: NO_CDN, version: '1.0.0' });
      expect(Object.keys(await liveSite(bucket)).sort()).toEqual([
        'assets/index-1.0.0.js',
        'index.html',
      ]);
      expect(record).toMatchObject({ live: '1.0.0', previous: '1.1.0', state: 'live' });
    });

    it('refuses, changing nothing, a release that is not whole: index.html alone, an altered file, one never kept', async () => {
      const bucket = await freshBucket();
      await liveWith(bucket, ['1.0.0', {}]);
      const before = await liveSite(bucket);
      const recordBefore = await bucket.text(RECORD);
      // Only index.html, which loads a script the release does not hold.
      const html = '<!doctype html><script src="/assets/index-2.0.0.js"></script>';
      await bucket.put('releases/2.0.0/index.html', html, {
        contentType: 'text/html',
        cacheControl: 'no-cache',
      });
      await bucket.put(
        'releases/2.0.0/manifest.json',
        JSON.stringify({
          version: '2.0.0',
          files: [
            {
              path: 'index.html',
              sha256: sha256(new TextEncoder().encode(html)),
              size: html.length,
              contentType: 'text/html',
              cacheControl: 'no-cache',
            },
          ],
        }),
        { contentType: 'application/json', cacheControl: 'no-store' },
      );
      await expect(goLive({ bucket, cdn: NO_CDN, version: '2.0.0' })).rejects.toThrow(
        'index.html loads files the release lacks: assets/index-2.0.0.js',
      );
      await keep(bucket, '2.1.0');
      await bucket.put('releases/2.1.0/assets/index-2.1.0.js', 'tampered', {
        contentType: 'text/javascript',
        cacheControl: IMMUTABLE,
      });
      await expect(goLive({ bucket, cdn: NO_CDN, version: '2.1.0' })).rejects.toThrow(
        'assets/index-2.1.0.js has changed',
      );
      await expect(goLive({ bucket, cdn: NO_CDN, version: '9.9.9' })).rejects.toThrow(
        'release 9.9.9 is not kept',
      );
      expect(await liveSite(bucket)).toEqual(before);
      expect(await bucket.text(RECORD)).toBe(recordBefore);
    });

    /** Fails the first time the step is reached (the rollback passes it again). */
    const failOnce = (at: string, message: string) => {
      let failed = false;
      return (step: string) => {
        if (step === at && !failed) {
          failed = true;
          throw new Error(message);
        }
      };
    };
    const failures: [string, (options: GoLiveOptions) => GoLiveOptions][] = [
      [
        'after index.html is published',
        (options) => ({
          ...options,
          afterStep: failOnce('published', 'the network went'),
        }),
      ],
      [
        'in the CDN invalidation',
        (options) => {
          let calls = 0;
          return {
            ...options,
            cdn: {
              invalidateAll: () => {
                calls += 1;
                return calls === 1
                  ? Promise.reject(new Error('CloudFront refused the invalidation'))
                  : Promise.resolve();
              },
            },
          };
        },
      ],
      [
        'in the smoke test',
        (options) => ({
          ...options,
          smoke: () =>
            Promise.reject(new Error('smoke test failed: /api/health answered 502, not 200')),
        }),
      ],
      [
        'while removing stale files',
        (options) => ({
          ...options,
          afterStep: failOnce('stale-removed', 'the disk went'),
        }),
      ],
    ];

    it.each(failures)(
      'puts the previous release back, exactly, after a failure %s',
      async (_, inject) => {
        const bucket = await freshBucket();
        await liveWith(bucket, ['1.0.0', { 'favicon.svg': '<svg/>' }]);
        const before = await liveSite(bucket);
        await keep(bucket, '1.1.0', { 'sw.js': 'self.skipWaiting()' });
        await expect(goLive(inject({ bucket, cdn: NO_CDN, version: '1.1.0' }))).rejects.toThrow(
          /^release 1\.1\.0 failed to go live \(.+\); 1\.0\.0 is live again$/u,
        );
        expect(await liveSite(bucket)).toEqual(before);
        expect(await readRecord(bucket)).toMatchObject({
          live: '1.0.0',
          state: 'live',
          target: '1.1.0',
        });
      },
    );

    it('records a failed first release as failed, with nothing live to return to', async () => {
      const bucket = await freshBucket();
      await keep(bucket, '1.0.0');
      await expect(
        goLive({
          bucket,
          cdn: NO_CDN,
          version: '1.0.0',
          smoke: () => Promise.reject(new Error('down')),
        }),
      ).rejects.toThrow('nothing to roll back to');
      expect(await readRecord(bucket)).toMatchObject({
        live: null,
        state: 'failed',
        target: '1.0.0',
        reason: 'down',
      });
    });

    it('keeps Lambda zips immutable by their hash', async () => {
      const bucket = await freshBucket();
      const zip = { name: 'api.zip', bytes: new TextEncoder().encode('zip one') };
      expect(await keepArtifacts(bucket, '1.0.0', [zip])).toEqual(['lambda/1.0.0/api.zip']);
      expect(await keepArtifacts(bucket, '1.0.0', [zip])).toEqual([]);
      await expect(
        keepArtifacts(bucket, '1.0.0', [{ ...zip, bytes: new TextEncoder().encode('zip two') }]),
      ).rejects.toThrow('lambda/1.0.0/api.zip is already kept with different bytes');
    });

    it('verifies that a release keeps each of its Lambda zips', async () => {
      const bucket = await freshBucket();
      const zip = { name: 'api.zip', bytes: new TextEncoder().encode('zip one') };
      await keepArtifacts(bucket, '1.0.0', [zip]);
      await expect(verifyArtifacts(bucket, '1.0.0', ['api.zip'])).resolves.toBeUndefined();
      await expect(
        verifyArtifacts(bucket, '1.0.0', ['api.zip', 'edge-router.zip']),
      ).rejects.toThrow('release 1.0.0 cannot go live: lambda/1.0.0/edge-router.zip is missing');
      await bucket.put('lambda/1.0.0/api.zip', new TextEncoder().encode('zip two'), {
        contentType: 'application/zip',
        cacheControl: 'no-store',
        metadata: { sha256: 'not-the-hash' },
      });
      await expect(verifyArtifacts(bucket, '1.0.0', ['api.zip'])).rejects.toThrow(
        'lambda/1.0.0/api.zip has changed',
      );
    });
  },
);

describe('the smoke test', () => {
  let server: TestServer;
  let broken: TestServer;

  beforeAll(async () => {
    // The real local server, serving a web build and the API as CloudFront would.
    server = await startTestServer({ WEB_ROOT: build('3.0.0') });
    broken = await startTestServer({ WEB_ROOT: join(work, 'no-such-build') });
  }, 60_000);

  afterAll(async () => {
    await server.close();
    await broken.close();
  });

  it('loads the web app and its files, starts a journey and answers one question', async () => {
    await expect(smokeCheck(server.url, { attempts: 1 })).resolves.toBeUndefined();
  });

  it('fails, saying what, when the web app is missing', async () => {
    await expect(smokeCheck(broken.url, { attempts: 2, delayMs: 10 })).rejects.toThrow(
      /^smoke test failed: the web app answered \d+, not 200$/u,
    );
  });
});
