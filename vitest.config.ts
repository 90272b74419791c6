import { defineConfig } from 'vitest/config';

// Three projects so `npm test` runs everything while each layer can run alone:
// unit (colocated, no database), integration (real database: PGlite or DATABASE_URL),
// browser (the built web app served by the real server, driven by system Chromium).
//
// The integration and browser files run without module isolation (`isolate: false`): every file
// builds its own app on its own database copy, so no state is shared through modules, and
// importing the server (Fastify, Drizzle, pg-boss, the rules engine) once per worker instead of
// once per file took the integration run on PGlite from 279 to 180 s (measured 2026-12-02).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          isolate: false,
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          isolate: false,
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
