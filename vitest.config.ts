import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure rules and content checks in-process, on fixtures: no build, no browser.
        test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        // Editor tools and smoke builds that each make their own site.
        test: {
          name: 'konten',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'situs',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // The built sites are shared by every test file; build them once, first.
          globalSetup: ['tests/setup/buildSites.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
