/**
 * The container setup, checked without a Docker engine: Dockerfiles pass dockerfilelint and
 * are multi-stage, non-root and health-checked where they run the app; every compose file
 * passes `docker-compose config -q`; every YAML file is yamllint clean.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCommand, titled } from '../services/api/src/testing/tools';

const ROOT = join(import.meta.dirname, '..');
const has = hasCommand;
const DOCKERFILES = ['docker/Dockerfile.dev', 'docker/Dockerfile.test', 'docker/Dockerfile.prod'];
const COMPOSE = ['docker-compose.dev.yml', 'docker-compose.test.yml', 'docker-compose.prod.yml'];

describe('Dockerfiles', () => {
  it.each(DOCKERFILES)('%s passes dockerfilelint', (file) => {
    const result = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'dockerfilelint'),
      [join(ROOT, file)],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toContain('Issues: None found');
    expect(result.status).toBe(0);
  });

  it('builds production in stages and runs it as a non-root user with a healthcheck', () => {
    const prod = readFileSync(join(ROOT, 'docker/Dockerfile.prod'), 'utf8');
    expect(prod.match(/^FROM .* AS \w+$/gmu)?.length).toBeGreaterThanOrEqual(3);
    const runtime = prod.slice(prod.indexOf('AS runtime'), prod.indexOf('AS web'));
    expect(runtime).toMatch(/^USER node$/mu);
    expect(runtime).toMatch(/^HEALTHCHECK /mu);
    expect(prod).toMatch(/nginx-unprivileged/u);
  });

  it('runs the development image as a non-root user with a healthcheck', () => {
    const dev = readFileSync(join(ROOT, 'docker/Dockerfile.dev'), 'utf8');
    expect(dev).toMatch(/^USER node$/mu);
    expect(dev).toMatch(/^HEALTHCHECK /mu);
  });
});

describe('compose files', () => {
  it.skipIf(!has('docker-compose')).each(COMPOSE)(
    titled(
      '%s passes docker-compose config',
      has('docker-compose'),
      'docker-compose is not installed',
    ),
    (file) => {
      const result = spawnSync('docker-compose', ['-f', join(ROOT, file), 'config', '-q'], {
        encoding: 'utf8',
        cwd: ROOT,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    },
  );

  it('puts the app behind nginx with TLS in production', () => {
    const prod = readFileSync(join(ROOT, 'docker-compose.prod.yml'), 'utf8');
    expect(prod).toContain("'443:8443'");
    expect(prod).toContain('listen-tls.conf');
    expect(prod).toContain('condition: service_healthy');
  });
});

describe('YAML', () => {
  it.skipIf(!has('yamllint'))(
    titled('is yamllint clean, warnings included', has('yamllint'), 'yamllint is not installed'),
    () => {
      const result = spawnSync('yamllint', ['-s', '.'], { encoding: 'utf8', cwd: ROOT });
      expect(result.stdout).toBe('');
      expect(result.status).toBe(0);
    },
  );
});
