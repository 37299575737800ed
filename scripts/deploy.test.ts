/**
 * deploy.sh and rollback.sh end to end against moto_server (S3, CloudFront), with the Terraform
 * step skipped by its flag (scripts/release/releases.test.ts covers each failure point of going
 * live; terraform/tests/terraform.test.ts covers Terraform itself): what a deploy leaves live
 * and records, a real rollback, a failed smoke test undone with one line of reason, and the
 * refusals.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFrontClient,
  CreateDistributionCommand,
  ListInvalidationsCommand,
} from '@aws-sdk/client-cloudfront';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moto } from '../services/api/src/testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../services/api/src/testing/moto';
import { hasCommand, titled } from '../services/api/src/testing/tools';

const HAS_AWS_CLI = hasCommand('aws');
const WEB = 'liminal-test-web';
const ARTIFACTS = 'liminal-test-artifacts';
/** A script run takes 5-15 s on a quiet machine (each AWS CLI call starts Python). */
const SCRIPT_TIMEOUT = 90_000;
const TOOLS_BUT_AWS = [
  'bash',
  'node',
  'git',
  'sed',
  'grep',
  'mktemp',
  'date',
  'dirname',
  'tail',
  'rm',
  'cat',
];

function which(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

describe.skipIf(!HAS_MOTO || !HAS_AWS_CLI)(
  titled(
    'deploy.sh and rollback.sh on moto_server',
    HAS_MOTO && HAS_AWS_CLI,
    'needs moto_server and the AWS CLI',
  ),
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
      for (const name of ['api', 'edge-router', 'origin-signer', 'insights-stream'])
        writeFileSync(join(work, 'lambda', `${name}.zip`), `zip of ${name}`);
    }, 60_000);

    afterAll(async () => {
      await moto.stop();
      rmSync(work, { recursive: true, force: true });
    });

    function webBuild(version: string, extra: Record<string, string> = {}): string {
      const directory = join(work, `web-${version}`);
      mkdirSync(join(directory, 'assets'), { recursive: true });
      writeFileSync(
        join(directory, 'index.html'),
        `<!doctype html><title>${version}</title><script src="/assets/index-${version}.js"></script>`,
      );
      writeFileSync(join(directory, 'assets', `index-${version}.js`), `console.log("${version}")`);
      for (const [path, text] of Object.entries(extra)) writeFileSync(join(directory, path), text);
      return directory;
    }

    function run(script: string, args: string[], extra: Record<string, string> = {}) {
      return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn('bash', [script, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: {
            ...process.env,
            AWS_ACCESS_KEY_ID: 'testing',
            AWS_SECRET_ACCESS_KEY: 'testing',
            AWS_DEFAULT_REGION: 'us-east-1',
            AWS_REGION: 'us-east-1',
            AWS_ENDPOINT_URL: moto.endpoint,
            LAMBDA_DIST: join(work, 'lambda'),
            RELEASE_SMOKE_DELAY_MS: '10',
            ...extra,
          },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (status) => {
          resolve({ status, stdout, stderr });
        });
      });
    }

    const target = () => ['--bucket', WEB, '--distribution', distribution];
    const deployArgs = (version: string) => [
      'dev',
      '--version',
      version,
      '--skip-terraform',
      '--skip-build',
      '--skip-smoke',
      '--drain-seconds',
      '0',
      '--artifacts',
      ARTIFACTS,
      ...target(),
    ];
    const rollbackArgs = (version: string) => [
      'dev',
      version,
      '--skip-terraform',
      '--skip-smoke',
      '--drain-seconds',
      '0',
      '--artifacts',
      ARTIFACTS,
      ...target(),
    ];
    const text = async (key: string) =>
      (await (
        await s3.send(new GetObjectCommand({ Bucket: WEB, Key: key }))
      ).Body?.transformToString()) ?? '';
    const liveKeys = async () =>
      ((await s3.send(new ListObjectsV2Command({ Bucket: WEB }))).Contents ?? [])
        .map((object) => object.Key ?? '')
        .filter((key) => !key.startsWith('releases/'))
        .sort();
    const record = async () => JSON.parse(await text('releases/current.json')) as unknown;
    const invalidations = async () =>
      (await cloudfront.send(new ListInvalidationsCommand({ DistributionId: distribution })))
        .InvalidationList?.Quantity ?? 0;

    it(
      'deploys: the zips kept, the site exactly the release with its cache headers, recorded, invalidated',
      async () => {
        const result = await run('scripts/deploy.sh', deployArgs('1.0.0'), {
          WEB_DIST: webBuild('1.0.0', { 'favicon.svg': '<svg/>' }),
        });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(await liveKeys()).toEqual(['assets/index-1.0.0.js', 'favicon.svg', 'index.html']);
        const head = (key: string) => s3.send(new HeadObjectCommand({ Bucket: WEB, Key: key }));
        expect((await head('assets/index-1.0.0.js')).CacheControl).toBe(
          'public, max-age=31536000, immutable',
        );
        expect((await head('index.html')).CacheControl).toBe('no-cache');
        expect(await record()).toMatchObject({ live: '1.0.0', state: 'live' });
        const zip = await s3.send(
          new HeadObjectCommand({ Bucket: ARTIFACTS, Key: 'lambda/1.0.0/api.zip' }),
        );
        expect(zip.ContentLength).toBeGreaterThan(0);
        await s3.send(
          new HeadObjectCommand({
            Bucket: `${ARTIFACTS}-us-east-1`,
            Key: 'lambda/1.0.0/edge-router.zip',
          }),
        );
        expect(await invalidations()).toBe(1);
      },
      SCRIPT_TIMEOUT,
    );

    it(
      'deploys the next release, then rolls back for real: the files the next one added are gone',
      async () => {
        const next = await run('scripts/deploy.sh', deployArgs('1.0.1'), {
          WEB_DIST: webBuild('1.0.1', { 'sw.js': 'self.skipWaiting()' }),
        });
        expect(next.status).toBe(0);
        expect(await liveKeys()).toEqual(['assets/index-1.0.1.js', 'index.html', 'sw.js']);
        const back = await run('scripts/rollback.sh', rollbackArgs('1.0.0'));
        expect(back.stderr).toBe('');
        expect(back.status).toBe(0);
        expect(await liveKeys()).toEqual(['assets/index-1.0.0.js', 'favicon.svg', 'index.html']);
        expect(await text('index.html')).toContain('1.0.0');
        expect(await record()).toMatchObject({ live: '1.0.0', previous: '1.0.1', state: 'live' });
      },
      SCRIPT_TIMEOUT * 2,
    );

    it(
      'undoes a deploy whose smoke test fails, saying why in one line',
      async () => {
        const args = deployArgs('1.0.2').filter((arg) => arg !== '--skip-smoke');
        const result = await run('scripts/deploy.sh', [...args, '--url', 'http://127.0.0.1:9'], {
          WEB_DIST: webBuild('1.0.2'),
        });
        expect(result.status).toBe(1);
        expect(result.stderr.trim().split('\n')).toEqual([
          expect.stringMatching(
            /^error: deploy of 1\.0\.2 failed: release 1\.0\.2 failed to go live \(smoke test failed: .+\); 1\.0\.0 is live again$/u,
          ),
        ]);
        expect(await liveKeys()).toEqual(['assets/index-1.0.0.js', 'favicon.svg', 'index.html']);
        expect(await record()).toMatchObject({ live: '1.0.0', state: 'live', target: '1.0.2' });
      },
      SCRIPT_TIMEOUT,
    );

    it(
      'refuses to roll back to a release it never kept, or to deploy new bytes as a kept version',
      async () => {
        const before = await liveKeys();
        const missing = await run('scripts/rollback.sh', rollbackArgs('9.9.9'));
        expect(missing.status).toBe(1);
        expect(missing.stderr).toContain(
          'rollback to 9.9.9 refused; nothing changed: release 9.9.9 is not kept',
        );
        // A release whose web files are whole but one of whose functions' zips is gone.
        await s3.send(
          new DeleteObjectCommand({
            Bucket: `${ARTIFACTS}-us-east-1`,
            Key: 'lambda/1.0.2/origin-signer.zip',
          }),
        );
        const noZip = await run('scripts/rollback.sh', rollbackArgs('1.0.2'));
        expect(noZip.status).toBe(1);
        expect(noZip.stderr).toContain('lambda/1.0.2/origin-signer.zip is missing');
        const again = await run('scripts/deploy.sh', deployArgs('1.0.1'), {
          WEB_DIST: webBuild('1.0.1', { 'robots.txt': 'User-agent: *' }),
        });
        expect(again.status).toBe(1);
        expect(again.stderr).toContain('release 1.0.1 is already kept with different files');
        expect(await liveKeys()).toEqual(before);
      },
      SCRIPT_TIMEOUT * 2,
    );

    it(
      'refuses production without confirmation, changing nothing',
      async () => {
        const before = await invalidations();
        const result = await run(
          'scripts/deploy.sh',
          ['production', ...deployArgs('2.0.0').slice(1)],
          { WEB_DIST: webBuild('2.0.0') },
        );
        expect(result.status).not.toBe(0);
        expect(result.stderr).toContain('refusing to change production without confirmation');
        expect(await invalidations()).toBe(before);
      },
      SCRIPT_TIMEOUT,
    );

    it(
      'names a missing tool and missing credentials clearly',
      async () => {
        // A PATH with what the script needs but the AWS CLI.
        const bin = join(work, 'bin-without-aws');
        mkdirSync(bin, { recursive: true });
        for (const command of TOOLS_BUT_AWS) {
          const found = which(command);
          if (found !== undefined) symlinkSync(found, join(bin, command));
        }
        const noAws = await run('scripts/deploy.sh', deployArgs('1.0.3'), {
          PATH: bin,
          WEB_DIST: webBuild('1.0.3'),
        });
        expect(noAws.status).not.toBe(0);
        expect(noAws.stderr).toContain('aws is required');
        const noCredentials = await run('scripts/deploy.sh', deployArgs('1.0.3'), {
          AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
          WEB_DIST: webBuild('1.0.3'),
        });
        expect(noCredentials.status).not.toBe(0);
        expect(noCredentials.stderr).toContain('no usable AWS credentials');
      },
      SCRIPT_TIMEOUT,
    );
  },
);

