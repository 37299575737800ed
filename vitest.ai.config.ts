import { defineConfig } from 'vitest/config';

// `npm run test:ai`: the narrator suites against fake servers, plus the live provider check
// (which runs only when TEST_AI_PROVIDER and its credentials are set).
export default defineConfig({
  test: {
    include: ['packages/narrators/src/**/*.test.ts', 'packages/narrators/src/**/*.ai-test.ts'],
    testTimeout: 60_000,
  },
});
