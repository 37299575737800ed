/**
 * Test helper: Terraform itself, offline. The AWS provider comes from a local filesystem mirror
 * (TF_PROVIDER_MIRROR, or the usual places), named in a CLI configuration written to a temporary
 * file; a root is copied to a temporary directory, so nothing is written into the repository,
 * and for moto_server an override file points both providers at the emulator and keeps state
 * locally.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { TERRAFORM } from './hcl';

export const AWS_PROVIDER = { namespace: 'hashicorp', type: 'aws', version: '5.100.0' };
const PROVIDER_PATH = join(
  'registry.terraform.io',
  AWS_PROVIDER.namespace,
  AWS_PROVIDER.type,
  AWS_PROVIDER.version,
);
const MIRROR_CANDIDATES = [
  '/opt/tf-plugins',
  '/usr/share/terraform/plugins',
  '/usr/local/share/terraform/plugins',
  join(homedir(), '.terraform.d', 'plugins'),
  join(homedir(), '.local', 'share', 'terraform', 'plugins'),
];

/** The mirror folder holding the AWS provider, or undefined when this machine has none. */
export function findProviderMirror(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const given = env['TF_PROVIDER_MIRROR'];
  const candidates = given === undefined || given === '' ? MIRROR_CANDIDATES : [given];
  return candidates.find((folder) => {
    const versions = join(folder, PROVIDER_PATH);
    return existsSync(versions) && readdirSync(versions).some((platform) => platform !== '');
  });
}

/** Every service the configurations call, for the endpoint overrides. */
const SERVICES = [
  'acm',
  'apigateway',
  'bedrock',
  'cloudfront',
  'cloudwatch',
  'dynamodb',
  'events',
  'iam',
  'kms',
  'lambda',
  'logs',
  'route53',
  's3',
  'secretsmanager',
  'sns',
  'sqs',
  'ssm',
  'sts',
  'wafv2',
];

function providerBlock(alias: string | undefined, region: string, endpoint: string): string {
  return [
    'provider "aws" {',
    ...(alias === undefined ? [] : [`  alias = "${alias}"`]),
    `  region = ${region}`,
    '  access_key = "testing"',
    '  secret_key = "testing"',
    '  skip_credentials_validation = true',
    '  skip_metadata_api_check = true',
    '  skip_requesting_account_id = true',
    '  s3_use_path_style = true',
    '  endpoints {',
    ...SERVICES.map((service) => `    ${service} = "${endpoint}"`),
    '  }',
    '}',
  ].join('\n');
}

/** An override file: state kept locally, and each provider of the root talking to moto_server. */
export function motoOverride(endpoint: string, aliases: readonly string[]): string {
  return [
    'terraform {',
    '  backend "local" {}',
    '}',
    providerBlock(undefined, 'var.region', endpoint),
    ...aliases.map((alias) => providerBlock(alias, '"us-east-1"', endpoint)),
    '',
  ].join('\n');
}

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Workspace {
  /** The copied root, where Terraform runs. */
  root: string;
  run(args: readonly string[], timeoutMs?: number): Promise<Result>;
  dispose(): void;
}

/**
 * A copy of the Terraform tree (and the monitoring dashboard it reads) in a temporary folder,
 * with Terraform run in `root` (e.g. "environments/dev") against the mirror.
 */
export function workspace(root: string, mirror: string, override?: string): Workspace {
  const base = mkdtempSync(join(tmpdir(), 'liminal-terraform-'));
  const filter = (source: string) => !source.includes('/.terraform');
  cpSync(TERRAFORM, join(base, 'terraform'), {
    recursive: true,
    verbatimSymlinks: true,
    filter,
  });
  cpSync(join(TERRAFORM, '..', 'monitoring'), join(base, 'monitoring'), { recursive: true });
  const directory = join(base, 'terraform', root);
  const cliConfig = join(base, 'terraformrc');
  writeFileSync(
    cliConfig,
    [
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(mirror)}`,
      '    include = ["registry.terraform.io/*/*"]',
      '  }',
      '  direct {',
      '    exclude = ["registry.terraform.io/*/*"]',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  if (override !== undefined) writeFileSync(join(directory, 'zz_test_override.tf'), override);
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    TF_DATA_DIR: join(base, 'data', root.replace(/\W/gu, '-')),
  };
  return {
    root: directory,
    run: (args, timeoutMs = 300_000) =>
      new Promise((resolve) => {
        const child = spawn('terraform', ['-chdir=' + directory, ...args, '-no-color'], { env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
        child.on('close', (status) => {
          clearTimeout(timer);
          resolve({ status, stdout, stderr });
        });
      }),
    dispose: () => {
      rmSync(base, { recursive: true, force: true });
    },
  };
}
