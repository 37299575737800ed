/**
 * The design brief's package scripts: every one exists, is described in the scripts table
 * (docs/scripts-and-tests.md, linked from the README), and a
 * script whose tool is missing says which tool and where to get it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const scripts = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

const SEED_SCRIPTS = [
  'dev',
  'build',
  'preview',
  'test',
  'test:unit',
  'test:integration',
  'test:ai',
  'test:e2e',
  'test:smoke',
  'test:watch',
  'test:coverage',
  'lint',
  'lint:fix',
  'typecheck',
  'format',
  'format:check',
  'docker:dev',
  'docker:dev:rebuild',
  'docker:dev:down',
  'docker:prod',
  'docker:test',
  'docker:clean',
  'aws:configure',
  'aws:whoami',
  'aws:login',
  'terraform:init',
  'terraform:plan',
  'terraform:apply',
  'terraform:destroy',
  'terraform:validate',
  'terraform:format',
  'deploy:dev',
  'deploy:staging',
  'deploy:prod',
  'deploy:rollback',
  'security:scan',
  'security:monitor',
  'security:terraform',
  'bundle:analyze',
  'bundle:size',
  'ai:test-bedrock',
  'ai:test-openai',
  'ai:benchmark',
  'logs:cloudwatch',
  'logs:access',
  'clean',
  'reset',
  'health-check',
];

describe('package scripts', () => {
  it('has every script the seed lists', () => {
    for (const name of SEED_SCRIPTS) expect(scripts, name).toHaveProperty(name);
  });

  it('describes every script in the scripts table', () => {
    const readme = readFileSync(join(ROOT, 'docs/scripts-and-tests.md'), 'utf8');
    for (const name of Object.keys(scripts))
      expect(readme, name).toContain(`| \`npm run ${name}\``);
  });

  it('names a missing tool instead of failing obscurely', () => {
    const result = spawnSync(
      'bash',
      [join(ROOT, 'scripts/need.sh'), 'no-such-tool-xyz', 'https://example.invalid', '--', 'true'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'This needs no-such-tool-xyz, which is not installed (https://example.invalid).',
    );
    const present = spawnSync(
      'bash',
      [
        join(ROOT, 'scripts/need.sh'),
        'node',
        'nodejs.org',
        '--',
        'node',
        '-e',
        'console.log("ran")',
      ],
      { encoding: 'utf8' },
    );
    expect(present.stdout.trim()).toBe('ran');
  });

  it('says a Docker engine is needed when none is running', () => {
    const engine = spawnSync('sh', ['-c', 'docker info'], { encoding: 'utf8' }).status === 0;
    const result = spawnSync('npm', ['run', '--silent', 'docker:dev'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: engine ? '/nonexistent' : (process.env['PATH'] ?? '') },
    });
    expect(result.status).not.toBe(0);
    if (!engine) expect(result.stderr).toContain('This needs a running Docker engine');
  });
});
