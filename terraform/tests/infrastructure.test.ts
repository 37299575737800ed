/**
 * The infrastructure, checked offline: every .tf file parsed, module wiring and references
 * resolved, and one assertion per correction from ARCHITECTURE.md and per security rule.
 * (`terraform validate` needs provider binaries and runs in the GitHub workflow.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from './hcl';
import { TERRAFORM, first, loadTerraform, resourcesOf, strings } from './hcl';
import { JOURNEY_TABLE_SCHEMA, TTL_ATTRIBUTE } from '../../services/api/src/store/dynamodb-store';
import {
  ROLLUP_TABLE_SCHEMA,
  ROLLUP_TTL_ATTRIBUTE,
} from '../../services/api/src/store/dynamodb-rollups';
import { FUNCTIONS } from '../../scripts/build-lambda.mjs';
import { hasCommand, titled } from '../../services/api/src/testing/tools';

let dirs: Map<string, Directory>;
beforeAll(async () => {
  dirs = await loadTerraform();
});

const ENVIRONMENTS = ['dev', 'staging', 'production'];
const ROOTS = ['shared', ...ENVIRONMENTS.map((name) => `environments/${name}`)];
const MODULES = readdirSync(join(TERRAFORM, 'modules'));
const META_ARGUMENTS = new Set([
  'source',
  'providers',
  'depends_on',
  'count',
  'for_each',
  'version',
]);

const all = () => [...dirs.values()];
const dir = (path: string): Directory => {
  const found = dirs.get(path);
  if (found === undefined) throw new Error(`no Terraform in ${path}`);
  return found;
};
const moduleDir = (from: Directory, source: string) => normalize(join(from.path, source));
const tableNamed = (name: string): Json =>
  resourcesOf(dir('modules/data'), 'aws_dynamodb_table').find(([found]) => found === name)?.[1] ??
  {};
const HAS_TERRAFORM = hasCommand('terraform');

type Json = Record<string, unknown>;

/** A policy document's statements, including each dynamic statement's content. */
function statementsOf(document: Json | undefined): Json[] {
  const dynamic = [document?.['dynamic'] ?? []].flat() as Json[];
  return [
    ...((document?.['statement'] as Json[] | undefined) ?? []),
    ...dynamic.flatMap((block) =>
      ((block['statement'] as Json[] | undefined) ?? []).map((entry) => first(entry['content'])),
    ),
  ];
}

describe('Terraform formatting', () => {
  it.skipIf(!HAS_TERRAFORM)(
    titled('is terraform fmt clean', HAS_TERRAFORM, 'terraform is not installed'),
    () => {
      const result = spawnSync('terraform', ['fmt', '-check', '-recursive', TERRAFORM], {
        encoding: 'utf8',
      });
      expect(result.stdout.trim()).toBe('');
      expect(result.status).toBe(0);
    },
  );
});

