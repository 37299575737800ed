/**
 * Every Terraform root validated offline with the pinned AWS provider from the local mirror. Apart
 * from terraform.test.ts, whose applies against moto_server take minutes: this runs beside them.
 */
import { describe, expect, it } from 'vitest';
import { hasCommand, titled } from '../../services/api/src/testing/tools';
import type { Workspace } from './terraform-cli';
import { findProviderMirror, workspace } from './terraform-cli';

const HAS_TERRAFORM = hasCommand('terraform');
const MIRROR = HAS_TERRAFORM ? findProviderMirror() : undefined;
const ROOTS = ['shared', 'environments/dev', 'environments/staging', 'environments/production'];
const WHY_SKIPPED = !HAS_TERRAFORM
  ? 'terraform is not installed'
  : 'no local mirror of the AWS provider (set TF_PROVIDER_MIRROR)';

async function ok(ws: Workspace, args: string[]) {
  const result = await ws.run(args);
  if (result.status !== 0)
    throw new Error(`terraform ${args[0] ?? ''} failed:\n${result.stderr.slice(-4000)}`);
  return result.stdout;
}

describe.skipIf(MIRROR === undefined)(
  titled('terraform validate', MIRROR !== undefined, WHY_SKIPPED),
  () => {
    it.each(ROOTS)(
      'validates %s with the pinned provider',
      async (root) => {
        const ws = workspace(root, MIRROR ?? '');
        try {
          await ok(ws, ['init', '-backend=false']);
          const report = JSON.parse(await ok(ws, ['validate', '-json'])) as {
            valid: boolean;
            diagnostics: { summary: string }[];
          };
          expect(report.diagnostics.map((diagnostic) => diagnostic.summary)).toEqual([]);
          expect(report.valid).toBe(true);
        } finally {
          ws.dispose();
        }
      },
      120_000,
    );
  },
);