/** A failed apply, against a stand-in `terraform` whose apply fails. */
describe('deploy.sh applying a release', () => {
  it('reports a failed terraform apply as failed, not on to its half-made outputs', () => {
    const bin = mkdtempSync(join(tmpdir(), 'liminal-fake-terraform-'));
    try {
      // A terraform whose apply fails and whose outputs are there (a failed apply keeps those
      // it had worked out).
      writeFileSync(
        join(bin, 'terraform'),
        [
          '#!/usr/bin/env bash',
          'case "$*" in',
          '  *apply*) exit 1 ;;',
          '  *) echo out ;;',
          'esac',
        ].join('\n'),
        { mode: 0o755 },
      );
      const result = spawnSync(
        'bash',
        [
          '-c',
          // As deploy.sh calls it: inside `if !`, where bash ignores set -e in the function.
          'set -euo pipefail; source scripts/lib/common.sh; if ! apply_release dev 1.0.0 true; then echo failed; else echo applied; fi',
        ],
        { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` } },
      );
      expect(result.stdout.trim().split('\n').at(-1)).toBe('failed');
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});

/**
 * The concurrency check before Terraform, against a stand-in `aws` (at the edge: the numbers a
 * real account would give, which moto does not model): per region, and counting what is really
 * left unreserved; and the other checks of the account made before anything changes.
 */
describe('deploy.sh concurrency check', () => {
  let bin: string;
  let log: string;
  beforeAll(() => {
    bin = mkdtempSync(join(tmpdir(), 'liminal-fake-aws-'));
    log = join(bin, 'calls.log');
    writeFileSync(
      join(bin, 'aws'),
      [
        '#!/usr/bin/env bash',
        'echo "$*" >> "$FAKE_AWS_LOG"',
        'case "$*" in',
        '  *"get-account-settings --region us-east-1"*) echo "$FAKE_EDGE_LIMIT" ;;',
        '  *get-account-settings*) printf "%s\\t%s\\n" "$FAKE_LIMIT" "$FAKE_UNRESERVED" ;;',
        '  *get-function-concurrency*) echo "$FAKE_CURRENT" ;;',
        '  *list-resource-record-sets*) [ -z "$FAKE_RECORDS_FAIL" ] || exit 254; echo "$FAKE_RECORDS" ;;',
        '  *get-hosted-zone*) printf "%s\\t%s\\t%s\\n" "$FAKE_PRIVATE" "$FAKE_ZONE_NAME" "$FAKE_ZONE_NS" ;;',
        '  *get-foundation-model-availability*) [ -z "$FAKE_BEDROCK_FAIL" ] || exit 252; printf "%b\\n" "$FAKE_BEDROCK" ;;',
        'esac',
      ].join('\n'),
      { mode: 0o755 },
    );
    // What the environment's state holds; or, as Terraform says it (exit 1), none yet, or a
    // state that cannot be read.
    writeFileSync(
      join(bin, 'terraform'),
      [
        '#!/usr/bin/env bash',
        'case "$FAKE_STATE_FAILS" in',
        '  none) echo "No state file was found!" >&2; exit 1 ;;',
        '  error) echo "Error: Failed to load state" >&2; exit 1 ;;',
        'esac',
        'printf "%b" "$FAKE_STATE"',
      ].join('\n'),
      { mode: 0o755 },
    );
    // What public DNS answers (+comments +answer): the status, then an NS record for each of
    // FAKE_DIG's lines (a line starting ;; as it is); no status and exit 9, as dig does, when
    // no resolver answers.
    writeFileSync(
      join(bin, 'dig'),
      [
        '#!/usr/bin/env bash',
        '[ -n "$FAKE_DIG_STATUS" ] || exit 9',
        'echo ";; ->>HEADER<<- opcode: QUERY, status: $FAKE_DIG_STATUS, id: 1"',
        'printf "%b" "$FAKE_DIG" | while read -r line; do',
        '  case "$line" in ";;"*) echo "$line" ;; ?*) printf "liminal.travel.\\t300\\tIN\\tNS\\t%s\\n" "$line" ;; esac',
        'done',
      ].join('\n'),
      { mode: 0o755 },
    );
  });
  afterAll(() => {
    rmSync(bin, { recursive: true, force: true });
  });

  /** `command` after sourcing common.sh, with the stand-in `aws` first on PATH giving `answers`. */
  function withFakeAws(command: string, answers: Record<string, string>) {
    rmSync(log, { force: true });
    return spawnSync('bash', ['-c', `source scripts/lib/common.sh && ${command}`], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${bin}:${process.env['PATH'] ?? ''}`,
        AWS_ENDPOINT_URL: '',
        FAKE_AWS_LOG: log,
        ...answers,
      },
    });
  }

  /** check_reserved_concurrency for dev (5 reserved, region eu-west-1) on an account like this. */
  function check(limit: number, unreserved: number, current = 'None') {
    const result = withFakeAws('check_reserved_concurrency dev', {
      FAKE_LIMIT: String(limit),
      FAKE_UNRESERVED: String(unreserved),
      FAKE_CURRENT: current,
    });
    return { status: result.status, stderr: result.stderr };
  }

  it('reads an environment’s region from its tfvars, for the SDK the release steps use', () => {
    const region = (environment: string) =>
      spawnSync('bash', ['-c', `source scripts/lib/common.sh && region_of ${environment}`], {
        encoding: 'utf8',
      });
    expect(region('staging').stdout.trim()).toBe('eu-west-1');
    // deploy.sh and rollback.sh export it as AWS_REGION, which the SDK reads (not
    // AWS_DEFAULT_REGION), unless the operator set one.
    for (const script of ['scripts/deploy.sh', 'scripts/rollback.sh'])
      expect(readFileSync(script, 'utf8')).toContain(
        'export AWS_REGION="${AWS_REGION:-$(region_of "$environment")}"',
      );
  });

  it('refuses tfvars that still hold the committed placeholders, and passes real ones', () => {
    const placeholders = (tfvars?: string) =>
      spawnSync(
        'bash',
        ['-c', `source scripts/lib/common.sh && check_placeholders staging ${tfvars ?? ''}`],
        { encoding: 'utf8' },
      );
    const committed = placeholders();
    expect(committed.status).not.toBe(0);
    expect(committed.stderr).toMatch(/Z0000000000000000000.*staging-alerts@example\.com/u);
    const real = join(bin, 'real.tfvars');
    writeFileSync(
      real,
      [
        '# example.com in a comment is no placeholder',
        'domain_name    = "stories.liminal.travel"',
        'hosted_zone_id = "Z08151234ABCDEFGHIJK"',
        'alarm_subscribers = [{ protocol = "email", endpoint = "oncall@liminal.travel" }]',
      ].join('\n'),
    );
    expect(placeholders(real).status).toBe(0);
    // A real domain that merely contains the placeholder's name is no placeholder.
    const near = join(bin, 'near.tfvars');
    writeFileSync(
      near,
      ['domain_name = "myexample.com"', 'alarm_subscribers = ["ops@example.com.au"]'].join('\n'),
    );
    expect(placeholders(near).stderr).toBe('');
    // Any address at example.com is one.
    const addresses = join(bin, 'addresses.tfvars');
    writeFileSync(addresses, 'alarm_subscribers = ["ops+alerts@example.com"]');
    expect(placeholders(addresses).stderr).toContain('ops+alerts@example.com');
    // A tfvars that is not there is refused, not passed.
    const missing = placeholders(join(bin, 'absent.tfvars'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('absent.tfvars');
  });

  it('refuses a new account with a limit of 10, naming the region to ask in, and asks AWS there', () => {
    const refused = check(10, 10);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain("'Concurrent executions' quota in eu-west-1");
    const calls = readFileSync(log, 'utf8');
    expect(calls).toMatch(/get-account-settings --region eu-west-1/u);
    expect(calls).toMatch(
      /get-function-concurrency --region eu-west-1 --function-name liminal-dev-api/u,
    );
  });

  it('refuses a private hosted zone, or one public DNS does not delegate to, which the certificate could never be validated through', () => {
    const tfvars = join(bin, 'zone.tfvars');
    writeFileSync(tfvars, 'hosted_zone_id = "Z08151234ABCDEFGHIJK"\n');
    const ours = 'ns-1.awsdns-01.org,ns-2.awsdns-02.co.uk';
    const zone = (privateZone: string, dig: string, extra: Record<string, string> = {}) =>
      withFakeAws(`check_public_zone staging ${tfvars}`, {
        FAKE_PRIVATE: privateZone,
        FAKE_ZONE_NAME: 'liminal.travel.',
        FAKE_ZONE_NS: ours,
        FAKE_DIG: dig,
        FAKE_DIG_STATUS: 'NOERROR',
        ...extra,
      });
    const refused = zone('True', '');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('the hosted zone Z08151234ABCDEFGHIJK is private');
    // Delegated: the same servers, in any order or case, with the root's dot.
    expect(zone('False', 'NS-2.awsdns-02.co.uk.\\nns-1.awsdns-01.org.\\n').status).toBe(0);
    // Delegated elsewhere (the registrar's own), or not at all: the apply would time out.
    const elsewhere = zone('False', 'dns1.registrar.example.\\ndns2.registrar.example.\\n');
    expect(elsewhere.status).not.toBe(0);
    expect(elsewhere.stderr).toContain(
      'public DNS does not delegate liminal.travel to the hosted zone Z08151234ABCDEFGHIJK',
    );
    expect(elsewhere.stderr).toContain('dns1.registrar.example');
    expect(zone('False', '').stderr).toContain('it answers: no name servers');
    expect(zone('False', '', { FAKE_DIG_STATUS: 'NXDOMAIN' }).stderr).toContain(
      'it answers: no name servers',
    );
    // A resolver's complaint among the answers is no name server.
    const retried = ';; communications error to 127.0.0.53#53: timed out\\n';
    expect(zone('False', `${retried}ns-1.awsdns-01.org.\\nns-2.awsdns-02.co.uk.\\n`).status).toBe(
      0,
    );
    // No resolver answering, or one failing, is a note, not a refusal.
    for (const status of ['', 'SERVFAIL', 'REFUSED']) {
      const silent = zone('False', '', { FAKE_DIG_STATUS: status });
      expect(silent.status, status).toBe(0);
      expect(silent.stdout).toContain('public DNS did not answer for liminal.travel');
    }
  });

  it('refuses a site name that already has records the state does not hold, not its own on a redeploy', () => {
    const tfvars = join(bin, 'site.tfvars');
    writeFileSync(
      tfvars,
      'domain_name    = "stories.liminal.travel"\nhosted_zone_id = "Z08151234ABCDEFGHIJK"\n',
    );
    const site = (records: string, state: string, fails = '', listFails = '') =>
      withFakeAws(`check_site_records staging ${tfvars}`, {
        FAKE_RECORDS: records,
        FAKE_STATE: state,
        FAKE_STATE_FAILS: fails,
        FAKE_RECORDS_FAIL: listFails,
      });
    const taken = site('A\tAAAA', 'module.data.aws_dynamodb_table.journeys\\n');
    expect(taken.status).not.toBe(0);
    expect(taken.stderr).toContain(
      'the zone Z08151234ABCDEFGHIJK already has A AAAA records for stories.liminal.travel',
    );
    expect(taken.stderr).toContain('Z08151234ABCDEFGHIJK_stories.liminal.travel_A');
    expect(readFileSync(log, 'utf8')).toContain(
      "--query ResourceRecordSets[?Name=='stories.liminal.travel.' && (Type=='A' || Type=='AAAA')].Type",
    );
    // A first deploy has no state at all: the name is checked all the same.
    expect(site('A', '', 'none').stderr).toContain('already has A records');
    // A free name, the environment's own records, or a state the apply will report on.
    expect(site('', '').status).toBe(0);
    expect(site('A\tAAAA', 'module.networking.aws_route53_record.site["A"]\\n').status).toBe(0);
    expect(site('A', '', 'error').status).toBe(0);
    // A zone whose records cannot be listed is a note, not a refusal.
    const unlisted = site('A', '', 'none', '1');
    expect(unlisted.status).toBe(0);
    expect(unlisted.stdout).toContain('cannot list the records of the zone Z08151234ABCDEFGHIJK');
  });

  it('warns, without stopping, while us-east-1 keeps a new account’s limit for Lambda@Edge', () => {
    const edge = (limit: string) =>
      withFakeAws('warn_edge_concurrency', { FAKE_EDGE_LIMIT: limit });
    const low = edge('10');
    expect(low.status).toBe(0);
    expect(low.stdout).toContain('the Lambda concurrency limit in us-east-1 is 10');
    expect(edge('1000').stdout).toBe('');
  });

  it('warns, without stopping, of a Bedrock model the account may not invoke in the region', () => {
    const bedrock = (environment: string, answers: Record<string, string>) =>
      withFakeAws(`warn_bedrock_access ${environment} eu-west-1`, answers);
    const ready = bedrock('staging', {
      FAKE_BEDROCK: 'AUTHORIZED\\tAVAILABLE\\tAVAILABLE\\tAVAILABLE',
    });
    expect(ready.status).toBe(0);
    expect(ready.stdout).toBe('');
    // Both of staging's models, in its region.
    const asked = readFileSync(log, 'utf8');
    expect(asked).toMatch(/--region eu-west-1 --model-id anthropic\.claude-3-haiku-20240307-v1:0/u);
    expect(asked).toMatch(/--model-id amazon\.titan-text-express-v1/u);
    // An account that has not sent Anthropic's form, or a model not offered in the region.
    const notYet = bedrock('staging', {
      FAKE_BEDROCK: 'NOT_AUTHORIZED\\tAVAILABLE\\tAVAILABLE\\tNOT_AVAILABLE',
    });
    expect(notYet.status).toBe(0);
    expect(notYet.stdout).toContain(
      'Bedrock says this account may not yet invoke anthropic.claude-3-haiku-20240307-v1:0 in eu-west-1',
    );
    // A CLI without the call, or no permission to make it: a note, and the deploy goes on.
    const unasked = bedrock('staging', { FAKE_BEDROCK_FAIL: '1' });
    expect(unasked.status).toBe(0);
    expect(unasked.stdout).toContain('could not ask Bedrock whether this account may invoke');
    // dev narrates with the storyteller alone: nothing to ask.
    expect(bedrock('dev', { FAKE_BEDROCK: 'NOT_AUTHORIZED' }).stdout).toBe('');
    expect(existsSync(log)).toBe(false);
  });

  it('asks about a cross-region inference profile as its model', () => {
    rmSync(log, { force: true });
    const result = spawnSync(
      'bash',
      [
        '-c',
        `source scripts/lib/common.sh && bedrock_models_of() { awk 1 <<<"eu.anthropic.claude-3-haiku-20240307-v1:0"; } && warn_bedrock_access staging eu-west-1`,
      ],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${bin}:${process.env['PATH'] ?? ''}`,
          FAKE_AWS_LOG: log,
          FAKE_BEDROCK: 'AUTHORIZED\\tAVAILABLE\\tAVAILABLE\\tAVAILABLE',
        },
      },
    );
    expect(result.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toContain(
      '--model-id anthropic.claude-3-haiku-20240307-v1:0',
    );
  });

  it('counts what other functions already reserve, and the API’s own reservation back in', () => {
    expect(check(1000, 1000).status).toBe(0);
    // 1,000 with 897 reserved elsewhere: 103 unreserved, 100 kept, 3 left for a reservation of 5.
    expect(check(1000, 103).stderr).toContain('can reserve only 3 more');
    // The same account on a redeploy, the API holding its 5 already: 8 left.
    expect(check(1000, 103, '5').status).toBe(0);
    // A limit of 50 keeps all 50 unreserved.
    expect(check(50, 50).status).not.toBe(0);
  });
});
