import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts'] },
      },
      {
        test: {
          name: 'situs',
          include: ['tests/**/*.test.ts'],
          // The built sites are shared by every test file; build them once, first.
          globalSetup: ['tests/setup/buildSites.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
