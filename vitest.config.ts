import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests; integration tests on an in-memory PGlite per file (plus tests that start
// processes); and the database tests again on the machine's PostgreSQL, each file in a fresh database.
const DB_TESTS = '**/*.db.test.ts';
const PROCESS_TESTS = '**/*.integration.test.ts';
const exclude = ['node_modules/**', '.next/**', 'e2e/**', 'data/**'];

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    // Property tests run on a fixed seed unless `npm run fuzz` gives another (lib/testing/fuzz-settings.ts).
    setupFiles: ['lib/testing/fast-check.setup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['**/*.test.ts'], exclude: [...exclude, DB_TESTS, PROCESS_TESTS] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: [DB_TESTS, PROCESS_TESTS],
          exclude,
          env: { PARTA_TEST_DB: 'pglite' },
          globalSetup: ['lib/testing/pglite-template.setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-postgres',
          include: [DB_TESTS],
          exclude,
          env: { PARTA_TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
