import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Compiles src/ to dist/ once, so the end-to-end tests run the same bin/ihek.js a user runs.
    globalSetup: ['test/support/global-setup.ts'],
    // Removes the temp folders each test file made.
    setupFiles: ['test/support/cleanup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
