/**
 * Terraform itself, offline: the shared root and the dev environment planned, applied and
 * destroyed against moto_server (every root is validated in validate.test.ts, which runs beside
 * this one), as far as moto emulates AWS (what it cannot is listed in MOTO_CANNOT and in the
 * docs/aws.md). A release's Lambda zips are uploaded first, as deploy.sh does, because the functions
 * are tied to their artifacts' object versions.
 */
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { parseNarratorConfig } from '@liminal/narrators';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Moto } from '../../services/api/src/testing/moto';
import { HAS_MOTO, MOTO_CLIENT, startMoto } from '../../services/api/src/testing/moto';
import { hasCommand, titled } from '../../services/api/src/testing/tools';
import type { Workspace } from './terraform-cli';
import { findProviderMirror, motoOverride, workspace } from './terraform-cli';

const HAS_TERRAFORM = hasCommand('terraform');
const MIRROR = HAS_TERRAFORM ? findProviderMirror() : undefined;
const WHY_SKIPPED = !HAS_TERRAFORM
  ? 'terraform is not installed'
  : MIRROR === undefined
    ? 'no local mirror of the AWS provider (set TF_PROVIDER_MIRROR)'
    : 'moto_server is not installed';

/**
 * What a moto_server apply leaves out: resource types moto does not emulate, what needs one of
 * them, and the TLS-only bucket policies (moto ignores their aws:SecureTransport condition, so
 * it would deny every request, including Terraform's own reads of the artifacts).
 */
export const MOTO_CANNOT = {
  types: [
    'aws_cloudfront_function',
    'aws_cloudfront_cache_policy',
    'aws_cloudfront_response_headers_policy',
    'aws_cloudfront_distribution', // uses the three above
  ],
  addresses: [
    'module.s3_website.module.site_policy.', // names the distribution
    'module.networking.', // aliases the distribution
    'module.artifacts.module.artifacts_policy.',
    'module.artifacts_us_east_1.module.artifacts_policy.',
  ],
};

/** -target arguments for every planned resource moto emulates. */
function emulated(changes: PlannedChange[]): string[] {
  return changes
    .filter(
      (change) =>
        change.mode === 'managed' &&
        !MOTO_CANNOT.types.includes(change.type) &&
        !MOTO_CANNOT.addresses.some((address) => change.address.startsWith(address)),
    )
    .map((change) => `-target=${change.address}`);
}

interface PlannedChange {
  address: string;
  type: string;
  mode: string;
  change: { actions: string[]; before: Record<string, unknown> | null };
}

