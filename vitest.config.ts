import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only unit and CLI tests; Playwright specs live in e2e/.
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
