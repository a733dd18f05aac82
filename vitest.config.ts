import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      // Pure logic: runs alone in seconds (npx vitest run --project unit).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/{build,e2e,scripts}/**/*.test.ts'],
          // Builds the fixture site once; build and browser tests read its output.
          globalSetup: ['tests/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
