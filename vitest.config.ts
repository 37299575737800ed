import { availableParallelism } from 'node:os';
import type { TestSpecification } from 'vitest/node';
import { BaseSequencer } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Files that take most of the suite's time, mostly waiting (Terraform applies against moto_server
 * sit in the provider's consistency waits): started first, so the other worker runs the rest
 * beside them instead of after them.
 */
const LONGEST_FIRST = ['terraform/tests/terraform.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (file: TestSpecification) =>
      LONGEST_FIRST.some((path) => file.moduleId.endsWith(path));
    return [...sorted.filter(long), ...sorted.filter((file) => !long(file))];
  }
}

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'services/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
      'scripts/**/*.test.ts',
      'terraform/tests/**/*.test.ts',
    ],
    testTimeout: 30_000,
    // At least two at a time, even on two cores (Vitest's default there is one): the suite ran one
    // file after another, 14 minutes of it behind the Terraform test's waits. Every timeout is at
    // least twice what its test needs with the other worker busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    // The AWS SDK's notice that its 2027 releases need Node.js 22 is said once, in the README;
    // printed again by every test process it only buries the report.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
