import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Workers for the in-process tiers and the browser tier: Vitest's default, one fewer than the
 * cores, but at least two. The in-process files wait on the disk and on sharp's threads for much
 * of their time, and the components wait on Astro's compiler: on 2 cores, `test:unit` took
 * 12,9–16,4 s with one worker and 11,7–13,8 s with two (three runs each, 2026-12-02). One browser
 * file at a time left a quarter of two cores idle (74 % busy) while its page, decap-server or a
 * build answered; two kept them 94–95 % busy: `test:e2e` 101,6–103,6 s → 80,9–93,4 s (two runs
 * each, alternated, 2026-12-02).
 */
const WORKERS = Math.max(2, availableParallelism() - 1);

/**
 * Three tiers, each an npm script (see package.json): `test:unit` runs `unit` and `komponen`;
 * `test:build` runs `konten` and `build`; `test:e2e` runs `e2e`. The two sites are built once and reused by both
 * later tiers (tests/setup/buildSites.ts). `test:konten`, the content-only pull-request check,
 * runs `umum`: files that `build` and `e2e` also run.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // Pure rules and content checks in-process, on fixtures: no build, no browser. The files
        // share their workers' imported modules (no isolation): nothing here mocks or changes a
        // module, and importing the content checkers once per worker instead of once per file
        // halves the tier (28 s → 15 s on the project's 2-core machine).
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          isolate: false,
          maxWorkers: WORKERS,
        },
      },
      // Components rendered to HTML with Astro's container API: no build, no browser. Only these
      // need Astro's compiler; without the project's config, its integrations stay out of the way.
      // Components are imported by path; pointing srcDir here keeps Astro from loading the real
      // content config in the background, which its test runner cannot evaluate (noise, not tests).
      getViteConfig(
        {
          plugins: [
            {
              // Astro's Vite settings ask for a file watcher, which Vitest turns off for its own
              // projects only. Left on, it walked the whole project, `tests/.out/` too (13 000
              // files), while the components compiled: the project took 8,3–8,7 s, without it
              // 4,6–4,8 s (2026-12-02).
              name: 'tanpa-pengawas-berkas',
              configResolved(config) {
                (config.server as { watch: unknown }).watch = null;
              },
            },
          ],
          test: {
            name: 'komponen',
            include: ['tests/components/**/*.test.ts'],
            maxWorkers: WORKERS,
          },
        },
        { configFile: false, logLevel: 'error', srcDir: './tests/components' },
      ),
      {
        // Editor tools, and the few smoke builds that prove the build itself refuses bad content.
        // One file at a time here and in `build`, whatever the machine's cores: builds that
        // succeed write and read `.astro/` at the project root and must not overlap
        // (tests/setup/buildSites.ts). Vitest runs up to cores − 1 files at once otherwise.
        test: {
          name: 'konten',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 300_000,
          // `npm run baru` prepares its site in a hook: four commands, over 10 s under load.
          hookTimeout: 120_000,
          maxWorkers: 1,
        },
      },
      {
        // Checks over the built HTML, feeds and files of the real site and the good fixture.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          maxWorkers: 1,
          globalSetup: ['tests/setup/buildSites.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
      {
        // The generic checks that hold for any valid content, over the real site only: what the
        // content-only pull-request check runs after its one build (npm run test:konten).
        test: {
          name: 'umum',
          include: [
            'tests/build/htmlValidate.test.ts',
            'tests/build/links.test.ts',
            'tests/build/budget.test.ts',
            'tests/browser/pages.test.ts',
            'tests/browser/headers.test.ts',
            'tests/browser/withoutHeaders.test.ts',
          ],
          globalSetup: ['tests/setup/buildSites.ts', 'tests/setup/serveSite.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
      {
        // Chromium over the served site: templates, search, headers, feeds, axe on every page.
        test: {
          name: 'e2e',
          include: ['tests/browser/**/*.test.ts'],
          maxWorkers: WORKERS,
          globalSetup: ['tests/setup/buildSites.ts', 'tests/setup/serveSite.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
