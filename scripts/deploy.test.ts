/**
 * deploy.sh and rollback.sh against moto_server (S3, CloudFront), with the Terraform step
 * skipped by its flag (providers cannot be downloaded here): upload order and cache headers,
 * the invalidation, releases kept for rollback, a real rollback, and the refusals.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFrontClient,
  CreateDistributionCommand,
  ListInvalidationsCommand,
} from '@aws-sdk/client-cloudfront';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moto } from '../services/api/src/testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../services/api/src/testing/moto';
import { hasCommand } from '../services/api/src/testing/tools';

const HAS_AWS_CLI = hasCommand('aws');
const WEB = 'liminal-test-web';
const ARTIFACTS = 'liminal-test-artifacts';

describe.skipIf(!HAS_MOTO || !HAS_AWS_CLI)(
  'deploy.sh and rollback.sh on moto_server (skipped: needs moto_server and the AWS CLI)',
  () => {
    let moto: Moto;
    let s3: S3Client;
    let cloudfront: CloudFrontClient;
    let distribution = '';
    const work = mkdtempSync(join(tmpdir(), 'liminal-deploy-'));

    beforeAll(async () => {
      moto = await startMoto();
      s3 = new S3Client({ ...MOTO_CLIENT, endpoint: moto.endpoint, forcePathStyle: true });
      cloudfront = new CloudFrontClient({ ...MOTO_CLIENT, endpoint: moto.endpoint });
      for (const bucket of [WEB, ARTIFACTS, `${ARTIFACTS}-us-east-1`])
        await s3.send(new CreateBucketCommand({ Bucket: bucket }));
      const created = await cloudfront.send(
        new CreateDistributionCommand({
          DistributionConfig: {
            CallerReference: 'deploy-test',
            Comment: 'deploy test',
            Enabled: true,
            Origins: {
              Quantity: 1,
              Items: [
                {
                  Id: 'web',
                  DomainName: `${WEB}.s3.amazonaws.com`,
                  S3OriginConfig: { OriginAccessIdentity: '' },
                },
              ],
            },
            DefaultCacheBehavior: {
              TargetOriginId: 'web',
              ViewerProtocolPolicy: 'redirect-to-https',
              MinTTL: 0,
              ForwardedValues: { QueryString: false, Cookies: { Forward: 'none' } },
              TrustedSigners: { Enabled: false, Quantity: 0 },
            },
          },
        }),
      );
      distribution = created.Distribution?.Id ?? '';
      mkdirSync(join(work, 'lambda'));
      for (const name of ['ai-handler', 'edge-router', 'ai-router'])
        writeFileSync(join(work, 'lambda', `${name}.zip`), `zip of ${name}`);
    }, 60_000);

    afterAll(async () => {
      await moto.stop();
      rmSync(work, { recursive: true, force: true });
    });

    function webBuild(version: string): string {
      const directory = join(work, `web-${version}`);
      mkdirSync(join(directory, 'assets'), { recursive: true });
      writeFileSync(
        join(directory, 'index.html'),
        `<!doctype html><title>${version}</title><script src="/assets/index-${version}.js"></script>`,
      );
      writeFileSync(join(directory, 'assets', `index-${version}.js`), `console.log("${version}")`);
      writeFileSync(join(directory, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      return directory;
    }

    function run(script: string, args: string[], extra: Record<string, string> = {}) {
      return spawnSync('bash', [script, ...args], {
        encoding: 'utf8',
        input: '',
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: 'testing',
          AWS_SECRET_ACCESS_KEY: 'testing',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_ENDPOINT_URL: moto.endpoint,
          LAMBDA_DIST: join(work, 'lambda'),
          ...extra,
        },
      });
    }

    const common = () => [
      '--skip-terraform',
      '--skip-build',
      '--skip-smoke',
      '--bucket',
      WEB,
      '--distribution',
      distribution,
      '--artifacts',
      ARTIFACTS,
    ];
    const text = async (key: string) =>
      (await (
        await s3.send(new GetObjectCommand({ Bucket: WEB, Key: key }))
      ).Body?.transformToString()) ?? '';
    const cacheControl = async (key: string) =>
      (await s3.send(new HeadObjectCommand({ Bucket: WEB, Key: key }))).CacheControl;
    const invalidations = async () =>
      (await cloudfront.send(new ListInvalidationsCommand({ DistributionId: distribution })))
        .InvalidationList?.Quantity ?? 0;

    it('uploads assets first with immutable caching and index.html last with no-cache, then invalidates', async () => {
      const result = run('scripts/deploy.sh', ['dev', '--version', '1.0.0', ...common()], {
        WEB_DIST: webBuild('1.0.0'),
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const lines = result.stdout.split('\n');
      const assetsAt = lines.findIndex((line) => line.includes('publish assets/'));
      const indexAt = lines.findIndex((line) => line.includes('publish index.html'));
      expect(assetsAt).toBeGreaterThanOrEqual(0);
      expect(indexAt).toBeGreaterThan(assetsAt);
      expect(await cacheControl('assets/index-1.0.0.js')).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(await cacheControl('index.html')).toBe('no-cache');
      expect(await text('index.html')).toContain('1.0.0');
      expect(await text('releases/1.0.0/index.html')).toContain('1.0.0');
      const zip = await s3.send(
        new HeadObjectCommand({ Bucket: ARTIFACTS, Key: 'lambda/1.0.0/ai-handler.zip' }),
      );
      expect(zip.ContentLength).toBeGreaterThan(0);
      await s3.send(
        new HeadObjectCommand({
          Bucket: `${ARTIFACTS}-us-east-1`,
          Key: 'lambda/1.0.0/edge-router.zip',
        }),
      );
      expect(await invalidations()).toBe(1);
    });

    it('rolls back to a kept release for real', async () => {
      const next = run('scripts/deploy.sh', ['dev', '--version', '1.0.1', ...common()], {
        WEB_DIST: webBuild('1.0.1'),
      });
      expect(next.status).toBe(0);
      expect(await text('index.html')).toContain('1.0.1');
      const back = run('scripts/rollback.sh', [
        'dev',
        '1.0.0',
        '--skip-terraform',
        '--skip-smoke',
        '--bucket',
        WEB,
        '--distribution',
        distribution,
      ]);
      expect(back.stderr).toBe('');
      expect(back.status).toBe(0);
      expect(await text('index.html')).toContain('1.0.0');
      expect((await text('releases/CURRENT')).trim()).toBe('1.0.0');
      expect(await invalidations()).toBe(3);
    });

    it('refuses to roll back to a release it never kept', () => {
      const result = run('scripts/rollback.sh', [
        'dev',
        '9.9.9',
        '--skip-terraform',
        '--skip-smoke',
        '--bucket',
        WEB,
        '--distribution',
        distribution,
      ]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('release 9.9.9 is not in');
    });

    it('refuses production without confirmation', async () => {
      const before = await invalidations();
      const result = run('scripts/deploy.sh', ['production', '--version', '2.0.0', ...common()], {
        WEB_DIST: webBuild('2.0.0'),
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('refusing to change production without confirmation');
      expect(await invalidations()).toBe(before);
    });

    it('names a missing tool and missing credentials clearly', () => {
      const noAws = run('scripts/deploy.sh', ['dev', ...common()], {
        PATH: '/usr/bin:/bin',
        WEB_DIST: webBuild('1.0.2'),
      });
      expect(noAws.status).not.toBe(0);
      expect(noAws.stderr).toContain('aws is required');
      const noCredentials = run('scripts/deploy.sh', ['dev', ...common()], {
        AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
        WEB_DIST: webBuild('1.0.3'),
      });
      expect(noCredentials.status).not.toBe(0);
      expect(noCredentials.stderr).toContain('no usable AWS credentials');
    });
  },
);
