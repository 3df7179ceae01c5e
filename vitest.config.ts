import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // CLI end-to-end tests spawn the built binary; two cores, so two forks.
    pool: 'forks',
    maxWorkers: 2,
  },
});