describe('wiring', () => {
  it('passes every module only declared variables, and every required one', () => {
    const problems: string[] = [];
    for (const from of all()) {
      for (const [name, call] of Object.entries(from.modules)) {
        const target = dirs.get(moduleDir(from, String(call['source'])));
        if (target === undefined) {
          problems.push(`${from.path}: module ${name} has no source directory`);
          continue;
        }
        const given = Object.keys(call).filter((key) => !META_ARGUMENTS.has(key));
        for (const key of given)
          if (!(key in target.variables))
            problems.push(`${from.path}: module ${name} passes undeclared ${key}`);
        for (const [variable, body] of Object.entries(target.variables)) {
          if (!('default' in body) && !given.includes(variable))
            problems.push(`${from.path}: module ${name} misses required ${variable}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('resolves every var., local. and module. reference', () => {
    const problems: string[] = [];
    for (const from of all()) {
      const text = strings([
        from.modules,
        from.resources,
        from.data,
        from.outputs,
        from.locals,
        from.providers,
      ]).join('\n');
      for (const match of text.matchAll(/\bvar\.([A-Za-z0-9_]+)/gu)) {
        if (!(match[1] ?? '' in from.variables) || !Object.hasOwn(from.variables, match[1] ?? ''))
          problems.push(`${from.path}: var.${match[1] ?? ''}`);
      }
      for (const match of text.matchAll(/\blocal\.([A-Za-z0-9_]+)/gu)) {
        if (!Object.hasOwn(from.locals, match[1] ?? ''))
          problems.push(`${from.path}: local.${match[1] ?? ''}`);
      }
      for (const match of text.matchAll(/\bmodule\.([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)/gu)) {
        const call = from.modules[match[1] ?? ''];
        const target =
          call === undefined ? undefined : dirs.get(moduleDir(from, String(call['source'])));
        if (target === undefined || !Object.hasOwn(target.outputs, match[2] ?? ''))
          problems.push(`${from.path}: module.${match[1] ?? ''}.${match[2] ?? ''}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sets only declared variables in .tfvars files', () => {
    for (const environment of ENVIRONMENTS) {
      const directory = dir(join('environments', environment));
      expect(Object.keys(directory.tfvars).length, environment).toBeGreaterThan(0);
      for (const key of Object.keys(directory.tfvars))
        expect(directory.variables, `${environment}: ${key}`).toHaveProperty(key);
    }
  });

  it('instantiates every module in every environment (directly, or through another module)', () => {
    const usedBy = (path: string): string[] =>
      Object.values(dir(path).modules).flatMap((call) => {
        const name = String(call['source']).split('/').at(-1) ?? '';
        return [name, ...usedBy(moduleDir(dir(path), String(call['source'])))];
      });
    for (const environment of ENVIRONMENTS) {
      const used = usedBy(join('environments', environment));
      expect([...new Set(used)].sort(), environment).toEqual([...MODULES].sort());
    }
  });

  it('gives environments the outputs the scripts need', () => {
    for (const environment of ENVIRONMENTS) {
      expect(Object.keys(dir(join('environments', environment)).outputs)).toEqual(
        expect.arrayContaining([
          's3_bucket_name',
          'cloudfront_distribution_id',
          'domain_name',
          'api_url',
        ]),
      );
    }
  });

  it('pins Terraform and the AWS provider, and keeps state in S3 by partial configuration', () => {
    for (const directory of all()) {
      const terraform = directory.terraform[0];
      if (terraform === undefined) continue;
      expect(String(terraform['required_version']), directory.path).toMatch(/>= 1\.\d+/u);
      const aws = first(first(terraform['required_providers'])['aws']);
      expect(String(aws['version']), directory.path).toMatch(/^~> 5\.\d+/u);
    }
    for (const environment of [
      ...ENVIRONMENTS.map((name) => join('environments', name)),
      'shared',
    ]) {
      const backend = first(first(dir(environment).terraform[0]?.['backend'])['s3']);
      expect(backend, environment).toEqual({});
    }
  });

  it('differs between environments only in their variables: dev small, production protected', () => {
    const vars = (environment: string) => dir(join('environments', environment)).tfvars;
    expect(vars('production')['deletion_protection']).toBe(true);
    expect(vars('dev')['deletion_protection']).toBe(false);
    expect(Number(vars('dev')['api_memory_mb'])).toBeLessThan(
      Number(vars('production')['api_memory_mb']),
    );
    expect(Number(vars('dev')['api_throttle_rate'])).toBeLessThan(
      Number(vars('production')['api_throttle_rate']),
    );
  });
});

describe('the corrections to the seed', () => {
  const cloudfront = () => dir('modules/cloudfront');
  const distribution = () => resourcesOf(cloudfront(), 'aws_cloudfront_distribution')[0]?.[1] ?? {};
  const origins = () => (distribution()['origin'] as Record<string, unknown>[] | undefined) ?? [];
  const behaviors = () => [
    first(distribution()['default_cache_behavior']),
    ...((distribution()['ordered_cache_behavior'] as Record<string, unknown>[] | undefined) ?? []),
  ];

  it('reads the bucket through Origin Access Control from its REST endpoint, never the website endpoint', () => {
    const web = origins().find(
      (origin) =>
        origin['origin_id'] === '${local.s3_origin_id}' ||
        String(origin['domain_name']).includes('bucket_regional_domain_name'),
    );
    expect(web?.['origin_access_control_id']).toContain('aws_cloudfront_origin_access_control');
    expect(strings(cloudfront().resources).join(' ')).not.toMatch(
      /s3_origin_config|website_endpoint|s3-website/u,
    );
    const oac = resourcesOf(cloudfront(), 'aws_cloudfront_origin_access_control')[0]?.[1];
    expect(oac).toMatchObject({
      origin_access_control_origin_type: 's3',
      signing_behavior: 'always',
      signing_protocol: 'sigv4',
    });
    const policy = strings(dir('modules/s3-website').data['aws_iam_policy_document']).join(' ');
    expect(policy).toContain('AWS:SourceArn');
    expect(policy).toContain('cloudfront.amazonaws.com');
  });

  it('declares the API Gateway origin: https only, the stage as origin path', () => {
    const api = origins().find((origin) => 'custom_origin_config' in origin);
    expect(api?.['origin_path']).toBe('/${var.api_stage_name}');
    expect(first(api?.['custom_origin_config'])).toMatchObject({
      origin_protocol_policy: 'https-only',
      origin_ssl_protocols: ['TLSv1.2'],
    });
  });

  it('never caches API writes; caches only the opening GET, keyed on the seed alone', () => {
    const api = behaviors().find((behavior) => behavior['path_pattern'] === '/api/*');
    expect(api?.['cache_policy_id']).toBe('${local.managed_cache_policy.caching_disabled}');
    // AWS's documented ID of Managed-CachingDisabled.
    expect(
      (cloudfront().locals['managed_cache_policy'] as Record<string, string>)['caching_disabled'],
    ).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    const opening = behaviors().find((behavior) => behavior['path_pattern'] === '/api/openings');
    expect(opening?.['allowed_methods']).toEqual(['GET', 'HEAD']);
    const policy = first(
      resourcesOf(cloudfront(), 'aws_cloudfront_cache_policy')[0]?.[1][
        'parameters_in_cache_key_and_forwarded_to_origin'
      ],
    );
    const query = first(policy['query_strings_config']);
    expect(query['query_string_behavior']).toBe('whitelist');
    expect(first(query['query_strings'])['items']).toEqual(['seed']);
  });

  it('runs Lambda@Edge in us-east-1, as published versions, without environment, trusted by edgelambda', () => {
    const lambda = dir('modules/lambda');
    const edge = resourcesOf(lambda, 'aws_lambda_function').filter(
      ([, body]) => body['provider'] === '${aws.us_east_1}',
    );
    expect(edge.map(([name]) => name).sort()).toEqual(['origin_request', 'viewer_request']);
    for (const [name, body] of edge) {
      expect(body['publish'], name).toBe(true);
      expect(body, name).not.toHaveProperty('environment');
    }
    const trust = strings(lambda.data['aws_iam_policy_document']?.['edge_assume']).join(' ');
    expect(trust).toContain('edgelambda.amazonaws.com');
    for (const association of behaviors().flatMap(
      (behavior) =>
        (behavior['lambda_function_association'] as Record<string, unknown>[] | undefined) ?? [],
    )) {
      expect(String(association['lambda_arn'])).toMatch(/qualified_arn|lambda_arn/u);
    }
  });

  it('creates the certificate and a CLOUDFRONT-scope WAF in us-east-1, and attaches the WAF', () => {
    const security = dir('modules/security');
    expect(resourcesOf(security, 'aws_acm_certificate')[0]?.[1]['provider']).toBe(
      '${aws.us_east_1}',
    );
    const acl = resourcesOf(security, 'aws_wafv2_web_acl')[0]?.[1] ?? {};
    expect(acl['provider']).toBe('${aws.us_east_1}');
    expect(acl['scope']).toBe('CLOUDFRONT');
    const rules = strings(acl['rule']).join(' ');
    expect(rules).toContain('AWSManagedRulesCommonRuleSet');
    expect(rules).toContain('AWSManagedRulesKnownBadInputsRuleSet');
    expect(JSON.stringify(acl['rule'])).toContain('rate_based_statement');
    expect(distribution()['web_acl_id']).toBe('${var.web_acl_arn}');
  });

  it('requires TLS 1.2 (2021 policy) or newer from viewers', () => {
    expect(first(distribution()['viewer_certificate'])['minimum_protocol_version']).toMatch(
      /^TLSv1\.2_(2021|2025)$/u,
    );
  });

  it('sends the security headers policy on every behavior', () => {
    for (const behavior of behaviors()) {
      expect(behavior['response_headers_policy_id']).toContain(
        'aws_cloudfront_response_headers_policy.security',
      );
    }
    const headers = first(
      resourcesOf(cloudfront(), 'aws_cloudfront_response_headers_policy')[0]?.[1][
        'security_headers_config'
      ],
    );
    for (const key of [
      'content_security_policy',
      'strict_transport_security',
      'content_type_options',
      'frame_options',
      'referrer_policy',
    ]) {
      expect(headers, key).toHaveProperty(key);
    }
    expect(first(headers['frame_options'])['frame_option']).toBe('DENY');
    expect(
      first(dir('modules/cloudfront').variables['content_security_policy'])['default'],
    ).not.toContain('unsafe-inline');
  });

  it('logs Bedrock invocations once per account and region, to a bucket only Bedrock may write', () => {
    const shared = dir('shared');
    expect(resourcesOf(shared, 'aws_bedrock_model_invocation_logging_configuration')).toHaveLength(
      1,
    );
    for (const directory of all().filter((entry) => entry.path !== 'shared')) {
      expect(directory.resources, directory.path).not.toHaveProperty(
        'aws_bedrock_model_invocation_logging_configuration',
      );
    }
    const policy = JSON.stringify(shared.data['aws_iam_policy_document']?.['bedrock_logs']);
    expect(policy).toContain('bedrock.amazonaws.com');
    expect(policy).toContain('aws:SourceAccount');
    expect(policy).toContain('aws:SourceArn');
  });

  it('keeps Lambda artifacts by version, so a rollback has something to go back to', () => {
    const api =
      resourcesOf(dir('modules/lambda'), 'aws_lambda_function').find(
        ([name]) => name === 'api',
      )?.[1] ?? {};
    expect(String(api['s3_key'])).toBe('${data.aws_s3_object.api.key}');
    expect(String(first(dir('modules/lambda').data['aws_s3_object']?.['api'])['key'])).toContain(
      '${local.artifact_prefix}',
    );
    expect(String(dir('modules/lambda').locals['artifact_prefix'])).toContain('${var.app_version}');
    expect(api['publish']).toBe(true);
    const versioning = resourcesOf(dir('shared/artifacts'), 'aws_s3_bucket_versioning')[0]?.[1];
    expect(first(versioning?.['versioning_configuration'])['status']).toBe('Enabled');
    expect(
      resourcesOf(dir('modules/s3-website'), 'aws_s3_bucket_lifecycle_configuration').length,
    ).toBeGreaterThan(0);
  });
});

describe('security rules', () => {
  it('blocks public access and encrypts every bucket; the web bucket is versioned and TLS only', () => {
    for (const directory of all()) {
      const buckets = resourcesOf(directory, 'aws_s3_bucket').map(([name]) => name);
      const blocks = resourcesOf(directory, 'aws_s3_bucket_public_access_block');
      const encrypted = resourcesOf(
        directory,
        'aws_s3_bucket_server_side_encryption_configuration',
      );
      for (const bucket of buckets) {
        const block = blocks.find(([, body]) =>
          String(body['bucket']).includes(`aws_s3_bucket.${bucket}.`),
        )?.[1];
        expect(block, `${directory.path}: ${bucket}`).toMatchObject({
          block_public_acls: true,
          block_public_policy: true,
          ignore_public_acls: true,
          restrict_public_buckets: true,
        });
        expect(
          encrypted.some(([, body]) => String(body['bucket']).includes(`aws_s3_bucket.${bucket}.`)),
          `${directory.path}: ${bucket} encrypted`,
        ).toBe(true);
      }
    }
    const web = dir('modules/s3-website');
    expect(
      first(resourcesOf(web, 'aws_s3_bucket_versioning')[0]?.[1]['versioning_configuration'])[
        'status'
      ],
    ).toBe('Enabled');
    expect(String(web.modules['site_policy']?.['source'])).toBe('../bucket-policy');
  });

  it('grants no wildcard action or resource in any Allow statement', () => {
    // A key policy's "*" resource means the key itself, and its account statement is AWS's
    // default; X-Ray's two write actions and Comprehend's two detections support no
    // resource-level permissions at all (Service Authorization Reference: no resource types).
    const keyPolicies = new Set(
      all().flatMap((directory) =>
        resourcesOf(directory, 'aws_kms_key').map(
          ([, body]) => `${directory.path} ${String(body['policy'])}`,
        ),
      ),
    );
    const problems: string[] = [];
    for (const directory of all()) {
      for (const [name, bodies] of Object.entries(
        directory.data['aws_iam_policy_document'] ?? {},
      )) {
        if (keyPolicies.has(`${directory.path} \${data.aws_iam_policy_document.${name}.json}`))
          continue;
        for (const statement of statementsOf(bodies[0])) {
          if (statement['effect'] === 'Deny') continue;
          if (statement['sid'] === 'XRayTracesHaveNoResourceLevelPermissions') continue;
          if (statement['sid'] === 'ModerateWithComprehendNoResourceLevelPermissions') continue;
          if (statement['sid'] === 'TranslateBeatsNoResourceLevelPermissions') continue;
          const actions = strings(statement['actions']);
          const resources = strings(statement['resources']);
          if (actions.some((action) => action === '*' || action.endsWith(':*')))
            problems.push(`${directory.path} ${name}: wildcard action`);
          if (resources.includes('*')) problems.push(`${directory.path} ${name}: Resource "*"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets the API touch only its table, its parameter, its secret and the configured models', () => {
    const policy = JSON.stringify(dir('modules/lambda').data['aws_iam_policy_document']?.['api']);
    expect(policy).toContain('${var.table_arn}');
    expect(policy).toContain('${var.narrator_config_parameter_arn}');
    expect(policy).toContain('${var.provider_keys_secret_arn}');
    expect(policy).toContain('${var.provider_keys_kms_key_arn}');
    expect(policy).toContain('var.bedrock_model_arns');
    const bedrockArns = JSON.stringify(dir('modules/bedrock').locals);
    expect(bedrockArns).toContain('foundation-model/${id}');
    // A cross-region inference profile is granted by its own ARN and its models' in any region.
    expect(bedrockArns).toContain(':inference-profile/${id}');
    expect(bedrockArns).toContain('arn:aws:bedrock:*::foundation-model/');
  });

  it('requires AWS_IAM on every API method', () => {
    const methods = resourcesOf(dir('modules/api-gateway'), 'aws_api_gateway_method');
    expect(methods.length).toBeGreaterThan(0);
    for (const [name, body] of methods) expect(body['authorization'], name).toBe('AWS_IAM');
  });

  it('keeps API access logs, CloudFront logs and log retention', () => {
    const stage = resourcesOf(dir('modules/api-gateway'), 'aws_api_gateway_stage')[0]?.[1] ?? {};
    expect(first(stage['access_log_settings'])['destination_arn']).toContain(
      'aws_cloudwatch_log_group.access',
    );
    expect(
      first(
        resourcesOf(dir('modules/cloudfront'), 'aws_cloudfront_distribution')[0]?.[1][
          'logging_config'
        ],
      )['bucket'],
    ).toBeDefined();
    for (const directory of all()) {
      for (const [name, body] of resourcesOf(directory, 'aws_cloudwatch_log_group')) {
        expect(body['retention_in_days'], `${directory.path}: ${name}`).toBeDefined();
      }
    }
  });

  it('tags every taggable resource', () => {
    const taggable = [
      'aws_s3_bucket',
      'aws_cloudfront_distribution',
      'aws_lambda_function',
      'aws_iam_role',
      'aws_dynamodb_table',
      'aws_cloudwatch_log_group',
      'aws_sns_topic',
      'aws_cloudwatch_metric_alarm',
      'aws_wafv2_web_acl',
      'aws_acm_certificate',
      'aws_ssm_parameter',
      'aws_secretsmanager_secret',
      'aws_api_gateway_rest_api',
      'aws_api_gateway_stage',
    ];
    const untagged: string[] = [];
    for (const directory of all()) {
      for (const type of taggable)
        for (const [name, body] of resourcesOf(directory, type))
          if (!('tags' in body)) untagged.push(`${directory.path}: ${type}.${name}`);
    }
    expect(untagged).toEqual([]);
    for (const environment of ENVIRONMENTS) {
      for (const provider of dir(join('environments', environment)).providers['aws'] ?? [])
        expect(provider).toHaveProperty('default_tags');
    }
  });
});

describe('monitoring', () => {
  it('alarms on the seed’s thresholds and notifies the SNS topic', () => {
    const monitoring = dir('modules/monitoring');
    const defaults = (name: string) => monitoring.variables[name]?.['default'];
    expect(defaults('error_rate_percent')).toBe(1);
    expect(defaults('availability_percent')).toBe(99.5);
    expect(defaults('latency_ms')).toBe(3000);
    expect(defaults('ai_error_rate_percent')).toBe(5);
    const alarms = resourcesOf(monitoring, 'aws_cloudwatch_metric_alarm');
    expect(alarms.map(([name]) => name).sort()).toEqual([
      'ai_errors',
      'availability',
      'error_rate',
      'insights_behind',
      'insights_failures',
      'latency',
      'moderation_blocks',
    ]);
    for (const [name, body] of alarms)
      expect(strings(body['alarm_actions']).join(), name).toContain('aws_sns_topic.alarms');
    expect(JSON.stringify(monitoring.locals)).toContain('NarrationFailures');
    expect(JSON.stringify(alarms)).toContain('local.narration_counts');
  });

  it('builds the dashboard from monitoring/dashboard.json with the metrics the runtime emits', async () => {
    const { readFileSync } = await import('node:fs');
    const body = readFileSync(join(TERRAFORM, '../monitoring/dashboard.json'), 'utf8');
    for (const metric of [
      'JourneysStarted',
      'JourneysCompleted',
      'NarratorLatency',
      'Fallbacks',
      'NarratorErrors',
      'CostUsd',
      'TurnLatency',
      'BeatsServed',
      'Answers',
      'NarrationOutcomes',
      'BudgetHits',
      'JourneysAbandoned',
      'BlockedBeats',
      'ModeratedBeats',
      'ModerationBlocks',
      'ModerationCostUsd',
      'TranslationCacheHits',
      'TranslationCacheMisses',
      'TranslatedBeats',
    ]) {
      expect(body, metric).toContain(metric);
    }
    // The seed's completion rate, choice pattern and AI quality, each a rate by metric math.
    const titles = (
      JSON.parse(body) as { widgets: { properties: { title: string } }[] }
    ).widgets.map((widget) => widget.properties.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Completion rate (%): journeys completed per journey started',
        'Choice pattern: share of Yes by turn (%)',
        'AI quality: fallbacks and narrator errors per beat served (%)',
        'Moderation: blocked share of AI beats (%), blocks by source, moderator and category, and its cost (USD)',
        'Languages: translation cache hit rate (% of sentences), and translated beats by outcome',
      ]),
    );
    for (const rate of [
      '100 * completed / started',
      '100 * yes0 / all0',
      '100 * fallbacks / beats',
      '100 * blocked / moderated',
      '100 * hits / (hits + misses)',
    ])
      expect(body, rate).toContain(rate);
    expect(
      JSON.stringify(dir('modules/monitoring').resources['aws_cloudwatch_dashboard']),
    ).toContain('templatefile');
  });
});

describe('what a first apply on AWS needs', () => {
  const lambda = () => dir('modules/lambda');
  const functions = () => resourcesOf(lambda(), 'aws_lambda_function');
  const vars = (environment: string) => dir(join('environments', environment)).tfvars;

  it('requires Terraform 1.10 or newer (S3 state locking with use_lockfile) and commits every lock file', () => {
    for (const directory of all()) {
      const version = directory.terraform[0]?.['required_version'];
      if (typeof version !== 'string') continue;
      expect(version, directory.path).toMatch(/^>= 1\.(1\d|[2-9]\d)\./u);
    }
    for (const root of ROOTS) {
      const lock = readFileSync(join(TERRAFORM, root, '.terraform.lock.hcl'), 'utf8');
      expect(lock, root).toContain('provider "registry.terraform.io/hashicorp/aws"');
      expect(lock, root).toMatch(/version\s+= "5\.\d+\.\d+"/u);
      // The lock agrees with the root's constraint, so `init -lockfile=readonly` passes in CI.
      const aws = first(first(dir(root).terraform[0]?.['required_providers'])['aws']);
      expect(lock, root).toContain(`constraints = "${String(aws['version'])}"`);
      const example = readFileSync(join(TERRAFORM, root, 'backend.hcl.example'), 'utf8');
      expect(example, root).toMatch(/use_lockfile\s*=\s*true/u);
    }
  });

  it('lets the traced API function write traces, and creates it only after its role policy', () => {
    const api = functions().find(([name]) => name === 'api')?.[1] ?? {};
    expect(first(api['tracing_config'])['mode']).toBe('Active');
    const actions = statementsOf(first(lambda().data['aws_iam_policy_document']?.['api'])).flatMap(
      (statement) => strings(statement['actions']),
    );
    expect(actions).toEqual(
      expect.arrayContaining(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']),
    );
    expect(strings(api['depends_on'])).toContain('${aws_iam_role_policy.api}');
  });

  it('sets API Gateway’s CloudWatch role once per account and region, in the shared root', () => {
    const shared = dir('shared');
    const account = resourcesOf(shared, 'aws_api_gateway_account')[0]?.[1] ?? {};
    expect(account['cloudwatch_role_arn']).toBe('${aws_iam_role.api_gateway_cloudwatch.arn}');
    expect(
      strings(shared.data['aws_iam_policy_document']?.['api_gateway_assume']).join(' '),
    ).toContain('apigateway.amazonaws.com');
    expect(strings(shared.data['aws_iam_policy_document']?.['api_gateway_cloudwatch'])).toEqual(
      expect.arrayContaining(['logs:CreateLogStream', 'logs:PutLogEvents']),
    );
    for (const environment of ENVIRONMENTS)
      expect(dir(join('environments', environment)).resources).not.toHaveProperty(
        'aws_api_gateway_account',
      );
  });

  it('logs API Gateway execution as well as access, with retention', () => {
    const api = dir('modules/api-gateway');
    const settings = first(resourcesOf(api, 'aws_api_gateway_method_settings')[0]?.[1]['settings']);
    expect(settings['logging_level']).toBe('${var.execution_log_level}');
    expect(settings['data_trace_enabled']).toBe(false);
    const execution = resourcesOf(api, 'aws_cloudwatch_log_group').find(
      ([name]) => name === 'execution',
    )?.[1];
    expect(String(execution?.['name'])).toMatch(/^API-Gateway-Execution-Logs_/u);
  });

  it('encrypts the alarm topic with a key CloudWatch may use, and gives every environment a subscriber or an explicit dev opt-out', () => {
    const monitoring = dir('modules/monitoring');
    const topic = resourcesOf(monitoring, 'aws_sns_topic')[0]?.[1] ?? {};
    expect(topic['kms_master_key_id']).toBe('${aws_kms_key.alarms.arn}');
    expect(JSON.stringify(monitoring.resources)).not.toContain('alias/aws/sns');
    const keyPolicy = statementsOf(
      first(monitoring.data['aws_iam_policy_document']?.['alarms_key']),
    );
    const forCloudWatch = keyPolicy.find((statement) =>
      strings(statement['principals']).includes('cloudwatch.amazonaws.com'),
    );
    expect(strings(forCloudWatch?.['actions'])).toEqual(
      expect.arrayContaining(['kms:Decrypt', 'kms:GenerateDataKey*']),
    );
    expect(resourcesOf(monitoring, 'aws_sns_topic_subscription')[0]?.[1]['for_each']).toContain(
      'var.alarm_subscribers',
    );
    for (const environment of ['staging', 'production']) {
      const subscribers = vars(environment)['alarm_subscribers'] as unknown as unknown[];
      expect(subscribers.length, environment).toBeGreaterThan(0);
      expect(vars(environment)['alarms_unwatched'], environment).toBeUndefined();
    }
    expect(vars('dev')['alarms_unwatched']).toBe(true);
    const optOut = first(dir('environments/dev').variables['alarms_unwatched']);
    expect(JSON.stringify(optOut['validation'])).toContain('var.environment == \\"dev\\"');
  });

  it('scopes the single-page-app fallback to the web behaviour, so API and WAF errors keep their status', () => {
    const cloudfront = dir('modules/cloudfront');
    const distribution = resourcesOf(cloudfront, 'aws_cloudfront_distribution')[0]?.[1] ?? {};
    expect(distribution).not.toHaveProperty('custom_error_response');
    const web = first(distribution['default_cache_behavior']);
    expect(first(web['function_association'])).toMatchObject({
      event_type: 'viewer-request',
      function_arn: '${aws_cloudfront_function.spa_routes.arn}',
    });
    for (const behavior of (distribution['ordered_cache_behavior'] as Json[] | undefined) ?? [])
      expect(behavior, String(behavior['path_pattern'])).not.toHaveProperty('function_association');
  });

  it('rewrites the app’s routes to /index.html, /insights to its own page, and leaves files alone (the CloudFront Function itself)', () => {
    const code = readFileSync(join(TERRAFORM, 'modules/cloudfront/spa-routes.js'), 'utf8');
    const context: { handler?: (event: unknown) => { uri: string } } = {};
    runInNewContext(`${code}\nthis.handler = handler;`, context);
    const rewrite = (uri: string) => context.handler?.({ request: { uri } }).uri;
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/journey/abc123')).toBe('/index.html');
    expect(rewrite('/about')).toBe('/index.html');
    expect(rewrite('/insights')).toBe('/insights.html');
    expect(rewrite('/insights/extra')).toBe('/index.html');
    expect(rewrite('/assets/index-4f2a.js')).toBe('/assets/index-4f2a.js');
    expect(rewrite('/favicon.svg')).toBe('/favicon.svg');
    expect(rewrite('/sw.js')).toBe('/sw.js');
  });

  it('runs every function on a supported Node.js LTS that Lambda@Edge also runs, everywhere it is named', () => {
    expect(lambda().locals['runtime']).toBe('nodejs22.x');
    for (const [name, body] of functions()) expect(body['runtime'], name).toBe('${local.runtime}');
    for (const file of readdirSync(join(TERRAFORM, '..', 'docker')).filter((name) =>
      name.startsWith('Dockerfile'),
    )) {
      const text = readFileSync(join(TERRAFORM, '..', 'docker', file), 'utf8');
      for (const image of text.match(/^FROM node:\S+/gmu) ?? [])
        expect(image, file).toMatch(/^FROM node:22[-.]/u);
    }
    for (const file of readdirSync(join(TERRAFORM, '..', '.github', 'workflows'))) {
      const text = readFileSync(join(TERRAFORM, '..', '.github', 'workflows', file), 'utf8');
      for (const version of text.match(/node-version: .+/gu) ?? [])
        expect(version, file).toBe('node-version: 22');
    }
  });

  it('ties every function to its artifact’s object version, so new bytes are deployed', () => {
    for (const [name, body] of functions()) {
      expect(body['s3_object_version'], name).toBe(`\${data.aws_s3_object.${name}.version_id}`);
      expect(body['s3_key'], name).toBe(`\${data.aws_s3_object.${name}.key}`);
    }
  });

  it('narrates with Bedrock (Claude 3 Haiku, then Titan Text) in staging and production, IAM for exactly those, SageMaker optional', () => {
    for (const environment of ['staging', 'production']) {
      const models = vars(environment)['bedrock_model_ids'] as unknown as string[];
      expect(models[0], environment).toMatch(/^anthropic\.claude-3-haiku/u);
      expect(models[1], environment).toMatch(/^amazon\.titan-text/u);
    }
    const environment = dir('environments/dev');
    expect(JSON.stringify(environment.locals['narrator_config'])).toContain(
      'var.bedrock_model_ids',
    );
    expect(environment.modules['bedrock']?.['model_ids']).toBe('${var.bedrock_model_ids}');
    const sagemaker = statementsOf(first(lambda().data['aws_iam_policy_document']?.['api'])).find(
      (statement) => strings(statement['actions']).includes('sagemaker:InvokeEndpoint'),
    );
    expect(strings(sagemaker?.['resources']).join()).toContain(':endpoint/');
    // Content safety: exactly Comprehend's two detection actions (they take no resource ARN).
    const comprehend = statementsOf(
      first(lambda().data['aws_iam_policy_document']?.['api']),
    ).filter((statement) =>
      strings(statement['actions']).some((action) => action.startsWith('comprehend:')),
    );
    expect(comprehend.map((statement) => strings(statement['actions']).sort())).toEqual([
      ['comprehend:DetectPiiEntities', 'comprehend:DetectToxicContent'],
    ]);
    // Languages: exactly Amazon Translate's one action.
    const translate = statementsOf(first(lambda().data['aws_iam_policy_document']?.['api'])).filter(
      (statement) =>
        strings(statement['actions']).some((action) => action.startsWith('translate:')),
    );
    expect(translate.map((statement) => strings(statement['actions']))).toEqual([
      ['translate:TranslateText'],
    ]);
    expect(JSON.stringify(environment.locals['narrator_config'])).toContain('var.amazon_translate');
    // Granted only where the configuration names Amazon Translate.
    expect(JSON.stringify(lambda().data['aws_iam_policy_document']?.['api'])).toContain(
      'var.translate_enabled',
    );
    // The narrator configuration asks Comprehend only when the environment turns it on.
    expect(JSON.stringify(environment.locals['narrator_config'])).toContain(
      'var.comprehend_moderation',
    );
    expect(dir('environments/dev').variables['comprehend_moderation']?.['default']).toBe(false);
    expect(lambda().variables['sagemaker_endpoint_name']?.['default']).toBeNull();
  });

  it('creates the journeys table the DynamoDB store expects: keys, indexes, projections, TTL', () => {
    const table = tableNamed('journeys');
    const schema = JOURNEY_TABLE_SCHEMA;
    const key = (type: 'HASH' | 'RANGE', keys = schema.KeySchema) =>
      keys?.find((entry) => entry.KeyType === type)?.AttributeName;
    expect(table['billing_mode']).toBe(schema.BillingMode);
    expect([table['hash_key'], table['range_key']]).toEqual([key('HASH'), key('RANGE')]);
    const attributes = (table['attribute'] as { name: string; type: string }[]).map(
      ({ name, type }) => `${name}:${type}`,
    );
    expect(attributes.sort()).toEqual(
      (schema.AttributeDefinitions ?? [])
        .map((entry) => `${entry.AttributeName}:${entry.AttributeType}`)
        .sort(),
    );
    const indexes = (table['global_secondary_index'] as Record<string, unknown>[]).map((index) => ({
      name: index['name'],
      keys: [index['hash_key'], index['range_key']],
      projection: index['projection_type'],
      attributes: strings(index['non_key_attributes'] ?? []),
    }));
    expect(indexes).toEqual(
      (schema.GlobalSecondaryIndexes ?? []).map((index) => ({
        name: index.IndexName,
        keys: [key('HASH', index.KeySchema), key('RANGE', index.KeySchema)],
        projection: index.Projection?.ProjectionType,
        attributes: index.Projection?.NonKeyAttributes ?? [],
      })),
    );
    expect(first(table['ttl'])).toEqual({ attribute_name: TTL_ATTRIBUTE, enabled: true });
  });

  it('creates the insights’ rollups table the stream Lambda writes, and streams new journey items to it', () => {
    const table = tableNamed('insights');
    const keys = (ROLLUP_TABLE_SCHEMA.KeySchema ?? []).map((entry) => entry.AttributeName);
    expect([table['hash_key'], table['range_key']]).toEqual(keys);
    expect(first(table['ttl'])).toEqual({ attribute_name: ROLLUP_TTL_ATTRIBUTE, enabled: true });
    const journeys = tableNamed('journeys');
    expect([journeys['stream_enabled'], journeys['stream_view_type']]).toEqual([true, 'NEW_IMAGE']);
    const lambdaModule = dir('modules/lambda');
    const mapping = resourcesOf(lambdaModule, 'aws_lambda_event_source_mapping')[0]?.[1] ?? {};
    expect(mapping['function_response_types']).toEqual(['ReportBatchItemFailures']);
    expect(mapping['bisect_batch_on_function_error']).toBe(true);
    // Only event inserts reach the function; failures past the retries are kept in a queue.
    const pattern = String(first(first(mapping['filter_criteria'])['filter'])['pattern']);
    expect(pattern).toBe(
      '${jsonencode({\n        eventName = ["INSERT"]\n        dynamodb  = { Keys = { sk = { S = [{ prefix = "E#" }] } } }\n      })}',
    );
    expect(first(first(mapping['destination_config'])['on_failure'])['destination_arn']).toContain(
      'aws_sqs_queue.insights_stream_failures',
    );
    // Its bundle is one the build makes; a daily schedule also calls it, for abandonment.
    expect(Object.keys(FUNCTIONS)).toContain('insights-stream');
    const rule = resourcesOf(lambdaModule, 'aws_cloudwatch_event_rule')[0]?.[1] ?? {};
    expect(rule['schedule_expression']).toMatch(/^cron\(45 0 /u);
    // WAF logs keep no signature and no operators' token.
    const logging = resourcesOf(dir('modules/security'), 'aws_wafv2_web_acl_logging_configuration');
    expect(JSON.stringify(logging)).toContain('x-liminal-operator-token');
    expect(JSON.stringify(logging)).toContain('"authorization"');
    const permission = resourcesOf(lambdaModule, 'aws_lambda_permission')[0]?.[1] ?? {};
    expect(permission['principal']).toBe('events.amazonaws.com');
  });

  it('keeps point-in-time recovery on and reserves API concurrency in every environment', () => {
    for (const name of ['journeys', 'insights'])
      expect(first(tableNamed(name)['point_in_time_recovery'])['enabled'], name).toBe(true);
    for (const environment of ENVIRONMENTS)
      expect(Number(vars(environment)['api_reserved_concurrency']), environment).toBeGreaterThan(0);
  });

  it('logs access to every bucket (but the log buckets themselves) and refuses plain HTTP on every bucket', () => {
    const problems: string[] = [];
    for (const directory of all()) {
      const logging = resourcesOf(directory, 'aws_s3_bucket_logging');
      const policies = Object.values(directory.modules).filter((call) =>
        String(call['source']).endsWith('/bucket-policy'),
      );
      for (const [bucket] of resourcesOf(directory, 'aws_s3_bucket')) {
        const reference = `aws_s3_bucket.${bucket}.`;
        const logged = logging.some(([, body]) => String(body['bucket']).includes(reference));
        const target = logging.some(([, body]) =>
          String(body['target_bucket']).includes(reference),
        );
        if (!logged && !target) problems.push(`${directory.path}: ${bucket} has no access logs`);
        if (!policies.some((call) => String(call['bucket']).includes(reference)))
          problems.push(`${directory.path}: ${bucket} has no bucket-policy (TLS only)`);
      }
    }
    expect(problems).toEqual([]);
    const deny = statementsOf(
      first(dir('modules/bucket-policy').data['aws_iam_policy_document']?.['this']),
    ).find((statement) => statement['sid'] === 'DenyInsecureTransport');
    expect(deny?.['effect']).toBe('Deny');
    expect(JSON.stringify(deny?.['condition'])).toContain('aws:SecureTransport');
    expect(resourcesOf(dir('modules/bucket-policy'), 'aws_s3_bucket_policy')).toHaveLength(1);
  });

  it('logs the WAF’s requests, redacting cookies', () => {
    const security = dir('modules/security');
    const logging = resourcesOf(security, 'aws_wafv2_web_acl_logging_configuration')[0]?.[1] ?? {};
    expect(logging['resource_arn']).toBe('${aws_wafv2_web_acl.site.arn}');
    expect(strings(logging['log_destination_configs'])).toEqual([
      '${aws_cloudwatch_log_group.waf.arn}',
    ]);
    const group = resourcesOf(security, 'aws_cloudwatch_log_group')[0]?.[1] ?? {};
    expect(String(group['name'])).toMatch(/^aws-waf-logs-/u);
    expect(JSON.stringify(logging['redacted_fields'])).toContain('cookie');
  });

  it('keeps the edge functions’ logs for a set time in the regions it can reach', () => {
    const groups = resourcesOf(lambda(), 'aws_cloudwatch_log_group').filter(([name]) =>
      name.startsWith('edge_'),
    );
    expect(groups.map(([name]) => name).sort()).toEqual(['edge_home_region', 'edge_us_east_1']);
    expect(JSON.stringify(lambda().locals['edge_log_groups'])).toContain('/aws/lambda/us-east-1.');
  });

  it('lets an environment destroyed with its data create its secrets again at once, and keeps the others’ for 30 days', () => {
    for (const [name, secret] of resourcesOf(dir('modules/security'), 'aws_secretsmanager_secret'))
      expect(secret['recovery_window_in_days'], name).toBe('${var.secret_recovery_window_days}');
    const common = dir('environments/common');
    expect(common.modules['security']?.['secret_recovery_window_days']).toBe(
      '${var.force_destroy ? 0 : 30}',
    );
    expect(dir('environments/dev').tfvars['force_destroy']).toBe(true);
    for (const environment of ['staging', 'production'])
      expect(dir(`environments/${environment}`).tfvars['force_destroy'], environment).not.toBe(
        true,
      );
  });

  it('encrypts the provider keys secret with its own rotating customer key', () => {
    const security = dir('modules/security');
    const secret = resourcesOf(security, 'aws_secretsmanager_secret')[0]?.[1] ?? {};
    expect(secret['kms_key_id']).toBe('${aws_kms_key.provider_keys.arn}');
    for (const directory of all())
      for (const [name, key] of resourcesOf(directory, 'aws_kms_key'))
        expect(key['enable_key_rotation'], `${directory.path}: ${name}`).toBe(true);
  });
});
