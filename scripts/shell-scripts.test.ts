/**
 * Every shell script in the repository passes shellcheck (with sourced files followed).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasCommand, titled } from '../services/api/src/testing/tools';

const HAS_SHELLCHECK = hasCommand('shellcheck');

describe('shell scripts', () => {
  it.skipIf(!HAS_SHELLCHECK)(
    titled('are shellcheck clean', HAS_SHELLCHECK, 'shellcheck is not installed'),
    () => {
      const scripts = spawnSync(
        'git',
        ['ls-files', '--cached', '--others', '--exclude-standard', '*.sh', '.ci/run'],
        { encoding: 'utf8' },
      )
        .stdout.split('\n')
        .filter(Boolean);
      expect(scripts.length).toBeGreaterThanOrEqual(4);
      const result = spawnSync('shellcheck', ['-x', ...scripts], { encoding: 'utf8' });
      expect(result.stdout).toBe('');
      expect(result.status).toBe(0);
    },
  );
});