async function ok(ws: Workspace, args: string[], timeoutMs?: number) {
  const result = await ws.run(args, timeoutMs);
  if (result.status !== 0)
    throw new Error(`terraform ${args[0] ?? ''} failed:\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

async function plannedChanges(ws: Workspace, args: string[]): Promise<PlannedChange[]> {
  await ok(ws, ['plan', '-out=tfplan', ...args]);
  const plan = JSON.parse(await ok(ws, ['show', '-json', 'tfplan'])) as {
    resource_changes?: PlannedChange[];
  };
  return plan.resource_changes ?? [];
}

describe.skipIf(MIRROR === undefined || !HAS_MOTO)(
  titled('the shared root and dev on moto_server', MIRROR !== undefined && HAS_MOTO, WHY_SKIPPED),
  () => {
    let moto: Moto;
    let shared: Workspace;
    let dev: Workspace;
    let devVars: string[] = [];
    /** The whole dev plan once the release is uploaded: planned once, applied as far as moto goes. */
    let devPlan: PlannedChange[] = [];
    const sharedVars = ['-var', 'region=eu-west-1', '-var', 'force_destroy=true'];
    let s3: (region: string) => S3Client;

    async function uploadRelease(version: string, marker: string) {
      const zip = zipSync({
        'index.mjs': new TextEncoder().encode(
          `export const handler = async () => ({ statusCode: 200, body: ${JSON.stringify(marker)} });`,
        ),
      });
      const uploads: [string, string, string][] = [
        ['eu-west-1', 'liminal-artifacts-123456789012', 'api'],
        ['eu-west-1', 'liminal-artifacts-123456789012', 'insights-stream'],
        ['us-east-1', 'liminal-artifacts-123456789012-us-east-1', 'edge-router'],
        ['us-east-1', 'liminal-artifacts-123456789012-us-east-1', 'origin-signer'],
      ];
      for (const [region, bucket, name] of uploads)
        await s3(region).send(
          new PutObjectCommand({ Bucket: bucket, Key: `lambda/${version}/${name}.zip`, Body: zip }),
        );
    }

    beforeAll(async () => {
      // ACM certificates pass DNS validation after a minute on moto unless told otherwise.
      moto = await startMoto({ MOTO_ACM_VALIDATION_WAIT: '1' });
      s3 = (region) =>
        new S3Client({ ...MOTO_CLIENT, region, endpoint: moto.endpoint, forcePathStyle: true });
      const override = motoOverride(moto.endpoint, ['us_east_1']);
      shared = workspace('shared', MIRROR ?? '', override);
      dev = workspace('environments/dev', MIRROR ?? '', override);
      // The environment's Route53 zone exists before Terraform runs (it is not Terraform's).
      const created = await fetch(`${moto.endpoint}/2013-04-01/hostedzone`, {
        method: 'POST',
        headers: {
          'content-type': 'application/xml',
          authorization:
            'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/route53/aws4_request, SignedHeaders=host, Signature=0',
        },
        body: '<CreateHostedZoneRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/"><Name>liminal.example.com</Name><CallerReference>terraform-test</CallerReference></CreateHostedZoneRequest>',
      });
      const zone = /<Id>\/hostedzone\/([^<]+)<\/Id>/u.exec(await created.text())?.[1];
      if (zone === undefined) throw new Error('moto_server created no hosted zone');
      devVars = ['-var', `hosted_zone_id=${zone}`];
      await ok(shared, ['init']);
      await ok(dev, ['init']);
    }, 120_000);

    afterAll(async () => {
      await moto.stop();
      shared.dispose();
      dev.dispose();
    });

    it('applies the shared root: artifact buckets, access logs, API Gateway logging role', async () => {
      const targets = emulated(await plannedChanges(shared, sharedVars));
      expect(targets.length).toBeGreaterThan(25);
      await ok(shared, ['apply', '-auto-approve', ...sharedVars, ...targets], 400_000);
      const outputs = JSON.parse(await ok(shared, ['output', '-json'])) as Record<
        string,
        { value: string }
      >;
      expect(outputs['artifacts_bucket']?.value).toBe('liminal-artifacts-123456789012');
      expect(outputs['api_gateway_cloudwatch_role_arn']?.value).toMatch(/^arn:aws:iam::/u);
    }, 600_000);

    it('plans the whole dev environment once the release is uploaded', async () => {
      await uploadRelease('0.1.0', 'first');
      devPlan = await plannedChanges(dev, devVars);
      const created = devPlan.filter((change) => change.change.actions.includes('create'));
      expect(created.length).toBeGreaterThan(60);
      expect(created.map((change) => change.type)).toEqual(
        expect.arrayContaining([
          'aws_lambda_function',
          'aws_cloudfront_distribution',
          'aws_cloudfront_function',
          'aws_api_gateway_stage',
          'aws_wafv2_web_acl_logging_configuration',
          'aws_kms_key',
        ]),
      );
    }, 300_000);

    it('applies everything moto emulates, and a second plan of it changes nothing', async () => {
      // The plan above, not planned again: nothing has changed since (a plan takes 20 s here);
      // planned here only when this test runs alone.
      if (devPlan.length === 0) {
        await uploadRelease('0.1.0', 'first');
        devPlan = await plannedChanges(dev, devVars);
      }
      const targets = emulated(devPlan);
      expect(targets.length).toBeGreaterThan(50);
      await ok(dev, ['apply', '-auto-approve', ...devVars, ...targets], 600_000);

      const state = JSON.parse(await ok(dev, ['show', '-json'])) as {
        values: {
          root_module: {
            child_modules?: { resources: { address: string; values: Record<string, unknown> }[] }[];
          };
        };
      };
      const resources = new Map(
        (state.values.root_module.child_modules ?? [])
          .flatMap((module) => module.resources)
          .map((resource) => [resource.address, resource.values]),
      );
      const api = resources.get('module.lambda.aws_lambda_function.api');
      expect(api?.['runtime']).toBe('nodejs22.x');
      expect(api?.['s3_object_version']).toBeTruthy();
      expect(api?.['tracing_config']).toEqual([{ mode: 'Active' }]);
      expect(api?.['reserved_concurrent_executions']).toBe(5);
      const table = resources.get('module.data.aws_dynamodb_table.journeys');
      expect(table?.['point_in_time_recovery']).toEqual([
        expect.objectContaining({ enabled: true }),
      ]);
      expect(table?.['stream_view_type']).toBe('NEW_IMAGE');
      const mapping = resources.get(
        'module.lambda.aws_lambda_event_source_mapping.insights_stream',
      );
      expect(mapping?.['function_response_types']).toEqual(['ReportBatchItemFailures']);
      const topic = resources.get('module.monitoring.aws_sns_topic.alarms');
      expect(String(topic?.['kms_master_key_id'])).toMatch(/^arn:aws:kms:/u);
      // The narrator configuration Terraform writes is one the API accepts as it stands, the
      // moderation section included (the local moderator; Comprehend only when turned on).
      const parameter = resources.get('module.security.aws_ssm_parameter.narrator_config');
      const config = parseNarratorConfig(String(parameter?.['value']));
      expect(config.moderation?.moderators.map((moderator) => moderator.type)).toEqual(['local']);

      const again = await plannedChanges(dev, [...devVars, ...targets]);
      expect(
        again
          .filter(
            (change) =>
              !change.change.actions.every((action) => action === 'no-op' || action === 'read'),
          )
          .map((change) => `${change.address}: ${change.change.actions.join(',')}`),
      ).toEqual([]);
    }, 900_000);

    it('updates a function when new bytes arrive under its existing artifact key', async () => {
      await uploadRelease('0.1.0', 'rebuilt');
      const changes = await plannedChanges(dev, [
        ...devVars,
        '-target=module.lambda.aws_lambda_function.api',
      ]);
      const api = changes.find(
        (change) => change.address === 'module.lambda.aws_lambda_function.api',
      );
      expect(api?.change.actions).toEqual(['update']);
    }, 300_000);

    it('destroys dev, then the shared root', async () => {
      await ok(dev, ['destroy', '-auto-approve', ...devVars], 600_000);
      await ok(shared, ['destroy', '-auto-approve', ...sharedVars], 600_000);
      const left = JSON.parse(await ok(dev, ['show', '-json'])) as { values?: unknown };
      expect(left.values ?? null).toBeNull();
    }, 1_200_000);
  },
);
