import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['rules/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    // A fresh temporary folder for the run, one folder in it per test file; the run fails if a test leaves
    // anything there (test/temp-guard.ts).
    globalSetup: ['test/temp-guard.ts'],
    setupFiles: ['test/temp-setup.ts'],
  },
});
