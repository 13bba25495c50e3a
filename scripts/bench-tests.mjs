#!/usr/bin/env node
/**
 * Test-suite benchmark: on one machine, in one run, times one `npm run build` of the real site
 * from a cold cache (B), then each test tier and the content-only pull-request check from a
 * clean test output, and prints each as a multiple of B. Figures, not a test.
 *
 *   npm run bench:tests
 *
 * Targets (issue "Fast, tiered tests"): test:unit ≤ 0.5 B, npm test ≤ 5 B, content-only check ≤ 3 B.
 * The content-only check starts, as its workflow does, with the image cache of the last build.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

/** Runs `command` through the shell; returns wall seconds, or stops the benchmark if it fails. */
function timed(label, command, extraEnv = {}) {
  const started = performance.now();
  const result = spawnSync(command, {
    shell: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...env, ...extraEnv },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`${label} gagal (kode ${result.status}):\n${String(result.stderr).slice(-2000)}`);
    process.exit(1);
  }
  return seconds;
}

/** What a fresh checkout would have: no built sites, no test output, no image cache. */
function clean() {
  for (const dir of ['dist', 'tests/.out', 'node_modules/.astro'])
    rmSync(dir, { recursive: true, force: true });
}

/**
 * What the pull-request workflow starts from: a fresh checkout, plus the image cache it restores
 * from the last build (.github/workflows/periksa.yml, "Pulihkan gambar olahan"), here the one
 * the previous step's build of the real site left.
 */
function cleanKeepingImageCache() {
  for (const dir of ['dist', 'tests/.out']) rmSync(dir, { recursive: true, force: true });
}

const rows = [];
clean();
const build = timed('npm run build', 'npm run build');
rows.push(['npm run build (B, cache dingin)', build]);
rows.push(['npm run check (astro check, Prettier)', timed('check', 'npm run check')]);
rows.push(['npm run test:unit', timed('test:unit', 'npm run test:unit')]);
clean();
rows.push(['npm run test:build', timed('test:build', 'npm run test:build')]);
rows.push(['npm run test:e2e (memakai build test:build)', timed('test:e2e', 'npm run test:e2e')]);
clean();
rows.push(['npm test (semuanya, dari awal)', timed('npm test', 'npm test')]);
cleanKeepingImageCache();
rows.push([
  'pemeriksaan PR konten (periksa, test:konten, tangkapan layar; cache gambar dipulihkan)',
  timed(
    'PR konten',
    'npm run periksa && npm run test:konten && npm run screenshots -- --changed --base HEAD~1',
  ),
]);

const width = Math.max(...rows.map(([label]) => label.length));
for (const [label, seconds] of rows) {
  console.log(
    `${label.padEnd(width)}  ${seconds.toFixed(1).padStart(7)} s  ${(seconds / build).toFixed(2)} B`,
  );
}
