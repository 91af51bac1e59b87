import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'extractors/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // The default report, then every skipped test with its reason (test/harness/skip-reporter.ts).
    reporters: ['default', './test/harness/skip-reporter.ts'],
  },
});
