/**
 * `tsx scripts/release/cli.ts <command> [options]`: the release steps deploy.sh and rollback.sh
 * run (and an operator can run by hand). Every failure is one line on stderr and exit code 1.
 *
 *   keep-lambda --artifacts A --version V [--dir dist/lambda]   keep the Lambda zips
 *   keep-web    --bucket B --version V [--dir apps/web/dist]     keep the web build
 *   verify      --bucket B --version V [--artifacts A]           check a kept release (and its
 *                                                                Lambda zips, with --artifacts)
 *   go-live     --bucket B --distribution D --version V [--url U] [--drain-seconds N]
 *   current     --bucket B                                       print the live version
 *   smoke       [URL]                                            the smoke test alone
 *                                       (default SMOKE_URL, else the local server)
 *
 * AWS_ENDPOINT_URL points the clients at an emulator; RELEASE_SMOKE_DELAY_MS (default 5000)
 * is the pause before the smoke test's second attempt (twice that before its third).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { S3Client } from '@aws-sdk/client-s3';
import { keepArtifacts, LAMBDA_ZIPS, verifyArtifacts } from './artifacts';
import { bucketOf } from './bucket';
import { cloudFrontCdn } from './cdn';
import { manifestOf } from './manifest';
import { goLive, keepRelease, readRecord, verifyRelease } from './releases';
import { smokeCheck } from './smoke-check';

const endpoint = process.env['AWS_ENDPOINT_URL'] || undefined;
const s3 = (region?: string) =>
  new S3Client({
    ...(region === undefined ? {} : { region }),
    ...(endpoint === undefined ? {} : { endpoint, forcePathStyle: true }),
    followRegionRedirects: true,
  });

const log = (message: string) => {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
};

/** The us-east-1 copy of the artifacts bucket, where the edge functions' zips are kept. */
const edgeArtifacts = (artifacts: string) => bucketOf(s3('us-east-1'), `${artifacts}-us-east-1`);

function option(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (value === undefined || value === '') throw new Error(`--${name} is required`);
  return value;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      bucket: { type: 'string' },
      artifacts: { type: 'string' },
      distribution: { type: 'string' },
      version: { type: 'string' },
      dir: { type: 'string' },
      url: { type: 'string' },
      'drain-seconds': { type: 'string' },
    },
  });
  const [command, argument] = positionals;
  switch (command) {
    case 'keep-lambda': {
      const version = option(values, 'version');
      const artifacts = option(values, 'artifacts');
      const dir = values.dir ?? 'dist/lambda';
      const zip = (name: string) => ({ name, bytes: readFileSync(join(dir, name)) });
      const kept = [
        ...(await keepArtifacts(bucketOf(s3(), artifacts), version, LAMBDA_ZIPS.regional.map(zip))),
        ...(await keepArtifacts(edgeArtifacts(artifacts), version, LAMBDA_ZIPS.edge.map(zip))),
      ];
      log(
        `Lambda zips of ${version}: ${kept.length === 0 ? 'already kept' : `kept ${kept.length}`}`,
      );
      return;
    }
    case 'keep-web': {
      const version = option(values, 'version');
      const dir = values.dir ?? 'apps/web/dist';
      const result = await keepRelease(
        bucketOf(s3(), option(values, 'bucket')),
        manifestOf(dir, version),
        (path) => readFileSync(join(dir, path)),
      );
      log(`web release ${version}: ${result}`);
      return;
    }
    case 'verify': {
      const version = option(values, 'version');
      const manifest = await verifyRelease(bucketOf(s3(), option(values, 'bucket')), version);
      const artifacts = values.artifacts;
      if (artifacts !== undefined && artifacts !== '') {
        await verifyArtifacts(bucketOf(s3(), artifacts), version, LAMBDA_ZIPS.regional);
        await verifyArtifacts(edgeArtifacts(artifacts), version, LAMBDA_ZIPS.edge);
      }
      const zips = artifacts === undefined || artifacts === '' ? '' : ' and its Lambda zips';
      log(`release ${manifest.version} is whole: ${manifest.files.length} files${zips}`);
      return;
    }
    case 'go-live': {
      const url = values.url;
      const record = await goLive({
        bucket: bucketOf(s3(), option(values, 'bucket')),
        cdn: cloudFrontCdn(
          new CloudFrontClient({ ...(endpoint === undefined ? {} : { endpoint }) }),
          option(values, 'distribution'),
          { pollMs: endpoint === undefined ? 10_000 : 100 },
        ),
        version: option(values, 'version'),
        ...(url === undefined
          ? {}
          : {
              smoke: () =>
                smokeCheck(url, { delayMs: Number(process.env['RELEASE_SMOKE_DELAY_MS'] ?? 5000) }),
            }),
        drainMs: Number(values['drain-seconds'] ?? '60') * 1000,
        log,
      });
      log(`${record.live ?? ''} is live (previous: ${record.previous ?? 'none'})`);
      return;
    }
    case 'current': {
      const record = await readRecord(bucketOf(s3(), option(values, 'bucket')));
      console.log(record?.live ?? '');
      return;
    }
    case 'smoke': {
      const site = argument ?? (process.env['SMOKE_URL'] || 'http://127.0.0.1:8787');
      await smokeCheck(site);
      log(`smoke test passed: ${site}`);
      return;
    }
    default:
      throw new Error(
        'usage: cli.ts <keep-lambda|keep-web|verify|go-live|current|smoke> [options] (see the file header)',
      );
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(
    `error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
  );
  process.exit(1);
});
