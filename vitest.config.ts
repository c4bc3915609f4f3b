import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: more workers only make PGlite start-ups fight for CPU.
    maxWorkers: 2,
    pool: 'forks',
  },
});
